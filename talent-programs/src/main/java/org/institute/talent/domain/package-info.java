/**
 * Talent programmes' aggregates and rules: a programme and its eligibility and completion rules, a
 * cohort that guards its capacity and FIFO waitlist, sessions, participants, enrolments, attendance
 * and certificates; and the repository interfaces they are stored through.
 */
package org.institute.talent.domain;
