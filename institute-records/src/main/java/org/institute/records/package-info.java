/**
 * The institute's research records, published API: R&D centres and joint research centres, research
 * projects with their investigators and patent families, publications, funding commitments and
 * movements, headquarters space, spin-offs and KPI targets. Other modules and the web layer use
 * only this package; the records refer to partners and patent families by id.
 */
package org.institute.records;
