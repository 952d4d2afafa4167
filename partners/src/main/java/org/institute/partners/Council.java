package org.institute.partners;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.institute.core.BilingualText;
import org.institute.core.PartnerId;

/** The records of the Governing Council, as values. */
public final class Council {
  private Council() {}

  /**
   * A person's seat: who, for which partner, in what role, from when until when (open when null).
   * The title is in English ({@code title}) and optionally in Chinese ({@code titleZh}).
   */
  public record Member(
      long id,
      String name,
      String nameZh,
      String title,
      String titleZh,
      PartnerId partner,
      String partnerCode,
      CouncilRole role,
      LocalDate since,
      LocalDate until)
      implements Serializable {

    /** The title for a reader of {@code language}: the Chinese one when stored; null when none. */
    public String title(String language) {
      return title == null ? null : BilingualText.in(title, titleZh, language);
    }

    public boolean currentOn(LocalDate day) {
      return !since.isAfter(day) && (until == null || !until.isBefore(day));
    }
  }

  public record NewMember(
      String name,
      String nameZh,
      String title,
      String titleZh,
      PartnerId partner,
      CouncilRole role,
      LocalDate since)
      implements Serializable {}

  /** A numbered decision; {@code reference} (e.g. GC-2020-03) is unique across all meetings. */
  public record Decision(String reference, int number, String text, DecisionOutcome outcome)
      implements Serializable {}

  public record Meeting(
      long id,
      LocalDate heldOn,
      String title,
      String location,
      List<Decision> decisions,
      boolean hasMinutes,
      long version,
      Set<CouncilAction> allowedActions)
      implements Serializable {
    public Meeting {
      decisions = List.copyOf(decisions);
      allowedActions = Set.copyOf(allowedActions);
    }

    public boolean allows(CouncilAction action) {
      return allowedActions.contains(action);
    }
  }

  public record NewMeeting(LocalDate heldOn, String title, String location)
      implements Serializable {}

  public record NewDecision(Long version, String text, DecisionOutcome outcome)
      implements Serializable {}

  /** A page of meetings, with what the caller may record in the council's records. */
  public record MeetingPage(List<Meeting> meetings, long total, Set<CouncilAction> allowedActions)
      implements Serializable {
    public MeetingPage {
      meetings = List.copyOf(meetings);
      allowedActions = Set.copyOf(allowedActions);
    }

    public boolean allows(CouncilAction action) {
      return allowedActions.contains(action);
    }
  }

  /** A file as a reader downloads it. */
  public record Attachment(String fileName, byte[] content) implements Serializable {}
}
