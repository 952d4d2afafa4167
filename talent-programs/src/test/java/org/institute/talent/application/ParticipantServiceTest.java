package org.institute.talent.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.AccessRefusedException;
import org.institute.core.InvalidCommandException;
import org.institute.core.Role;
import org.institute.core.testing.RecordingAudit;
import org.institute.talent.NewParticipant;
import org.institute.talent.ParticipantView;
import org.institute.talent.domain.Participant;
import org.institute.talent.domain.ParticipantRepository;
import org.junit.jupiter.api.Test;

class ParticipantServiceTest {

  private final People people = new People();
  private final RecordingAudit audit = new RecordingAudit();

  /** Participants in a list; the store gives ids from 1. */
  private static final class People implements ParticipantRepository {
    final List<Participant> all = new ArrayList<>();

    @Override
    public Optional<Participant> find(long id) {
      return all.stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public Optional<Participant> findByEmail(String normalEmail) {
      return all.stream().filter(p -> p.email().equals(normalEmail)).findFirst();
    }

    @Override
    public Optional<Participant> findByMatriculation(String normalNumber) {
      return all.stream().filter(p -> normalNumber.equals(p.matriculationNumber())).findFirst();
    }

    @Override
    public Map<String, Participant> byEmails(Collection<String> normalEmails) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Participant> byMatriculations(Collection<String> normalNumbers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void add(Participant participant) {
      try {
        Field id = Participant.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(participant, (long) all.size() + 1);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      all.add(participant);
    }

    @Override
    public List<Participant> search(String text, int offset, int limit) {
      return all.stream()
          .filter(p -> text == null || p.nameLatin().contains(text))
          .skip(offset)
          .limit(limit)
          .toList();
    }

    @Override
    public long count(String text) {
      return all.stream().filter(p -> text == null || p.nameLatin().contains(text)).count();
    }

    @Override
    public org.institute.core.Slice<Participant> slice(
        String text, org.institute.core.PageRequest page) {
      throw new UnsupportedOperationException();
    }
  }

  private ParticipantService service(Role role) {
    ParticipantService service = new ParticipantService();
    Wired.inject(service, "participants", people);
    Wired.inject(service, "policy", Wired.policyOf(role));
    Wired.inject(service, "audit", audit);
    Wired.inject(service, "clock", Wired.CLOCK);
    return service;
  }

  private static NewParticipant person(String name, String email, String matriculation) {
    return new NewParticipant(name, null, email, null, matriculation, null);
  }

  @Test
  void aRegisteredParticipantIsStoredAndAuditedWithoutPersonalData() {
    ParticipantView tan =
        service(Role.COORDINATOR).register(person("Tan Wei", "Tan@NTU.edu.sg", "u1234567b"));
    service(Role.ADMIN).register(person("Guest", "guest@example.com", null));

    assertThat(tan.id()).isEqualTo(1);
    assertThat(tan.email()).isEqualTo("tan@ntu.edu.sg");
    assertThat(people.all).hasSize(2);
    assertThat(audit.entries)
        .containsExactly(
            "PARTICIPANT_REGISTERED Participant#1: participant 1 (NTU student)",
            "PARTICIPANT_REGISTERED Participant#2: participant 2");
  }

  @Test
  void aSecondRecordForTheSameEmailOrMatriculationIsRefused() {
    ParticipantService service = service(Role.COORDINATOR);
    service.register(person("Tan Wei", "tan@ntu.edu.sg", "U1234567B"));

    assertThatThrownBy(() -> service.register(person("Tan W.", " TAN@ntu.edu.sg ", " u1234567b ")))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.field() + ":" + v.messageKey())
                    .containsExactly(
                        "email:participant.email.taken",
                        "matriculationNumber:participant.matriculation.taken"));
    assertThatThrownBy(() -> service.register(person("Other", "other@ntu.edu.sg", "U1234567B")))
        .isInstanceOf(InvalidCommandException.class);
    assertThat(service.register(person("Other", "other@ntu.edu.sg", "U7654321C")).id())
        .isEqualTo(2);
    assertThat(people.all).hasSize(2);
    assertThat(audit.entries).hasSize(2);
  }

  @Test
  void onlyWritersRegisterFindOrSearchParticipants() {
    ParticipantService staff = service(Role.PARTNER_STAFF);

    assertThatThrownBy(() -> staff.register(person("A", "a@example.com", null)))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> staff.find(1)).isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> staff.search("A", 0, 10)).isInstanceOf(AccessRefusedException.class);
    assertThat(people.all).isEmpty();
  }

  @Test
  void writersFindAndSearchParticipants() {
    ParticipantService service = service(Role.COORDINATOR);
    service.register(person("Tan Wei", "tan@ntu.edu.sg", null));
    service.register(person("Li Hua", "li@example.com", null));

    assertThat(service.find(2)).map(ParticipantView::nameLatin).contains("Li Hua");
    assertThat(service.find(3)).isEmpty();
    var page = service.search("Tan", 0, 10);
    assertThat(page.items()).extracting(ParticipantView::nameLatin).containsExactly("Tan Wei");
    assertThat(page.total()).isEqualTo(1);
  }

  @Test
  void aSearchTextHasAtMost200Characters() {
    ParticipantService service = service(Role.COORDINATOR);

    assertThat(service.search("t".repeat(200), 0, 10).items()).isEmpty();
    assertThatThrownBy(() -> service.search("t".repeat(201), 0, 10))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("field.tooLong"));
    assertThat(service.search(null, 0, 10).total()).isZero();
  }
}
