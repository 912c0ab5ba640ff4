package io.github.rcmgovernance.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mutants of a DRL file: each changes one thing in the conditions ({@code when} part) of one
 * rule, the way a wrong reading of the catalogue would. The operators:
 *
 * <ul>
 *   <li>{@code NEGATE}: a constraint {@code c} of a pattern becomes {@code !(c)};
 *   <li>{@code OPERATOR}: a comparison is swapped ({@code ==} and {@code !=}, {@code <} and {@code
 *       <=}, ...);
 *   <li>{@code DROP_CONSTRAINT}: one constraint of a pattern is removed;
 *   <li>{@code DROP_PATTERN}: a whole pattern (a line of the conditions) is removed;
 *   <li>{@code CONSTANT}: a number, a boolean or an enum constant is changed (an enum constant to
 *       the next of its type);
 *   <li>{@code AND_OR}: {@code &&} and {@code ||} are swapped;
 *   <li>{@code REMOVE_NOT}: a {@code !}, a {@code not} or an {@code exists} is removed.
 * </ul>
 *
 * <p>A mutant that does not compile (a pattern dropped whose binding is used later, say) is
 * stillborn and does not count.
 */
final class DrlMutants {
  /**
   * One mutant.
   *
   * @param file the DRL file's name
   * @param line the line changed, from 1
   * @param operator the operator's name
   * @param before the line as it was
   * @param after the line as the mutant has it (empty for a dropped pattern)
   * @param text the whole mutated file
   */
  record Mutant(String file, int line, String operator, String before, String after, String text) {
    /** A key that survives edits elsewhere in the file: file, operator and the changed line. */
    String key() {
      return file + " | " + operator + " | " + before.strip() + " | " + after.strip();
    }

    @Override
    public String toString() {
      return file + ":" + line + " " + operator + ": " + before.strip() + "  ->  " + after.strip();
    }
  }

