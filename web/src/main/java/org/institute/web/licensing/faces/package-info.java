/**
 * Backing beans of the licensing pages under /app/licensing: pipeline, deal detail, inbox, patents.
 */
package org.institute.web.licensing.faces;
