package org.institute.records.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.RecordNotFoundException;
import org.junit.jupiter.api.Test;

class ProjectPatentFamiliesTest {

  private static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");

  private static ProjectPatentFamilies linked(long... families) {
    List<ProjectPatentFamily> links = new ArrayList<>();
    for (long f : families) {
      links.add(new ProjectPatentFamily(7, f, "admin", NOW));
    }
    return new ProjectPatentFamilies(7, links);
  }

  private static String refusal(InvalidCommandException e) {
    return e.violations().get(0).field() + ":" + e.violations().get(0).messageKey();
  }

  @Test
  void aFamilyOfTheRegisterIsLinkedWithWhoLinkedItAndWhen() {
    ProjectPatentFamilies links = linked(3);
    ProjectPatentFamily link = links.link(5L, Set.of(5L), "admin", NOW);
    assertThat(link.projectId()).isEqualTo(7);
    assertThat(link.familyId()).isEqualTo(5);
    assertThat(link.linkedBy()).isEqualTo("admin");
    assertThat(link.linkedAt()).isEqualTo(NOW);
    assertThat(links.familyIds()).containsExactly(3L, 5L);
  }

  @Test
  void aFamilyTheRegisterDoesNotKnowIsRefused() {
    ProjectPatentFamilies links = linked();
    assertThatThrownBy(() -> links.link(99L, Set.of(), "admin", NOW))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e -> assertThat(refusal(e)).isEqualTo("familyId:project.patentFamily.unknown"));
    assertThat(links.familyIds()).isEmpty();
  }

  @Test
  void aMissingFamilyIsRequired() {
    assertThatThrownBy(() -> linked().link(null, Set.of(), "admin", NOW))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e -> assertThat(refusal(e)).isEqualTo("familyId:field.required"));
  }

  @Test
  void linkingTheSameFamilyTwiceIsAConflictAndChangesNothing() {
    ProjectPatentFamilies links = linked(5);
    assertThatThrownBy(() -> links.link(5L, Set.of(5L), "admin", NOW))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.messageKey()).isEqualTo("project.patentFamily.alreadyLinked"));
    assertThat(links.familyIds()).containsExactly(5L);
  }

  @Test
  void aProjectHoldsAtMostTheLimit() {
    ProjectPatentFamilies full =
        linked(LongStream.rangeClosed(1, ProjectPatentFamilies.MAX_LINKS).toArray());
    long next = ProjectPatentFamilies.MAX_LINKS + 1L;
    assertThatThrownBy(() -> full.link(next, Set.of(next), "admin", NOW))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e -> assertThat(refusal(e)).isEqualTo("familyId:project.patentFamily.tooMany"));
  }

  @Test
  void unlinkingGivesTheLinkToRemoveAndAnUnlinkedFamilyIsNotFound() {
    ProjectPatentFamilies links = linked(3, 5);
    assertThat(links.unlink(3).familyId()).isEqualTo(3);
    assertThat(links.familyIds()).containsExactly(5L);
    assertThatThrownBy(() -> links.unlink(3)).isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void familyIdsArePositive() {
    assertThatThrownBy(() -> linked().link(0L, Set.of(0L), "admin", NOW))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e -> assertThat(refusal(e)).isEqualTo("familyId:field.required"));
    assertThat(linked().link(1L, Set.of(1L), "admin", NOW).familyId()).isEqualTo(1L);
  }
}
