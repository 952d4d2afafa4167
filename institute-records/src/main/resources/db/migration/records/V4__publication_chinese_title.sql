-- Issue 21: a publication typed in through the portal's form may carry a Chinese title beside a
-- title in English (or another language); a paper with a Chinese title only keeps it in title,
-- tagged zh in title_lang, so title_zh is null then.
ALTER TABLE rec_publication ADD COLUMN title_zh VARCHAR(500);
