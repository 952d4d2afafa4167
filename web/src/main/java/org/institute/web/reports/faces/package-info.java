/** The portal's reports page: the annual report with a progress bar, and list exports. */
package org.institute.web.reports.faces;
