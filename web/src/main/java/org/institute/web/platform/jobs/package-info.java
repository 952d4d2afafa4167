/** Scheduled jobs: one schedule, lease and failure rule for every timer of the application. */
package org.institute.web.platform.jobs;
