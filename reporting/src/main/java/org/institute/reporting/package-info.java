/**
 * Reporting, published API: the KPI dashboard (targets from the institute records against actuals
 * counted by each module's {@link org.institute.core.KpiFigures}) and the Governing Council's
 * annual report, built as sections of tables, charts and notes that the web layer renders as PDF,
 * XLSX or CSV. Reads every other module through its published API, as the caller.
 */
package org.institute.reporting;
