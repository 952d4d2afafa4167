package org.institute.records.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.institute.core.PartnerId;
import org.institute.records.CentreKind;
import org.institute.records.CentreStatus;
import org.institute.records.CentreView;
import org.institute.records.NewCentre;
import org.junit.jupiter.api.Test;

class ResearchCentreTest {

  private static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");
  private static final PartnerId NTU = new PartnerId(1);
  private static final PartnerId SCUT = new PartnerId(2);

  @Test
  void theLeadPartnerIsAlwaysAPartner() {
    ResearchCentre c =
        Stored.withId(
            new ResearchCentre(
                new NewCentre(
                    "JRC-EV",
                    " EV Joint Centre ",
                    " 电动车联合中心 ",
                    CentreKind.JOINT_RESEARCH_CENTRE,
                    NTU,
                    Set.of(SCUT),
                    CentreStatus.PLANNED,
                    450),
                NOW));

    CentreView view = c.view();

    assertThat(view.partners()).containsExactlyInAnyOrder(NTU, SCUT);
    assertThat(view.leadPartner()).isEqualTo(NTU);
    assertThat(view.id()).isEqualTo(c.id());
    assertThat(view.code()).isEqualTo("JRC-EV");
    assertThat(c.code()).isEqualTo("JRC-EV");
    assertThat(view.nameEn()).isEqualTo("EV Joint Centre");
    assertThat(c.nameEn()).isEqualTo("EV Joint Centre");
    assertThat(view.nameZh()).isEqualTo("电动车联合中心");
    assertThat(view.kind()).isEqualTo(CentreKind.JOINT_RESEARCH_CENTRE);
    assertThat(view.status()).isEqualTo(CentreStatus.PLANNED);
    assertThat(view.spaceSqm()).isEqualTo(450);
  }

  @Test
  void aCentreWithoutStatusOrSpaceIsActiveWithNone() {
    ResearchCentre c =
        Stored.withId(
            new ResearchCentre(
                new NewCentre(
                    "RD-1", "Grid lab", "  ", CentreKind.RD_CENTRE, NTU, null, null, null),
                NOW));

    CentreView view = c.view();

    assertThat(view.status()).isEqualTo(CentreStatus.ACTIVE);
    assertThat(view.spaceSqm()).isZero();
    assertThat(view.nameZh()).isNull();
    assertThat(view.partners()).containsExactly(NTU);
  }

  @Test
  void aCentreWithoutAChineseNameHasNone() {
    ResearchCentre c =
        Stored.withId(
            new ResearchCentre(
                new NewCentre("RD-1", "Grid lab", null, CentreKind.RD_CENTRE, NTU, null, null, 0),
                NOW));

    assertThat(c.view().nameZh()).isNull();
  }
}
