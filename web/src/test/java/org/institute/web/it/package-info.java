/**
 * Integration tests against the real WAR on Payara Micro (Arquillian, client mode), over HTTP and
 * in headless Chromium. Each class is one deployment; its tests are independent of order.
 */
package org.institute.web.it;
