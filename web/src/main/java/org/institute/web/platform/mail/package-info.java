/** The timer that hands the mail outbox to the SMTP server. */
package org.institute.web.platform.mail;
