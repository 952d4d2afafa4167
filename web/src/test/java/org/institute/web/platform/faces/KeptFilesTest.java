package org.institute.web.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeptFilesTest {
  private final KeptFiles files = new KeptFiles(2);

  @Test
  void aKeptFileIsFoundByItsTokenWithItsNameAndContent() {
    byte[] pdf = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
    KeptFiles.Kept kept = files.keep("signed copy.pdf", pdf);
    pdf[0] = 'x';

    KeptFiles.Kept found = files.find(kept.token()).orElseThrow();
    assertThat(found.fileName()).isEqualTo("signed copy.pdf");
    assertThat(new String(found.content(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.7");
    assertThat(kept.token()).hasSize(24);
  }

  @Test
  void anUnknownBlankOrOverlongTokenFindsNothing() {
    files.keep("a.pdf", new byte[] {1});

    assertThat(files.find("nope")).isEmpty();
    assertThat(files.find(" ")).isEmpty();
    assertThat(files.find(null)).isEmpty();
    assertThat(files.find("x".repeat(65))).isEmpty();
  }

  @Test
  void theOldestFileIsForgottenWhenTheStoreIsFull() {
    KeptFiles.Kept first = files.keep("1.pdf", new byte[] {1});
    KeptFiles.Kept second = files.keep("2.pdf", new byte[] {2});
    KeptFiles.Kept third = files.keep("3.pdf", new byte[] {3});

    assertThat(files.find(first.token())).isEmpty();
    assertThat(files.find(second.token())).isPresent();
    assertThat(files.find(third.token())).isPresent();
    assertThat(files.size()).isEqualTo(2);
  }

  @Test
  void aDroppedFileIsGoneAndAPathIsCutToTheFileName() {
    KeptFiles.Kept kept = files.keep("C:\\Users\\li\\minutes.pdf", new byte[] {1});
    assertThat(kept.fileName()).isEqualTo("minutes.pdf");

    files.drop(kept.token());

    assertThat(files.find(kept.token())).isEmpty();
    assertThat(files.keep(" ", new byte[] {1}).fileName()).isEqualTo("document");
  }
}
