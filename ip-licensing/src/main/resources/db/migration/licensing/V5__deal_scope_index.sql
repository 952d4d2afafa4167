-- A partner's deal list counts the deals of one state where the partner is licensee or licensor.
-- With (state, licensee_id) the count reads the state's index entries only (the primary key
-- rides along) instead of every row of the table (decision 0072).
CREATE INDEX ix_lic_deal_state_licensee ON lic_deal (state, licensee_id);
