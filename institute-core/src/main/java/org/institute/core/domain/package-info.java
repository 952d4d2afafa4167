/**
 * Core aggregates, value objects and rules (accounts, lockout, password policy, the audit hash
 * chain, exchange-rate tables), and the repository interfaces the application layer depends on.
 */
package org.institute.core.domain;
