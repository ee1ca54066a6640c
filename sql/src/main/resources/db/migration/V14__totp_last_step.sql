-- The 30-second TOTP step of the last code a user spent: a code is accepted once, then refused (RFC 6238 §5.2).
ALTER TABLE users ADD COLUMN totp_last_step bigint;
