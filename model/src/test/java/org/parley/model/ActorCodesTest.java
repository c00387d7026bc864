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
}
