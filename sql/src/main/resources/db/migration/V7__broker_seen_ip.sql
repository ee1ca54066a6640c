-- The address Kotak saw on the user's last login (get-client-ip) beside the static IP the user registered: the
-- exchange binds orders to the registered address, so the banner shows both and warns when they differ.
ALTER TABLE user_settings ADD COLUMN broker_seen_ip text;
ALTER TABLE user_settings ADD COLUMN broker_seen_ip_at timestamptz;
ALTER TABLE user_settings ADD COLUMN broker_registered_ip text;
