-- A cohort's name and a session's topic in Chinese (optional; readers of Chinese see them, others
-- the English ones).
ALTER TABLE tal_cohort ADD COLUMN name_zh VARCHAR(200) NULL;
ALTER TABLE tal_session ADD COLUMN topic_zh VARCHAR(300) NULL;
