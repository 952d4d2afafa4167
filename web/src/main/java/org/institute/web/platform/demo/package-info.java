/**
 * The demo data step: an explicit, switchable loader ({@code INSTITUTE_DEMO}) that seeds partners,
 * accounts and rates from the institute's published figures. No production code path depends on it.
 */
package org.institute.web.platform.demo;
