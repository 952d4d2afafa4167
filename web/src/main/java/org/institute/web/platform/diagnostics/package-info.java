/**
 * Diagnostics that are off by default: the count of SQL statements a request issued, for the tests
 * and benchmarks that prove list endpoints stay constant in statements whatever the data size.
 */
package org.institute.web.platform.diagnostics;
