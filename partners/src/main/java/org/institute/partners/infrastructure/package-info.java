/** JPA adapters of the partners module. */
package org.institute.partners.infrastructure;
