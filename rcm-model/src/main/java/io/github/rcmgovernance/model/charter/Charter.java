package io.github.rcmgovernance.model.charter;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Multimaps;
import io.github.rcmgovernance.model.act.DecisionRule;
import io.github.rcmgovernance.model.canonical.Sequence;
import io.github.rcmgovernance.model.delegation.Service;
import io.github.rcmgovernance.model.internal.Checks;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.model.party.PartyStatus;
import io.github.rcmgovernance.model.party.Status;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The parameters the rules take: everything the source text leaves open or that practice has
 * changed, and the parties with their statuses over time.
 *
 * <p>{@link #rcm()} is the built-in charter: the Conference as the source text describes it. Derive
 * another with {@code Charter.builder().from(Charter.rcm())} and change what differs, for example
 * {@code .viceMinisterialWindow(MonthWindow.of(11, 12))} for today's practice.
 *
 * <pre>{@code
 * Charter practice =
 *     Charter.builder()
 *         .from(Charter.rcm())
 *         .viceMinisterialWindow(MonthWindow.of(11, 12))
 *         .build();
 * Charter noRotation = Charter.rcm().withRotationPolicy(RotationPolicy.NONE);
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCharter.class)
@JsonDeserialize(as = ImmutableCharter.class)
public abstract class Charter implements WithCharter {
  /** The first day of the forum: the first Vice-Ministerial meeting (GI-3). */
  public static final LocalDate FOUNDED = LocalDate.of(1996, 3, 13);

  Charter() {}

  /** The name of the forum this charter describes. */
  @Value.Default
  public String name() {
    return "Regional Conference on Migration";
  }

  /** Parties and their statuses over time (GI-1, GI-2). */
  public abstract ImmutableList<PartyStatus> statuses();

  /**
   * Copies this charter with {@link #statuses()} replaced by the given elements.
   *
   * @param elements the new elements of {@code statuses}, none of them {@code null}
   * @return a changed copy, or this charter itself if its {@code statuses} is empty and no element
   *     is given
   * @throws NullPointerException naming {@code statuses} if an element is {@code null}
   */
  public abstract Charter withStatuses(PartyStatus... elements);

  /**
   * Copies this charter with {@link #statuses()} replaced by the given elements.
   *
   * @param elements the new elements of {@code statuses}, none of them {@code null}
   * @return a changed copy, or this charter if {@code elements} is its own {@code statuses}
   * @throws NullPointerException naming {@code statuses} if an element is {@code null}
   */
  public abstract Charter withStatuses(Iterable<? extends PartyStatus> elements);

  /** The months in which Vice-Ministerial meetings are held: the second quarter (GR-2). */
  @Value.Default
  public MonthWindow viceMinisterialWindow() {
    return MonthWindow.of(4, 6);
  }

  /** The months in which the GRCM mid-term meeting is held: the last quarter (GR-3). */
  @Value.Default
  public MonthWindow midTermWindow() {
    return MonthWindow.of(10, 12);
  }

  /** How many days before the Vice-Ministerial meeting its preparatory meeting may start (GR-2). */
  @Value.Default
  public int preparatoryLeadDays() {
    return 7;
  }

  /** How the deciding Members reach a decision: consensus by default. */
  @Value.Default
  public DecisionRule decisionRule() {
    return DecisionRule.CONSENSUS;
  }

  /** The length of a Pro-Tempore Presidency term: a calendar year by default. */
  @Value.Default
  public TermPolicy termPolicy() {
    return TermPolicy.CALENDAR_YEAR;
  }

  /** How the presidency rotates: no State twice in a row by default (SEC-2). */
  @Value.Default
  public RotationPolicy rotationPolicy() {
    return RotationPolicy.NO_CONSECUTIVE_TERMS;
  }

  /**
   * The rotation order, used with {@link RotationPolicy#FIXED_ORDER}: its order means something.
   */
  @Sequence
  public abstract ImmutableList<Party> rotationOrder();

  /**
   * Copies this charter with {@link #rotationOrder()} replaced by the given elements.
   *
   * @param elements the new elements of {@code rotationOrder}, none of them {@code null}
   * @return a changed copy, or this charter itself if its {@code rotationOrder} is empty and no
   *     element is given
   * @throws NullPointerException naming {@code rotationOrder} if an element is {@code null}
   */
  public abstract Charter withRotationOrder(Party... elements);

  /**
   * Copies this charter with {@link #rotationOrder()} replaced by the given elements.
   *
   * @param elements the new elements of {@code rotationOrder}, none of them {@code null}
   * @return a changed copy, or this charter if {@code elements} is its own {@code rotationOrder}
   * @throws NullPointerException naming {@code rotationOrder} if an element is {@code null}
   */
  public abstract Charter withRotationOrder(Iterable<? extends Party> elements);

  /** Whether Technical Secretariat staff may attend the closed decision session (GI-3). */
  @Value.Default
  public boolean secretariatMayAttendDecisionSession() {
    return true;
  }

  /**
   * Services other than Foreign Affairs and Immigration that serve as a State's immigration
   * authority, so that its GRCM delegation may come from them (GR-1, GI-1).
   */
  public abstract ImmutableMap<Party, ImmutableSet<Service>> immigrationAuthorities();

  /**
   * Copies this charter with {@link #immigrationAuthorities()} replaced by the given entries.
   *
   * @param entries the new entries of {@code immigrationAuthorities}, no key or value {@code null}
   * @return a changed copy, or this charter if {@code entries} is its own {@code
   *     immigrationAuthorities}
   * @throws NullPointerException naming {@code immigrationAuthorities} if a key or value is {@code
   *     null}
   */
  public abstract Charter withImmigrationAuthorities(
      Map<? extends Party, ? extends ImmutableSet<Service>> entries);

  /** A builder of a charter. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Charter}: set its attributes, then call {@code build()}, which checks them and
   * throws {@link IllegalArgumentException} or {@link IllegalStateException} naming the first one
   * that is missing or wrong.
   */
  public static final class Builder extends ImmutableCharter.Builder {
    Builder() {}
  }

  /** The built-in charter of the Regional Conference on Migration. */
  public static Charter rcm() {
    return Builtin.RCM;
  }

  /** Holds the built-in charter, built on first use. */
  private static final class Builtin {
    static final Charter RCM = buildRcm();
  }

  @Value.Lazy
  ImmutableListMultimap<Party, PartyStatus> statusesByParty() {
    return Multimaps.index(statuses(), PartyStatus::party);
  }

  /**
   * The status of a party on a day.
   *
   * @param party the party
   * @param date the day
   * @return its status, or empty when it has none that day
   */
  public final Optional<Status> statusOn(Party party, LocalDate date) {
    for (PartyStatus status : statusesByParty().get(party)) {
      if (status.validOn(date)) {
        return Optional.of(status.status());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the record cannot tell a party's status on a day: a status of it began on an unknown
   * day of a range that includes the day (see {@link PartyStatus#sinceBy()}).
   *
   * @param party the party
   * @param date the day
   * @return true when some status of the party is {@link PartyStatus#uncertainOn uncertain} that
   *     day
   */
  public final boolean statusUncertainOn(Party party, LocalDate date) {
    for (PartyStatus status : statusesByParty().get(party)) {
      if (status.uncertainOn(date)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The parties whose status the record cannot tell on a day.
   *
   * @param date the day
   * @return those parties, in the order of {@link #statuses()}
   */
  public final ImmutableList<Party> statusesUncertainOn(LocalDate date) {
    if (!hasStatusRanges()) {
      // The common case, on every validation: no status began within a range.
      return ImmutableList.of();
    }
    return statuses().stream()
        .filter(s -> s.uncertainOn(date))
        .map(PartyStatus::party)
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /** Whether some status began on an unknown day of a range ({@link PartyStatus#sinceBy()}). */
  @Value.Lazy
  @JsonIgnore
  boolean hasStatusRanges() {
    return statuses().stream().anyMatch(st -> st.sinceBy().isPresent());
  }

  /**
   * Whether a party is a Member on a day.
   *
   * @param party the party
   * @param date the day
   * @return true when its status that day is {@link Status#MEMBER}
   */
  public final boolean isMemberOn(Party party, LocalDate date) {
    return statusOn(party, date).filter(s -> s == Status.MEMBER).isPresent();
  }

  /**
   * The services accepted for a State's GRCM delegation: Foreign Affairs, Immigration and any
   * listed in {@link #immigrationAuthorities()}.
   *
   * @param state the State
   * @return the accepted services
   */
  public final ImmutableSet<Service> grcmServices(Party state) {
    return ImmutableSet.<Service>builder()
        .add(Service.FOREIGN_AFFAIRS, Service.IMMIGRATION)
        .addAll(immigrationAuthorities().getOrDefault(state, ImmutableSet.of()))
        .build();
  }

  @Value.Check
  final void check() {
    Checks.notBlank("Charter.name", name());
    Checks.check(!statuses().isEmpty(), "check.noStatuses");
    Checks.check(preparatoryLeadDays() >= 0, "check.leadDays", preparatoryLeadDays());
    Checks.check(
        rotationPolicy() != RotationPolicy.FIXED_ORDER || !rotationOrder().isEmpty(),
        "check.rotationEmpty");
    Set<Party> seen = new HashSet<>();
    for (Party p : rotationOrder()) {
      Checks.check(seen.add(p), "check.rotationTwice", p);
      Checks.check(p.isState(), "check.statesOnly", "rotationOrder", p);
    }
    for (Party p : immigrationAuthorities().keySet()) {
      Checks.check(p.isState(), "check.statesOnly", "immigrationAuthorities", p);
    }
    for (Party p : statusesByParty().keySet()) {
      ImmutableList<PartyStatus> list = statusesByParty().get(p);
      for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size(); j++) {
          Checks.check(
              !overlap(list.get(i), list.get(j)), "check.overlap", p, list.get(i), list.get(j));
        }
      }
    }
  }

  private static boolean overlap(PartyStatus a, PartyStatus b) {
    boolean aEndsBeforeB =
        a.until().isPresent() && b.since().isPresent() && a.until().get().isBefore(b.since().get());
    boolean bEndsBeforeA =
        b.until().isPresent() && a.since().isPresent() && b.until().get().isBefore(a.since().get());
    return !aEndsBeforeB && !bEndsBeforeA;
  }

  private static Charter buildRcm() {
    ImmutableCharter.Builder b = builder();
    for (String member :
        new String[] {"BZ", "CA", "CR", "SV", "US", "GT", "HN", "MX", "NI", "PA"}) {
      b.addStatuses(PartyStatus.of(Party.state(member), Status.MEMBER, FOUNDED));
    }
    // The Dominican Republic joined between January 1999 and March 2000; no exact day is known.
    b.addStatuses(PartyStatus.of(Party.state("DO"), Status.MEMBER, LocalDate.of(2000, 1, 1)));
    for (String observer : new String[] {"AR", "CO", "EC", "JM", "PE"}) {
      b.addStatuses(PartyStatus.of(Party.state(observer), Status.OBSERVER, null));
    }
    for (String org :
        new String[] {
          "UNHCR", "ECLAC-CELADE", "IACHR", "IOM", "UNSR-MIGRANTS", "SEGIB", "SICA", "UNFPA", "ICRC"
        }) {
      b.addStatuses(PartyStatus.of(Party.organisation(org), Status.OBSERVER, null));
    }
    return b.build();
  }
}
