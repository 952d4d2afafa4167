/** REST resources of the core: tokens, the caller, the audit trail, exchange rates, the outbox. */
package org.institute.web.core.rest;
