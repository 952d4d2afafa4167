/**
 * Use cases on partners; transactions and auditing start here. Who may do what is answered in one
 * place, {@code PartnersPolicy}, which every service asks.
 */
package org.institute.partners.application;
