package io.github.rcmgovernance.model.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RomanNumeralsTest {
  private static final Map<Character, Integer> VALUES =
      Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100, 'D', 500, 'M', 1000);

  @ParameterizedTest
  @CsvSource({
    "1, I",
    "4, IV",
    "9, IX",
    "14, XIV",
    "31, XXXI",
    "40, XL",
    "90, XC",
    "400, CD",
    "1996, MCMXCVI",
    "2024, MMXXIV",
    "3999, MMMCMXCIX"
  })
  void writesKnownNumerals(int number, String numeral) {
    assertThat(RomanNumerals.toRoman(number)).isEqualTo(numeral);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 4000, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void rejectsNumbersOutsideOneTo3999(int number) {
    assertThatThrownBy(() -> RomanNumerals.toRoman(number))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1..3999")
        .hasMessageContaining(String.valueOf(number));
  }

  @Test
  void everyNumeralReadsBackAsItsNumber() {
    qt().forAll(integers().between(1, 3999))
        .checkAssert(
            n -> {
              String numeral = RomanNumerals.toRoman(n);
              assertThat(numeral).matches("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
              assertThat(fromRoman(numeral)).isEqualTo(n);
            });
  }

  @Test
  void displayNameOfAViceMinisterialMeetingIsItsNumeral() {
    Meeting vm =
        Meeting.builder()
            .id("VM-2026")
            .kind(MeetingKind.VICE_MINISTERIAL)
            .number(31)
            .start(LocalDate.of(2026, 6, 10))
            .end(LocalDate.of(2026, 6, 11))
            .build();
    assertThat(vm.displayName()).isEqualTo("XXXI RCM");
    assertThat(vm.toString()).startsWith("XXXI RCM");
  }

  @Test
  void displayNameOfAnyOtherMeetingIsItsId() {
    Meeting prep =
        Meeting.builder()
            .id("PREP-2026")
            .kind(MeetingKind.GRCM_PREPARATORY)
            .start(LocalDate.of(2026, 6, 8))
            .end(LocalDate.of(2026, 6, 9))
            .prepares("VM-2026")
            .build();
    assertThat(prep.displayName()).isEqualTo("PREP-2026");
  }

  private static int fromRoman(String numeral) {
    int total = 0;
    for (int i = 0; i < numeral.length(); i++) {
      int value = VALUES.get(numeral.charAt(i));
      boolean subtractive = i + 1 < numeral.length() && VALUES.get(numeral.charAt(i + 1)) > value;
      total += subtractive ? -value : value;
    }
    return total;
  }
}
