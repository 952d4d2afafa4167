/** Use cases on partners; transactions and auditing start here. */
package org.institute.partners.application;
