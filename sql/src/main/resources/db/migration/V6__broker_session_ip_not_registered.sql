-- Kotak refuses orders from an address that is not the user's registered static IP (code 100008): a session
-- state of its own, so the banner says what to do instead of "expired".
ALTER TABLE user_settings DROP CONSTRAINT user_settings_broker_session_state_check;
ALTER TABLE user_settings ADD CONSTRAINT user_settings_broker_session_state_check
    CHECK (broker_session_state IN ('none', 'valid', 'expired', 'needs_login', 'ip_not_registered'));
