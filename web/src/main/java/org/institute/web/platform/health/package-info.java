/** MicroProfile Health checks. */
package org.institute.web.platform.health;
