package org.institute.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/architecture.md} draws the module graph as the Maven poms declare it: the block
 * between the two markers must be what {@link ModuleGraph#mermaid()} generates, so a new module or
 * a new edge fails the build until the document shows it. The failure prints the expected block;
 * {@code -Darchitecture.doc.update=true} writes it into the document instead.
 */
class ArchitectureDocTest {

  static final String BEGIN = "<!-- module-graph:begin -->\n";
  static final String END = "<!-- module-graph:end -->";

  @Test
  void theDocumentDrawsTheModuleGraphOfThePoms() throws IOException {
    Path basedir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    Path document = basedir.toAbsolutePath().getParent().resolve("docs/architecture.md");
    String text = Files.readString(document);
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    assertThat(begin).as("%s holds %s", document, BEGIN.strip()).isNotNegative();
    assertThat(end).as("%s holds %s after the begin marker", document, END).isGreaterThan(begin);

    String drawn = text.substring(begin + BEGIN.length(), end);
    String expected = ModuleGraph.ofThisBuild().mermaid();
    if (!drawn.equals(expected) && Boolean.getBoolean("architecture.doc.update")) {
      Files.writeString(
          document, text.substring(0, begin + BEGIN.length()) + expected + text.substring(end));
      drawn = expected;
    }
    assertThat(drawn)
        .withFailMessage(
            "docs/architecture.md does not draw the module graph of the poms. Replace the lines"
                + " between %s and %s with:%n%n%s%n(or run the test with"
                + " -Darchitecture.doc.update=true)",
            BEGIN.strip(), END, expected)
        .isEqualTo(expected);
  }
}
