-- Institute research records: R&D centres and joint research centres, research projects with their
-- investigators and partners, publications, and KPI targets. Partners are referred to by id only
-- (the partners module migrates after core and owns its table; KnownPartners checks existence).
CREATE TABLE core_centre (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  code            VARCHAR(16)  NOT NULL,
  name_en         VARCHAR(300) NOT NULL,
  name_zh         VARCHAR(300) NULL,
  kind            VARCHAR(32)  NOT NULL,
  lead_partner_id BIGINT       NOT NULL,
  status          VARCHAR(16)  NOT NULL,
  space_sqm       INT          NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  version         BIGINT       NOT NULL,
  CONSTRAINT uq_core_centre_code UNIQUE (code)
) ${table_options};

CREATE TABLE core_centre_partner (
  centre_id  BIGINT NOT NULL,
  partner_id BIGINT NOT NULL,
  PRIMARY KEY (centre_id, partner_id),
  CONSTRAINT fk_core_centre_partner_centre FOREIGN KEY (centre_id) REFERENCES core_centre (id)
) ${table_options};

CREATE TABLE core_project (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  title_en        VARCHAR(300)   NOT NULL,
  title_zh        VARCHAR(300)   NULL,
  centre_id       BIGINT         NOT NULL,
  start_date      DATE           NOT NULL,
  end_date        DATE           NOT NULL,
  budget_amount   DECIMAL(17, 2) NOT NULL,
  budget_currency VARCHAR(3)     NOT NULL,
  status          VARCHAR(16)    NOT NULL,
  approval_ref    VARCHAR(20)    NULL,
  created_at      DATETIME(6)    NOT NULL,
  version         BIGINT         NOT NULL,
  CONSTRAINT fk_core_project_centre FOREIGN KEY (centre_id) REFERENCES core_centre (id)
) ${table_options};

CREATE INDEX ix_core_project_start ON core_project (start_date);
CREATE INDEX ix_core_project_centre ON core_project (centre_id, start_date);

CREATE TABLE core_project_partner (
  project_id BIGINT NOT NULL,
  partner_id BIGINT NOT NULL,
  PRIMARY KEY (project_id, partner_id),
  CONSTRAINT fk_core_project_partner_project FOREIGN KEY (project_id) REFERENCES core_project (id)
) ${table_options};

CREATE INDEX ix_core_project_partner_partner ON core_project_partner (partner_id);

CREATE TABLE core_project_investigator (
  project_id BIGINT       NOT NULL,
  list_index INT          NOT NULL,
  name       VARCHAR(200) NOT NULL,
  partner_id BIGINT       NOT NULL,
  PRIMARY KEY (project_id, list_index),
  CONSTRAINT fk_core_project_investigator_project FOREIGN KEY (project_id) REFERENCES core_project (id)
) ${table_options};

CREATE TABLE core_publication (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  title      VARCHAR(500)  NOT NULL,
  journal    VARCHAR(300)  NOT NULL,
  pub_year   INT           NOT NULL,
  doi        VARCHAR(200)  NOT NULL,
  authors    VARCHAR(1000) NOT NULL,
  project_id BIGINT        NOT NULL,
  created_at DATETIME(6)   NOT NULL,
  CONSTRAINT uq_core_publication_doi UNIQUE (doi),
  CONSTRAINT fk_core_publication_project FOREIGN KEY (project_id) REFERENCES core_project (id)
) ${table_options};

CREATE INDEX ix_core_publication_year ON core_publication (pub_year);

CREATE TABLE core_kpi_target (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  code         VARCHAR(40)  NOT NULL,
  metric       VARCHAR(40)  NOT NULL,
  label_en     VARCHAR(200) NOT NULL,
  label_zh     VARCHAR(200) NULL,
  target_value BIGINT       NOT NULL,
  period_from  DATE         NOT NULL,
  period_to    DATE         NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  version      BIGINT       NOT NULL,
  CONSTRAINT uq_core_kpi_target_code UNIQUE (code)
) ${table_options};
