/**
 * The API's contract (decision 0099): what completes the document that the build generates from the
 * resources. Nothing here runs in the server.
 */
package org.institute.web.platform.openapi;
