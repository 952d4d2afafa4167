/** Scheduled licensing work: the daily calendar (deadline reminders, licence terms). */
package org.institute.web.licensing.jobs;
