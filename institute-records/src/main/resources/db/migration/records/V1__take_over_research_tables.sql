-- The institute's research records leave the shared core for a module of their own
-- (docs/decisions/0073-institute-records-module.md). Their tables were created by the core's
-- migrations V10, V20, V30 and V51, which stay in the core's history as they ran; here the records
-- module takes them over under its own prefix. Rows, keys and indexes move with the tables.
ALTER TABLE core_centre RENAME TO rec_centre;
ALTER TABLE core_centre_partner RENAME TO rec_centre_partner;
ALTER TABLE core_project RENAME TO rec_project;
ALTER TABLE core_project_partner RENAME TO rec_project_partner;
ALTER TABLE core_project_investigator RENAME TO rec_project_investigator;
ALTER TABLE core_publication RENAME TO rec_publication;
ALTER TABLE core_kpi_target RENAME TO rec_kpi_target;
ALTER TABLE core_funding_commitment RENAME TO rec_funding_commitment;
ALTER TABLE core_funding_movement RENAME TO rec_funding_movement;
ALTER TABLE core_spin_off RENAME TO rec_spin_off;
ALTER TABLE core_spin_off_founder RENAME TO rec_spin_off_founder;
ALTER TABLE core_spin_off_patent RENAME TO rec_spin_off_patent;
ALTER TABLE core_space_building RENAME TO rec_space_building;
ALTER TABLE core_space_unit RENAME TO rec_space_unit;
ALTER TABLE core_space_allocation RENAME TO rec_space_allocation;
ALTER TABLE core_project_patent_family RENAME TO rec_project_patent_family;
