package org.institute.talent.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.institute.core.SearchText;

/**
 * What a coordinator typed to find a person: its words, each of which must be found in the name in
 * either script, the e-mail or the student (matriculation) number, in any order and case. "Tan Wei"
 * finds "TAN Wei Ming" and "Wei Tan"; "陈 伟" finds "陈伟明"; at most {@value #MAX_WORDS} words count.
 */
public record ParticipantSearch(List<SearchText> words) {

  public static final int MAX_WORDS = 5;

  public ParticipantSearch {
    words = List.copyOf(words);
  }

  /**
   * The search in {@code raw}, none when blank.
   *
   * @throws org.institute.core.InvalidCommandException naming {@code q} when longer than {@value
   *     SearchText#MAX_LENGTH}
   */
  public static Optional<ParticipantSearch> of(String raw) {
    Optional<SearchText> whole = SearchText.of(raw);
    if (whole.isEmpty()) {
      return Optional.empty();
    }
    List<SearchText> words = new ArrayList<>();
    for (String word : whole.get().text().split("[\\s,;]+")) {
      if (!word.isBlank() && words.size() < MAX_WORDS) {
        SearchText w = new SearchText(word);
        if (words.stream().noneMatch(x -> x.containsPattern().equals(w.containsPattern()))) {
          words.add(w);
        }
      }
    }
    return words.isEmpty() ? Optional.empty() : Optional.of(new ParticipantSearch(words));
  }

  /** The {@code like} patterns of the words, in order (see {@link SearchText#containsPattern}). */
  public List<String> patterns() {
    return words.stream().map(SearchText::containsPattern).toList();
  }
}
