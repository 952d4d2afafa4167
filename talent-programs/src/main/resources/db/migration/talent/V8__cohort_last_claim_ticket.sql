-- What the latest claim of a place in a cohort took, written by that claim's own update of the
-- cohort row: 0 for a seat, else the waitlist ticket. A claim is then one conditional update (a
-- seat while one is free, else the next ticket) and one read of the row under the lock that update
-- holds, instead of a failed seat update and a ticket update when a cohort fills (decision 0091).
ALTER TABLE tal_cohort ADD COLUMN last_claim_ticket BIGINT NOT NULL DEFAULT 0;
