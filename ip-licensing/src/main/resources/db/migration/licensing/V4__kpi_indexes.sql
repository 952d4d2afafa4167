-- The council's dashboard counts applications, licences and income by date range and year
-- (LicensingKpiFigures). Without these, each KPI scans its whole table: at 100,000 applications
-- that is most of the dashboard's time. Each index covers its query.
CREATE INDEX ix_lic_application_filing ON lic_patent_application (filing_date);
CREATE INDEX ix_lic_deal_signing ON lic_deal (signing_date);
CREATE INDEX ix_lic_payment_received ON lic_payment (received_on, amount_sgd);
