package org.institute.core.domain;

/** A slow, salted one-way hash for passwords. */
public interface PasswordHashing {
  String hash(char[] password);

  boolean matches(char[] password, String storedHash);
}
