/**
 * Aggregates of the research records and their rules (funding ledger, space allocations that never
 * overlap, DOIs, project links to patent families), with the repository interfaces.
 */
package org.institute.records.domain;
