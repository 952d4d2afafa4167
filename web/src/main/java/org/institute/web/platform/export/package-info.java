/**
 * Exports of lists and reports as CSV and XLSX: a list is a {@link
 * org.institute.web.platform.export.Table} (columns and a source of pages) that one writer turns
 * into either format, for the REST API ({@code ?format=csv|xlsx} or the Accept header) and the
 * portal alike.
 */
package org.institute.web.platform.export;
