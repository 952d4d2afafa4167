/**
 * Loaders of the demo institute, one per area, run once at start-up by {@link
 * org.institute.demo.application.DemoDataStartup} when switched on. Dated relative to the day the
 * server starts where a story needs it, so the demo reads consistently whatever day it starts.
 */
package org.institute.demo.application;
