/**
 * The published API of the shared core: identity and roles, the caller's partner scope, money and
 * exchange rates, the audit trail and outgoing mail. Other modules and {@code web} use only this
 * package; everything below it is internal.
 */
package org.institute.core;
