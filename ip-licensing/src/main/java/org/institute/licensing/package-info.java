/**
 * The published API of IP and licensing: patent families with their co-owners and applications,
 * licence deals with their approval workflow, payments and revenue distribution. Other modules and
 * the web layer use only this package: the facades {@link org.institute.licensing.Patents} and
 * {@link org.institute.licensing.LicenceDeals}, their command and view records, and the events.
 */
package org.institute.licensing;
