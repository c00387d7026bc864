package org.parley.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorCodesTest {
  @Test
  void countriesOrganisationsAndBareSectors() {
    assertThat(ActorCodes.country("USAGOV")).isEqualTo("USA");
    assertThat(ActorCodes.country("RUS")).isEqualTo("RUS");
    assertThat(ActorCodes.country("GOV")).isNull();
    assertThat(ActorCodes.country("IGONAT")).isNull();
    assertThat(ActorCodes.country(null)).isNull();
    assertThat(ActorCodes.dyadActor("USAGOV")).isEqualTo("USA");
    assertThat(ActorCodes.dyadActor("IGOUNOREF")).isEqualTo("IGOUNO");
    assertThat(ActorCodes.dyadActor("IGOAU")).isEqualTo("IGOAU");
    assertThat(ActorCodes.dyadActor("GOV")).isNull();
    assertThat(ActorCodes.dyadActor("MILREB")).isNull();
    assertThat(ActorCodes.dyadActor("NGOHRI")).isNull();
    assertThat(ActorCodes.dyadActorSql("c")).contains("'GOV'").contains("'IGO'");
  }

  @Test
  void aRegionIsNoCountryButHasASector() {
    assertThat(ActorCodes.country("EURGOV")).isNull();
    assertThat(ActorCodes.dyadActor("EURGOV")).isNull();
    assertThat(ActorCodes.sector("EURGOV")).isEqualTo("GOV");
    assertThat(ActorCodes.sector("EUR")).isEmpty();
    assertThat(ActorCodes.sector("RUSMIL")).isEqualTo("MIL");
    assertThat(ActorCodes.sector("USA")).isEmpty();
    assertThat(ActorCodes.sector("GOV")).isEqualTo("GOV");
    assertThat(ActorCodes.sector("IGOUNOREF")).isEqualTo("IGO");
    assertThat(ActorCodes.sector(null)).isEmpty();
  }
}
