/** Portal pages of the core: sign-in, the shell (menu, language), home per role, audit, outbox. */
package org.institute.web.core.faces;
