/**
 * The web side of talent programmes: its REST resources, its portal pages' beans, and here the
 * lists as exportable tables that both share.
 */
package org.institute.web.talent;
