package org.institute.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.institute.core.AuditTrail;
import org.institute.core.BilingualText;
import org.institute.core.ConflictException;
import org.institute.core.Documents;
import org.institute.core.InvalidCommandException;
import org.institute.core.RecordNotFoundException;
import org.institute.core.StoredDocument;
import org.institute.core.Violation;
import org.institute.partners.Council;
import org.institute.partners.CouncilAction;
import org.institute.partners.GoverningCouncil;
import org.institute.partners.domain.CouncilMeeting;
import org.institute.partners.domain.CouncilMember;
import org.institute.partners.domain.CouncilRepository;
import org.institute.partners.domain.Partner;
import org.institute.partners.domain.PartnerRepository;

@ApplicationScoped
@Transactional
class CouncilService implements GoverningCouncil {

  @Inject private CouncilRepository council;
  @Inject private PartnerRepository partners;
  @Inject private Documents documents;
  @Inject private AuditTrail audit;
  @Inject private PartnersPolicy policy;
  @Inject private Clock clock;

  @Override
  public List<Council.Member> members(boolean currentOnly) {
    policy.requireCouncilReader();
    List<CouncilMember> all = council.members();
    Map<Long, String> codes =
        partners
            .withNames(all.stream().map(CouncilMember::partnerId).collect(Collectors.toSet()))
            .stream()
            .collect(Collectors.toMap(p -> p.id().orElseThrow(), Partner::code, (a, b) -> a));
    LocalDate today = LocalDate.now(clock);
    return all.stream()
        .map(m -> m.view(codes.get(m.partnerId())))
        .filter(m -> !currentOnly || m.currentOn(today))
        .sorted(
            Comparator.comparing((Council.Member m) -> !m.currentOn(today))
                .thenComparing(Council.Member::role)
                .thenComparing(Council.Member::since))
        .toList();
  }

