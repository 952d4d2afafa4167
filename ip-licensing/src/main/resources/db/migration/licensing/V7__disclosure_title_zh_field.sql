-- A disclosure's title in Chinese (optional; readers of Chinese see it, others the English title)
-- and its technology field (one of TechnologyField's names; none on disclosures made before).
ALTER TABLE lic_disclosure ADD COLUMN title_zh VARCHAR(300) NULL;
ALTER TABLE lic_disclosure ADD COLUMN technology_field VARCHAR(32) NULL;
