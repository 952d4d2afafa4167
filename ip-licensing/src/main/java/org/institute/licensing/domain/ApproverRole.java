package org.institute.licensing.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;
import org.institute.licensing.NewApproverRole;

/**
 * A named approver role (decision 0108), such as "Legal counsel / 法律顾问": a code that approval
 * policies' rules name, English and Chinese names, and the admins who hold it. Its code and names
 * never change once defined, so a deal's needs read the same later.
 */
@Entity
@Table(name = "lic_approver_role")
public class ApproverRole {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String code;

  @Column(name = "name_en", nullable = false, length = 120)
  private String name;

  @Column(name = "name_zh", nullable = false, length = 120)
  private String nameZh;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "lic_approver_role_holder", joinColumns = @JoinColumn(name = "role_id"))
  @Column(name = "username", nullable = false, length = 64)
  private Set<String> holders = new TreeSet<>();

  protected ApproverRole() {}

  /**
   * Every problem of a new role at once, each naming its field.
   *
   * @param taken whether the code is some other role's already
   */
  public static List<Violation> violations(NewApproverRole role, boolean taken) {
    List<Violation> problems = new ArrayList<>();
    String code = role.code() == null ? "" : role.code().strip();
    if (code.isEmpty()) {
      problems.add(new Violation("code", "field.required"));
    } else if (!CODE.matcher(code).matches()) {
      problems.add(new Violation("code", "licensing.approverRole.code.invalid"));
    } else if (taken) {
      problems.add(new Violation("code", "licensing.approverRole.code.taken"));
    }
    name(problems, "name", role.name());
    name(problems, "nameZh", role.nameZh());
    return problems;
  }

  /**
   * A new role, without holders.
   *
   * @throws InvalidCommandException with every problem of the role
   */
  public static ApproverRole define(
      NewApproverRole role, boolean taken, String createdBy, Instant at) {
    List<Violation> problems = violations(role, taken);
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    ApproverRole defined = new ApproverRole();
    defined.code = role.code().strip();
    defined.name = role.name().strip();
    defined.nameZh = role.nameZh().strip();
    defined.createdBy = createdBy;
    defined.createdAt = at;
    return defined;
  }

  /** Gives the role to an admin; false when they hold it already. */
  public boolean assignTo(String username) {
    return holders.add(username);
  }

  /** Takes the role from a holder; false when they did not hold it. */
  public boolean takeFrom(String username) {
    return holders.remove(username);
  }

  public boolean heldBy(String username) {
    return holders.contains(username);
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String nameZh() {
    return nameZh;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** The holders' usernames, in alphabetical order. */
  public List<String> holders() {
    return List.copyOf(new TreeSet<>(holders));
  }

  private static void name(List<Violation> problems, String field, String text) {
    if (text == null || text.isBlank()) {
      problems.add(new Violation(field, "field.required"));
    } else if (text.strip().length() > 120) {
      problems.add(new Violation(field, "field.tooLong"));
    }
  }
}
