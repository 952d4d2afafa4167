/**
 * JPA adapters of the licensing repositories. List queries are projections or fetch joins with a
 * fixed number of statements whatever the data size.
 */
package org.institute.licensing.infrastructure;
