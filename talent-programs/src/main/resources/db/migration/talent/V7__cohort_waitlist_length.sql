-- How many enrolments of a cohort wait for a seat, kept beside the seat count and the last ticket:
-- an enrolment takes its place by one conditional update of this row and reads its position in line
-- back under that row's lock (decision 0091), instead of counting rows it may not see yet.
ALTER TABLE tal_cohort ADD COLUMN waitlist_length INT NOT NULL DEFAULT 0;
UPDATE tal_cohort SET waitlist_length =
  (SELECT COUNT(*) FROM tal_enrolment e WHERE e.cohort_id = tal_cohort.id AND e.state = 'WAITLISTED');
