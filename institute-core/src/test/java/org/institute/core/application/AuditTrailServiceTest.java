package org.institute.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.institute.core.AccessRefusedException;
import org.institute.core.AuditEntryView;
import org.institute.core.AuditQuery;
import org.institute.core.Caller;
import org.institute.core.ChainCheck;
import org.institute.core.ChainVerification;
import org.institute.core.InvalidCommandException;
import org.institute.core.ListSort;
import org.institute.core.PageCursor;
import org.institute.core.PageRequest;
import org.institute.core.Slice;
import org.institute.core.domain.AuditChain;
import org.institute.core.domain.AuditEntry;
import org.institute.core.domain.AuditHead;
import org.institute.core.domain.AuditLink;
import org.institute.core.domain.AuditRepository;
import org.institute.core.domain.AuditVerification;
import org.institute.core.testing.TestCaller;
import org.institute.core.testing.Wiring;
import org.junit.jupiter.api.Test;

class AuditTrailServiceTest {

  private static final Instant T0 = Instant.parse("2024-06-15T08:00:00.123456789Z");

  /** The trail in a list, with its head row. */
  static final class Trail implements AuditRepository {
    final List<AuditEntry> entries = new ArrayList<>();
    final AuditHead head = genesis();
    int locks;

    private static AuditHead genesis() {
      try {
        Constructor<AuditHead> c = AuditHead.class.getDeclaredConstructor();
        c.setAccessible(true);
        AuditHead h = c.newInstance();
        Field hash = AuditHead.class.getDeclaredField("lastHash");
        hash.setAccessible(true);
        hash.set(h, AuditChain.GENESIS_HASH);
        return h;
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public AuditHead lockHead() {
      locks++;
      return head;
    }

    @Override
    public void append(AuditEntry entry) {
      entries.add(entry);
    }

    @Override
    public List<AuditEntry> search(AuditQuery query, int firstResult, int maxResults) {
      return entries.stream().skip(firstResult).limit(maxResults).toList();
    }

    @Override
    public long count(AuditQuery query) {
      return entries.size();
    }

    final List<AuditVerification> verifications = new ArrayList<>();

    @Override
    public void addVerification(AuditVerification verification) {
      verifications.add(verification);
    }

    @Override
    public java.util.Optional<AuditVerification> lastVerification() {
      return verifications.isEmpty()
          ? java.util.Optional.empty()
          : java.util.Optional.of(verifications.get(verifications.size() - 1));
    }

    @Override
    public List<AuditEntry> before(AuditQuery query, Long sequence, int rows) {
      List<AuditEntry> newestFirst = new ArrayList<>(entries);
      java.util.Collections.reverse(newestFirst);
      return newestFirst.stream()
          .filter(e -> sequence == null || e.view().sequence() < sequence)
          .limit(rows)
          .toList();
    }

    @Override
    public AuditHead head() {
      return head;
    }

    @Override
    public void forEachInSequence(long upTo, Consumer<AuditLink> consumer) {
      entries.stream().map(AuditEntry::link).filter(l -> l.sequence() <= upTo).forEach(consumer);
    }
  }

  private final Trail trail = new Trail();

  private AuditTrailService service(Caller caller) {
    AuditTrailService s = new AuditTrailService();
    Wiring.inject(s, "repository", trail);
    Wiring.inject(s, "caller", caller);
    Wiring.inject(s, "policy", Policies.policy(caller));
    Wiring.inject(s, "clock", Fakes.clockAt(T0));
    return s;
  }

  @Test
  void eachEntryContinuesTheChainUnderTheCallersNameAtMicrosecondPrecision() {
    AuditTrailService s = service(TestCaller.admin());
    s.record("PAYMENT_RECORDED", "LicenceDeal", "4", "S$100,000.00 from Chongqing Co.");
    s.recordAs("scut.staff", "CONSENTED", "LicenceDeal", "4", "co-owner consent");

    AuditLink first = trail.entries.get(0).link();
    AuditLink second = trail.entries.get(1).link();
    assertThat(first.sequence()).isEqualTo(1L);
    assertThat(first.actor()).isEqualTo("admin");
    assertThat(first.at()).isEqualTo(Instant.parse("2024-06-15T08:00:00.123456Z"));
    assertThat(first.previousHash()).isEqualTo(AuditChain.GENESIS_HASH);
    assertThat(second.sequence()).isEqualTo(2L);
    assertThat(second.actor()).isEqualTo("scut.staff");
    assertThat(second.previousHash()).isEqualTo(first.hash());
    assertThat(trail.head.lastSequence()).isEqualTo(2L);
    assertThat(trail.head.lastHash()).isEqualTo(second.hash());
    assertThat(trail.locks).isEqualTo(2);
  }

  @Test
  void longFieldsAreClippedWithAnEllipsisAndAbsentOnesRecordedEmpty() {
    AuditTrailService s = service(TestCaller.admin());
    s.recordAs("a".repeat(65), "b".repeat(64), null, "4", "s".repeat(4001));

    AuditLink link = trail.entries.get(0).link();
    assertThat(link.actor()).hasSize(64).endsWith("…");
    assertThat(link.action()).isEqualTo("b".repeat(64));
    assertThat(link.entityType()).isEmpty();
    assertThat(link.summary()).hasSize(4000).endsWith("…");
  }

  @Test
  void theChainVerifiesUntilAnEntryIsAltered() {
    AuditTrailService s = service(TestCaller.auditor());
    s.record("A", "E", "1", "first");
    s.record("B", "E", "2", "second");
    assertThat(s.verify()).isEqualTo(ChainCheck.intact(2));

    AuditLink l = trail.entries.get(1).link();
    trail.entries.set(
        1,
        new AuditEntry(
            new AuditLink(
                l.sequence(),
                l.actor(),
                l.at(),
                l.action(),
                l.entityType(),
                l.entityId(),
                "forged",
                l.previousHash(),
                l.hash())));

    ChainCheck check = s.verify();
    assertThat(check.intact()).isFalse();
    assertThat(check.firstBrokenSequence()).isEqualTo(2L);
  }

  @Test
  void onlyAdminsAndAuditorsReadOrVerifyTheTrail() {
    service(TestCaller.admin()).record("A", "E", "1", "first");
    assertThat(service(TestCaller.auditor()).search(AuditQuery.all(), 0, 10).entries())
        .extracting(AuditEntryView::summary)
        .containsExactly("first");
    assertThat(service(TestCaller.admin()).search(AuditQuery.all(), 0, 10).total()).isEqualTo(1);
    for (Caller c : List.of(TestCaller.council(), TestCaller.staffOf(1), TestCaller.anonymous())) {
      assertThatThrownBy(() -> service(c).search(AuditQuery.all(), 0, 10))
          .isInstanceOf(AccessRefusedException.class);
      assertThatThrownBy(() -> service(c).verify()).isInstanceOf(AccessRefusedException.class);
    }
  }

  @Test
  void theTrailIsWalkedNewestFirstByCursorAndCountedOnlyWhenAsked() {
    AuditTrailService s = service(TestCaller.admin());
    for (int i = 1; i <= 5; i++) {
      s.record("A", "E", Integer.toString(i), "entry " + i);
    }
    List<String> walked = new ArrayList<>();
    PageRequest page = new PageRequest(null, 2, false);
    int pages = 0;
    while (true) {
      Slice<AuditEntryView> slice = service(TestCaller.auditor()).entries(AuditQuery.all(), page);
      assertThat(slice.exactTotal()).isEmpty();
      slice.items().forEach(e -> walked.add(e.summary()));
      pages++;
      if (slice.nextCursor().isEmpty()) {
        break;
      }
      page = new PageRequest(slice.next(), 2, false);
    }
    assertThat(walked).containsExactly("entry 5", "entry 4", "entry 3", "entry 2", "entry 1");
    assertThat(pages).isEqualTo(3);
    assertThat(s.entries(AuditQuery.all(), new PageRequest(null, 1, true)).exactTotal())
        .contains(5L);

    PageCursor foreign = PageCursor.after(ListSort.ascending("sequence"), "", 3);
    assertThatThrownBy(() -> s.entries(AuditQuery.all(), new PageRequest(foreign, 2, false)))
        .isInstanceOf(InvalidCommandException.class);
    assertThatThrownBy(
            () -> service(TestCaller.council()).entries(AuditQuery.all(), PageRequest.first(2)))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void eachVerificationIsKeptUnderItsReadersNameAndTheLastIsReadWithoutWalkingTheChain() {
    AuditTrailService admin = service(TestCaller.admin());
    admin.record("A", "E", "1", "first");
    assertThat(admin.lastVerification()).isEmpty();

    assertThat(service(TestCaller.auditor()).verify()).isEqualTo(ChainCheck.intact(1));
    admin.record("A", "E", "2", "second");
    ChainVerification last = admin.lastVerification().orElseThrow();
    assertThat(last.by()).isEqualTo(TestCaller.auditor().name());
    assertThat(last.at()).isEqualTo(T0.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    // the second entry came after the check: the kept verdict says what was checked then
    assertThat(last.check()).isEqualTo(ChainCheck.intact(1));

    trail.entries.set(
        0,
        new AuditEntry(
            new AuditLink(
                1, "admin", T0, "A", "E", "1", "forged", AuditChain.GENESIS_HASH, "0".repeat(64))));
    ChainCheck broken = admin.verify();
    assertThat(broken.intact()).isFalse();
    assertThat(admin.lastVerification().orElseThrow().check()).isEqualTo(broken);
    assertThat(admin.lastVerification().orElseThrow().by()).isEqualTo(TestCaller.admin().name());
    assertThat(trail.verifications).hasSize(2);
    assertThat(admin.length()).isEqualTo(2);

    assertThatThrownBy(() -> service(TestCaller.council()).lastVerification())
        .isInstanceOf(AccessRefusedException.class);
  }
}
