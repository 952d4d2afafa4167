/** The partner aggregate, its kinds and the repository interface. */
package org.institute.partners.domain;
