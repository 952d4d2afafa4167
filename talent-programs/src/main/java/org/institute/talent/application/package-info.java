/**
 * Use cases of talent programmes: each service checks the caller's role and scope, loads the
 * aggregates, lets them apply their rules, stores them and audits the change in one transaction.
 */
package org.institute.talent.application;
