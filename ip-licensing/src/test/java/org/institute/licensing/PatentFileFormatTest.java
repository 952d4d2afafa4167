package org.institute.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PatentFileFormatTest {

  private static PatentFileFormat of(String content) {
    return PatentFileFormat.of(content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void xmlWithSt96ElementsIsSt96OtherXmlSt36AndTheRestCsv() {
    assertThat(of("\uFEFF  <?xml version=\"1.0\"?><pat:PatentBibliographicData/>"))
        .isEqualTo(PatentFileFormat.ST96);
    assertThat(of("<?xml version=\"1.0\"?>\n<patent-documents/>")).isEqualTo(PatentFileFormat.ST36);
    assertThat(of("office,application_number,filing_date,title\n")).isEqualTo(PatentFileFormat.CSV);
    assertThat(of("")).isEqualTo(PatentFileFormat.CSV);
  }
}
