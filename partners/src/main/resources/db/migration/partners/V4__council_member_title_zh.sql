-- A council member's title in Chinese beside the English one (issue 15, decision 0094): shown to
-- readers of Chinese when present, the English title otherwise.
ALTER TABLE ptn_council_member ADD COLUMN title_zh VARCHAR(200) NULL;
