/**
 * REST resources of IP and licensing under /api/v1/patents and /api/v1/licence-deals. Thin: they
 * parse parameters and call the module's API, which checks roles and scope.
 */
package org.institute.web.licensing.rest;
