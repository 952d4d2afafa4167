package org.institute.core;

/**
 * Answers whether a partner exists, for core use cases (such as assigning a user to a partner) that
 * must not depend on the partners module. The partners module implements it.
 */
public interface KnownPartners {
  boolean exists(PartnerId partner);

  /**
   * Whether the partner exists and licenses the institute's patents (it holds the licensee role),
   * so that its staff may be licensee users. None by default.
   */
  default boolean isLicensee(PartnerId partner) {
    return false;
  }
}
