/** The dashboard and report use cases, their sections and the one policy of who reads reports. */
package org.institute.reporting.application;
