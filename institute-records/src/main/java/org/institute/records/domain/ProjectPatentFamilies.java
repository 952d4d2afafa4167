package org.institute.records.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.RecordNotFoundException;

/**
 * The patent families linked to one research project, and the rules for changing them: a family
 * must exist in the licensing module's register, is linked at most once, and a project holds at
 * most {@link #MAX_LINKS}. Unlinking a family that is not linked finds nothing.
 */
public final class ProjectPatentFamilies {

  public static final int MAX_LINKS = 100;

  private final long projectId;
  private final List<ProjectPatentFamily> links;

  public ProjectPatentFamilies(long projectId, Collection<ProjectPatentFamily> links) {
    this.projectId = projectId;
    this.links = new ArrayList<>(links);
  }

  /**
   * A new link of {@code familyId}, which the caller then stores. {@code existing} are the families
   * among the requested one that the register knows (empty when it does not know it).
   */
  public ProjectPatentFamily link(Long familyId, Set<Long> existing, String actor, Instant now) {
    if (familyId == null || familyId <= 0) {
      throw InvalidCommandException.of("familyId", "field.required");
    }
    if (!existing.contains(familyId)) {
      throw InvalidCommandException.of("familyId", "project.patentFamily.unknown");
    }
    if (find(familyId).isPresent()) {
      throw new ConflictException("project.patentFamily.alreadyLinked");
    }
    if (links.size() >= MAX_LINKS) {
      throw InvalidCommandException.of("familyId", "project.patentFamily.tooMany");
    }
    ProjectPatentFamily link = new ProjectPatentFamily(projectId, familyId, actor, now);
    links.add(link);
    return link;
  }

  /** The link of {@code familyId}, which the caller then removes; refused when there is none. */
  public ProjectPatentFamily unlink(long familyId) {
    ProjectPatentFamily link =
        find(familyId).orElseThrow(() -> new RecordNotFoundException("patent family link"));
    links.remove(link);
    return link;
  }

  public List<Long> familyIds() {
    return links.stream().map(ProjectPatentFamily::familyId).toList();
  }

  private Optional<ProjectPatentFamily> find(long familyId) {
    return links.stream().filter(l -> l.familyId() == familyId).findFirst();
  }
}
