/**
 * The licensing domain: patent families with their co-ownership over time and applications, licence
 * deals with their state machine ({@link org.institute.licensing.domain.DealTransitions}) and the
 * rules it enforces (four eyes, consents, two admins above a threshold), payments and their split.
 * Plain Java and JPA mappings, with repository interfaces; no container services.
 */
package org.institute.licensing.domain;
