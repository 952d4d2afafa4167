/** The portal pages and REST API of the institute's funding and of the SGD/CNY rates (core). */
package org.institute.web.funding;
