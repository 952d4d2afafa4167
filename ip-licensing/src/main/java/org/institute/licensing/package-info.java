/**
 * The published API of IP and licensing: invention disclosures, patent families, licence deals and their approval. Empty until that module is built.
 */
package org.institute.licensing;
