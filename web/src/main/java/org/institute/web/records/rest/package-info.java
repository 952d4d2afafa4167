/**
 * REST resources for research centres, projects, publications and KPIs. They parse and shape; the
 * core's services check roles, scope and rules.
 */
package org.institute.web.records.rest;
