-- The council's dashboard counts graduates by the day of their certificate and placements by the
-- day their position starts (TalentKpiFigures); these ranges would otherwise scan the tables.
CREATE INDEX ix_tal_certificate_issued_on ON tal_certificate (issued_on, revoked_at);
CREATE INDEX ix_tal_position_starts ON tal_position (starts_on);
