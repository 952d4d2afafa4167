/**
 * The operator's first administrator on a fresh production database: read from the start-up
 * settings ({@code INSTITUTE_BOOTSTRAP_ADMIN}, {@code INSTITUTE_BOOTSTRAP_ADMIN_PASSWORD}) and
 * applied only while no administrator exists. See decision 0063.
 */
package org.institute.web.platform.bootstrap;
