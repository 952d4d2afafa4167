-- The API's certificate list reads by keyset (decision 0124): sorted by the holder, it continues
-- from a cursor through this index (whose entries carry the id) instead of sorting every
-- certificate; by the date of issue it reads ix_tal_certificate_issued the same way.
CREATE INDEX ix_tal_certificate_holder ON tal_certificate (holder_latin);
