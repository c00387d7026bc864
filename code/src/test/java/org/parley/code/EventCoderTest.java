package org.parley.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Document;
import org.parley.model.Event;

class EventCoderTest {
  static final EventCoder CODER = EventCoder.standard();

  static List<Event> code(String text) {
    return CODER.codeSentences(text, "2025-10-27");
  }

  /** The events as "SOURCE CAMEO TARGET" (null codes as -). */
  static List<String> triples(String text) {
    return code(text).stream().map(e -> (e.source().code() == null ? "-" : e.source().code()) + " " + e.cameo()
        + " " + (e.target().code() == null ? "-" : e.target().code())).toList();
  }

  static boolean has(String text, String source, String cameoPrefix, String target) {
    return code(text).stream().anyMatch(e -> (source == null || e.source().code() != null
        && e.source().code().startsWith(source)) && e.cameo().startsWith(cameoPrefix)
        && (target == null || e.target().code() != null && e.target().code().startsWith(target)));
  }

  @Test
  void commonCodes() {
    assertThat(has("The United States imposed new sanctions on Russia.", "USA", "163", "RUS")).isTrue();
    assertThat(has("Trump and Putin spoke by phone on Tuesday.", "USA", "041", "RUS")).isTrue();
    assertThat(has("Putin visited Beijing last week.", "RUS", "042", "CHN")).isTrue();
    assertThat(has("China hosted the Iranian foreign minister.", "CHN", "043", "IRN")).isTrue();
    assertThat(has("Russia and Ukraine agreed a ceasefire on Easter.", "RUS", "0871", "UKR")).isTrue();
    assertThat(has("Iran accused Israel of sabotage.", "IRN", "112", "ISR")).isTrue();
    assertThat(has("Germany condemned the attack on Ukraine.", "DEU", "111", null)).isTrue();
    assertThat(has("North Korea threatened South Korea with a nuclear strike.", "PRK", "13", "KOR")).isTrue();
    assertThat(has("Israeli jets bombed targets in Lebanon.", "ISR", "195", "LBN")).isTrue();
    assertThat(has("Russian forces shelled Kharkiv overnight.", "RUS", "194", null)).isTrue();
    assertThat(has("The foreign ministers of India and Pakistan met in Astana.", null, "04", null)).isTrue();
    assertThat(has("Iran and the US negotiated in Oman.", "IRN", "046", "USA")).isTrue();
    assertThat(has("Poland expelled Russian diplomats.", "POL", "174", "RUS")).isTrue();
    assertThat(has("Turkey proposed a summit between Russia and Ukraine.", "TUR", "036", null)).isTrue();
    assertThat(has("Washington praised Kyiv for its reforms.", "USA", "051", "UKR")).isTrue();
    assertThat(has("Japan sent humanitarian aid to Turkey.", "JPN", "073", "TUR")).isTrue();
    assertThat(has("Hamas released two hostages.", "PSE", "084", null)).isTrue();
    assertThat(has("The IAEA launched an investigation into Iran's enrichment.", "IGOIAEA", "09", null)).isTrue();
    assertThat(has("The EU demanded that Belarus release the protesters.", "IGOEEC", "10", null)).isTrue();
    assertThat(has("Israel rejected the proposal by Egypt.", "ISR", "12", null)).isTrue();
    assertThat(has("Thousands of protesters rallied against the government in Tbilisi.", null, "141", null)).isTrue();
    assertThat(has("China mobilized troops near the border with India.", "CHN", "15", null)).isTrue();
    assertThat(has("Police arrested the opposition leader in Minsk.", "COP", "173", "BLROPP")).isTrue();
    assertThat(has("Gunmen kidnapped three aid workers in Mali.", "REB", "181", null)).isTrue();
  }

