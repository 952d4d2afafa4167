-- Signed credentials of certificates (issue 20, decision 0088): each certificate's place in the
-- revocation status lists, the salt of the holder's hashed e-mail address and the credential as
-- signed (a compact JWS, kept so that what was issued is what is served). Certificates issued before
-- get theirs on first request.
ALTER TABLE tal_certificate ADD COLUMN status_list INT NULL;
ALTER TABLE tal_certificate ADD COLUMN status_index INT NULL;
ALTER TABLE tal_certificate ADD COLUMN recipient_salt VARCHAR(32) NULL;
ALTER TABLE tal_certificate ADD COLUMN credential LONGBLOB NULL;
CREATE UNIQUE INDEX uk_tal_certificate_status ON tal_certificate (status_list, status_index);
