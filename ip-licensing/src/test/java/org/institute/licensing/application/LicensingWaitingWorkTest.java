package org.institute.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.institute.licensing.application.LicensingFixture.admin;
import static org.institute.licensing.application.LicensingFixture.coordinator;
import static org.institute.licensing.application.LicensingFixture.staffOf;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.institute.core.Caller;
import org.institute.core.WaitingWork;
import org.institute.licensing.Inventor;
import org.institute.licensing.NewDisclosure;
import org.institute.licensing.domain.Deals;
import org.junit.jupiter.api.Test;

/** What waits for whom in IP and licensing, as the module's policy decides. */
class LicensingWaitingWorkTest {

  private final LicensingFixture fixture =
      new LicensingFixture(Instant.parse("2020-06-03T08:00:00Z"));
  private static final Caller NTU = staffOf("ntu.staff", Deals.NTU);

  private WaitingWork as(Caller caller) {
    LicensingWaitingWork work = new LicensingWaitingWork();
    set(work, "access", fixture.policy(caller));
    set(work, "deals", fixture.licenceDeals(caller));
    set(work, "obligations", fixture.obligationService(caller));
    set(work, "disclosures", fixture.disclosureService(caller));
    return work;
  }

  private static void set(Object target, String field, Object value) {
    try {
      Field f = LicensingWaitingWork.class.getDeclaredField(field);
      f.setAccessible(true);
      f.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static NewDisclosure disclosure(String title) {
    return new NewDisclosure(
        title,
        null,
        null,
        "Bacteria seal micro-cracks.",
        null,
        null,
        List.of(
            new Inventor("Li Wei", Deals.NTU, new BigDecimal("60"), null),
            new Inventor("Tan Mei", Deals.SCUT, new BigDecimal("40"), null)));
  }

  private static List<String> keys(List<WaitingWork.Item> items) {
    return items.stream().map(i -> i.messageKey() + "=" + i.count()).toList();
  }

  @Test
  void nothingWaitsWhereNothingIsOpen() {
    assertThat(as(admin()).forCaller()).isEmpty();
    assertThat(as(NTU).forCaller()).isEmpty();
  }

  @Test
  void submittedDisclosuresWaitForTheIpOfficeAndThoseSentBackForTheirSubmitter() {
    DisclosureService byNtu = fixture.disclosureService(NTU);
    long first = byNtu.submit(disclosure("Self-healing concrete")).id();
    byNtu.submit(disclosure("Graphene ink"));

    assertThat(keys(as(admin()).forCaller())).containsExactly("home.waiting.disclosuresToReview=2");
    assertThat(as(NTU).forCaller()).isEmpty();

    fixture.disclosureService(admin()).requestChanges(first, "Name the second inventor's role.");

    assertThat(keys(as(admin()).forCaller())).containsExactly("home.waiting.disclosuresToReview=1");
    assertThat(as(NTU).forCaller())
        .containsExactly(
            new WaitingWork.Item(
                "home.waiting.disclosuresToRevise", 1, "/app/licensing/disclosures.xhtml"));
  }

  @Test
  void whoHasNoPartInLicensingHasNothingWaitingThere() {
    DisclosureService byNtu = fixture.disclosureService(NTU);
    byNtu.submit(disclosure("Self-healing concrete"));

    assertThat(as(coordinator()).forCaller()).isEmpty();
  }
}
