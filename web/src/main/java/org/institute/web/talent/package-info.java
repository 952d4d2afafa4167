/** The web side of talent programmes: its REST resources and its portal pages' beans. */
package org.institute.web.talent;
