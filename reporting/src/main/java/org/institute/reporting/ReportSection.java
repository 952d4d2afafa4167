package org.institute.reporting;

import java.util.List;

/** A section of a report: a bilingual heading and its blocks (tables, charts, notes) in order. */
public record ReportSection(String key, String titleEn, String titleZh, List<Block> blocks) {

  public ReportSection {
    blocks = List.copyOf(blocks);
  }

  /** Something a section shows. */
  public sealed interface Block permits Table, Chart, Note {}

  /**
   * A table: bilingual caption and headers, rows of cells (text, numbers, dates, enum constants,
   * {@link Text}). Money is two columns, amount and currency. An enum constant is a value whose
   * label the reader's language gives (the web layer's message bundles), never its code.
   */
  public record Table(
      String captionEn,
      String captionZh,
      List<String> headersEn,
      List<String> headersZh,
      List<List<Object>> rows)
      implements Block {
    public Table {
      headersEn = List.copyOf(headersEn);
      headersZh = List.copyOf(headersZh);
      rows =
          rows.stream()
              .map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
              .toList();
    }
  }

  /** A horizontal bar chart: each bar's value against its own full length (e.g. a KPI's target). */
  public record Chart(String captionEn, String captionZh, List<Bar> bars) implements Block {
    public Chart {
      bars = List.copyOf(bars);
    }
  }

  /**
   * A bar: its label (text, an enum constant or a {@link Text}, labelled as a table cell is), its
   * value, what a full bar stands for, and the text shown beside it.
   */
  public record Bar(Object label, long value, long full, String text) {}

  /** A cell or label in both languages, of which the reader's is printed. */
  public record Text(String en, String zh) {}

  /** A sentence, in both languages. */
  public record Note(String en, String zh) implements Block {}
}
