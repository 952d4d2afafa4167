/**
 * The web face of IP and licensing: its REST resources, its portal pages' beans, and here the lists
 * as exportable tables that both share.
 */
package org.institute.web.licensing;
