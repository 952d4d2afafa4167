/**
 * Use cases of IP and licensing: each public method is one transaction that asks {@link
 * org.institute.licensing.application.LicensingPolicy} whose records the caller reads and what they
 * may do, loads aggregates, lets them apply their rules, audits the change, publishes what happened
 * (deal executed or terminated, payment recorded) and tells the next people in line by e-mail
 * through the outbox, in the same transaction.
 */
package org.institute.licensing.application;
