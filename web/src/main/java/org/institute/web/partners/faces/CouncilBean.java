package org.institute.web.partners.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.partners.Council;
import org.institute.partners.CouncilAction;
import org.institute.partners.DecisionOutcome;
import org.institute.partners.GoverningCouncil;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.web.platform.faces.KeptFiles;
import org.institute.web.platform.faces.KeptUploads;
import org.institute.web.platform.faces.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The Governing Council's page: members, and meetings newest first with their numbered decisions
 * and minutes. Admins record meetings and decisions and attach minutes, each against the meeting's
 * version as this page read it, so a concurrent change is reported rather than overwritten.
 */
@Named("councilPage")
@ViewScoped
public class CouncilBean implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How many recent meetings the admin forms offer. */
  static final int CHOICES = 50;

  @Inject private GoverningCouncil council;
  @Inject private KeptUploads keptUploads;
  @Inject private PartnerDirectory partners;

  private List<Council.Member> members;
  private Map<Long, PartnerSummary> partnersById;
  private List<Council.Meeting> meetingChoices;
  private Set<CouncilAction> allowedActions;

  /** The version of each meeting as this page read it. */
  private final Map<Long, Long> versionsRead = new HashMap<>();

  private LocalDate heldOn;
  private String meetingTitle;
  private String location;

  private Long decisionMeeting;
  private String decisionText;
  private DecisionOutcome outcome;

  private boolean conflict;

  private Long minutesMeeting;
  private transient Part minutesFile;

  private final LazyDataModel<Council.Meeting> meetings =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) Math.min(Integer.MAX_VALUE, council.meetings(0, 1).total());
        }

        @Override
        public List<Council.Meeting> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          Council.MeetingPage page = council.meetings(first, Math.min(pageSize, 50));
          setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
          return page.meetings();
        }

        @Override
        public String getRowKey(Council.Meeting meeting) {
          return Long.toString(meeting.id());
        }
      };

  public List<Council.Member> getMembers() {
    if (members == null) {
      members = council.members(false);
    }
    return members;
  }

  public boolean current(Council.Member member) {
    return member.currentOn(LocalDate.now());
  }

  /** The member's partner under its current name in the reader's language. */
  public String partnerName(PartnerId id, String language) {
    if (partnersById == null) {
      partnersById = new HashMap<>();
      partners.all().forEach(p -> partnersById.put(p.id().value(), p));
    }
    PartnerSummary partner = id == null ? null : partnersById.get(id.value());
    return partner == null ? "" : partner.name(language);
  }

  public LazyDataModel<Council.Meeting> getMeetings() {
    return meetings;
  }

  /** Recent meetings for the admin forms, remembering the version each was read at. */
  public List<Council.Meeting> getMeetingChoices() {
    if (meetingChoices == null) {
      Council.MeetingPage page = council.meetings(0, CHOICES);
      meetingChoices = page.meetings();
      allowedActions = page.allowedActions();
      meetingChoices.forEach(m -> versionsRead.putIfAbsent(m.id(), m.version()));
    }
    return meetingChoices;
  }

  /** Whether the module lets the caller record this ({@link CouncilAction} by name). */
  public boolean allows(String action) {
    return allowedActions().contains(CouncilAction.valueOf(action));
  }

  /** Whether the module lets the caller record anything in the council's records. */
  public boolean isRecorder() {
    return !allowedActions().isEmpty();
  }

  private Set<CouncilAction> allowedActions() {
    if (allowedActions == null) {
      allowedActions = council.meetings(0, 1).allowedActions();
    }
    return allowedActions;
  }

  public DecisionOutcome[] getOutcomes() {
    return DecisionOutcome.values();
  }

  /**
   * Records a meeting; each change below answers a redirect to this page with its message on
   * success (a reload never records it twice) and stays with what was typed on a refusal.
   */
  public String recordMeeting() {
    try {
      Council.Meeting recorded =
          council.recordMeeting(new Council.NewMeeting(heldOn, meetingTitle, location));
      return Messages.reloadAfter("council.meeting.recorded", recorded.title());
    } catch (InvalidCommandException refused) {
      Messages.show("meetingNew", refused);
    }
    return null;
  }

  public String recordDecision() {
    if (decisionMeeting == null) {
      Messages.error("decisionNew:meeting", "council.meeting.required");
      return null;
    }
    try {
      getMeetingChoices();
      Council.Meeting meeting =
          council.recordDecision(
              decisionMeeting,
              new Council.NewDecision(versionsRead.get(decisionMeeting), decisionText, outcome));
      Council.Decision added = meeting.decisions().get(meeting.decisions().size() - 1);
      return Messages.reloadAfter("council.decision.recorded", added.reference());
    } catch (InvalidCommandException refused) {
      Messages.show("decisionNew", refused);
    } catch (ConflictException stale) {
      conflicted(stale);
    } catch (RecordNotFoundException gone) {
      Messages.error("decisionNew:meeting", "council.meeting.notFound");
    }
    return null;
  }

  public String attachMinutes() {
    if (minutesMeeting == null) {
      Messages.error("minutesUpload:meeting", "council.meeting.required");
      return null;
    }
    try {
      getMeetingChoices();
      KeptFiles.Kept upload =
          keptUploads
              .of("minutesUpload:file")
              .orElseThrow(() -> InvalidCommandException.of("file", "document.required"));
      Council.Meeting meeting =
          council.attachMinutes(
              minutesMeeting,
              versionsRead.get(minutesMeeting),
              upload.fileName(),
              upload.content());
      keptUploads.done("minutesUpload:file");
      return Messages.reloadAfter("council.minutes.stored", meeting.title());
    } catch (InvalidCommandException refused) {
      keptUploads.refused("minutesUpload:file", refused, "file");
      Messages.show("minutesUpload", refused);
    } catch (ConflictException stale) {
      conflicted(stale);
    } catch (RecordNotFoundException gone) {
      Messages.error("minutesUpload:meeting", "council.meeting.notFound");
    } finally {
      minutesFile = null;
    }
    return null;
  }

  private void conflicted(ConflictException stale) {
    conflict = true;
    Messages.error(null, stale.messageKey());
  }

  /** Whether a command met a newer version than this page read: the page offers a reload. */
  public boolean isConflict() {
    return conflict;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public String getMeetingTitle() {
    return meetingTitle;
  }

  public void setMeetingTitle(String meetingTitle) {
    this.meetingTitle = meetingTitle;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public Long getDecisionMeeting() {
    return decisionMeeting;
  }

  public void setDecisionMeeting(Long decisionMeeting) {
    this.decisionMeeting = decisionMeeting;
  }

  public String getDecisionText() {
    return decisionText;
  }

  public void setDecisionText(String decisionText) {
    this.decisionText = decisionText;
  }

  public DecisionOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(DecisionOutcome outcome) {
    this.outcome = outcome;
  }

  public Long getMinutesMeeting() {
    return minutesMeeting;
  }

  public void setMinutesMeeting(Long minutesMeeting) {
    this.minutesMeeting = minutesMeeting;
  }

  public Part getMinutesFile() {
    return minutesFile;
  }

  public void setMinutesFile(Part minutesFile) {
    this.minutesFile = minutesFile;
  }
}
