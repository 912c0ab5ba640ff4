package io.github.rcmgovernance.model.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rcmgovernance.model.party.Party;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorTest {
  private static final Party MX = Party.state("MX");
  private static final Party IOM = Party.organisation("IOM");

  @Test
  void anActorIsExactlyTheBodyOrPartyItNames() {
    Actor grcm = Actor.of(Body.GRCM);
    Actor mx = Actor.of(MX);
    assertThat(grcm.is(Body.GRCM)).isTrue();
    assertThat(grcm.is(Body.TECHNICAL_SECRETARIAT)).isFalse();
    assertThat(grcm.is(MX)).isFalse();
    assertThat(mx.is(MX)).isTrue();
    assertThat(mx.is(Party.state("GT"))).isFalse();
    assertThat(mx.is(Body.GRCM)).isFalse();
  }

  @Test
  void bodiesComeFirstThenPartiesEachInTheirOwnOrder() {
    List<Actor> actors =
        new ArrayList<>(
            List.of(
                Actor.of(MX),
                Actor.of(Body.TECHNICAL_SECRETARIAT),
                Actor.of(IOM),
                Actor.of(Body.VICE_MINISTERIAL_CONFERENCE),
                Actor.of(Party.state("CA"))));
    Collections.shuffle(actors, new java.util.Random(7));
    Collections.sort(actors);
    assertThat(actors)
        .extracting(Actor::toString)
        .containsExactly("VICE_MINISTERIAL_CONFERENCE", "TECHNICAL_SECRETARIAT", "CA", "MX", "IOM");
    assertThat(Actor.of(Body.GRCM).compareTo(Actor.of(Body.GRCM))).isZero();
    assertThat(Actor.of(MX).compareTo(Actor.of(MX))).isZero();
  }

  @Test
  void onlyTheIomOfficeSpeaksForAParty() {
    assertThat(Body.IOM_REGIONAL_OFFICE.speaksFor()).contains(IOM);
    for (Body b : Body.values()) {
      if (b != Body.IOM_REGIONAL_OFFICE) {
        assertThat(b.speaksFor()).as("%s", b).isEmpty();
      }
    }
  }

  @Test
  void actorNamingBothBodyAndPartyIsRejected() {
    assertThatThrownBy(
            () -> ImmutableActor.builder().body(Body.GRCM).party(Party.state("MX")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("body")
        .hasMessageContaining("party")
        .hasMessageContaining("both");
  }

  @Test
  void actorNamingNeitherBodyNorPartyIsRejected() {
    assertThatThrownBy(() -> ImmutableActor.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("body")
        .hasMessageContaining("party")
        .hasMessageContaining("neither");
  }
}