  private static final Pattern COMPARISON =
      Pattern.compile("==|!=|<=|>=|(?<![-<>=!])<(?![-=])|(?<![-<>=])>(?!=)");
  private static final Map<String, List<String>> SWAPS =
      Map.of(
          "==", List.of("!="),
          "!=", List.of("=="),
          "<", List.of("<=", ">="),
          "<=", List.of("<", ">"),
          ">", List.of(">=", "<="),
          ">=", List.of(">", "<"));
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.$])\\d+(?![\\w.])");
  private static final Pattern BOOLEAN = Pattern.compile("\\b(true|false)\\b");
  private static final Pattern BANG = Pattern.compile("!(?!=)");
  private static final Pattern KEYWORD = Pattern.compile("\\b(not|exists)\\s+");
  private static final Pattern IMPORT = Pattern.compile("^import\\s+([\\w.]+)\\.(\\w+);");
  private static final Pattern ENUM_CONSTANT =
      Pattern.compile("\\b([A-Z]\\w*)\\.([A-Z][A-Z0-9_]*)\\b");
  private static final Pattern BINDING = Pattern.compile("^\\s*\\$\\w+\\s*:");

  private DrlMutants() {}

  /**
   * Every mutant of a file.
   *
   * @param file its name
   * @param text its DRL
   * @return the mutants, in line order
   */
  static List<Mutant> of(String file, String text) {
    String[] lines = text.split("\n", -1);
    Map<String, Class<?>> enums = enums(lines);
    List<Mutant> mutants = new ArrayList<>();
    boolean inWhen = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      if (trimmed.equals("when")) {
        inWhen = true;
        continue;
      }
      if (trimmed.equals("then")) {
        inWhen = false;
        continue;
      }
      if (!inWhen || trimmed.isEmpty() || trimmed.startsWith("//")) {
        continue;
      }
      List<String[]> changes = new ArrayList<>();
      constraints(line, changes);
      replaceEach(line, COMPARISON, m -> SWAPS.get(m.group()), "OPERATOR", changes);
      replaceEach(line, Pattern.compile("&&"), m -> List.of("||"), "AND_OR", changes);
      replaceEach(line, Pattern.compile("\\|\\|"), m -> List.of("&&"), "AND_OR", changes);
      replaceEach(line, BANG, m -> List.of(""), "REMOVE_NOT", changes);
      replaceEach(line, KEYWORD, m -> List.of(""), "REMOVE_NOT", changes);
      replaceEach(
          line,
          NUMBER,
          m -> List.of(Long.toString(Long.parseLong(m.group()) + 1)),
          "CONSTANT",
          changes);
      replaceEach(
          line,
          BOOLEAN,
          m -> List.of(m.group().equals("true") ? "false" : "true"),
          "CONSTANT",
          changes);
      replaceEach(line, ENUM_CONSTANT, m -> nextConstant(enums, m), "CONSTANT", changes);
      changes.add(new String[] {"DROP_PATTERN", ""});
      for (String[] change : changes) {
        String[] copy = lines.clone();
        copy[i] = change[1];
        mutants.add(new Mutant(file, i + 1, change[0], line, change[1], String.join("\n", copy)));
      }
    }
    return mutants;
  }

  /** Negates and drops, one at a time, the constraints of the pattern that opens a line. */
  private static void constraints(String line, List<String[]> changes) {
    int open = line.indexOf('(');
    if (open < 0) {
      return;
    }
    int close = matching(line, open);
    if (close < 0) {
      return;
    }
    List<int[]> parts = topLevelCommas(line, open + 1, close);
    for (int k = 0; k < parts.size(); k++) {
      int[] part = parts.get(k);
      String constraint = line.substring(part[0], part[1]);
      if (constraint.isBlank() || BINDING.matcher(constraint).find()) {
        continue;
      }
      String negated =
          line.substring(0, part[0]) + " !( " + constraint.strip() + " )" + line.substring(part[1]);
      changes.add(new String[] {"NEGATE", negated});
      int from = k == 0 ? part[0] : parts.get(k - 1)[1];
      int to = k == 0 && parts.size() > 1 ? parts.get(1)[0] : part[1];
      changes.add(new String[] {"DROP_CONSTRAINT", line.substring(0, from) + line.substring(to)});
    }
  }

  private static int matching(String line, int open) {
    int depth = 0;
    for (int i = open; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The spans between top-level commas of {@code line[from, to)}. */
  private static List<int[]> topLevelCommas(String line, int from, int to) {
    List<int[]> parts = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int i = from; i < to; i++) {
      char c = line.charAt(i);
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(new int[] {start, i});
        start = i + 1;
      }
    }
    parts.add(new int[] {start, to});
    return parts;
  }

  private interface Replacements {
    List<String> of(Matcher m);
  }

  private static void replaceEach(
      String line,
      Pattern pattern,
      Replacements replacements,
      String operator,
      List<String[]> out) {
    Matcher m = pattern.matcher(line);
    while (m.find()) {
      for (String replacement : replacements.of(m)) {
        out.add(
            new String[] {
              operator, line.substring(0, m.start()) + replacement + line.substring(m.end())
            });
      }
    }
  }

  /** The enum types a file imports, by simple name. */
  private static Map<String, Class<?>> enums(String[] lines) {
    Map<String, Class<?>> enums = new HashMap<>();
    for (String line : lines) {
      Matcher m = IMPORT.matcher(line.strip());
      if (m.find()) {
        try {
          Class<?> type = Class.forName(m.group(1) + "." + m.group(2));
          if (type.isEnum()) {
            enums.put(m.group(2), type);
          }
        } catch (ClassNotFoundException e) {
          // Not a class (a function import, say): nothing to mutate.
        }
      }
    }
    return enums;
  }

  private static List<String> nextConstant(Map<String, Class<?>> enums, Matcher m) {
    Class<?> type = enums.get(m.group(1));
    if (type == null) {
      return List.of();
    }
    Object[] constants = type.getEnumConstants();
    for (int i = 0; i < constants.length; i++) {
      if (((Enum<?>) constants[i]).name().equals(m.group(2))) {
        return List.of(m.group(1) + "." + ((Enum<?>) constants[(i + 1) % constants.length]).name());
      }
    }
    return List.of();
  }
}
