-- Funding commitments of the institute's funders (partners, by id: the partners module owns its
-- table) and the disbursements and expenditures against them, each in the commitment's currency.
CREATE TABLE core_funding_commitment (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  funder_id    BIGINT         NOT NULL,
  centre_id    BIGINT         NULL,
  label_en     VARCHAR(200)   NOT NULL,
  label_zh     VARCHAR(200)   NULL,
  period_from  DATE           NOT NULL,
  period_to    DATE           NOT NULL,
  committed_on DATE           NOT NULL,
  amount       DECIMAL(17, 2) NOT NULL,
  currency     VARCHAR(3)     NOT NULL,
  created_at   DATETIME(6)    NOT NULL,
  version      BIGINT         NOT NULL,
  CONSTRAINT fk_core_funding_commitment_centre FOREIGN KEY (centre_id) REFERENCES core_centre (id)
) ${table_options};

CREATE INDEX ix_core_funding_commitment_funder ON core_funding_commitment (funder_id, period_from);

CREATE TABLE core_funding_movement (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  commitment_id BIGINT         NOT NULL,
  kind          VARCHAR(16)    NOT NULL,
  moved_on      DATE           NOT NULL,
  amount        DECIMAL(17, 2) NOT NULL,
  currency      VARCHAR(3)     NOT NULL,
  purpose       VARCHAR(300)   NOT NULL,
  recorded_by   VARCHAR(100)   NOT NULL,
  recorded_at   DATETIME(6)    NOT NULL,
  CONSTRAINT fk_core_funding_movement_commitment FOREIGN KEY (commitment_id)
    REFERENCES core_funding_commitment (id)
) ${table_options};

CREATE INDEX ix_core_funding_movement_commitment ON core_funding_movement (commitment_id, moved_on);
