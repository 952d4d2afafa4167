/**
 * The annual report for the Governing Council: sections contributed by beans ({@link
 * org.institute.web.reports.AnnualReportSection}), each built from the modules' APIs, rendered as
 * PDF (bilingual headings, tables, bar charts), XLSX or CSV. {@code .rest} serves it, {@code
 * .faces} runs it with a progress bar.
 */
package org.institute.web.reports;
