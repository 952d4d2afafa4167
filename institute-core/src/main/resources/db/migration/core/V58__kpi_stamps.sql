-- One version stamp per KPI metric (decision 0110). The module owning a metric's records moves
-- its stamp in the transaction of every change that can move the figure; the KPI dashboard counts
-- a figure again only when its stamp has moved, so every instance of a cluster sees a change at
-- its commit.
CREATE TABLE core_kpi_stamp (
  metric  VARCHAR(64) NOT NULL PRIMARY KEY,
  version BIGINT      NOT NULL
) ${table_options};

INSERT INTO core_kpi_stamp (metric, version) VALUES ('RESEARCH_PROJECTS', 0);
INSERT INTO core_kpi_stamp (metric, version) VALUES ('PUBLICATIONS', 0);
INSERT INTO core_kpi_stamp (metric, version) VALUES ('PATENT_APPLICATIONS', 0);
INSERT INTO core_kpi_stamp (metric, version) VALUES ('LICENCES_EXECUTED', 0);
INSERT INTO core_kpi_stamp (metric, version) VALUES ('LICENCE_INCOME_SGD', 0);
INSERT INTO core_kpi_stamp (metric, version) VALUES ('PROGRAMME_GRADUATES', 0);
INSERT INTO core_kpi_stamp (metric, version) VALUES ('INTERNSHIP_PLACEMENTS', 0);
