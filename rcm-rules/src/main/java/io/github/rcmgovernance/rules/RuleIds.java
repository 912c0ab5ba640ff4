package io.github.rcmgovernance.rules;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders rule ids naturally: {@code RCM-DEC-2} before {@code RCM-DEC-10}. */
final class RuleIds {
  private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d+)$");

  /** Parsed ids: a handful of rule ids are compared millions of times. */
  private static final Map<String, Key> KEYS = new ConcurrentHashMap<>();

  /** The natural order of rule ids. */
  static final Comparator<String> ORDER = RuleIds::compare;

  private RuleIds() {}

  private record Key(String prefix, long number) {}

  private static Key key(String id) {
    return KEYS.computeIfAbsent(
        id,
        text -> {
          Matcher m = NUMBERED.matcher(text);
          return m.matches() && m.group(2).length() < 18
              ? new Key(m.group(1), Long.parseLong(m.group(2)))
              : new Key(text, -1);
        });
  }

  private static int compare(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    Key ka = key(a);
    Key kb = key(b);
    if (ka.number() >= 0 && kb.number() >= 0 && ka.prefix().equals(kb.prefix())) {
      int byNumber = Long.compare(ka.number(), kb.number());
      if (byNumber != 0) {
        return byNumber;
      }
    }
    return a.compareTo(b);
  }
}
