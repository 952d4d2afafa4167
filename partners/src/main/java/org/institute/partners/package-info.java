/**
 * The published API of the partners module: the partner directory that other modules use to look up
 * partners (licensors, licensees, host companies) by {@link org.institute.core.PartnerId}.
 */
package org.institute.partners;
