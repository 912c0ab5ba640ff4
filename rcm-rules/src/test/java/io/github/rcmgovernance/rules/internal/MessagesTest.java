package io.github.rcmgovernance.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.rules.Argument;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** How each kind of argument is written into a message, in English, Spanish and a fallback. */
class MessagesTest {
  private static final String KEY = "RCM-OBS-1.remedy.leaveOut";

  private static String english(Argument argument) {
    return Messages.render(Locale.ENGLISH, KEY, List.of(argument));
  }

  @Test
  void aMeetingIsWrittenByItsNameAndIdOrByItsIdAlone() {
    assertThat(english(new Argument.OfMeeting("VM-29", "XXIX")))
        .isEqualTo("leave XXIX (VM-29) out of drafting and adopting the document");
    assertThat(english(new Argument.OfMeeting("VM-29", "VM-29")))
        .isEqualTo("leave VM-29 out of drafting and adopting the document");
  }

  @Test
  void aWindowIsWrittenWithTheMonthNamesOfTheLanguage() {
    assertThat(english(new Argument.OfWindow(4, 6)))
        .isEqualTo("leave April to June out of drafting and adopting the document");
    assertThat(
            Messages.render(Locale.forLanguageTag("es"), KEY, List.of(new Argument.OfWindow(4, 6))))
        .isEqualTo("dejar a de abril a junio fuera de la redacción y la adopción del documento");
  }

  @Test
  void anActIsWrittenByItsKindAndAnUnknownKindByItsKey() {
    assertThat(english(new Argument.OfAct("Decision", "DEC-1")))
        .isEqualTo("leave decision DEC-1 out of drafting and adopting the document");
    assertThat(english(new Argument.OfAct("Unheard", "X-1")))
        .isEqualTo("leave act.Unheard X-1 out of drafting and adopting the document");
  }

  @Test
  void termsAndBodiesUseTheirWordsOrElseTheirKeys() {
    assertThat(english(new Argument.OfBody(Body.GRCM)))
        .isEqualTo("leave the GRCM out of drafting and adopting the document");
    assertThat(english(new Argument.OfTerm("Nothing", "AT_ALL")))
        .isEqualTo("leave term.Nothing.AT_ALL out of drafting and adopting the document");
  }

  @Test
  void listsAreJoinedWithCommas() {
    Argument list =
        new Argument.OfList(
            ImmutableList.of(
                new Argument.OfParty(Party.state("MX")),
                new Argument.OfNumber(3),
                new Argument.OfText("free")));
    assertThat(english(list))
        .isEqualTo("leave MX, 3, free out of drafting and adopting the document");
  }

  @Test
  void daysAreWrittenInTheLongFormOfTheLanguageAskedFor() {
    // A language the library has no messages for keeps the English words but its own day form.
    Argument day = new Argument.OfDate(LocalDate.of(2024, 5, 22));
    assertThat(Messages.render(Locale.GERMAN, KEY, List.of(day)))
        .isEqualTo("leave 22. Mai 2024 out of drafting and adopting the document");
    assertThat(english(day))
        .isEqualTo("leave May 22, 2024 out of drafting and adopting the document");
  }

  @Test
  void anUnknownKeyIsWrittenAsTheKeyAndItsArguments() {
    assertThat(Messages.render(Locale.ENGLISH, "no.such.key", List.of(new Argument.OfId("X-1"))))
        .isEqualTo("no.such.key [X-1]");
  }

  @Test
  void eachLanguageFileHasItsOwnKeys() {
    assertThat(Messages.own("es")).containsEntry("window", "de {0} a {1}");
    assertThat(Messages.own("en")).containsEntry("window", "{0} to {1}");
    assertThat(Messages.own("xx")).isEmpty();
  }
}
