package io.github.rcmgovernance.model.party;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableSet;
import io.github.rcmgovernance.model.internal.Checks;
import java.util.Locale;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A participant of the Conference: a State or an international organisation (GI-1, GI-2).
 *
 * <p>States are named by their ISO 3166-1 alpha-2 code ({@code MX}); organisations by a stable
 * acronym of at least three characters ({@code IOM}, {@code ECLAC-CELADE}). The written form,
 * {@link #code()}, identifies the kind: exactly two letters is a State, anything longer an
 * organisation. Parties order by kind (States first), then by code.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Party implements Comparable<Party> {
  private static final ImmutableSet<String> ISO_CODES =
      ImmutableSet.copyOf(Locale.getISOCountries());
  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

  Party() {}

  /** Whether this party is a State or an organisation. */
  @Value.Parameter
  public abstract PartyKind kind();

  /** The ISO 3166-1 alpha-2 code of a State, or the acronym of an organisation. */
  @Value.Parameter
  @JsonValue
  public abstract String code();

  /**
   * A State by its ISO 3166-1 alpha-2 code.
   *
   * @param isoCode two upper-case letters, assigned by ISO 3166-1 ({@code "MX"})
   * @return the State
   * @throws IllegalArgumentException if the code is not an assigned alpha-2 code
   */
  public static Party state(String isoCode) {
    return ImmutableParty.of(PartyKind.STATE, isoCode);
  }

  /**
   * An international organisation by its acronym.
   *
   * @param acronym upper-case letters, digits and inner hyphens, three characters or more
   * @return the organisation
   * @throws IllegalArgumentException if the acronym is blank or malformed
   */
  public static Party organisation(String acronym) {
    return ImmutableParty.of(PartyKind.ORGANISATION, acronym);
  }

  /**
   * Reads the written form: two letters name a State, a longer code an organisation.
   *
   * @param code the written form of a party
   * @return the party
   * @throws IllegalArgumentException if the code names neither a State nor an organisation
   */
  @JsonCreator
  public static Party parse(String code) {
    Checks.check(!code.isBlank(), "check.partyBlank");
    return code.length() == 2 ? state(code) : organisation(code);
  }

  /** Whether this party is a State. */
  public final boolean isState() {
    return kind() == PartyKind.STATE;
  }

  /** Whether this party is an international organisation. */
  public final boolean isOrganisation() {
    return kind() == PartyKind.ORGANISATION;
  }

  @Value.Check
  final void check() {
    if (isState()) {
      Checks.check(ISO_CODES.contains(code()), "check.iso", code());
    } else {
      Checks.check(!code().isBlank(), "check.acronymBlank");
      Checks.check(
          code().length() >= 3 && ACRONYM.matcher(code()).matches(), "check.acronym", code());
    }
  }

  @Override
  public final int compareTo(Party other) {
    int byKind = kind().compareTo(other.kind());
    return byKind != 0 ? byKind : code().compareTo(other.code());
  }

  @Override
  public final String toString() {
    return code();
  }
}
