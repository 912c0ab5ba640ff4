package io.github.rcmgovernance.model.meeting;

import io.github.rcmgovernance.model.internal.Checks;

/**
 * Roman numerals, as the Conference numbers its Vice-Ministerial meetings ("XXXI RCM").
 *
 * @since 0.1.0
 */
final class RomanNumerals {
  private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  private static final String[] SYMBOLS = {
    "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"
  };

  private RomanNumerals() {}

  /**
   * Writes a number in Roman numerals.
   *
   * @param number from 1 to 3999
   * @return the numeral, such as {@code "XXXI"}
   * @throws IllegalArgumentException if the number is outside 1..3999
   */
  static String toRoman(int number) {
    Checks.check(number >= 1 && number <= 3999, "check.roman", number);
    StringBuilder out = new StringBuilder();
    int rest = number;
    for (int i = 0; i < VALUES.length; i++) {
      while (rest >= VALUES[i]) {
        out.append(SYMBOLS[i]);
        rest -= VALUES[i];
      }
    }
    return out.toString();
  }
}
