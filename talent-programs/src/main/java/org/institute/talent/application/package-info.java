/**
 * Use cases of talent programmes: each service asks the one policy ({@code TalentPolicy}) what the
 * caller may do, loads the aggregates, lets them apply their rules, stores them, audits the change
 * and publishes its event in one transaction; {@code ParticipantMails} observes the events.
 */
package org.institute.talent.application;
