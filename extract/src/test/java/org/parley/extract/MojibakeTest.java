package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeTest {
  private static String garble(String s, String charset) {
    return new String(s.getBytes(StandardCharsets.UTF_8), Charset.forName(charset));
  }

  @Test
  void repairsUtf8ReadAsWindows1252() {
    // (not U+201D: its last byte, 0x9D, has no windows-1252 character, so that garbling loses it)
    String good = "The minister\u2019s \u201clast offer\u2019 \u2013 a caf\u00e9 in S\u00e3o Paulo \u2026";
    String bad = garble(good, "windows-1252");
    assertThat(bad).contains("\u00e2\u20ac\u2122");
    assertThat(Mojibake.repair(bad)).isEqualTo(good);
  }

  @Test
  void repairsUtf8ReadAsLatin1() {
    String good = "Don\u2019t miss the envoy\u2019s\u00a0statement";
    String bad = garble(good, "ISO-8859-1");
    assertThat(bad).contains("\u00e2\u0080\u0099");
    assertThat(Mojibake.repair(bad)).isEqualTo(good);
  }

  @Test
  void leavesCorrectTextAlone() {
    String ok = "S\u00e3o Paulo, Cura\u00e7ao, na\u00efve \u00c3rhus? \u00c2ngela and \u00e2me: all fine \u2019 \u00a9 2025";
    assertThat(Mojibake.repair(ok)).isSameAs(ok);
    String plain = "Nothing to see here.";
    assertThat(Mojibake.repair(plain)).isSameAs(plain);
  }
}
