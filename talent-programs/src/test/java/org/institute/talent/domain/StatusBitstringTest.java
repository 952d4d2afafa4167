package org.institute.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class StatusBitstringTest {

  private static byte[] bits(String encoded) throws Exception {
    byte[] zipped = Base64.getUrlDecoder().decode(encoded.substring(1));
    try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
      return in.readAllBytes();
    }
  }

  @Test
  void anEmptyListIsSixteenKibibytesOfZerosInMultibaseBase64url() throws Exception {
    String encoded = StatusBitstring.encode(List.of());

    assertThat(encoded).startsWith("u").doesNotContain("=", "+", "/");
    assertThat(bits(encoded)).hasSize(16 * 1024).containsOnly(0);
  }

  @Test
  void indexZeroIsTheLeftmostBitOfTheFirstByte() throws Exception {
    byte[] bits = bits(StatusBitstring.encode(List.of(0, 9, StatusSlot.LIST_SIZE - 1)));

    assertThat(bits[0]).isEqualTo((byte) 0x80);
    assertThat(bits[1]).isEqualTo((byte) 0x40);
    assertThat(bits[bits.length - 1]).isEqualTo((byte) 0x01);
  }

  @Test
  void setBitsReadBackAndOthersDoNot() {
    String encoded = StatusBitstring.encode(List.of(5, 94_567));

    assertThat(StatusBitstring.isSet(encoded, 5)).isTrue();
    assertThat(StatusBitstring.isSet(encoded, 94_567)).isTrue();
    assertThat(StatusBitstring.isSet(encoded, 4)).isFalse();
    assertThat(StatusBitstring.isSet(encoded, 6)).isFalse();
    assertThat(StatusBitstring.isSet(encoded, 94_566)).isFalse();
  }

  @Test
  void malformedListsAndIndexesAreRefused() {
    String encoded = StatusBitstring.encode(List.of());

    assertThatThrownBy(() -> StatusBitstring.isSet("zabc", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StatusBitstring.isSet(null, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StatusBitstring.isSet("uAAAA", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StatusBitstring.isSet(encoded, StatusSlot.LIST_SIZE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StatusBitstring.isSet(encoded, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
