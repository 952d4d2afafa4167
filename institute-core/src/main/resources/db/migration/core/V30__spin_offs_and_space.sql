-- Spin-off companies and the headquarters space. Partners and patent families are referred to by id
-- only: their modules own those tables (KnownPartners and KnownPatentFamilies check existence).
CREATE TABLE core_spin_off (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  name_en           VARCHAR(300) NOT NULL,
  name_zh           VARCHAR(300) NULL,
  origin_partner_id BIGINT       NOT NULL,
  founded_on        DATE         NOT NULL,
  status            VARCHAR(16)  NOT NULL,
  created_at        DATETIME(6)  NOT NULL,
  version           BIGINT       NOT NULL
) ${table_options};

CREATE INDEX ix_core_spin_off_partner ON core_spin_off (origin_partner_id, founded_on);
CREATE INDEX ix_core_spin_off_founded ON core_spin_off (founded_on);

CREATE TABLE core_spin_off_founder (
  spin_off_id BIGINT       NOT NULL,
  list_index  INT          NOT NULL,
  name        VARCHAR(200) NOT NULL,
  PRIMARY KEY (spin_off_id, list_index),
  CONSTRAINT fk_core_spin_off_founder FOREIGN KEY (spin_off_id) REFERENCES core_spin_off (id)
) ${table_options};

CREATE TABLE core_spin_off_patent (
  spin_off_id BIGINT NOT NULL,
  family_id   BIGINT NOT NULL,
  PRIMARY KEY (spin_off_id, family_id),
  CONSTRAINT fk_core_spin_off_patent FOREIGN KEY (spin_off_id) REFERENCES core_spin_off (id)
) ${table_options};

-- The building keeps the running total of its units' areas; adding a unit locks this row.
CREATE TABLE core_space_building (
  id        BIGINT       NOT NULL PRIMARY KEY,
  name      VARCHAR(200) NOT NULL,
  area_sqm  INT          NOT NULL,
  units_sqm INT          NOT NULL,
  version   BIGINT       NOT NULL,
  CONSTRAINT ck_core_space_building_area CHECK (units_sqm <= area_sqm)
) ${table_options};

INSERT INTO core_space_building (id, name, area_sqm, units_sqm, version)
VALUES (1, 'SSIJRI headquarters, China-Singapore Smart Park', 23000, 0, 0);

CREATE TABLE core_space_unit (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  building_id BIGINT       NOT NULL,
  code        VARCHAR(16)  NOT NULL,
  name        VARCHAR(200) NOT NULL,
  area_sqm    INT          NOT NULL,
  space_use   VARCHAR(16)  NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  version     BIGINT       NOT NULL,
  CONSTRAINT uq_core_space_unit_code UNIQUE (code),
  CONSTRAINT fk_core_space_unit_building FOREIGN KEY (building_id) REFERENCES core_space_building (id)
) ${table_options};

CREATE TABLE core_space_allocation (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  unit_id       BIGINT       NOT NULL,
  occupant_kind VARCHAR(16)  NOT NULL,
  occupant_id   BIGINT       NOT NULL,
  from_date     DATE         NOT NULL,
  to_date       DATE         NULL,
  note          VARCHAR(500) NULL,
  created_at    DATETIME(6)  NOT NULL,
  version       BIGINT       NOT NULL,
  CONSTRAINT fk_core_space_allocation_unit FOREIGN KEY (unit_id) REFERENCES core_space_unit (id)
) ${table_options};

CREATE INDEX ix_core_space_allocation_unit ON core_space_allocation (unit_id, from_date);
CREATE INDEX ix_core_space_allocation_occupant ON core_space_allocation (occupant_kind, occupant_id);
