-- Patent families linked to research projects as their outputs (decision 0054). The family is held
-- by id only: the IP licensing module owns lic_patent_family, and KnownPatentFamilies checks that it
-- exists when the link is made. Who linked it and when stay on the row; the audit trail has both too.
CREATE TABLE core_project_patent_family (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  project_id BIGINT       NOT NULL,
  family_id  BIGINT       NOT NULL,
  linked_by  VARCHAR(64)  NOT NULL,
  linked_at  DATETIME(6)  NOT NULL,
  CONSTRAINT uq_core_project_patent_family UNIQUE (project_id, family_id),
  CONSTRAINT fk_core_project_patent_family_project FOREIGN KEY (project_id) REFERENCES core_project (id)
) ${table_options};

CREATE INDEX ix_core_project_patent_family_family ON core_project_patent_family (family_id);
