-- Patent imports (decision 0100): a family's Chinese title and its title's language tag, the
-- priority claim an import matches families by, and the import (IMP-...) that created a family
-- or added an application; an application's publication number.
ALTER TABLE lic_patent_family ADD COLUMN title_zh VARCHAR(300) NULL;
ALTER TABLE lic_patent_family ADD COLUMN title_lang VARCHAR(35) NULL;
ALTER TABLE lic_patent_family ADD COLUMN priority_office VARCHAR(2) NULL;
ALTER TABLE lic_patent_family ADD COLUMN priority_number VARCHAR(64) NULL;
ALTER TABLE lic_patent_family ADD COLUMN import_ref VARCHAR(16) NULL;
ALTER TABLE lic_patent_application ADD COLUMN publication_number VARCHAR(64) NULL;
ALTER TABLE lic_patent_application ADD COLUMN import_ref VARCHAR(16) NULL;
CREATE INDEX ix_lic_patent_family_claim ON lic_patent_family (priority_office, priority_number);
