package org.institute.records.domain;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXObject;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.LaTeXObject;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * Reads BibTeX with jbibtex: entries in file order (two with one citation key stay two), LaTeX
 * accents and braces turned into Unicode text, {@code @string} macros resolved and unknown macros
 * (such as {@code month = jan}) kept as written; an entry without a key is read with none. jbibtex
 * does not read the rare form {@code @article( ... )} with parentheses: such an entry is malformed.
 * An entry jbibtex cannot parse becomes an unreadable entry with its citation key; the entries
 * around it are still read.
 */
public final class BibTexReader {

  public static final String MALFORMED = "publication.import.entry.malformed";

  private static final Pattern HEAD =
      Pattern.compile("\\s*@\\s*([A-Za-z]+)\\s*[{(]\\s*([^,\\s]{1,100})?");
  private static final Key LANGID = new Key("langid");
  private static final Key LANGUAGE = new Key("language");

  public List<BibliographicEntry> read(String text) {
    List<BibliographicEntry> entries = new ArrayList<>();
    List<BibTeXString> macros = new ArrayList<>();
    for (String chunk : chunks(text)) {
      Matcher head = HEAD.matcher(chunk);
      boolean headed = head.lookingAt();
      String type = headed ? head.group(1).toLowerCase(Locale.ROOT) : "";
      String key = headed ? head.group(2) : null;
      if (type.equals("comment") || type.equals("preamble")) {
        continue;
      }
      List<BibTeXObject> objects;
      try {
        BibTeXParser parser = lenientParser();
        macros.forEach(parser::addMacro);
        objects = parser.parse(new StringReader(chunk)).getObjects();
      } catch (ParseException | RuntimeException e) {
        if (!type.equals("string")) {
          entries.add(BibliographicEntry.unreadable(entries.size() + 1, key, MALFORMED));
        }
        continue;
      }
      for (BibTeXObject object : objects) {
        if (object instanceof BibTeXString macro) {
          macros.add(macro);
        } else if (object instanceof BibTeXEntry entry) {
          entries.add(entry(entries.size() + 1, key, entry));
        }
      }
    }
    return entries;
  }

  /**
   * The file cut before every line that starts with {@code @}, so that a malformed entry (an
   * unclosed brace) cannot swallow the entries after it; text before the first {@code @} is a
   * comment in BibTeX.
   */
  static List<String> chunks(String text) {
    List<String> chunks = new ArrayList<>();
    StringBuilder chunk = null;
    for (String line : text.split("\r\n|\r|\n", -1)) {
      if (line.stripLeading().startsWith("@")) {
        if (chunk != null) {
          chunks.add(chunk.toString());
        }
        chunk = new StringBuilder();
      }
      if (chunk != null) {
        chunk.append(line).append('\n');
      }
    }
    if (chunk != null) {
      chunks.add(chunk.toString());
    }
    return chunks;
  }

  private static BibliographicEntry entry(int position, String key, BibTeXEntry entry) {
    List<String> problems = new ArrayList<>();
    String title = field(entry, BibTeXEntry.KEY_TITLE);
    String venue = field(entry, BibTeXEntry.KEY_JOURNAL);
    if (venue == null) {
      venue = field(entry, BibTeXEntry.KEY_BOOKTITLE);
    }
    String yearText = field(entry, BibTeXEntry.KEY_YEAR);
    Integer year = EntryFields.year(yearText);
    if (yearText != null && year == null) {
      problems.add(EntryFields.YEAR_INVALID);
    }
    String declared = field(entry, LANGID);
    if (declared == null) {
      declared = field(entry, LANGUAGE);
    }
    return new BibliographicEntry(
        position,
        key,
        title,
        TitleLanguage.of(declared, title),
        authors(field(entry, BibTeXEntry.KEY_AUTHOR)),
        venue,
        year,
        field(entry, BibTeXEntry.KEY_DOI),
        problems);
  }

  /** BibTeX separates authors by the word "and" outside braces. */
  static List<String> authors(String text) {
    List<String> authors = new ArrayList<>();
    if (text == null) {
      return authors;
    }
    for (String author : text.split("\\s+and\\s+")) {
      String name = EntryFields.clean(author);
      if (name != null) {
        authors.add(name);
      }
    }
    return authors;
  }

  private static String field(BibTeXEntry entry, Key key) {
    Value value = entry.getField(key);
    return value == null ? null : EntryFields.clean(latexToUnicode(value.toUserString()));
  }

  static String latexToUnicode(String latex) {
    if (latex.indexOf('\\') < 0 && latex.indexOf('{') < 0) {
      return latex;
    }
    try {
      List<LaTeXObject> objects = new LaTeXParser().parse(latex);
      return new LaTeXPrinter().print(objects);
    } catch (ParseException | TokenMgrException e) {
      return latex.replace("{", "").replace("}", "");
    }
  }

  private static BibTeXParser lenientParser() {
    try {
      return new BibTeXParser() {
        @Override
        public void checkStringResolution(Key key, BibTeXString string) {
          // an unknown macro keeps its name as its text
        }

        @Override
        public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
          // a cross-reference to an entry outside the file is not needed here
        }
      };
    } catch (ParseException | TokenMgrException e) {
      throw new IllegalStateException(e);
    }
  }
}
