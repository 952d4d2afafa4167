/** The timer that sends the webhook outbox to the registered endpoints (issue 17). */
package org.institute.web.platform.webhooks;
