-- Inventors' ORCID iDs on disclosures (issue 21 item 3): the normal form, checked by the core's Orcid.
ALTER TABLE lic_disclosure_inventor ADD COLUMN orcid VARCHAR(19) NULL;
