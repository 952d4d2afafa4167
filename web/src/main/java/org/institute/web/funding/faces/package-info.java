/**
 * Portal pages for funding (committed, disbursed, spent in SGD and CNY) and the rates admin page.
 */
package org.institute.web.funding.faces;
