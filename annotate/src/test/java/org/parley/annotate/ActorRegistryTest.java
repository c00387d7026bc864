package org.parley.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorRegistryTest {
  static final ActorMatcher MATCHER = new ActorMatcher(ActorRegistry.standard());
  static final LocalDate MID_2025 = LocalDate.of(2025, 6, 1);

  static List<Mention> find(String text, LocalDate date, String context) {
    return MATCHER.find(Tokens.of(text), date, context);
  }

  static List<String> codes(String text) {
    return find(text, MID_2025, null).stream().map(Mention::code).toList();
  }

  @Test
  void countriesByNameAbbreviationAndDemonym() {
    assertThat(codes("The United States and Russia")).containsExactly("USA", "RUS");
    assertThat(codes("the U.S. said")).containsExactly("USA");
    assertThat(codes("US officials")).containsExactly("USAGOV");
    assertThat(codes("Iranian troops")).containsExactly("IRNMIL");
    assertThat(codes("Russia's army")).containsExactly("RUSMIL");
  }

  @Test
  void caseRulesKeepCommonWordsOut() {
    assertThat(codes("let us talk about china plates")).isEmpty();
    assertThat(codes("Let us meet in Turkey")).containsExactly("TUR");
  }

  @Test
  void capitalsAndSeatsStandForGovernments() {
    assertThat(codes("Moscow")).containsExactly("RUSGOV");
    assertThat(codes("the Kremlin")).containsExactly("RUSGOV");
    assertThat(codes("Washington")).containsExactly("USAGOV");
    assertThat(codes("the White House")).containsExactly("USAGOV");
    assertThat(codes("Kyiv")).containsExactly("UKRGOV");
    assertThat(codes("Beijing")).containsExactly("CHNGOV");
    assertThat(codes("Tehran")).containsExactly("IRNGOV");
  }

  @Test
  void organisations() {
    assertThat(codes("NATO and the EU")).containsExactly("IGONAT", "IGOEEC");
    assertThat(codes("the IAEA")).containsExactly("IGOIAEA");
    assertThat(codes("the UN Security Council")).containsExactly("IGOUNO");
  }

  @Test
  void generalIsARankOnlyOutsideCivilianPhrases() {
    assertThat(codes("the general said on Friday")).containsExactly("MIL");
    assertThat(codes("General Ortiz inspected the base")).allMatch(c -> c.contains("MIL"));
    assertThat(codes("Voters in Peru face a general election")).containsExactly("PER");
    assertThat(codes("a general strike paralysed the port")).isEmpty();
    assertThat(codes("the general public was not told")).isEmpty();
    assertThat(codes("the Inspector General opened a review")).doesNotContain("MIL");
    assertThat(codes("the state's Attorney General sued")).doesNotContain("MIL");
  }

  @Test
  void titlesAndNamesJoinIntoOneActor() {
    List<Mention> m = find("Russian Foreign Minister Sergei Lavrov said", MID_2025, null);
    assertThat(m).hasSize(1);
    assertThat(m.get(0).code()).isEqualTo("RUSGOV");
    assertThat(m.get(0).text()).isEqualTo("Russian Foreign Minister Sergei Lavrov");
    assertThat(m.get(0).canonical()).isEqualTo("Sergei Lavrov");
    assertThat(codes("Kremlin spokesman Dmitry Peskov")).containsExactly("RUSGOV");
    assertThat(codes("Afghan President Mohammad Ashraf Ghani")).containsExactly("AFGGOV");
  }

  @Test
  void surnamesResolveWhenTheFullNameIsKnown() {
    assertThat(codes("Lavrov also noted")).containsExactly("RUSGOV");
    assertThat(codes("Ryabkov said")).containsExactly("RUSGOV");
    assertThat(codes("Dmitriyev arrived")).containsExactly("RUSGOV");
  }

  @Test
  void officeHoldersAreDated() {
    ActorRegistry r = ActorRegistry.standard();
    assertThat(r.holder("USA", "president", LocalDate.of(2025, 6, 1)).canonical()).isEqualTo("Donald Trump");
    assertThat(r.holder("USA", "president", LocalDate.of(2022, 6, 1)).canonical()).isEqualTo("Joe Biden");
    assertThat(r.holder("USA", "president", LocalDate.of(2020, 6, 1)).canonical()).isEqualTo("Donald Trump");
    assertThat(r.holder("GBR", "prime minister", LocalDate.of(2023, 1, 1)).canonical()).isEqualTo("Rishi Sunak");
    assertThat(r.holder("IGONAT", "secretary general", LocalDate.of(2025, 1, 1)).canonical()).isEqualTo("Mark Rutte");
    assertThat(r.holder("UKR", "foreign minister", LocalDate.of(2025, 1, 1)).canonical()).isEqualTo("Andrii Sybiha");
    assertThat(r.holder("TWN", "president", LocalDate.of(2023, 1, 1)).canonical()).isEqualTo("Tsai Ing-wen");
    assertThat(r.holder("TWN", "president", LocalDate.of(2025, 1, 1)).canonical()).isEqualTo("Lai Ching-te");
    assertThat(r.holder("FRA", "prime minister", LocalDate.of(2025, 10, 1)).canonical())
        .isEqualTo("Sebastien Lecornu");
    assertThat(r.holder("EST", "foreign minister", LocalDate.of(2025, 9, 19)).canonical()).isEqualTo("Margus Tsahkna");
    assertThat(r.holder("ISR", "military spokesman", LocalDate.of(2025, 6, 1)).code()).isEqualTo("ISRMIL");
  }

  @Test
  void anOfficeHeldBySeveralPeopleAtOnceKeepsThemApartAndNamesNoneByTitle() {
    ActorRegistry r = ActorRegistry.standard();
    // The Chinese foreign ministry has several spokespersons at once: each is their own person ...
    List<Mention> lin = find("spokesperson Lin Jian said", LocalDate.of(2025, 10, 3), null);
    assertThat(lin).extracting(Mention::canonical).contains("Lin Jian").doesNotContain("Mao Ning");
    // ... and the bare title names none of them, while an office with one holder still resolves.
    assertThat(r.holder("CHN", "foreign ministry spokesperson", LocalDate.of(2025, 10, 3))).isNull();
    assertThat(r.holder("CHN", "foreign ministry spokesperson", LocalDate.of(2021, 3, 1))).isNull();
    assertThat(r.holder("CHN", "foreign minister", LocalDate.of(2025, 10, 3)).canonical()).isEqualTo("Wang Yi");
  }

  @Test
  void bareTitleResolvesInTheArticlesCountry() {
    List<Mention> m = find("the president said", MID_2025, "USA");
    assertThat(m).hasSize(1);
    assertThat(m.get(0).code()).isEqualTo("USAGOV");
    assertThat(m.get(0).canonical()).isEqualTo("Donald Trump");
    List<Mention> b = find("the president said", LocalDate.of(2022, 3, 1), "USA");
    assertThat(b.get(0).canonical()).isEqualTo("Joe Biden");
    assertThat(find("the Russian president", MID_2025, null).get(0).canonical()).isEqualTo("Vladimir Putin");
  }

  @Test
  void userFileAddsActorsAndReportsBadLines(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("mine.tsv");
    Files.writeString(f, "# my actors\norg\tNGOXYZ\tFriends of the Forest|FOTF\n", StandardCharsets.UTF_8);
    ActorRegistry r = ActorRegistry.load(f);
    assertThat(new ActorMatcher(r).find(Tokens.of("FOTF protested"), MID_2025, null).get(0).code())
        .isEqualTo("NGOXYZ");
    Files.writeString(f, "org\tNGOXYZ\tFriends\nplanet\tXYZ\tMars\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ActorRegistry.load(f)).hasMessageContaining("mine.tsv:2")
        .hasMessageContaining("unknown kind");
    // Found by fuzzing (ActorRegistryFuzzTest): bytes that are not UTF-8 were an IOException naming no line.
    Files.write(f, "org\tNGOXYZ\tFriends\norg\tABC\tCaf\u00e9 Society\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> ActorRegistry.load(f)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mine.tsv:2: not UTF-8 text");
  }

  @Test
  void placesGiveTheirCountryAndAreNoActors(@TempDir Path dir) throws Exception {
    ActorRegistry r = ActorRegistry.standard();
    assertThat(r.placeCountry("Kharkiv")).isEqualTo("UKR");
    assertThat(r.placeCountry("Kursk")).isEqualTo("RUS");
    assertThat(r.placeCountry("Istanbul")).isEqualTo("TUR");
    assertThat(r.placeCountry("kharkiv")).isNull();
    assertThat(r.placeCountry("Atlantis")).isNull();
    assertThat(codes("Russian missiles hit Kharkiv and Odesa")).containsExactly("RUS");
    Path f = dir.resolve("places.tsv");
    Files.writeString(f, "place\tNOR\tVardo|Vard\u00f8\n", StandardCharsets.UTF_8);
    assertThat(ActorRegistry.load(f).placeCountry("Vard\u00f8")).isEqualTo("NOR");
    Files.writeString(f, "place\tNORGOV\tVardo\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ActorRegistry.load(f)).hasMessageContaining("places.tsv:1")
        .hasMessageContaining("ISO alpha-3");
  }

  @Test
  void tokensKeepAbbreviationsAndSplitPossessives() {
    Tokens t = Tokens.of("The U.S. and Russia's envoy met Trump-Putin style.");
    assertThat(t.word(1)).isEqualTo("U.S.");
    assertThat(t.word(4)).isEqualTo("'s");
    assertThat(t.word(7)).isEqualTo("Trump");
    assertThat(t.word(8)).isEqualTo("-");
  }

  @Test
  void aDescriptivePhraseStandsForTheActorItsHeadNames() {
    RegistryLookup lookup = new RegistryLookup(ActorRegistry.standard());
    assertThat(lookup.actorIn("the Russian foreign ministry", "2025-06-01")).isEqualTo("RUSGOV");
    assertThat(lookup.actorIn("North Korean state media", null)).isEqualTo("PRKMED");
    assertThat(lookup.actorIn("US State Department", null)).isEqualTo("USAGOV");
    assertThat(lookup.actorIn("the state energy company Naftogaz", null)).isEqualTo("UKRBUS");
    assertThat(lookup.actorIn("which American officials", null)).isEqualTo("USAGOV");
    assertThat(lookup.actorIn("Secretary of State Marco Rubio", "2025-06-01")).isEqualTo("USAGOV");
    assertThat(lookup.actorIn("officials in Seoul", null)).isEqualTo("KORGOV");
    assertThat(lookup.actorIn("lawmakers in Kyiv", null)).isEqualTo("UKRLEG");
    assertThat(lookup.actorIn("troops in Syria", null)).isNull();
    // The head is not an actor, or names only a sector, or what comes before it is a clause.
    assertThat(lookup.actorIn("analysts in Vilnius", null)).isNull();
    assertThat(lookup.actorIn("diplomats in the Gulf", null)).isNull();
    // A body's paper speaks for the body; a paper of a sector alone, for no side.
    assertThat(lookup.actorIn("a State Department readout", null)).isEqualTo("USAGOV");
    assertThat(lookup.actorIn("a ministry statement", null)).isNull();
    assertThat(lookup.actorIn("a State Department official's readout", null)).isNull();
    assertThat(lookup.actorIn("the ministry", null)).isNull();
    assertThat(lookup.actorIn("the drones entered Poland", null)).isNull();
  }
}

