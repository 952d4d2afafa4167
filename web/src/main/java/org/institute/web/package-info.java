/**
 * The one WAR: the portal (Faces), the REST API, and the platform that holds them together
 * (persistence, security, problem responses, health, demo data). Sub-packages mirror the modules.
 */
package org.institute.web;