  @Test
  void eventCarriesProvenance() {
    String text = "Talks went on.\n\nThe US imposed sanctions on Russia on Tuesday.";
    Document d = Document.builder().id("x").text(text).published("2025-10-30").build();
    List<Event> ev = CODER.apply(d).events();
    Event e = ev.stream().filter(x -> x.cameo().equals("163")).findFirst().orElseThrow();
    assertThat(e.sentence()).isEqualTo("The US imposed sanctions on Russia on Tuesday.");
    assertThat(text.substring(e.start(), e.end())).isEqualTo(e.sentence());
    assertThat(e.source().text()).isEqualTo("US");
    assertThat(e.target().text()).isEqualTo("Russia");
    assertThat(e.date()).isEqualTo("2025-10-28"); // the Tuesday before the article's Thursday
    assertThat(e.pattern()).contains("verbs.tsv:").contains("impose");
    assertThat(e.goldstein()).isEqualTo(-8.0);
    assertThat(e.quad()).isEqualTo(4);
    assertThat(e.root()).isEqualTo("16");
  }

  @Test
  void passives() {
    assertThat(has("Sanctions were imposed on Russia by Washington.", "USA", "163", "RUS")).isTrue();
    assertThat(has("Two Iranian diplomats were expelled by Albania.", "ALB", "174", "IRN")
        || has("Two Iranian diplomats were expelled by Albania.", "ALB", "166", "IRN")).isTrue();
  }

  @Test
  void nominalEvents() {
    assertThat(has("The Trump-Putin call lasted two hours.", "USA", "041", "RUS")).isTrue();
    assertThat(has("Dmitriyev's visit to the US was a success.", "RUS", "042", "USA")).isTrue();
    assertThat(has("Talks between Washington and Moscow resumed in Riyadh.", "USA", "04", "RUS")).isTrue();
    assertThat(code("The talks were long.")).isEmpty();
  }

  @Test
  void compoundAndReciprocalActors() {
    List<String> t = triples("Russia and the US agreed a prisoner exchange.");
    assertThat(t).anyMatch(x -> x.startsWith("RUS 08") && x.endsWith("USA"));
    assertThat(t).anyMatch(x -> x.startsWith("USA 08") && x.endsWith("RUS"));
  }

  @Test
  void negatedActsAreNotCoded() {
    assertThat(has("Moscow does not view breaking diplomatic ties with Washington as necessary.", "RUS", "161",
        null)).isFalse();
    assertThat(has("Russia did not attack Ukraine.", null, "19", null)).isFalse();
    assertThat(has("Iran has no plans to meet the US.", null, "04", null)).isFalse();
    assertThat(has("China never imposed sanctions on Japan.", null, "163", null)).isFalse();
  }

  @Test
  void refusalsAreCodedAsRejections() {
    assertThat(has("Israel will not release the prisoners.", "ISR", "12", null)).isTrue();
    assertThat(has("Iran refused to meet the US envoy.", "IRN", "125", "USA")).isTrue();
  }

  @Test
  void modalAndHypotheticalActsAreNotCoded() {
    assertThat(has("The escalation could lead to the US bombing Iran.", null, "19", null)).isFalse();
    assertThat(has("Russia may attack Ukraine again.", null, "19", null)).isFalse();
    assertThat(has("If Washington imposes sanctions on Moscow, prices will rise.", null, "163", null)).isFalse();
    assertThat(has("Israel would strike Iran in that case.", null, "19", null)).isFalse();
  }

  @Test
  void demandsGoFromTheSpeakerToWhoeverMustAct() {
    assertThat(has("Russia said Sudan must release the helicopter crew.", "RUS", "10", "SDN")).isTrue();
  }

  @Test
  void killingsByArmedForcesAreConventionalForce() {
    assertThat(has("Serb forces killed three ethnic Albanians.", "SRBMIL", "19", null)).isTrue();
    assertThat(has("Gunmen killed three villagers.", "REB", "18", null)).isTrue();
  }

  @Test
  void questionsAreNotCoded() {
    assertThat(code("Will Russia attack Ukraine?")).isEmpty();
    assertThat(code("Did the US impose sanctions on Russia?")).isEmpty();
  }

