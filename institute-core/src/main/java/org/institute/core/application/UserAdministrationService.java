package org.institute.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.PartnerId;
import org.institute.core.Scope;
import org.institute.core.UserAdministration;
import org.institute.core.UserChanges;
import org.institute.core.UserDetails;
import org.institute.core.UserInvitation;
import org.institute.core.UserPage;
import org.institute.core.UserQuery;
import org.institute.core.domain.UserAccount;
import org.institute.core.domain.UserAccountRepository;

/**
 * The published {@link UserAdministration}: answers who may see which accounts itself, and hands
 * the changes to {@link Invitations}, {@link PasswordLinks} and {@link AccountChanges}.
 */
@ApplicationScoped
@Transactional
class UserAdministrationService implements UserAdministration {

  @Inject private UserAccountRepository accounts;
  @Inject private Invitations invitations;
  @Inject private PasswordLinks links;
  @Inject private AccountChanges changes;
  @Inject private Caller caller;
  @Inject private CorePolicy policy;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public UserPage search(UserQuery query, int firstResult, int maxResults) {
    Scope scope = policy.userScope();
    if (scope.isAll()) {
      return page(query, firstResult, maxResults);
    }
    if (!scope.isNone()) {
      PartnerId own = scope.partners().iterator().next();
      if (query.partner() != null && !query.partner().equals(own)) {
        // another partner's staff list is not theirs to see: answered as if it were empty
        return new UserPage(List.of(), 0);
      }
      return page(
          new UserQuery(query.text(), query.role(), own, query.enabled(), query.sort()),
          firstResult,
          maxResults);
    }
    throw new AccessRefusedException("reading user accounts");
  }

  private UserPage page(UserQuery query, int firstResult, int maxResults) {
    return new UserPage(
        accounts.search(query, firstResult, maxResults).stream().map(UserAccount::details).toList(),
        accounts.count(query));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<UserDetails> find(long id) {
    Scope scope = policy.userScope();
    if (scope.isNone()) {
      throw new AccessRefusedException("reading user accounts");
    }
    return accounts
        .find(id)
        .map(UserAccount::details)
        .filter(
            user -> scope.isAll() || (user.partner() != null && scope.includes(user.partner())));
  }

  @Override
  public UserDetails invite(UserInvitation invitation) {
    return invitations.invite(invitation);
  }

  @Override
  public UserDetails change(long id, UserChanges change) {
    return changes.change(id, change);
  }

  @Override
  public String setPasswordWithToken(String token, char[] password) {
    return links.setPasswordWithToken(token, password);
  }

  @Override
  public void changeOwnPassword(char[] currentPassword, char[] newPassword) {
    changes.changeOwnPassword(currentPassword, newPassword);
  }
}
