/**
 * Use cases of IP and licensing: each public method is one transaction that checks the caller's
 * role and data scope, loads aggregates, lets them apply their rules, audits the change and tells
 * the next people in line by e-mail.
 */
package org.institute.licensing.application;
