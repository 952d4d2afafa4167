/** JPA repositories, password hashing and the SMTP transport: adapters behind domain interfaces. */
package org.institute.core.infrastructure;
