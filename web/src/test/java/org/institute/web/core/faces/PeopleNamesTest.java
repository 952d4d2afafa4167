package org.institute.web.core.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeopleNamesTest {
  private final List<String> asked = new ArrayList<>();
  private final Map<String, String> accounts = Map.of("admin", "Tan Wei Ming", "admin2", "李华");
  private final PeopleNames people =
      new PeopleNames(
          login -> {
            asked.add(login);
            return Optional.ofNullable(accounts.get(login));
          });

  @Test
  void aLoginIsShownAsThePersonsDisplayName() {
    assertThat(people.name("admin")).isEqualTo("Tan Wei Ming");
    assertThat(people.names(List.of("admin2", "admin"))).isEqualTo("李华, Tan Wei Ming");
  }

  @Test
  void aLoginWithoutAccountIsShownAsItIsAndNoneAsNothing() {
    assertThat(people.name("system")).isEqualTo("system");
    assertThat(people.name(null)).isEmpty();
    assertThat(people.names(List.of())).isEqualTo("—");
  }

  @Test
  void eachLoginIsLookedUpOncePerRequest() {
    people.name("admin");
    people.names(List.of("admin", "admin"));

    assertThat(asked).containsExactly("admin");
  }
}
