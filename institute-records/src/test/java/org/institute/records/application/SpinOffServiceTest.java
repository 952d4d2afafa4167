package org.institute.records.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.KnownPartners;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Scope;
import org.institute.core.testing.RecordingAudit;
import org.institute.core.testing.TestCaller;
import org.institute.core.testing.Wiring;
import org.institute.licensing.KnownPatentFamilies;
import org.institute.licensing.PatentFamilyRef;
import org.institute.records.NewSpinOff;
import org.institute.records.SpinOffChanges;
import org.institute.records.SpinOffPage;
import org.institute.records.SpinOffQuery;
import org.institute.records.SpinOffStatus;
import org.institute.records.SpinOffView;
import org.institute.records.domain.SpinOff;
import org.institute.records.domain.SpinOffRepository;
import org.junit.jupiter.api.Test;

/** Spin-offs kept in memory; partners 1 and 3 and patent families 11 and 12 are known. */
class SpinOffServiceTest {

  private static final PartnerId NTU = new PartnerId(1);
  private static final PartnerId SCUT = new PartnerId(3);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC);

  private final Store store = new Store();
  private final RecordingAudit audit = new RecordingAudit();
  private final KnownPatentFamilies families =
      ids -> {
        Map<Long, PatentFamilyRef> known = new HashMap<>();
        ids.stream()
            .filter(id -> id == 11L || id == 12L)
            .forEach(id -> known.put(id, new PatentFamilyRef(id, "PF-" + id, "Family " + id)));
        return known;
      };

  private static final class Store implements SpinOffRepository {
    final List<SpinOff> all = new ArrayList<>();

    @Override
    public void add(SpinOff spinOff) {
      try {
        Field id = SpinOff.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(spinOff, (long) all.size() + 1);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      all.add(spinOff);
    }

    @Override
    public Optional<SpinOff> find(long id) {
      return all.stream().filter(s -> s.id() == id).findFirst();
    }

    @Override
    public List<SpinOff> page(SpinOffQuery query, Scope visibleTo, int first, int max) {
      return all.stream()
          .filter(s -> visibleTo.includes(s.originPartner()))
          .skip(first)
          .limit(max)
          .toList();
    }

    @Override
    public long count(SpinOffQuery query, Scope visibleTo) {
      return all.stream().filter(s -> visibleTo.includes(s.originPartner())).count();
    }

    @Override
    public Map<Long, String> names(Collection<Long> ids) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void flush() {}
  }

  private SpinOffService service(TestCaller caller) {
    KnownPartners partners = p -> p.equals(NTU) || p.equals(SCUT);
    SpinOffRules rules = new SpinOffRules();
    Wiring.inject(rules, "knownPartners", partners);
    Wiring.inject(rules, "knownFamilies", families);
    Wiring.inject(rules, "clock", CLOCK);
    SpinOffService service = new SpinOffService();
    Wiring.inject(service, "spinOffs", store);
    Wiring.inject(service, "rules", rules);
    Wiring.inject(service, "knownFamilies", families);
    Wiring.inject(service, "audit", audit);
    Wiring.inject(service, "caller", caller);
    Wiring.inject(service, "policy", Wiring.inject(new RecordsPolicy(), "caller", caller));
    Wiring.inject(service, "clock", CLOCK);
    return service;
  }

  private static NewSpinOff spinOff(String name, PartnerId origin, Set<Long> patents) {
    return new NewSpinOff(
        name,
        null,
        List.of("Dr Lim"),
        origin,
        patents,
        LocalDate.of(2022, 4, 1),
        SpinOffStatus.INCUBATING);
  }

  private static SpinOffChanges nothingBut(String nameEn, SpinOffStatus status) {
    return new SpinOffChanges(0L, nameEn, null, null, null, null, null, status);
  }

  @Test
  void anAdminRecordsASpinOffWithItsPatentsNamedAndAudited() {
    SpinOffView view = service(TestCaller.admin()).record(spinOff("GridSense", NTU, Set.of(12L)));

    assertThat(view.id()).isEqualTo(1);
    assertThat(view.patents()).containsExactly(new PatentFamilyRef(12, "PF-12", "Family 12"));
    assertThat(store.all).hasSize(1);
    assertThat(audit.entries)
        .containsExactly(
            "SPIN_OFF_RECORDED SpinOff#1: GridSense, from partner 1, founded 2022-04-01,"
                + " INCUBATING, patent families [12]");
  }

  @Test
  void onlyAdminsRecordOrChangeSpinOffs() {
    service(TestCaller.admin()).record(spinOff("GridSense", NTU, Set.of()));
    SpinOffService staff = service(TestCaller.staffOf(1));

    assertThatThrownBy(() -> staff.record(spinOff("Other", NTU, Set.of())))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> staff.change(1, nothingBut("Renamed", null)))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(store.all).hasSize(1);
    assertThat(staff.spinOff(1).orElseThrow().nameEn()).isEqualTo("GridSense");
  }

  @Test
  void aSpinOffWithBadFieldsIsNotRecorded() {
    SpinOffService admin = service(TestCaller.admin());

    assertThatThrownBy(() -> admin.record(spinOff(" ", new PartnerId(9), Set.of(99L))))
        .isInstanceOf(InvalidCommandException.class);
    assertThat(store.all).isEmpty();
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void partnerStaffReadOnlyTheirPartnersSpinOffs() {
    SpinOffService admin = service(TestCaller.admin());
    admin.record(spinOff("GridSense", NTU, Set.of(11L)));
    admin.record(spinOff("EVolt", SCUT, Set.of()));

    SpinOffService staff = service(TestCaller.staffOf(3));
    SpinOffPage page = staff.spinOffs(new SpinOffQuery(null, null, null), 0, 10);

    assertThat(page.spinOffs()).extracting(SpinOffView::nameEn).containsExactly("EVolt");
    assertThat(page.total()).isEqualTo(1);
    assertThat(staff.spinOff(1)).isEmpty();
    assertThat(staff.spinOff(2)).isPresent();
    assertThatThrownBy(() -> service(TestCaller.anonymous()).spinOff(1))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void aPageNamesThePatentsOfItsSpinOffs() {
    SpinOffService admin = service(TestCaller.admin());
    admin.record(spinOff("GridSense", NTU, Set.of(11L, 12L)));
    admin.record(spinOff("EVolt", SCUT, Set.of()));

    SpinOffPage page =
        service(TestCaller.council()).spinOffs(new SpinOffQuery(null, null, null), 0, 10);

    assertThat(page.total()).isEqualTo(2);
    assertThat(page.spinOffs().get(0).patents())
        .extracting(PatentFamilyRef::reference)
        .containsExactly("PF-11", "PF-12");
    assertThat(page.spinOffs().get(1).patents()).isEmpty();
  }

  @Test
  void aChangeNeedsTheCurrentVersionAndIsAuditedFieldByField() {
    SpinOffService admin = service(TestCaller.admin());
    admin.record(spinOff("GridSense", NTU, Set.of(11L)));

    assertThatThrownBy(
            () -> admin.change(1, new SpinOffChanges(5L, "X", null, null, null, null, null, null)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("conflict.staleVersion");
    SpinOffView changed =
        admin.change(
            1,
            new SpinOffChanges(
                0L,
                "GridSense Pte Ltd",
                "网感",
                List.of("Dr Lim", "Dr Tan"),
                SCUT,
                Set.of(12L),
                LocalDate.of(2022, 5, 1),
                SpinOffStatus.OPERATING));

    assertThat(changed.nameEn()).isEqualTo("GridSense Pte Ltd");
    assertThat(changed.patents()).extracting(PatentFamilyRef::id).containsExactly(12L);
    assertThat(audit.entries.get(1))
        .isEqualTo(
            "SPIN_OFF_CHANGED SpinOff#1: changed: nameEn=GridSense Pte Ltd nameZh=网感 founders=2"
                + " originPartner=3 patentFamilies=[12] foundedOn=2022-05-01 status=OPERATING");
  }

  @Test
  void aChangeOfOneFieldIsAuditedAsThatField() {
    SpinOffService admin = service(TestCaller.admin());
    admin.record(spinOff("GridSense", NTU, Set.of()));

    SpinOffView changed = admin.change(1, nothingBut(null, SpinOffStatus.CLOSED));

    assertThat(changed.status()).isEqualTo(SpinOffStatus.CLOSED);
    assertThat(changed.patents()).isEmpty();
    assertThat(audit.entries.get(1))
        .isEqualTo("SPIN_OFF_CHANGED SpinOff#1: changed: status=CLOSED");
  }

  @Test
  void aChangeWithBadFieldsChangesNothing() {
    SpinOffService admin = service(TestCaller.admin());
    admin.record(spinOff("GridSense", NTU, Set.of()));

    assertThatThrownBy(() -> admin.change(1, nothingBut(" ", null)))
        .isInstanceOf(InvalidCommandException.class);
    assertThat(admin.spinOff(1).orElseThrow().nameEn()).isEqualTo("GridSense");
    assertThat(audit.entries).hasSize(1);
  }

  @Test
  void changingAnUnknownSpinOffFindsNothing() {
    assertThatThrownBy(() -> service(TestCaller.admin()).change(7, nothingBut("X", null)))
        .isInstanceOf(RecordNotFoundException.class);
  }
}
