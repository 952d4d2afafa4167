package org.institute.talent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.institute.core.Mailer;
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

  void enrolmentConfirmed(@Observes(during = TransactionPhase.IN_PROGRESS) EnrolmentConfirmed e) {
    Participant person = participants.find(e.participantId()).orElseThrow();
    Cohort cohort = cohorts.find(e.cohortId()).orElseThrow();
    Programme programme = programmes.find(cohort.programmeId()).orElseThrow();
    send(
        person,
        e.fromWaitlist() ? "enrolment.promoted" : "enrolment.confirmed",
        programme,
        cohort.name(),
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
        cohort.name(),
        e.issuedOn().toString(),
        e.code(),
        e.verificationUrl(),
        e.credentialUrl());
  }

  /**
   * Sends mail {@code key}; its body's arguments are the name, the programme, then {@code rest}.
   */
  private void send(Participant to, String key, Programme programme, String... rest) {
    String titleZh = programme.titleZh() == null ? programme.titleEn() : programme.titleZh();
    String nameZh = to.nameZh() == null ? to.nameLatin() : to.nameZh();
    MailTexts.Mail mail =
        MailTexts.compose(
            key,
            programme.titleEn(),
            titleZh,
            arguments(to.nameLatin(), programme.titleEn(), rest),
            arguments(nameZh, titleZh, rest));
    mailer.send(to.email(), mail.subject(), mail.body());
  }

  private static Object[] arguments(String name, String title, String... rest) {
    Object[] all = new Object[rest.length + 2];
    all[0] = name;
    all[1] = title;
    System.arraycopy(rest, 0, all, 2, rest.length);
    return all;
  }
}
