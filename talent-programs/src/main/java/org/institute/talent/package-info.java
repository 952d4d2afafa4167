/**
 * The published API of talent programmes: programmes, cohorts, enrolments, certificates, internships. Empty until that module is built.
 */
package org.institute.talent;
