/**
 * REST resources for funding commitments, disbursements, expenditures and exchange rates. They
 * parse and shape; the core's services check roles, scope and rules.
 */
package org.institute.web.funding.rest;
