/**
 * JPA implementations of the talent repositories: list queries are projections or joins with a
 * fixed number of statements.
 */
package org.institute.talent.infrastructure;
