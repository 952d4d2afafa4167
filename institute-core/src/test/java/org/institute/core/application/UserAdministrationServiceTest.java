package org.institute.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.KnownPartners;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.core.UserChanges;
import org.institute.core.UserDetails;
import org.institute.core.UserInvitation;
import org.institute.core.UserQuery;
import org.institute.core.Violation;
import org.institute.core.domain.LockoutPolicy;
import org.institute.core.domain.PasswordLink;
import org.institute.core.domain.PasswordLinkRepository;
import org.institute.core.domain.UserAccount;
import org.institute.core.testing.RecordingAudit;
import org.institute.core.testing.TestCaller;
import org.institute.core.testing.Wiring;
import org.junit.jupiter.api.Test;

class UserAdministrationServiceTest {

  private static final Instant T0 = Instant.parse("2024-06-15T08:00:00Z");
  private static final PartnerId NTU = new PartnerId(1);
  private static final PartnerId SCUT = new PartnerId(2);
  private static final TestCaller ADMIN =
      new TestCaller("admin", EnumSet.of(Role.ADMIN), Optional.empty());

  /** Links in a list, found by the hash of their token. */
  static final class Links implements PasswordLinkRepository {
    final List<PasswordLink> links = new ArrayList<>();

    @Override
    public void add(PasswordLink link) {
      links.add(link);
    }

    @Override
    public Optional<PasswordLink> findForUpdate(String tokenHash) {
      return links.stream().filter(l -> hashOf(l).equals(tokenHash)).findFirst();
    }

    @Override
    public List<PasswordLink> openLinksOf(long userId) {
      return links.stream().filter(l -> l.userId() == userId).toList();
    }

