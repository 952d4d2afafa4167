/**
 * Integration tests against the real WAR on Payara Micro (Arquillian, client mode), over HTTP and
 * in headless Chromium. All classes share one running server ({@link SharedPayaraMicro}), one
 * browser ({@link Chromium}) and one SMTP server ({@link Mailbox}); classes and methods run in a
 * random order, so each test makes the data it needs. Decision 0078.
 */
package org.institute.web.it;
