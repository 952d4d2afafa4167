package org.institute.talent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;
import org.institute.core.BilingualText;
import org.institute.core.Mailer;
import org.institute.core.PublicLinks;
import org.institute.talent.CertificateIssued;
import org.institute.talent.EnrolmentConfirmed;
import org.institute.talent.domain.Cohort;
import org.institute.talent.domain.CohortRepository;
import org.institute.talent.domain.Participant;
import org.institute.talent.domain.ParticipantRepository;
import org.institute.talent.domain.Programme;
import org.institute.talent.domain.ProgrammeRepository;

/**
 * Tells participants what happened to them: a confirmed seat, a seat from the waitlist, an issued
 * certificate. Each mail goes into the core's outbox within the transaction that published the
 * event, so a rolled-back change sends nothing and a committed one loses nothing.
 */
@ApplicationScoped
class ParticipantMails {

  @Inject private ParticipantRepository participants;
  @Inject private CohortRepository cohorts;
  @Inject private ProgrammeRepository programmes;
  @Inject private Mailer mailer;
  @Inject private PublicLinks publicLinks;

  void enrolmentConfirmed(@Observes(during = TransactionPhase.IN_PROGRESS) EnrolmentConfirmed e) {
    Participant person = participants.find(e.participantId()).orElseThrow();
    Cohort cohort = cohorts.find(e.cohortId()).orElseThrow();
    Programme programme = programmes.find(cohort.programmeId()).orElseThrow();
    send(
        person,
        e.fromWaitlist() ? "enrolment.promoted" : "enrolment.confirmed",
        programme,
        cohort,
        cohort.startsOn().toString(),
        cohort.endsOn().toString());
  }

  void certificateIssued(@Observes(during = TransactionPhase.IN_PROGRESS) CertificateIssued e) {
    Participant holder = participants.find(e.participantId()).orElseThrow();
    Cohort cohort = cohorts.find(e.cohortId()).orElseThrow();
    Programme programme = programmes.find(cohort.programmeId()).orElseThrow();
    send(
        holder,
        "certificate.issued",
        programme,
        cohort,
        e.issuedOn().toString(),
        e.code(),
        e.verificationUrl(),
        e.credentialUrl(),
        publicLinks.to("/api/v1/certificates/" + e.code() + "/pdf"));
  }

  /**
   * Sends mail {@code key}; its body's arguments are the name, the programme, the cohort, then
   * {@code rest}, each in the language of its half of the mail (Chinese where stored).
   */
  private void send(
      Participant to, String key, Programme programme, Cohort cohort, String... rest) {
    BilingualText title = BilingualText.of(programme.titleEn(), programme.titleZh());
    BilingualText cohortName = cohort.names();
    String nameZh = to.nameZh() == null ? to.nameLatin() : to.nameZh();
    MailTexts.Mail mail =
        MailTexts.compose(
            key,
            title.en(),
            title.in(Locale.SIMPLIFIED_CHINESE),
            arguments(to.nameLatin(), title.en(), cohortName.en(), rest),
            arguments(
                nameZh,
                title.in(Locale.SIMPLIFIED_CHINESE),
                cohortName.in(Locale.SIMPLIFIED_CHINESE),
                rest));
    mailer.send(to.email(), mail.subject(), mail.body());
  }

  private static Object[] arguments(String name, String title, String cohort, String... rest) {
    Object[] all = new Object[rest.length + 3];
    all[0] = name;
    all[1] = title;
    all[2] = cohort;
    System.arraycopy(rest, 0, all, 3, rest.length);
    return all;
  }
}