    private static String hashOf(PasswordLink l) {
      try {
        Field f = PasswordLink.class.getDeclaredField("tokenHash");
        f.setAccessible(true);
        return (String) f.get(l);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private final Fakes.Accounts accounts = new Fakes.Accounts();
  private final Links links = new Links();
  private final Fakes.Hashing hashing = new Fakes.Hashing();
  private final Fakes.Mails mails = new Fakes.Mails();
  private final RecordingAudit audit = new RecordingAudit();
  private Instant now = T0;

  UserAdministrationServiceTest() {
    accounts.add(
        new UserAccount(
            "admin",
            "Admin",
            "admin@i.org",
            "en",
            Set.of(Role.ADMIN),
            null,
            "h:admin password",
            T0));
    accounts.add(
        new UserAccount(
            "ntu.staff",
            "Tan",
            "tan@ntu.edu.sg",
            "en",
            Set.of(Role.PARTNER_STAFF),
            NTU,
            "h:x",
            T0));
    accounts.add(
        new UserAccount(
            "scut.staff",
            "Wang",
            "wang@scut.edu.cn",
            "zh-CN",
            Set.of(Role.PARTNER_STAFF),
            SCUT,
            "h:x",
            T0));
  }

  /**
   * The published user administration as the container wires it: the facade, the invitations,
   * password links and account changes it hands work to, their field rules and the core's policy.
   */
  private UserAdministrationService service(Caller caller) {
    Clock clock = Fakes.clockAt(now);
    AccountRules rules = Wiring.inject(new AccountRules(), "partners", new NtuScutAndALicensee());
    PasswordLinks passwordLinks = new PasswordLinks();
    Wiring.inject(passwordLinks, "accounts", accounts);
    Wiring.inject(passwordLinks, "links", links);
    Wiring.inject(passwordLinks, "hashing", hashing);
    Wiring.inject(passwordLinks, "audit", audit);
    Wiring.inject(passwordLinks, "mailer", mails);
    Wiring.inject(passwordLinks, "clock", clock);
    Wiring.inject(
        passwordLinks,
        "publicLinks",
        new org.institute.core.infrastructure.ConfiguredPublicLinks("https://institute.example//"));
    Invitations invitations = new Invitations();
    Wiring.inject(invitations, "accounts", accounts);
    Wiring.inject(invitations, "rules", rules);
    Wiring.inject(invitations, "links", passwordLinks);
    Wiring.inject(invitations, "hashing", hashing);
    Wiring.inject(invitations, "audit", audit);
    Wiring.inject(invitations, "caller", caller);
    Wiring.inject(invitations, "clock", clock);
    AccountChanges changes = new AccountChanges();
    Wiring.inject(changes, "accounts", accounts);
    Wiring.inject(changes, "rules", rules);
    Wiring.inject(changes, "links", passwordLinks);
    Wiring.inject(changes, "hashing", hashing);
    Wiring.inject(changes, "audit", audit);
    Wiring.inject(changes, "mailer", mails);
    Wiring.inject(changes, "caller", caller);
    Wiring.inject(changes, "clock", clock);
    UserAdministrationService s = new UserAdministrationService();
    Wiring.inject(s, "accounts", accounts);
    Wiring.inject(s, "invitations", invitations);
    Wiring.inject(s, "links", passwordLinks);
    Wiring.inject(s, "changes", changes);
    Wiring.inject(s, "caller", caller);
    Wiring.inject(s, "policy", Policies.policy(caller));
    return s;
  }

  private static UserInvitation invitation(String username, Set<Role> roles, PartnerId partner) {
    return new UserInvitation(username, " Li Wei ", "li.wei@scut.edu.cn", "zh-CN", roles, partner);
  }

  private static List<Violation> refusals(Runnable command) {
    try {
      command.run();
    } catch (InvalidCommandException e) {
      return e.violations();
    }
    return List.of();
  }

  private String tokenIn(String body) {
    Matcher m = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(body);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void anInvitedUserGetsAOneUseLinkAndChoosesAPassword() {
    UserDetails d = service(ADMIN).invite(invitation("li.wei", Set.of(Role.PARTNER_STAFF), SCUT));

    assertThat(d.passwordSet()).isFalse();
    assertThat(d.displayName()).isEqualTo("Li Wei");
    assertThat(d.email()).isEqualTo("li.wei@scut.edu.cn");
    assertThat(audit.entries)
        .containsExactly(
            "USER_INVITED UserAccount#li.wei: roles=[PARTNER_STAFF], partner=2, e-mail=l…@scut.edu.cn");
    assertThat(mails.sent).containsExactly("li.wei@scut.edu.cn: Your institute account / 您的研究院账户");
    String body = mails.bodies.get(0);
    assertThat(body)
        .contains("https://institute.example/set-password.xhtml?token=")
        .contains("li.wei");
    String token = tokenIn(body);

    String username =
        service(TestCaller.anonymous())
            .setPasswordWithToken(token, "a long enough secret".toCharArray());

    assertThat(username).isEqualTo("li.wei");
    UserAccount account = accounts.findByUsername("li.wei").orElseThrow();
    assertThat(account.passwordHash()).isEqualTo("h:a long enough secret");
    assertThat(account.details().passwordSet()).isTrue();
    assertThat(audit.entries.get(1))
        .isEqualTo(
            "li.wei PASSWORD_CHOSEN UserAccount#li.wei: password set through an e-mailed link");
    assertThatThrownBy(
            () ->
                service(TestCaller.anonymous())
                    .setPasswordWithToken(token, "another long secret".toCharArray()))
        .isInstanceOf(InvalidCommandException.class);
  }

  @Test
  void aLinkWorksForFortyEightHoursOnly() {
    service(ADMIN).invite(invitation("li.wei", Set.of(Role.COORDINATOR), null));
    String token = tokenIn(mails.bodies.get(0));

    now = T0.plus(Duration.ofHours(48));
    assertThat(
            refusals(
                () ->
                    service(TestCaller.anonymous())
                        .setPasswordWithToken(token, "a long enough secret".toCharArray())))
        .containsExactly(new Violation("token", "password.link.invalid"));
  }

  @Test
  void aBadTokenOrPasswordChangesNothing() {
    service(ADMIN).invite(invitation("li.wei", Set.of(Role.COORDINATOR), null));
    String token = tokenIn(mails.bodies.get(0));
    UserAdministrationService s = service(TestCaller.anonymous());

    assertThat(refusals(() -> s.setPasswordWithToken(null, "a long enough secret".toCharArray())))
        .containsExactly(new Violation("token", "password.link.invalid"));
    assertThat(
            refusals(
                () ->
                    s.setPasswordWithToken("x".repeat(101), "a long enough secret".toCharArray())))
        .containsExactly(new Violation("token", "password.link.invalid"));
    assertThat(
            refusals(
                () -> s.setPasswordWithToken(token + "x", "a long enough secret".toCharArray())))
        .containsExactly(new Violation("token", "password.link.invalid"));
    assertThat(refusals(() -> s.setPasswordWithToken(token, "short".toCharArray())))
        .containsExactly(new Violation("password", "password.tooShort"));
    assertThat(refusals(() -> s.setPasswordWithToken(token, null))).isNotEmpty();
    assertThat(accounts.findByUsername("li.wei").orElseThrow().details().passwordSet()).isFalse();
    assertThat(s.setPasswordWithToken(token, "a long enough secret".toCharArray()))
        .isEqualTo("li.wei");
  }

  @Test
  void aDisabledAccountsLinkDoesNotWork() {
    service(ADMIN).invite(invitation("li.wei", Set.of(Role.COORDINATOR), null));
    String token = tokenIn(mails.bodies.get(0));
    accounts.findByUsername("li.wei").orElseThrow().disable();

    assertThat(
            refusals(
                () ->
                    service(TestCaller.anonymous())
                        .setPasswordWithToken(token, "a long enough secret".toCharArray())))
        .containsExactly(new Violation("token", "password.link.invalid"));
  }

  @Test
  void aResetLinkSupersedesTheOpenOneAndIsAuditedAsAReset() {
    service(ADMIN).invite(invitation("li.wei", Set.of(Role.COORDINATOR), null));
    String first = tokenIn(mails.bodies.get(0));
    long id = accounts.findByUsername("li.wei").orElseThrow().id();

    service(ADMIN)
        .change(id, new UserChanges(0L, null, null, null, null, false, null, false, true));

    assertThat(mails.sent.get(1))
        .isEqualTo("li.wei@scut.edu.cn: Reset your institute password / 重置您的研究院密码");
    assertThat(mails.bodies.get(1))
        .contains("A password reset was requested for your account li.wei");
    assertThat(audit.entries.get(1))
        .isEqualTo("PASSWORD_RESET_SENT UserAccount#li.wei: reset link e-mailed");
    assertThat(
            refusals(
                () ->
                    service(TestCaller.anonymous())
                        .setPasswordWithToken(first, "a long enough secret".toCharArray())))
        .isNotEmpty();
    service(TestCaller.anonymous())
        .setPasswordWithToken(tokenIn(mails.bodies.get(1)), "a long enough secret".toCharArray());
    assertThat(audit.entries.get(2)).startsWith("li.wei PASSWORD_RESET ");
  }

  /** NTU (1) and SCUT (2) exist, and the licensee company 3. */
  private static final class NtuScutAndALicensee implements KnownPartners {
    @Override
    public boolean exists(PartnerId partner) {
      return partner.value() <= 3;
    }

    @Override
    public boolean isLicensee(PartnerId partner) {
      return partner.value() == 3;
    }
  }

  @Test
  void licenseeStaffBelongToALicenseeCompanyAndHoldNoOtherRole() {
    UserAdministrationService s = service(ADMIN);
    assertThat(refusals(() -> s.invite(invitation("li.wei", Set.of(Role.LICENSEE), NTU))))
        .containsExactly(new Violation("partner", "user.partner.notLicensee"));
    assertThat(refusals(() -> s.invite(invitation("li.wei", Set.of(Role.LICENSEE), null))))
        .containsExactly(new Violation("partner", "user.partner.required"));
    assertThat(
            refusals(
                () ->
                    s.invite(
                        invitation(
                            "li.wei",
                            Set.of(Role.LICENSEE, Role.PARTNER_STAFF),
                            new PartnerId(3)))))
        .containsExactly(new Violation("roles", "user.roles.licenseeAlone"));
    assertThat(
            refusals(() -> s.invite(invitation("li.wei", Set.of(Role.LICENSEE), new PartnerId(3)))))
        .isEmpty();
  }

  @Test
  void anInvitationNeedsAFreeNameAddressLanguageAndRolesThatFitThePartner() {
    UserAdministrationService s = service(ADMIN);
    assertThat(
            refusals(() -> s.invite(new UserInvitation("X", " ", "no-at", "fr", Set.of(), null))))
        .containsExactly(
            new Violation("username", "account.username.invalid"),
            new Violation("displayName", "account.displayName.required"),
            new Violation("email", "account.email.invalid"),
            new Violation("language", "account.language.unsupported"),
            new Violation("roles", "user.roles.required"));
    assertThat(refusals(() -> s.invite(invitation("ntu.staff", Set.of(Role.COORDINATOR), null))))
        .containsExactly(new Violation("username", "account.username.taken"));
    assertThat(refusals(() -> s.invite(invitation("system", Set.of(Role.COORDINATOR), null))))
        .containsExactly(new Violation("username", "account.username.taken"));
    assertThat(refusals(() -> s.invite(invitation("li.wei", Set.of(Role.PARTNER_STAFF), null))))
        .containsExactly(new Violation("partner", "user.partner.required"));
    assertThat(
            refusals(
                () -> s.invite(invitation("li.wei", Set.of(Role.PARTNER_STAFF), new PartnerId(9)))))
        .containsExactly(new Violation("partner", "partner.unknown"));
    assertThat(refusals(() -> s.invite(invitation("li.wei", Set.of(Role.COUNCIL), NTU))))
        .containsExactly(new Violation("partner", "user.partner.onlyForStaff"));
    assertThat(
            refusals(
                () ->
                    s.invite(
                        new UserInvitation(
                            "li.wei",
                            "n".repeat(201),
                            "a@" + "b".repeat(250) + ".cn",
                            "en",
                            Set.of(Role.AUDITOR),
                            null))))
        .containsExactly(
            new Violation("displayName", "field.tooLong"),
            new Violation("email", "account.email.invalid"));
    assertThat(
            refusals(
                () ->
                    s.invite(
                        new UserInvitation(
                            "li.wei",
                            "n".repeat(200),
                            "a@b.cn",
                            "en",
                            Set.of(Role.AUDITOR),
                            null))))
        .isEmpty();
    assertThat(accounts.count()).isEqualTo(4);
  }

  @Test
  void aMissingLanguageIsAFieldProblemBesideTheOthersNotACrash() {
    UserAdministrationService s = service(ADMIN);
    assertThat(
            refusals(
                () ->
                    s.invite(
                        new UserInvitation(
                            "li.wei", "Li", "li@scut.edu.cn", null, Set.of(Role.AUDITOR), null))))
        .containsExactly(new Violation("language", "field.required"));
    assertThat(
            refusals(() -> s.invite(new UserInvitation("X", " ", "no-at", null, Set.of(), null))))
        .containsExactly(
            new Violation("username", "account.username.invalid"),
            new Violation("displayName", "account.displayName.required"),
            new Violation("email", "account.email.invalid"),
            new Violation("language", "field.required"),
            new Violation("roles", "user.roles.required"));
    assertThat(accounts.count()).isEqualTo(3);
    assertThat(audit.entries).isEmpty();
    assertThat(mails.sent).isEmpty();
  }

  @Test
  void theAuditedAddressIsMaskedAfterTrimming() {
    service(ADMIN)
        .invite(
            new UserInvitation(
                "li.wei", "Li", " li@scut.edu.cn ", "en", Set.of(Role.AUDITOR), null));
    service(ADMIN)
        .invite(
            new UserInvitation(
                "wu.min", "Wu", "  w@scut.edu.cn", "en", Set.of(Role.AUDITOR), null));
    assertThat(audit.entries)
        .containsExactly(
            "USER_INVITED UserAccount#li.wei: roles=[AUDITOR], partner=null, e-mail=l…@scut.edu.cn",
            "USER_INVITED UserAccount#wu.min: roles=[AUDITOR], partner=null, e-mail=…@scut.edu.cn");
  }

  @Test
  void anAddressIsStoredTrimmed() {
    UserDetails d =
        service(ADMIN)
            .invite(
                new UserInvitation(
                    "li.wei", "Li", " li@scut.edu.cn ", "en", Set.of(Role.AUDITOR), null));
    assertThat(d.email()).isEqualTo("li@scut.edu.cn");
  }

  @Test
  void aShortAddressIsMaskedEntirely() {
    service(ADMIN)
        .invite(
            new UserInvitation("li.wei", "Li", "l@scut.edu.cn", "en", Set.of(Role.AUDITOR), null));
    assertThat(audit.entries.get(0)).endsWith("e-mail=…@scut.edu.cn");
  }

  @Test
  void onlyAnAdminInvitesOrChangesUsers() {
    for (Caller c : List.of(TestCaller.auditor(), TestCaller.staffOf(1), TestCaller.council())) {
      assertThatThrownBy(() -> service(c).invite(invitation("li.wei", Set.of(Role.AUDITOR), null)))
          .isInstanceOf(AccessRefusedException.class);
      assertThatThrownBy(
              () ->
                  service(c)
                      .change(
                          2, new UserChanges(0L, "X", null, null, null, false, null, false, false)))
          .isInstanceOf(AccessRefusedException.class);
    }
  }

  private UserDetails change(long id, UserChanges changes) {
    return service(ADMIN).change(id, changes);
  }

  @Test
  void nameAddressRolesAndPartnerChangesAreAuditedTogetherWithMaskedAddresses() {
    UserDetails d =
        change(
            2,
            new UserChanges(
                0L,
                " Tan Mei ",
                " mei@ntu.edu.sg ",
                Set.of(Role.PARTNER_STAFF, Role.COORDINATOR),
                null,
                false,
                null,
                false,
                false));

    assertThat(d.displayName()).isEqualTo("Tan Mei");
    assertThat(d.email()).isEqualTo("mei@ntu.edu.sg");
    assertThat(d.roles()).containsExactlyInAnyOrder(Role.PARTNER_STAFF, Role.COORDINATOR);
    assertThat(audit.entries)
        .containsExactly(
            "USER_CHANGED UserAccount#ntu.staff: name; e-mail t…@ntu.edu.sg -> m…@ntu.edu.sg; roles [PARTNER_STAFF] -> [PARTNER_STAFF, COORDINATOR], partner 1 -> 1");
  }

  @Test
  void movingStaffToAnotherPartnerOrClearingThePartnerIsARoleChange() {
    change(2, new UserChanges(0L, null, null, null, SCUT, false, null, false, false));
    assertThat(accounts.byId.get(2L).partner()).isEqualTo(SCUT);
    assertThat(audit.entries.get(0)).endsWith("partner 1 -> 2");

    change(
        2, new UserChanges(0L, null, null, Set.of(Role.AUDITOR), null, true, null, false, false));
    assertThat(accounts.byId.get(2L).partner()).isNull();
    assertThat(accounts.byId.get(2L).roles()).containsExactly(Role.AUDITOR);

    assertThat(
            refusals(
                () ->
                    change(
                        3, new UserChanges(0L, null, null, null, null, true, null, false, false))))
        .containsExactly(new Violation("partner", "user.partner.required"));
  }

  @Test
  void theSameValuesAreNoChange() {
    change(
        2,
        new UserChanges(
            0L,
            "Tan",
            "tan@ntu.edu.sg",
            Set.of(Role.PARTNER_STAFF),
            NTU,
            false,
            true,
            false,
            false));
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void anAccountIsDisabledEnabledAndUnlockedWithAnEntryEach() {
    UserAccount tan = accounts.byId.get(2L);
    change(2, new UserChanges(0L, null, null, null, null, false, false, false, false));
    assertThat(tan.enabled()).isFalse();
    change(2, new UserChanges(0L, null, null, null, null, false, true, false, false));
    assertThat(tan.enabled()).isTrue();

    change(2, new UserChanges(0L, null, null, null, null, false, null, true, false));
    for (int i = 0; i < 5; i++) {
      tan.recordFailedSignIn(T0, LockoutPolicy.standard());
    }
    change(2, new UserChanges(0L, null, null, null, null, false, null, true, false));

    assertThat(tan.isLockedAt(T0)).isFalse();
    assertThat(audit.entries)
        .containsExactly(
            "USER_CHANGED UserAccount#ntu.staff: disabled",
            "USER_CHANGED UserAccount#ntu.staff: enabled",
            "USER_CHANGED UserAccount#ntu.staff: unlocked");
  }

  @Test
  void anAdminCannotDisableOrDemoteThemselves() {
    assertThat(
            refusals(
                () ->
                    change(
                        1,
                        new UserChanges(
                            0L,
                            null,
                            null,
                            Set.of(Role.AUDITOR),
                            null,
                            false,
                            false,
                            false,
                            false))))
        .containsExactly(
            new Violation("enabled", "user.disableSelf"),
            new Violation("roles", "user.demoteSelf"));
    assertThat(
            refusals(
                () ->
                    change(
                        1,
                        new UserChanges(
                            0L,
                            null,
                            null,
                            Set.of(Role.ADMIN, Role.AUDITOR),
                            null,
                            false,
                            true,
                            false,
                            false))))
        .isEmpty();
  }

  @Test
  void aChangeIsCheckedAgainstTheVersionTheAdminRead() {
    Wiring.bumpVersion(accounts.byId.get(2L));
    assertThatThrownBy(
            () -> change(2, new UserChanges(0L, "X", null, null, null, false, null, false, false)))
        .isInstanceOf(ConflictException.class);
    assertThat(
            change(2, new UserChanges(1L, "X", null, null, null, false, null, false, false))
                .displayName())
        .isEqualTo("X");
  }

  @Test
  void anAddressOfTwoHundredFiftyFourCharactersIsTheLongest() {
    String longest = "a@" + "b".repeat(249) + ".cn";
    assertThat(longest).hasSize(254);
    assertThat(
            refusals(
                () ->
                    change(
                        2,
                        new UserChanges(0L, null, longest, null, null, false, null, false, false))))
        .isEmpty();
    assertThat(
            refusals(
                () ->
                    change(
                        2,
                        new UserChanges(
                            0L, null, "x" + longest, null, null, false, null, false, false))))
        .containsExactly(new Violation("email", "account.email.invalid"));
  }

  @Test
  void aChangeNeedsTheVersionReadAndAKnownAccount() {
    assertThatThrownBy(
            () -> change(2, new UserChanges(1L, "X", null, null, null, false, null, false, false)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () -> change(9, new UserChanges(0L, "X", null, null, null, false, null, false, false)))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(
            refusals(
                () ->
                    change(
                        2, new UserChanges(0L, " ", "bad", null, null, false, null, false, false))))
        .containsExactly(
            new Violation("displayName", "account.displayName.required"),
            new Violation("email", "account.email.invalid"));
  }

  @Test
  void partnerStaffSeeOnlyTheirOwnPartnersPeople() {
    UserAdministrationService ntu = service(TestCaller.staffOf(1));
    assertThat(ntu.find(2)).isPresent();
    assertThat(ntu.find(3)).isEmpty();
    assertThat(ntu.find(1)).isEmpty();
    assertThat(ntu.search(new UserQuery(null, null, SCUT, null, null), 0, 10).total()).isZero();
    assertThat(ntu.search(new UserQuery(null, null, SCUT, null, null), 0, 10).users()).isEmpty();
    assertThat(ntu.search(new UserQuery(null, null, null, null, null), 0, 10).total()).isEqualTo(3);

    assertThat(service(TestCaller.auditor()).find(3)).isPresent();
    assertThat(service(ADMIN).find(1)).isPresent();
    assertThat(service(ADMIN).search(new UserQuery(null, null, SCUT, null, null), 0, 10).total())
        .isEqualTo(3);
    for (Caller c :
        List.of(TestCaller.council(), TestCaller.coordinator(), TestCaller.anonymous())) {
      assertThatThrownBy(() -> service(c).find(2)).isInstanceOf(AccessRefusedException.class);
      assertThatThrownBy(
              () -> service(c).search(new UserQuery(null, null, null, null, null), 0, 10))
          .isInstanceOf(AccessRefusedException.class);
    }
  }

  @Test
  void usersChangeTheirOwnPasswordWithTheCurrentOneAndAreTold() {
    service(ADMIN)
        .changeOwnPassword("admin password".toCharArray(), "a brand new password".toCharArray());

    assertThat(accounts.byId.get(1L).passwordHash()).isEqualTo("h:a brand new password");
    assertThat(audit.entries).containsExactly("PASSWORD_CHANGED UserAccount#admin: by the user");
    assertThat(mails.sent).containsExactly("admin@i.org: Your password was changed / 您的密码已更改");
    assertThat(mails.bodies.get(0)).contains("admin");
  }

  @Test
  void aWrongCurrentPasswordOrAWeakNewOneChangesNothing() {
    UserAdministrationService s = service(ADMIN);
    assertThat(
            refusals(
                () ->
                    s.changeOwnPassword(
                        "wrong".toCharArray(), "a brand new password".toCharArray())))
        .containsExactly(new Violation("currentPassword", "password.current.wrong"));
    assertThat(refusals(() -> s.changeOwnPassword(null, "a brand new password".toCharArray())))
        .containsExactly(new Violation("currentPassword", "password.current.wrong"));
    assertThat(
            refusals(
                () -> s.changeOwnPassword("admin password".toCharArray(), "short".toCharArray())))
        .containsExactly(new Violation("newPassword", "password.tooShort"));
    assertThat(refusals(() -> s.changeOwnPassword("admin password".toCharArray(), null)))
        .isNotEmpty();
    assertThat(accounts.byId.get(1L).passwordHash()).isEqualTo("h:admin password");
    assertThatThrownBy(
            () -> service(TestCaller.anonymous()).changeOwnPassword(new char[0], new char[0]))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(
            () -> service(TestCaller.coordinator()).changeOwnPassword(new char[0], new char[0]))
        .isInstanceOf(RecordNotFoundException.class);
  }
}
