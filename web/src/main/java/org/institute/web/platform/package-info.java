/** Cross-cutting set-up of the WAR that belongs to no single module. */
package org.institute.web.platform;
