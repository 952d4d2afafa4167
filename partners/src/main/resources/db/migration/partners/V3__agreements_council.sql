-- Cooperation agreements between partners, and the Governing Council's members, meetings and decisions.
CREATE TABLE ptn_agreement (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  title          VARCHAR(300)  NOT NULL,
  title_zh       VARCHAR(300)  NULL,
  signed_on      DATE          NOT NULL,
  effective_from DATE          NOT NULL,
  expires_on     DATE          NULL,
  terminated_on  DATE          NULL,
  confidential   BOOLEAN       NOT NULL,
  summary        VARCHAR(2000) NULL,
  document_id    BIGINT        NULL,
  created_at     DATETIME(6)   NOT NULL,
  version        BIGINT        NOT NULL
) ${table_options};

CREATE INDEX ix_ptn_agreement_signed ON ptn_agreement (signed_on);

CREATE TABLE ptn_agreement_party (
  agreement_id BIGINT NOT NULL,
  partner_id   BIGINT NOT NULL,
  PRIMARY KEY (agreement_id, partner_id),
  CONSTRAINT fk_ptn_agreement_party_agreement FOREIGN KEY (agreement_id) REFERENCES ptn_agreement (id),
  CONSTRAINT fk_ptn_agreement_party_partner FOREIGN KEY (partner_id) REFERENCES ptn_partner (id)
) ${table_options};

CREATE INDEX ix_ptn_agreement_party_partner ON ptn_agreement_party (partner_id);

CREATE TABLE ptn_council_member (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  name         VARCHAR(200) NOT NULL,
  name_zh      VARCHAR(200) NULL,
  title        VARCHAR(200) NULL,
  partner_id   BIGINT       NOT NULL,
  council_role VARCHAR(16)  NOT NULL,
  since        DATE         NOT NULL,
  until_date   DATE         NULL,
  version      BIGINT       NOT NULL,
  CONSTRAINT fk_ptn_council_member_partner FOREIGN KEY (partner_id) REFERENCES ptn_partner (id)
) ${table_options};

CREATE TABLE ptn_council_meeting (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  held_on             DATE         NOT NULL,
  title               VARCHAR(300) NOT NULL,
  location            VARCHAR(200) NULL,
  minutes_document_id BIGINT       NULL,
  version             BIGINT       NOT NULL
) ${table_options};

CREATE INDEX ix_ptn_council_meeting_held ON ptn_council_meeting (held_on);

CREATE TABLE ptn_council_decision (
  meeting_id      BIGINT        NOT NULL,
  reference       VARCHAR(20)   NOT NULL,
  decision_number INT           NOT NULL,
  decision_text   VARCHAR(4000) NOT NULL,
  outcome         VARCHAR(16)   NOT NULL,
  PRIMARY KEY (meeting_id, decision_number),
  CONSTRAINT uk_ptn_council_decision_reference UNIQUE (reference),
  CONSTRAINT fk_ptn_council_decision_meeting FOREIGN KEY (meeting_id) REFERENCES ptn_council_meeting (id)
) ${table_options};
