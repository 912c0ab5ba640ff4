package io.github.rcmgovernance.rules;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders rule ids naturally: {@code RCM-DEC-2} before {@code RCM-DEC-10}. */
final class RuleIds {
  private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d+)$");

  /** The natural order of rule ids. */
  static final Comparator<String> ORDER = RuleIds::compare;

  private RuleIds() {}

  private static int compare(String a, String b) {
    Matcher ma = NUMBERED.matcher(a);
    Matcher mb = NUMBERED.matcher(b);
    if (ma.matches() && mb.matches() && ma.group(1).equals(mb.group(1))) {
      int byNumber = Long.compare(Long.parseLong(ma.group(2)), Long.parseLong(mb.group(2)));
      if (byNumber != 0) {
        return byNumber;
      }
    }
    return a.compareTo(b);
  }
}
