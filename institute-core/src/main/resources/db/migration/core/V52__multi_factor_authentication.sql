-- Opt-in TOTP (RFC 6238) second factor. The secret is kept from the start of enrolment; it counts
-- only once mfa_enabled is set by a first correct code. mfa_last_step is the time step of the last
-- accepted code, so that a code cannot be used twice (RFC 6238, section 5.2).
ALTER TABLE core_user_account ADD COLUMN mfa_secret VARCHAR(64) NULL;
ALTER TABLE core_user_account ADD COLUMN mfa_enabled BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE core_user_account ADD COLUMN mfa_last_step BIGINT NULL;
