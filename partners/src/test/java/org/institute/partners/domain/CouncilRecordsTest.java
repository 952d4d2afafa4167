package org.institute.partners.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.institute.core.PartnerId;
import org.institute.partners.Council;
import org.institute.partners.CouncilAction;
import org.institute.partners.CouncilRole;
import org.institute.partners.DecisionOutcome;
import org.junit.jupiter.api.Test;

class CouncilRecordsTest {

  private static CouncilMeeting meeting(String location) {
    return Persisted.withId(
        new CouncilMeeting(
            new Council.NewMeeting(LocalDate.of(2020, 12, 8), "  Fifth meeting ", location)),
        5);
  }

  @Test
  void decisionsOfAMeetingAreNumberedInTheOrderTheyAreTaken() {
    CouncilMeeting m = meeting("Guangzhou");

    Council.Decision first =
        m.decide("GC-2020-01", "  Phase two approved ", DecisionOutcome.APPROVED);
    Council.Decision second = m.decide("GC-2020-02", "Budget deferred", DecisionOutcome.DEFERRED);

    assertThat(first)
        .isEqualTo(
            new Council.Decision("GC-2020-01", 1, "Phase two approved", DecisionOutcome.APPROVED));
    assertThat(second.number()).isEqualTo(2);
    assertThat(m.view(Set.of()).decisions()).containsExactly(first, second);
  }

  @Test
  void aMeetingShowsItsTrimmedTitleAndLocationAndWhetherItHasMinutes() {
    CouncilMeeting m = meeting("  Guangzhou ");
    Council.Meeting before = m.view(Set.of(CouncilAction.ATTACH_MINUTES));
    assertThat(before.id()).isEqualTo(5L);
    assertThat(before.title()).isEqualTo("Fifth meeting");
    assertThat(before.location()).isEqualTo("Guangzhou");
    assertThat(before.heldOn()).isEqualTo(LocalDate.of(2020, 12, 8));
    assertThat(before.hasMinutes()).isFalse();
    assertThat(before.allowedActions()).containsExactly(CouncilAction.ATTACH_MINUTES);
    assertThat(m.minutesDocumentId()).isNull();

    m.attachMinutes(7);

    assertThat(m.view(Set.of()).hasMinutes()).isTrue();
    assertThat(m.minutesDocumentId()).isEqualTo(7L);
  }

  @Test
  void aBlankLocationIsNone() {
    assertThat(meeting("  ").view(Set.of()).location()).isNull();
    assertThat(meeting(null).view(Set.of()).location()).isNull();
  }

  @Test
  void aMemberHoldsASeatForAPartnerWithTrimmedNamesAndBlankOnesAsNone() {
    CouncilMember member =
        Persisted.withId(
            new CouncilMember(
                new Council.NewMember(
                    "  Lim Chee Meng ",
                    "  ",
                    " ",
                    " 教务长 ",
                    new PartnerId(3),
                    CouncilRole.CO_CHAIR,
                    LocalDate.of(2016, 1, 1))),
            9);

    Council.Member view = member.view("NTU");
    assertThat(view.id()).isEqualTo(9L);
    assertThat(view.name()).isEqualTo("Lim Chee Meng");
    assertThat(view.nameZh()).isNull();
    assertThat(view.title()).isNull();
    assertThat(view.titleZh()).as("no Chinese title without an English one").isNull();
    assertThat(view.title("zh-CN")).isNull();
    assertThat(view.partner()).isEqualTo(new PartnerId(3));
    assertThat(view.partnerCode()).isEqualTo("NTU");
    assertThat(view.role()).isEqualTo(CouncilRole.CO_CHAIR);
    assertThat(view.since()).isEqualTo(LocalDate.of(2016, 1, 1));
    assertThat(view.until()).isNull();
    assertThat(member.partnerId()).isEqualTo(3L);
  }

  @Test
  void aMemberKeepsAChineseNameAndTitleWhenGiven() {
    Council.Member view =
        Persisted.withId(
                new CouncilMember(
                    new Council.NewMember(
                        "Lim",
                        " 林 ",
                        " Provost ",
                        " 教务长 ",
                        new PartnerId(3),
                        CouncilRole.MEMBER,
                        LocalDate.of(2016, 1, 1))),
                10)
            .view("NTU");
    assertThat(view.nameZh()).isEqualTo("林");
    assertThat(view.title()).isEqualTo("Provost");
    assertThat(view.titleZh()).isEqualTo("教务长");
    assertThat(view.title("zh-CN")).isEqualTo("教务长");
    assertThat(view.title("en")).isEqualTo("Provost");
  }

  @Test
  void aChineseReaderGetsTheEnglishTitleWhenNoChineseOneIsStored() {
    Council.Member view =
        Persisted.withId(
                new CouncilMember(
                    new Council.NewMember(
                        "Lim",
                        null,
                        "Provost",
                        " ",
                        new PartnerId(3),
                        CouncilRole.MEMBER,
                        LocalDate.of(2016, 1, 1))),
                11)
            .view("NTU");
    assertThat(view.titleZh()).isNull();
    assertThat(view.title("zh-CN")).isEqualTo("Provost");
  }
}
