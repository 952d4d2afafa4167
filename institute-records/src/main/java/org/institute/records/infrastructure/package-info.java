/** JPA repositories of the research records; tables prefixed {@code rec_}. */
package org.institute.records.infrastructure;