  @Test
  void intentionsAndProposalsGetTheirOwnCodes() {
    assertThat(has("Putin will visit China next month.", "RUS", "036", "CHN")).isTrue();
    assertThat(has("The US plans to send humanitarian aid to Sudan.", "USA", "033", null)).isTrue();
    assertThat(has("France said it would impose sanctions on Iran.", "FRA", "131", "IRN")).isTrue();
    assertThat(has("Turkey offered to mediate between Russia and Ukraine.", "TUR", "039", null)).isTrue();
  }

  @Test
  void officeHoldersResolveAtTheArticlesDate() {
    Document d = Document.builder().id("y").published("2025-03-01")
        .text("The United States and its allies met in Paris. The president met Ukraine's foreign minister.")
        .build();
    List<Event> ev = CODER.apply(d).events();
    assertThat(ev).anyMatch(e -> "president".equals(e.source().text()) && "USAGOV".equals(e.source().code()));
  }

  @Test
  void datelinesAreNoActors() {
    assertThat(code("MOSCOW, Oct. 27 -- Lavrov criticized the decision.")).allMatch(
        e -> !"MOSCOW".equals(e.source().text()));
  }

  @Test
  void badPatternFileNamesItsLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("mine.tsv");
    Files.writeString(f, "# mine\n163\tslap * sanctions on\n999\tfoo\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> EventCoder.with(f, null)).hasMessageContaining("mine.tsv:3")
        .hasMessageContaining("not a CAMEO code");
    Files.writeString(f, "163\tslap * sanctions on\t\n040\t* meet\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> EventCoder.with(f, null)).hasMessageContaining("mine.tsv:2");
    Files.writeString(f, "163 no tab here\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> EventCoder.with(f, null)).hasMessageContaining("mine.tsv:1");
    // Found by fuzzing (PatternsFuzzTest): bytes that are not UTF-8 were an IOException naming no line.
    Files.write(f, "163\tslap * sanctions on\n036\tt\u00e2lks\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> EventCoder.with(f, null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mine.tsv:2: not UTF-8 text");
    // Found by fuzzing (PatternsFuzzTest): a bare '|' was taken silently as a word with no lemma, on which
    // Pattern.words() threw ArrayIndexOutOfBoundsException.
    for (String bad : new String[] {"036\t|\n", "036\ttalks |\n", "036\t|talks\n"}) {
      Files.writeString(f, bad, StandardCharsets.UTF_8);
      assertThatThrownBy(() -> EventCoder.with(f, null)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("mine.tsv:1: bad word ''");
    }
  }

  @Test
  void userPatternsOverrideTheStandardOnes(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("mine.tsv");
    // a user who reads "visit" as a sign of support
    Files.writeString(f, "051\tvisit\n0211\tpitch * trade deal to\n", StandardCharsets.UTF_8);
    EventCoder mine = EventCoder.with(f, null);
    assertThat(mine.codeSentences("Putin visited Beijing.", null)).anyMatch(e -> e.cameo().equals("051"));
    assertThat(mine.codeSentences("Japan pitched a trade deal to India.", null))
        .anyMatch(e -> e.cameo().equals("0211") && "JPN".equals(e.source().code()));
    assertThat(CODER.codeSentences("Putin visited Beijing.", null)).anyMatch(e -> e.cameo().equals("042"));
  }

  @Test
  void userActorsAreUsed(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("actors.tsv");
    Files.writeString(f, "person\tRUSGOV\tIvan Testov\n", StandardCharsets.UTF_8);
    EventCoder mine = EventCoder.with(null, f);
    assertThat(mine.codeSentences("Ivan Testov criticized Poland.", null))
        .anyMatch(e -> "RUSGOV".equals(e.source().code()) && e.cameo().equals("111"));
  }

  @Test
  void codebookIsComplete() {
    Codebook c = Codebook.standard();
    assertThat(c.all()).hasSizeGreaterThanOrEqualTo(300);
    assertThat(c.get("0871").ploverEvent()).isEqualTo("RETREAT");
    assertThat(c.get("163").goldstein()).isEqualTo(-8.0);
    assertThat(c.get("195").quad()).isEqualTo(4);
    assertThat(c.all()).allMatch(x -> x.name() != null && !x.name().isBlank());
    assertThat(Codebook.gdeltNumber("106")).isEqualTo("108");
  }
}