  @Override
  public Council.Member appoint(Council.NewMember m) {
    policy.requireMayRecord(CouncilAction.APPOINT_MEMBER);
    List<Violation> problems = new ArrayList<>();
    if (m.name() == null || m.name().isBlank() || m.name().length() > 200) {
      problems.add(new Violation("name", "council.member.name.required"));
    }
    if (m.nameZh() != null && m.nameZh().length() > 200) {
      problems.add(new Violation("nameZh", "field.tooLong"));
    }
    if (m.title() != null && m.title().length() > 200) {
      problems.add(new Violation("title", "field.tooLong"));
    }
    BilingualText.checkChinese(m.titleZh(), "titleZh", 200, problems);
    if (m.titleZh() != null
        && !m.titleZh().isBlank()
        && (m.title() == null || m.title().isBlank())) {
      problems.add(new Violation("title", "council.member.title.englishFirst"));
    }
    Optional<Partner> partner =
        m.partner() == null ? Optional.empty() : partners.find(m.partner().value());
    if (partner.isEmpty()) {
      problems.add(new Violation("partner", "partner.unknown"));
    }
    if (m.role() == null) {
      problems.add(new Violation("role", "council.member.role.required"));
    }
    if (m.since() == null || m.since().getYear() < 2000 || m.since().getYear() > 2200) {
      problems.add(new Violation("since", "date.outOfRange"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    CouncilMember member = new CouncilMember(m);
    council.add(member);
    council.flush();
    Council.Member view = member.view(partner.get().code());
    audit.record(
        "COUNCIL_MEMBER_APPOINTED",
        "CouncilMember",
        Long.toString(view.id()),
        view.name()
            + " ("
            + view.partnerCode()
            + ", "
            + view.role()
            + (view.title() == null
                ? ""
                : ", " + view.title() + (view.titleZh() == null ? "" : " / " + view.titleZh()))
            + ") from "
            + view.since());
    return view;
  }

  @Override
  public Council.MeetingPage meetings(int firstResult, int maxResults) {
    policy.requireCouncilReader();
    return new Council.MeetingPage(
        council.meetings(firstResult, maxResults).stream().map(this::view).toList(),
        council.countMeetings(),
        policy.councilActions());
  }

  @Override
  // in a transaction: the view reads the lazily loaded decisions
  @Transactional(Transactional.TxType.REQUIRED)
  public Optional<Council.Meeting> meeting(long id) {
    policy.requireCouncilReader();
    return council.meeting(id).map(this::view);
  }

  @Override
  public Council.Meeting recordMeeting(Council.NewMeeting m) {
    policy.requireMayRecord(CouncilAction.RECORD_MEETING);
    List<Violation> problems = new ArrayList<>();
    if (m.heldOn() == null
        || m.heldOn().getYear() < 2000
        || m.heldOn().isAfter(LocalDate.now(clock).plusYears(2))) {
      problems.add(new Violation("heldOn", "date.outOfRange"));
    }
    if (m.title() == null || m.title().isBlank()) {
      problems.add(new Violation("title", "council.meeting.title.required"));
    } else if (m.title().length() > 300) {
      problems.add(new Violation("title", "field.tooLong"));
    }
    if (m.location() != null && m.location().length() > 200) {
      problems.add(new Violation("location", "field.tooLong"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    CouncilMeeting meeting = new CouncilMeeting(m);
    council.add(meeting);
    council.flush();
    audit.record(
        "COUNCIL_MEETING_RECORDED",
        "CouncilMeeting",
        meeting.id().toString(),
        m.title().trim() + " on " + m.heldOn());
    return view(meeting);
  }

  @Override
  public Council.Meeting recordDecision(long meetingId, Council.NewDecision d) {
    policy.requireMayRecord(CouncilAction.RECORD_DECISION);
    CouncilMeeting meeting =
        council.meeting(meetingId).orElseThrow(() -> new RecordNotFoundException("meeting"));
    ConflictException.requireVersion(d.version(), meeting.version());
    List<Violation> problems = new ArrayList<>();
    if (d.text() == null || d.text().isBlank()) {
      problems.add(new Violation("text", "council.decision.text.required"));
    } else if (d.text().length() > 4000) {
      problems.add(new Violation("text", "field.tooLong"));
    }
    if (d.outcome() == null) {
      problems.add(new Violation("outcome", "council.decision.outcome.required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    int year = meeting.heldOn().getYear();
    String reference = String.format("GC-%d-%02d", year, council.countDecisionsOf(year) + 1);
    Council.Decision decision = meeting.decide(reference, d.text(), d.outcome());
    council.flush();
    audit.record(
        "COUNCIL_DECISION_RECORDED",
        "CouncilMeeting",
        Long.toString(meetingId),
        decision.reference() + " " + decision.outcome() + ": " + decision.text());
    return view(meeting);
  }

  @Override
  public Council.Meeting attachMinutes(
      long meetingId, Long version, String fileName, byte[] content) {
    policy.requireMayRecord(CouncilAction.ATTACH_MINUTES);
    CouncilMeeting meeting =
        council.meeting(meetingId).orElseThrow(() -> new RecordNotFoundException("meeting"));
    ConflictException.requireVersion(version, meeting.version());
    StoredDocument stored = documents.storePdf("file", fileName, content);
    meeting.attachMinutes(stored.id());
    council.flush();
    audit.record(
        "COUNCIL_MINUTES_ATTACHED",
        "CouncilMeeting",
        Long.toString(meetingId),
        "minutes " + stored.fileName() + " (document " + stored.id() + ")");
    return view(meeting);
  }

  @Override
  public Optional<Council.Attachment> minutes(long meetingId) {
    policy.requireCouncilReader();
    return council
        .meeting(meetingId)
        .map(CouncilMeeting::minutesDocumentId)
        .flatMap(documents::find)
        .flatMap(d -> documents.content(d.id()).map(b -> new Council.Attachment(d.fileName(), b)));
  }

  @Override
  public Optional<Council.Decision> decision(String reference) {
    policy.requireSignedIn("reading council decisions");
    return reference == null || reference.length() > 20
        ? Optional.empty()
        : council.decision(reference);
  }

  private Council.Meeting view(CouncilMeeting meeting) {
    return meeting.view(policy.meetingActions());
  }
}
