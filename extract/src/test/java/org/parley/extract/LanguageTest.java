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

  private static final String ENGLISH = "The foreign ministers of the two countries said on Tuesday that they "
      + "would meet again after the summit, which has been delayed twice. Officials from both sides have said the "
      + "talks were about trade, energy and the ceasefire, and that their aim is a deal before the winter.";

  @Test
  void plainEnglishIsToldWithoutLingua() {
    assertThat(Language.plainlyEnglish(ENGLISH)).isTrue();
    assertThat(Language.detect(ENGLISH)).isEqualTo("en");
  }

  @Test
  void shortOrThinSamplesAreLeftToLingua() {
    // Too few words to judge by markers, though every other word is one.
    assertThat(Language.plainlyEnglish("The talks of the ministers and the envoys.")).isFalse();
    // A list of names and places: English, but hardly any markers.
    assertThat(Language.plainlyEnglish("Moscow Kyiv Washington Beijing Ankara Tehran Warsaw Berlin Paris London "
        + "Rome Madrid Vienna Prague Budapest Riga Tallinn Vilnius Helsinki Oslo Stockholm Copenhagen Dublin "
        + "Lisbon Athens Sofia Bucharest")).isFalse();
  }

  @Test
  void otherLanguagesWithEnglishNamesAreNotTakenForEnglish() {
    String[][] cases = {
        {"fr", "Selon The Washington Post, les ministres des Affaires étrangères se sont rencontrés mardi à Genève "
            + "pour discuter du cessez-le-feu. Le porte-parole a déclaré que les discussions avaient été longues, "
            + "mais que les deux parties souhaitaient poursuivre le dialogue la semaine prochaine."},
        {"de", "Wie The New York Times berichtet, wollen die Außenminister beider Länder nach dem Gipfel wieder "
            + "zusammenkommen. Also wird über Handel, Energie und die Waffenruhe gesprochen, und das Ziel ist eine "
            + "Einigung vor dem Winter, sagte ein Sprecher am Dienstag in Berlin."},
        {"nl", "Volgens The Guardian was het overleg tussen de ministers van Buitenlandse Zaken op dinsdag lang en "
            + "moeizaam. Het is de bedoeling dat zij na de top opnieuw bijeenkomen om over handel, energie en het "
            + "staakt-het-vuren te praten, zei een woordvoerder."},
        {"es", "Según The Economist, los ministros de Asuntos Exteriores de los dos países dijeron el martes que "
            + "volverán a reunirse después de la cumbre, que ya se ha aplazado dos veces, para hablar del comercio, "
            + "la energía y el alto el fuego."},
        {"it", "Secondo The Times, i ministri degli Esteri dei due paesi hanno detto martedì che si incontreranno di "
            + "nuovo dopo il vertice, già rinviato due volte, per parlare di commercio, energia e del cessate il "
            + "fuoco prima dell'inverno."},
        {"sv", "Enligt The Independent sade utrikesministrarna i de två länderna på tisdagen att de ska träffas igen "
            + "efter toppmötet, som har skjutits upp två gånger, för att tala om handel, energi och vapenvilan före "
            + "vintern."},
        {"id", "Menurut The Jakarta Post, para menteri luar negeri kedua negara mengatakan pada hari Selasa bahwa "
            + "mereka akan bertemu lagi setelah pertemuan puncak, yang telah ditunda dua kali, untuk membahas "
            + "perdagangan, energi dan gencatan senjata."},
    };
    for (String[] c : cases) {
      assertThat(Language.plainlyEnglish(c[1])).as(c[0]).isFalse();
      assertThat(Language.detect(c[1])).as(c[0]).isEqualTo(c[0]);
    }
  }
}
