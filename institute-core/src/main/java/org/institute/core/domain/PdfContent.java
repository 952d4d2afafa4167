package org.institute.core.domain;

import java.nio.charset.StandardCharsets;

/**
 * Recognises a PDF by its bytes: the {@code %PDF-1.x} or {@code %PDF-2.0} header at the start and
 * an {@code %%EOF} marker near the end, as ISO 32000 requires. A renamed HTML or executable fails
 * both.
 */
public final class PdfContent {

  private static final int TAIL = 1024;

  private PdfContent() {}

  public static boolean looksLikePdf(byte[] content) {
    if (content == null || content.length < 16) {
      return false;
    }
    String head = new String(content, 0, 8, StandardCharsets.ISO_8859_1);
    if (!head.matches("%PDF-[12]\\.\\d.*")) {
      return false;
    }
    int from = Math.max(0, content.length - TAIL);
    String tail = new String(content, from, content.length - from, StandardCharsets.ISO_8859_1);
    return tail.contains("%%EOF");
  }

  /** Keeps the last path segment and only characters that are safe in a download header. */
  public static String cleanFileName(String name) {
    String n = name == null ? "" : name.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1);
    n = n.replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
    if (n.isEmpty() || n.chars().allMatch(c -> c == '.')) {
      n = "document.pdf";
    }
    if (n.length() > 200) {
      n = n.substring(n.length() - 200);
    }
    return n.toLowerCase().endsWith(".pdf") ? n : n + ".pdf";
  }
}
