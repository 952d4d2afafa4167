/**
 * Authentication and authorisation for portal and API: one Jakarta Security mechanism that accepts
 * a portal session or a bearer token, the token service, role checks on REST endpoints, and the
 * security headers on every response.
 */
package org.institute.web.platform.security;
