package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {
  @Test
  void detectsCommonLanguages() {
    assertThat(Language.detect("The ministers met on Monday to discuss the ceasefire and the exchange of prisoners."))
        .isEqualTo("en");
    assertThat(Language.detect("Les ministres se sont rencontrés lundi pour discuter du cessez-le-feu et de "
        + "l'échange de prisonniers.")).isEqualTo("fr");
    assertThat(Language.detect("Die Minister trafen sich am Montag, um über den Waffenstillstand und den "
        + "Gefangenenaustausch zu sprechen.")).isEqualTo("de");
    assertThat(Language.detect("Министры встретились в понедельник, чтобы обсудить прекращение огня и обмен "
        + "пленными.")).isEqualTo("ru");
    assertThat(Language.detect("")).isNull();
  }
}
