package org.institute.licensing;

/**
 * The shapes a patent file may come in: WIPO ST.36 XML, the bibliographic core of WIPO ST.96 XML,
 * and the institute's CSV template (README, "Importing records").
 */
public enum PatentFileFormat {
  ST36,
  ST96,
  CSV;

  /**
   * The format a file's content shows: XML with ST.96's {@code BibliographicData} elements is
   * ST.96, other XML ST.36, anything else the CSV template.
   */
  public static PatentFileFormat of(byte[] content) {
    int start = 0;
    while (start < content.length
        && (Character.isWhitespace(content[start]) || (content[start] & 0x80) != 0)) {
      start++;
    }
    if (start < content.length && content[start] == '<') {
      String head =
          new String(
              content,
              start,
              Math.min(content.length - start, 4096),
              java.nio.charset.StandardCharsets.UTF_8);
      return head.contains("BibliographicData") || head.contains("ST96") ? ST96 : ST36;
    }
    return CSV;
  }
}
