/**
 * The published API of the partners module: the partner directory that other modules use to look up
 * partners (licensors, licensees, host companies) by {@link org.institute.core.PartnerId}, the
 * registry, agreements and the Governing Council. What the caller may do is decided in the module
 * and published with the records ({@code allowedActions} of {@link
 * org.institute.partners.PartnerAction}, {@link org.institute.partners.AgreementAction}, {@link
 * org.institute.partners.CouncilAction}) and for menus by {@link
 * org.institute.partners.PartnersAccess}.
 */
package org.institute.partners;
