/**
 * RFC 9457 problem details for every API error: exception mappers, and the error servlet that
 * answers for errors outside JAX-RS. No stack trace ever reaches a client.
 */
package org.institute.web.platform.problem;
