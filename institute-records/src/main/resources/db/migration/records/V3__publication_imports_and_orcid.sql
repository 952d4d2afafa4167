-- Issue 21: publications brought in from BibTeX, RIS and CSL-JSON files keep their title's
-- language tag (BCP 47) and name the import that created them; principal investigators may carry
-- their ORCID iD (normal form 0000-0002-1825-0097, checked by its ISO 7064 MOD 11-2 checksum).
ALTER TABLE rec_publication ADD COLUMN title_lang VARCHAR(35);
ALTER TABLE rec_publication ADD COLUMN import_ref VARCHAR(40);
ALTER TABLE rec_project_investigator ADD COLUMN orcid VARCHAR(19);
