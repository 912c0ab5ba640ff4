package io.github.rcmgovernance.model.text;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading {@link java.text.MessageFormat} patterns in the bundle tests of every module. */
public final class MessagePatterns {
  private static final Pattern PLACE = Pattern.compile("\\{(\\d+)");

  private MessagePatterns() {}

  /**
   * The argument places a pattern uses, such as {@code 0} and {@code 2} for {@code "{0} or {2}"}.
   *
   * @param pattern the pattern
   * @return the place numbers, as written
   */
  public static Set<String> places(String pattern) {
    Set<String> places = new TreeSet<>();
    Matcher m = PLACE.matcher(pattern);
    while (m.find()) {
      places.add(m.group(1));
    }
    return places;
  }
}
