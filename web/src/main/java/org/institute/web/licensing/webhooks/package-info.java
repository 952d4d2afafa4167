/** Licensing's events told to webhook endpoints: ids and values, never whole records. */
package org.institute.web.licensing.webhooks;
