-- Keyset pages of the deal list (decision 0095) read "after (sort key, id)" in the list's order. The
-- indexes of V1/V5 serve the newest-change order (updated_at; state, updated_at; licensee_id,
-- updated_at) and the secondary entries carry the id, so those pages read from the cursor on. The
-- other orders within a state (the pipeline's stages) and a partner's deals of one state in the
-- default order had no index that starts where the page starts:
CREATE INDEX ix_lic_deal_state_title ON lic_deal (state, title, id);
CREATE INDEX ix_lic_deal_state_total ON lic_deal (state, total_value, id);
CREATE INDEX ix_lic_deal_licensee_state_updated ON lic_deal (licensee_id, state, updated_at, id);
