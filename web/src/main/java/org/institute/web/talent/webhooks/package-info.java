/** Talent programmes' events told to webhook endpoints: ids and values, never whole records. */
package org.institute.web.talent.webhooks;
