/** The web side of the institute's research records (kept in the core): API and portal pages. */
package org.institute.web.records;
