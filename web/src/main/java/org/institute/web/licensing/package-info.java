/** The web face of IP and licensing: its REST resources and its portal pages' beans. */
package org.institute.web.licensing;
