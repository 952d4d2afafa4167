/** Use cases of the research records, one transaction each, audited, with their access rules. */
package org.institute.records.application;
