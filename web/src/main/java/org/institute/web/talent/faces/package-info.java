/**
 * Faces beans of the talent pages: catalogue, cohort, bulk import, certificates, public
 * verification.
 */
package org.institute.web.talent.faces;
