package org.institute.web.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared server's log file ({@code payara.logFile}; Payara's file handler appends a generation
 * number: payara-it.log.0, .1, ...): all of it, or what was written after a mark.
 */
final class ServerLog {

  /** A WARNING (900) or SEVERE (1000) record of Payara's log format. */
  private static final Pattern WARNING_OR_SEVERE =
      Pattern.compile("\\[levelValue: (9\\d\\d|1000)\\]");

  /** Payara Micro's line at the end of its boot. */
  private static final Pattern READY = Pattern.compile("Payara Micro .* ready in");

  /** Any record of Payara's log format. */
  private static final Pattern ANY_RECORD = Pattern.compile("\\[levelValue: \\d+\\]");

  /** Where each log file ended when the mark was taken. */
  record Mark(Map<Path, Long> sizes) {}

  private ServerLog() {}

  private static List<Path> files() {
    Path named = Path.of(System.getProperty("payara.logFile", "target/payara-it.log"));
    try (var files = Files.list(named.toAbsolutePath().getParent())) {
      return files
          .filter(
              f ->
                  f.getFileName().toString().startsWith(named.getFileName().toString())
                      && !f.toString().endsWith(".lck"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Mark mark() {
    Map<Path, Long> sizes = new HashMap<>();
    for (Path f : files()) {
      try {
        sizes.put(f, Files.size(f));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new Mark(sizes);
  }

  /** Everything in the log. */
  static String all() {
    return since(new Mark(Map.of()));
  }

  /** What was written after the mark. */
  static String since(Mark mark) {
    StringBuilder text = new StringBuilder();
    for (Path f : files()) {
      long from = mark.sizes().getOrDefault(f, 0L);
      try (RandomAccessFile in = new RandomAccessFile(f.toFile(), "r")) {
        if (in.length() <= from) {
          continue;
        }
        byte[] bytes = new byte[(int) (in.length() - from)];
        in.seek(from);
        in.readFully(bytes);
        text.append(new String(bytes, StandardCharsets.ISO_8859_1));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return text.toString();
  }

  /**
   * The WARNING and SEVERE records written after the mark, each with the lines that follow it.
   * Fails when what was written is not in Payara's format (each record with its {@code
   * levelValue}): another format would hide every warning from this check.
   */
  static List<String> warningsSince(Mark mark) {
    return warningsIn(since(mark));
  }

  /**
   * The WARNING and SEVERE records of the boot: what was written until Payara said it was ready.
   */
  static List<String> bootWarnings() {
    String text = all();
    Matcher ready = READY.matcher(text);
    if (!ready.find()) {
      throw new AssertionError("the server log does not say that Payara Micro became ready");
    }
    return warningsIn(text.substring(0, ready.start()));
  }

  private static List<String> warningsIn(String text) {
    List<String> found = new ArrayList<>();
    if (!text.isBlank() && !ANY_RECORD.matcher(text).find()) {
      throw new AssertionError(
          "the server log is not in Payara's format (no levelValue): warnings cannot be told");
    }
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (WARNING_OR_SEVERE.matcher(lines[i]).find()) {
        StringBuilder record = new StringBuilder(lines[i]);
        for (int j = i + 1; j < Math.min(lines.length, i + 4); j++) {
          record.append('\n').append(lines[j]);
        }
        found.add(record.toString());
      }
    }
    return found;
  }
}
