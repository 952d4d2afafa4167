/**
 * The demo institute, seeded from shared/DOMAIN.md's facts through every module's published API
 * when {@code INSTITUTE_DEMO=true}. The module has no API of its own; a production build leaves it
 * out ({@code ./mvnw package -Pproduction}), so no demo can ever load there.
 */
package org.institute.demo;
