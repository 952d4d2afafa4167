/** Faces beans of the council's dashboard and the research project pages. */
package org.institute.web.records.faces;
