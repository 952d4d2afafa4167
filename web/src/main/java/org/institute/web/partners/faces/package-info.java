/** Portal pages of the partners module: directory, partner profile, agreements, council. */
package org.institute.web.partners.faces;
