/** The portal pages and REST resources of the shared core (identity, audit trail, FX, mail). */
package org.institute.web.core;
