/** Rules of the KPI figures: progress against a target and the forecast at the period's end. */
package org.institute.reporting.domain;
