-- Issue 21: publications brought in from BibTeX, RIS and CSL-JSON files keep their title's
-- language tag (BCP 47) and name the import that created them.
ALTER TABLE rec_publication ADD COLUMN title_lang VARCHAR(35);
ALTER TABLE rec_publication ADD COLUMN import_ref VARCHAR(40);
