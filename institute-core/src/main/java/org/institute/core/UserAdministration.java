package org.institute.core;

import java.util.Optional;

/**
 * Managing accounts: admins invite, change, disable, unlock and reset; partner staff see their
 * colleagues; everyone sets their own password and language. Every change is audited.
 */
public interface UserAdministration {

  /** Users the caller may see: all for admins and auditors, colleagues for partner staff. */
  UserPage search(UserQuery query, int firstResult, int maxResults);

  /** One user the caller may see; empty otherwise. */
  Optional<UserDetails> find(long id);

  /**
   * Opens an account without a password and e-mails a one-use link, valid for {@link
   * #LINK_VALIDITY}, to set one.
   */
  UserDetails invite(UserInvitation invitation);

  UserDetails change(long id, UserChanges changes);

  /**
   * Sets the password of the account a link was sent for, and uses the link up. Refuses an unknown,
   * used or expired token with the same message, on field {@code token}.
   */
  String setPasswordWithToken(String token, char[] password);

  /** The signed-in caller changes their own password, proving the current one. */
  void changeOwnPassword(char[] currentPassword, char[] newPassword);

  /** How long an e-mailed link stays valid. */
  java.time.Duration LINK_VALIDITY = java.time.Duration.ofHours(48);
}
