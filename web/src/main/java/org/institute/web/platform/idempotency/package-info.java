/**
 * Idempotency keys for POSTs that create money or change state: the same key, user and request
 * repeated gets the first response again without acting twice
 * (docs/decisions/0012-idempotency-keys.md).
 */
package org.institute.web.platform.idempotency;
