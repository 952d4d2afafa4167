-- A licence deal's title in Chinese (optional; readers of Chinese see it, others the English title).
ALTER TABLE lic_deal ADD COLUMN title_zh VARCHAR(300) NULL;
