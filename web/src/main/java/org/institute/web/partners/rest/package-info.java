/** REST resources of the partners module: partners, agreements and the Governing Council. */
package org.institute.web.partners.rest;
