/**
 * Use-case services that implement the core API. Transactions start here, and every write of value
 * is recorded in the audit trail in the same transaction.
 */
package org.institute.core.application;
