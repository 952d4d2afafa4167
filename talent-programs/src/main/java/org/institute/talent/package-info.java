/**
 * The published API of talent programmes: programmes, cohorts and their sessions, participants,
 * enrolments and waitlists, attendance, completion and certificates. Other modules and the web
 * layer use only this package.
 */
package org.institute.talent;
