package org.institute.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BilingualTextTest {

  private final BilingualText both = BilingualText.of("MiniMasters", "微硕士");
  private final BilingualText englishOnly = BilingualText.of("Cohort 2021", null);

  @Test
  void aReaderOfChineseSeesTheChineseText() {
    assertEquals("微硕士", both.in(Locale.SIMPLIFIED_CHINESE));
    assertEquals("微硕士", both.in(Locale.CHINESE));
    assertEquals("微硕士", both.in("zh-CN"));
    assertEquals("微硕士", both.in("zh_CN"));
  }

  @Test
  void aReaderOfEnglishSeesTheEnglishText() {
    assertEquals("MiniMasters", both.in(Locale.ENGLISH));
    assertEquals("MiniMasters", both.in("en"));
  }

  @Test
  void noLanguageMeansEnglish() {
    assertEquals("MiniMasters", both.in((Locale) null));
    assertEquals("MiniMasters", both.in((String) null));
  }

  @Test
  void aReaderOfChineseSeesTheEnglishWhenNoChineseIsStored() {
    assertEquals("Cohort 2021", englishOnly.in(Locale.SIMPLIFIED_CHINESE));
    assertFalse(englishOnly.hasChinese());
    assertTrue(both.hasChinese());
  }

  @Test
  void blankChineseIsNoneAndTextsAreTrimmed() {
    BilingualText t = BilingualText.of("  Deal  ", "   ");
    assertEquals("Deal", t.en());
    assertNull(t.zh());
    assertEquals("协议", BilingualText.of("Deal", " 协议 ").zh());
  }

  @Test
  void theEnglishTextIsRequired() {
    assertThrows(IllegalArgumentException.class, () -> BilingualText.of(null, "协议"));
    assertThrows(IllegalArgumentException.class, () -> BilingualText.of(" ", "协议"));
  }

  @Test
  void bothWritesEnglishThenChineseOrEnglishAlone() {
    assertEquals("MiniMasters / 微硕士", both.both());
    assertEquals("Cohort 2021", englishOnly.both());
  }

  @Test
  void theColumnFormFallsBackLikeTheValue() {
    assertEquals("微硕士", BilingualText.in("MiniMasters", "微硕士", "zh-CN"));
    assertEquals("MiniMasters", BilingualText.in("MiniMasters", "微硕士", "en"));
    assertEquals("MiniMasters", BilingualText.in("MiniMasters", null, "zh-CN"));
    assertEquals("MiniMasters", BilingualText.in("MiniMasters", " ", Locale.CHINA));
    assertEquals("MiniMasters", BilingualText.in("MiniMasters", "微硕士", (String) null));
    assertEquals("MiniMasters", BilingualText.in("MiniMasters", "微硕士", (Locale) null));
  }

  @Test
  void checkNamesTheFieldOfEachProblem() {
    List<Violation> problems = new ArrayList<>();
    BilingualText.check(" ", "x".repeat(11), "title", "titleZh", 10, problems);
    assertEquals(
        List.of(
            new Violation("title", "field.required"), new Violation("titleZh", "field.tooLong")),
        problems);
  }

  @Test
  void checkRefusesATooLongEnglishText() {
    List<Violation> problems = new ArrayList<>();
    BilingualText.check("x".repeat(11), null, "titleEn", "titleZh", 10, problems);
    assertEquals(List.of(new Violation("titleEn", "field.tooLong")), problems);
  }

  @Test
  void checkAcceptsTextsAtTheLimitCountedAfterTrimming() {
    List<Violation> problems = new ArrayList<>();
    BilingualText.check(" " + "x".repeat(10) + " ", "字".repeat(10) + "  ", "t", "tz", 10, problems);
    BilingualText.check("x", null, "t", "tz", 10, problems);
    assertTrue(problems.isEmpty());
  }

  @Test
  void theChineseRuleAloneNamesItsField() {
    List<Violation> problems = new ArrayList<>();
    BilingualText.checkChinese("字".repeat(201), "nameZh", 200, problems);
    BilingualText.checkChinese("字".repeat(200), "nameZh", 200, problems);
    BilingualText.checkChinese(null, "nameZh", 200, problems);
    assertEquals(List.of(new Violation("nameZh", "field.tooLong")), problems);
  }
}
