/**
 * The datasource from configuration, the schema migrations (one Flyway history per module) and the
 * persistence unit's set-up.
 */
package org.institute.web.platform.persistence;
