/**
 * Strict reading of JSON request bodies: unknown fields and wrong types become field violations.
 */
package org.institute.web.platform.json;
