/** The annual report over REST: generated on request, returned as PDF, XLSX or CSV. */
package org.institute.web.reports.rest;
