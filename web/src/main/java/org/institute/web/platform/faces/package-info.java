/** What every portal page shares: the one message helper and its mapping of refusals. */
package org.institute.web.platform.faces;
