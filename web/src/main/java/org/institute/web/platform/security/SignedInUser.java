package org.institute.web.platform.security;

import java.io.Serializable;
import java.util.Set;

/**
 * What the HTTP session remembers of a portal sign-in (serialisable, so sessions can replicate).
 */
record SignedInUser(String username, Set<String> roles) implements Serializable {
  static final String SESSION_KEY = SignedInUser.class.getName();
}
