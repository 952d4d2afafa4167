/**
 * REST resources of talent programmes under /api/v1: programmes, cohorts, enrolments, participants,
 * certificates.
 */
package org.institute.web.talent.rest;
