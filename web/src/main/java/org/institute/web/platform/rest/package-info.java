/** Helpers shared by the REST resources of every module: query parameters and list pages. */
package org.institute.web.platform.rest;
