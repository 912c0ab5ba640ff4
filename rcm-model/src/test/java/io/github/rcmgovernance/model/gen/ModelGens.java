package io.github.rcmgovernance.model.gen;

import static java.time.temporal.ChronoUnit.DAYS;

import com.google.common.collect.ImmutableSet;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.AgendaApproval;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.DecisionRule;
import io.github.rcmgovernance.model.act.Document;
import io.github.rcmgovernance.model.act.DocumentKind;
import io.github.rcmgovernance.model.act.FacilityKind;
import io.github.rcmgovernance.model.act.FacilitySupport;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.act.PlanOfActionActivity;
import io.github.rcmgovernance.model.act.PresidencyTermProposal;
import io.github.rcmgovernance.model.act.ProjectSupport;
import io.github.rcmgovernance.model.act.Recommendation;
import io.github.rcmgovernance.model.act.SecretariatAction;
import io.github.rcmgovernance.model.act.SecretariatTask;
import io.github.rcmgovernance.model.act.Subject;
import io.github.rcmgovernance.model.act.TechnicalCooperation;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.charter.MonthWindow;
import io.github.rcmgovernance.model.charter.RotationPolicy;
import io.github.rcmgovernance.model.charter.TermPolicy;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.delegation.Level;
import io.github.rcmgovernance.model.delegation.Service;
import io.github.rcmgovernance.model.history.AgendaRecord;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.history.PlanActivity;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.history.RecommendationRecord;
import io.github.rcmgovernance.model.history.ReviewState;
import io.github.rcmgovernance.model.meeting.Forum;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators of the model: parties, actors, delegations, realistic histories of the
 * Conference, acts to judge against them and charters.
 *
 * <p>The acts of {@link #scenarios()} are built near-valid relative to their history (the next
 * Vice-Ministerial number, the presidency holder as host, dates inside their windows, endorsed
 * recommendations…) and then, most of the time, perturbed so that they break one or more provisions
 * of {@code docs/semantics.md}. Between a third and a half of the generated acts break none.
 *
 * <p>Generators draw all their randomness from QuickTheories, so failing examples shrink and a
 * fixed seed reproduces them. Every generated value is constructible: no generator throws.
 */
public final class ModelGens {
  /** The Member States of the built-in charter (DO only since 2000-01-01). */
  static final List<Party> MEMBERS =
      states("BZ", "CA", "CR", "SV", "US", "GT", "HN", "MX", "NI", "PA", "DO");

  /** The observer States of the built-in charter. */
  static final List<Party> OBSERVER_STATES = states("AR", "CO", "EC", "JM", "PE");

  /** The observer organisations of the built-in charter. */
  static final List<Party> OBSERVER_ORGANISATIONS =
      organisations(
          "UNHCR",
          "ECLAC-CELADE",
          "IACHR",
          "IOM",
          "UNSR-MIGRANTS",
          "SEGIB",
          "SICA",
          "UNFPA",
          "ICRC");

  /** States that have no status in the built-in charter. */
  static final List<Party> NON_STATUS_STATES =
      states("FR", "BR", "CU", "DE", "ES", "JP", "CL", "VE");

  /** Organisations that have no status in the built-in charter. */
  static final List<Party> NON_STATUS_ORGANISATIONS = organisations("OAS", "UNICEF", "WFP");

  private static final List<Party> OBSERVERS = concat(OBSERVER_STATES, OBSERVER_ORGANISATIONS);
  private static final List<Party> OUTSIDERS = concat(NON_STATUS_STATES, NON_STATUS_ORGANISATIONS);
  private static final List<Party> DO_LIST = states("DO");
  private static final LocalDate DO_JOINS = LocalDate.of(2000, 1, 1);
  private static final List<Integer> OFF_WINDOW_MONTHS = List.of(7, 9, 11, 12);
  private static final List<String> SERVICE_NAMES =
      List.of("Ministry of Labour", "National Police", "Social Development", "Human Rights Office");
  private static final List<String> CITIES =
      List.of("Ciudad de Panamá", "Tegucigalpa", "Ottawa", "Washington", "San José", "Belmopan");

  private static final Actor VMC = Actor.of(Body.VICE_MINISTERIAL_CONFERENCE);
  private static final Actor GRCM = Actor.of(Body.GRCM);
  private static final Actor PPT = Actor.of(Body.PRO_TEMPORE_PRESIDENCY);
  private static final Actor TS = Actor.of(Body.TECHNICAL_SECRETARIAT);
  private static final Actor VS = Actor.of(Body.VIRTUAL_SECRETARIAT);
  private static final Actor IOM = Actor.of(Body.IOM_REGIONAL_OFFICE);

  private static final List<MeetingKind> EVENTS =
      List.of(
          MeetingKind.SEMINAR, MeetingKind.WORKSHOP, MeetingKind.TRAINING, MeetingKind.OTHER_EVENT);
  private static final List<Service> GRCM_SERVICES =
      List.of(Service.FOREIGN_AFFAIRS, Service.IMMIGRATION);

  private ModelGens() {}

  // ---------------------------------------------------------------------------------------------
  // Parties, actors, delegations

  /** Member States of the built-in charter, the Dominican Republic ({@code DO}) included. */
  public static Gen<Party> members() {
    return Generate.pick(MEMBERS);
  }

  /** Observer States of the built-in charter ({@code AR}, {@code CO}, {@code EC}, …). */
  public static Gen<Party> observerStates() {
    return Generate.pick(OBSERVER_STATES);
  }

  /** Observer organisations of the built-in charter ({@code IOM}, {@code UNHCR}, …). */
  public static Gen<Party> observerOrganisations() {
    return Generate.pick(OBSERVER_ORGANISATIONS);
  }

  /**
   * States with no status in the built-in charter ({@code FR}, {@code BR}, {@code CU}, {@code DE},
   * …): valid ISO codes of outsiders.
   */
  public static Gen<Party> nonStatusStates() {
    return Generate.pick(NON_STATUS_STATES);
  }

  /** Any party: mostly Members, also observers and outsiders, States and organisations. */
  public static Gen<Party> parties() {
    return Generate.frequency(
        List.of(
            Pair.of(5, members()),
            Pair.of(2, observerStates()),
            Pair.of(2, observerOrganisations()),
            Pair.of(1, nonStatusStates()),
            Pair.of(1, Generate.pick(NON_STATUS_ORGANISATIONS))));
  }

  /** Any actor: one of the Conference's bodies or a party acting on its own. */
  public static Gen<Actor> actors() {
    return Generate.enumValues(Body.class).map(Actor::of).mix(parties().map(Actor::of), 50);
  }

  /**
   * Any delegation: any party, every level and every service; a delegation from {@link
   * Service#OTHER} names its service.
   */
  public static Gen<Delegation> delegations() {
    return parties()
        .zip(
            Generate.enumValues(Level.class),
            Generate.enumValues(Service.class),
            Generate.pick(SERVICE_NAMES),
            (party, level, service, name) ->
                Delegation.builder()
                    .party(party)
                    .level(level)
                    .service(service)
                    .serviceName(
                        service == Service.OTHER ? Optional.of(name) : Optional.<String>empty())
                    .build());
  }

  /** A Member's Deputy Minister from Foreign Affairs: the usual decider. */
  public static Gen<Delegation> deputyMinisters() {
    return members().map(Delegation::deputyMinister);
  }

  // ---------------------------------------------------------------------------------------------
  // Charters

  /**
   * Charters: mostly the built-in {@link Charter#rcm()}, sometimes one derived from it with a few
   * parameters changed (the Vice-Ministerial window, the mid-term window, the lead days, majority
   * decisions, free terms, a fixed rotation order or none, no secretariat staff in the decision
   * session, other immigration authorities). The statuses are always those of the built-in charter.
   */
  public static Gen<Charter> charters() {
    return in -> charter(new Draw(in));
  }

  private static Charter charter(Draw r) {
    if (r.chance(55)) {
      return Charter.rcm();
    }
    Charter.Builder b = Charter.builder().from(Charter.rcm());
    if (r.chance(50)) {
      b.viceMinisterialWindow(r.chance(70) ? MonthWindow.of(11, 12) : window(r));
    }
    if (r.chance(25)) {
      b.midTermWindow(window(r));
    }
    if (r.chance(25)) {
      b.preparatoryLeadDays(r.between(0, 14));
    }
    if (r.chance(35)) {
      b.decisionRule(DecisionRule.MAJORITY);
    }
    if (r.chance(35)) {
      b.termPolicy(TermPolicy.FREE);
    }
    int rotation = r.between(0, 2);
    if (rotation == 1) {
      b.rotationPolicy(RotationPolicy.FIXED_ORDER).rotationOrder(r.some(MEMBERS, 2, 11));
    } else if (rotation == 2) {
      b.rotationPolicy(RotationPolicy.NONE);
    }
    if (r.chance(35)) {
      b.secretariatMayAttendDecisionSession(false);
    }
    if (r.chance(25)) {
      b.putImmigrationAuthority(Party.state("MX"), ImmutableSet.of(Service.INTERIOR));
    } else if (r.chance(20)) {
      for (Party state : r.some(MEMBERS, 1, 3)) {
        b.putImmigrationAuthority(
            state,
            ImmutableSet.copyOf(
                r.some(List.of(Service.INTERIOR, Service.JUSTICE, Service.OTHER), 1, 2)));
      }
    }
    if (r.chance(20)) {
      b.name("Regional Conference on Migration (practice " + r.between(2000, 2030) + ")");
    }
    return b.build();
  }

  private static MonthWindow window(Draw r) {
    int from = r.between(1, 12);
    return MonthWindow.of(from, r.between(from, 12));
  }

  // ---------------------------------------------------------------------------------------------
  // Histories

  /**
   * Realistic histories of 3 to 30 consecutive years, starting in 1996..2030. Each year has a
   * calendar-year presidency term held by a Member (never the same State twice in a row), a
   * Vice-Ministerial meeting {@code VM-<year>} numbered consecutively, mostly in the second quarter
   * and hosted by the presidency holder, usually a GRCM preparatory meeting {@code PREP-<year>} one
   * to seven days before it, usually a mid-term meeting {@code MT-<year>} in the last quarter, the
   * agenda record of the Vice-Ministerial meeting (sometimes without where it was discussed or
   * reviewed), recommendations {@code REC-<year>-<k>} in mixed review states, Plan of Action
   * activities, sometimes an intersessional consultation, and events (seminars, workshops,
   * trainings, other events) agreed by a body, the presidency, nobody or an observer.
   */
  public static Gen<History> histories() {
    return in -> history(new Draw(in));
  }

  static History history(Draw r) {
    int first = r.between(1996, 2030);
    int years = r.chance(85) ? r.between(3, 8) : r.between(9, 30);
    int firstNumber = r.chance(70) ? first - 1995 : r.between(1, 40);
    History.Builder h = History.builder();
    List<String> recommendationIds = new ArrayList<>();
    Party previousHolder = null;
    String previousMidTerm = null;
    for (int i = 0; i < years; i++) {
      int year = first + i;
      List<Party> eligible = without(membersOn(LocalDate.of(year, 7, 1)), previousHolder);
      Party holder = r.pick(eligible);
      previousHolder = holder;
      h.addPresidencyTerm(PresidencyTerm.forYear(holder, year));

      int month = r.chance(85) ? r.between(4, 6) : r.pick(OFF_WINDOW_MONTHS);
      LocalDate start = LocalDate.of(year, month, r.between(8, 25));
      LocalDate end = start.plusDays(r.between(0, 2));
      Optional<Party> host =
          r.chance(90)
              ? Optional.of(holder)
              : r.chance(50) ? Optional.of(r.pick(without(eligible, holder))) : Optional.empty();
      List<Party> present = r.some(membersOn(start), 3, 8);
      String vmId = "VM-" + year;
      h.addMeeting(
          Meeting.builder()
              .id(vmId)
              .kind(MeetingKind.VICE_MINISTERIAL)
              .number(firstNumber + i)
              .start(start)
              .end(end)
              .host(host)
              .organiser(presidencyOrganiser(r, holder))
              .attendees(deputyMinisters(present))
              .addAllAttendees(observerDelegations(r))
              .closedSessionAttendees(deputyMinisters(r.some(present, 1, present.size())))
              .build());

      String prepId = null;
      if (r.chance(90)) {
        prepId = "PREP-" + year;
        int lead = r.between(1, 7);
        LocalDate prepStart = start.minusDays(lead);
        h.addMeeting(
            Meeting.builder()
                .id(prepId)
                .kind(MeetingKind.GRCM_PREPARATORY)
                .start(prepStart)
                .end(prepStart.plusDays(r.between(0, Math.min(lead, 2))))
                .host(host)
                .prepares(vmId)
                .attendees(grcmDelegations(r, start, r.chance(10)))
                .build());
      }
      h.addAgenda(
          AgendaRecord.builder()
              .meetingId(vmId)
              .discussedAt(Optional.ofNullable(r.chance(85) ? previousMidTerm : null))
              .reviewedAt(Optional.ofNullable(r.chance(85) ? prepId : null))
              .build());

      previousMidTerm = null;
      if (r.chance(90)) {
        previousMidTerm = "MT-" + year;
        LocalDate midStart =
            LocalDate.of(year, r.chance(92) ? r.between(10, 12) : 9, r.between(1, 25));
        h.addMeeting(
            Meeting.builder()
                .id(previousMidTerm)
                .kind(MeetingKind.GRCM_MID_TERM)
                .start(midStart)
                .end(midStart.plusDays(r.between(0, 2)))
                .host(r.chance(85) ? host : Optional.of(r.pick(eligible)))
                .attendees(grcmDelegations(r, midStart, r.chance(10)))
                .build());
      }
      if (r.chance(20)) {
        LocalDate consultation = end.plusDays(r.between(20, 120));
        h.addMeeting(
            Meeting.builder()
                .id("IC-" + year)
                .kind(MeetingKind.INTERSESSIONAL_CONSULTATION)
                .start(consultation)
                .end(consultation)
                .attendees(deputyMinisters(r.some(membersOn(consultation), 2, 6)))
                .build());
      }

      int recommendations = r.between(0, 3);
      for (int k = 1; k <= recommendations; k++) {
        String id = "REC-" + year + "-" + k;
        recommendationIds.add(id);
        h.addRecommendation(
            RecommendationRecord.of(
                id,
                r.pick(
                    List.of(
                        ReviewState.ENDORSED,
                        ReviewState.ENDORSED,
                        ReviewState.PENDING,
                        ReviewState.REJECTED))));
      }
      int activities = r.between(0, 2);
      for (int k = 1; k <= activities; k++) {
        h.addPlanActivity(
            PlanActivity.builder()
                .id("PA-" + year + "-" + k)
                .description("Activity " + k + " of the " + year + " Plan of Action")
                .basedOn(
                    Optional.ofNullable(
                        !recommendationIds.isEmpty() && r.chance(60)
                            ? r.pick(recommendationIds)
                            : null))
                .build());
      }
      int events = r.between(0, 2);
      for (int k = 1; k <= events; k++) {
        LocalDate eventStart = r.day(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 28));
        h.addMeeting(
            Meeting.builder()
                .id("EV-" + year + "-" + k)
                .kind(r.pick(EVENTS))
                .start(eventStart)
                .end(eventStart.plusDays(r.between(0, 3)))
                .host(Optional.ofNullable(r.chance(70) ? r.pick(eligible) : null))
                .agreedBy(eventAgreement(r, holder))
                .build());
      }
    }
    return h.build();
  }

  private static Optional<Actor> presidencyOrganiser(Draw r, Party holder) {
    int k = r.between(0, 9);
    return k < 5 ? Optional.of(PPT) : k < 7 ? Optional.of(Actor.of(holder)) : Optional.empty();
  }

  private static Optional<Actor> eventAgreement(Draw r, Party holder) {
    int k = r.between(0, 99);
    if (k < 25) {
      return Optional.of(VMC);
    } else if (k < 45) {
      return Optional.of(GRCM);
    } else if (k < 60) {
      return Optional.of(PPT);
    } else if (k < 70) {
      return Optional.of(Actor.of(holder));
    } else if (k < 85) {
      return Optional.empty();
    } else if (k < 95) {
      return Optional.of(Actor.of(r.pick(OBSERVERS)));
    }
    return Optional.of(TS);
  }

  // ---------------------------------------------------------------------------------------------
  // Scenarios and acts

  /**
   * Scenarios: a generated {@linkplain #histories() history}, an act of any kind built near-valid
   * relative to it and perturbed most of the time, and the day of judgement (usually the act's
   * date, sometimes another day, such as one in 1999 when the Dominican Republic was not yet a
   * Member). The history may be extended for the act, for example with the presidency term,
   * preparatory meeting and agenda record of the Vice-Ministerial meeting it proposes.
   */
  public static Gen<Scenario> scenarios() {
    return in -> {
      Draw r = new Draw(in);
      // Now and then an empty record, where the rules that read the history have nothing to read,
      // or one with a year whose presidency is not recorded. (The common case is drawn first, so
      // that QuickTheories' smallest examples stay realistic.)
      int shape = r.between(0, 99);
      History history = shape >= 97 ? History.empty() : history(r);
      if (shape >= 95 && shape < 97 && !history.presidencyTerms().isEmpty()) {
        PresidencyTerm gap = r.pick(history.presidencyTerms());
        history =
            History.builder()
                .from(history)
                .presidencyTerms(
                    history.presidencyTerms().stream().filter(t -> !t.equals(gap)).toList())
                .build();
      }
      return scenario(r, history);
    };
  }

  /**
   * Scenarios for a given history. Any history works; acts are most realistic for histories like
   * those of {@link #histories()}. The scenario's history may extend the one given.
   *
   * @param history the history to build acts against
   * @return the scenarios
   */
  public static Gen<Scenario> scenarios(History history) {
    return in -> scenario(new Draw(in), history);
  }

  /** The acts of {@link #scenarios()}, without their history. */
  public static Gen<Act> acts() {
    return scenarios().map(Scenario::act);
  }

  /**
   * Acts built against a given history. Some acts are meant for a history extended by their
   * scenario (see {@link #scenarios(History)}); judged against {@code history} itself they may
   * break a provision more.
   *
   * @param history the history to build acts against
   * @return the acts
   */
  public static Gen<Act> acts(History history) {
    return scenarios(history).map(Scenario::act);
  }

  private static Scenario scenario(Draw r, History history) {
    Ctx c = new Ctx(history);
    int k = r.between(0, 29);
    Draft d;
    if (k < 5) {
      d = decision(r, c);
    } else if (k < 7) {
      d = agendaApproval(r, c);
    } else if (k < 10) {
      d = recommendation(r, c);
    } else if (k < 14) {
      d = document(r, c);
    } else if (k < 19) {
      d = meetingProposal(r, c);
    } else if (k < 21) {
      d = presidencyTermProposal(r, c);
    } else if (k < 24) {
      d = secretariatAction(r, c);
    } else if (k < 26) {
      d = planOfActionActivity(r, c);
    } else if (k < 27) {
      d = projectSupport(r, c);
    } else if (k < 29) {
      d = technicalCooperation(r, c);
    } else {
      d = facilitySupport(r, c);
    }
    LocalDate asOf = d.asOf;
    if (asOf == null) {
      int shift = r.between(0, 99);
      if (shift < 5) {
        asOf = c.day(r);
      } else if (shift < 8) {
        asOf = r.day(LocalDate.of(1996, 3, 13), LocalDate.of(1999, 12, 31));
      } else {
        asOf = d.act.date();
      }
    }
    return new Scenario(d.history, d.act, asOf);
  }

  /** An act being built, with the history it goes with and, if set, the day of judgement. */
  private static final class Draft {
    History history;
    Act act;
    LocalDate asOf;

    Draft(History history, Act act) {
      this.history = history;
      this.act = act;
    }
  }

  /** A change that makes an act break one or more provisions (or raise a warning). */
  private interface Perturbation<A extends Act> {
    void apply(Draw r, Ctx c, Draft d, A act);
  }

  @SafeVarargs
  private static <A extends Act> Draft perturb(
      Draw r, Ctx c, Draft d, Class<A> type, Perturbation<A>... perturbations) {
    int k = r.between(0, 99);
    int count = k < 36 ? 0 : k < 74 ? 1 : k < 92 ? 2 : 3;
    for (int i = 0; i < count; i++) {
      perturbations[r.between(0, perturbations.length - 1)].apply(r, c, d, type.cast(d.act));
    }
    return d;
  }

  // Decision -------------------------------------------------------------------------------------

  private static Draft decision(Draw r, Ctx c) {
    Meeting vm = c.vm(r);
    boolean intersessional = r.chance(20);
    LocalDate date;
    Forum forum;
    Subject subject;
    if (intersessional && !c.recommendations.isEmpty()) {
      Meeting consultation = c.consultations.isEmpty() ? null : r.pick(c.consultations);
      if (consultation != null && r.chance(60)) {
        date = r.day(consultation.start(), consultation.end());
        forum = Forum.of(MeetingKind.INTERSESSIONAL_CONSULTATION, consultation.id());
      } else {
        date = vm.end().plusDays(r.between(15, 150));
        forum = Forum.of(MeetingKind.INTERSESSIONAL_CONSULTATION);
      }
      subject = Subject.REVIEW_OF_RECOMMENDATIONS;
    } else {
      intersessional = false;
      date = r.day(vm.start(), vm.end());
      forum = Forum.of(MeetingKind.VICE_MINISTERIAL, vm.id());
      subject = r.pick(List.of(Subject.values()));
    }
    List<Party> members = c.membersOn(date);
    List<Party> deciders = r.some(members, Math.min(2, members.size()), 7);
    List<Party> others = without(members, deciders);
    List<String> reviews = r.some(c.recommendations, intersessional ? 1 : 0, 2);
    List<String> actsOn = new ArrayList<>(r.some(reviews, 0, reviews.size()));
    actsOn.addAll(r.some(c.endorsed, 0, 1));
    Decision decision =
        Decision.builder()
            .id("DEC-" + date.getYear() + "-" + r.between(1, 40))
            .date(date)
            .decidedBy(VMC)
            .forum(forum)
            .subject(subject)
            .deciders(deputyMinisters(deciders))
            .sessionAttendees(deputyMinisters(r.some(deciders, 0, deciders.size())))
            .sessionClosed(true)
            .secretariatStaffPresent(r.chance(40))
            .reviews(reviews)
            .actsOn(dedupe(actsOn))
            .objections(r.chance(20) ? r.some(others, 0, 1) : List.of())
            .recordedIn(
                Optional.ofNullable(
                    !intersessional || r.chance(50)
                        ? "Declaration of " + r.pick(CITIES) + " " + date.getYear()
                        : null))
            .build();
    Draft d = new Draft(c.history, decision);
    return perturb(
        r,
        c,
        d,
        Decision.class,
        // observer or outsider among the deciders: RCM-DEC-1
        (rr, cc, dd, a) ->
            dd.act =
                a.withDeciders(
                    append(
                        a.deciders(),
                        Delegation.deputyMinister(rr.pick(rr.chance(70) ? OBSERVERS : OUTSIDERS)))),
        // a decider below Deputy Minister: RCM-DEC-3
        (rr, cc, dd, a) ->
            dd.act =
                a.withDeciders(
                    replaceOne(
                        rr,
                        a.deciders(),
                        x ->
                            Delegation.builder()
                                .from(x)
                                .level(rr.pick(List.of(Level.OFFICIAL, Level.TECHNICIAN)))
                                .build())),
        (rr, cc, dd, a) -> dd.act = a.withSessionClosed(false), // RCM-DEC-4
        // an observer in the closed session: RCM-DEC-4
        (rr, cc, dd, a) ->
            dd.act =
                a.withSessionAttendees(
                    append(
                        a.sessionAttendees(),
                        Delegation.of(
                            rr.pick(OBSERVERS), Level.OFFICIAL, Service.FOREIGN_AFFAIRS))),
        (rr, cc, dd, a) -> { // the wrong forum: RCM-DEC-5
          List<MeetingKind> kinds = new ArrayList<>(List.of(MeetingKind.values()));
          kinds.remove(MeetingKind.VICE_MINISTERIAL);
          if (a.subject() == Subject.REVIEW_OF_RECOMMENDATIONS) {
            kinds.remove(MeetingKind.INTERSESSIONAL_CONSULTATION);
          }
          dd.act = a.withForum(Forum.of(rr.pick(kinds)));
        },
        // at a Vice-Ministerial meeting, recorded nowhere: RCM-DEC-6
        (rr, cc, dd, a) ->
            dd.act =
                a.withForum(
                        a.forum().kind() == MeetingKind.VICE_MINISTERIAL
                            ? a.forum()
                            : Forum.of(MeetingKind.VICE_MINISTERIAL))
                    .withRecordedIn(Optional.empty()),
        (rr, cc, dd, a) -> { // a decider objects: RCM-DEC-7
          if (!a.deciders().isEmpty()) {
            dd.act = a.withObjections(append(a.objections(), rr.pick(a.deciders()).party()));
          }
        },
        // another body or a party decides: RCM-DEC-2, GRC-1, TS-1, TS-7, POA-1
        (rr, cc, dd, a) ->
            dd.act =
                a.withDecidedBy(
                    rr.pick(List.of(GRCM, GRCM, TS, PPT, VS, IOM, Actor.of(rr.pick(MEMBERS))))),
        (rr, cc, dd, a) -> { // acts on a recommendation not endorsed: RCM-GRC-2
          List<String> candidates = new ArrayList<>(without(cc.unendorsed, a.reviews()));
          candidates.add("REC-1900-" + rr.between(1, 9));
          dd.act = a.withActsOn(append(a.actsOn(), rr.pick(candidates)));
        },
        (rr, cc, dd, a) -> dd.act = a.withDeciders(List.of()), // nobody decides: RCM-DEC-1
        (rr, cc, dd, a) -> { // a consultation that names no recommendation: RCM-DEC-5
          dd.act =
              a.withForum(Forum.of(MeetingKind.INTERSESSIONAL_CONSULTATION))
                  .withReviews(rr.chance(70) ? List.of() : List.of("REC-1900-" + rr.between(1, 9)))
                  .withSubject(rr.pick(List.of(Subject.REVIEW_OF_RECOMMENDATIONS, Subject.POLICY)));
        },
        (rr, cc, dd, a) -> { // a forum meeting of the wrong kind, day or record: RCM-DEC-5
          List<String> ids = new ArrayList<>();
          ids.add("VM-1900");
          cc.history.meetings().forEach(m -> ids.add(m.id()));
          dd.act = a.withForum(Forum.of(a.forum().kind(), rr.pick(ids)));
        },
        (rr, cc, dd, a) -> { // the GRCM decides on a pending recommendation it "reviews": GRC-2
          if (!cc.unendorsed.isEmpty()) {
            String pending = rr.pick(cc.unendorsed);
            dd.act =
                a.withDecidedBy(rr.pick(List.of(GRCM, VMC, PPT)))
                    .withReviews(dedupe(append(a.reviews(), pending)))
                    .withActsOn(dedupe(append(a.actsOn(), pending)));
          }
        },
        (rr, cc, dd, a) -> { // the Dominican Republic decides, judged in 1999: RCM-DEC-1
          dd.act = a.withDeciders(append(a.deciders(), Delegation.deputyMinister(DO_LIST.get(0))));
          dd.asOf = rr.day(LocalDate.of(1999, 1, 1), LocalDate.of(1999, 12, 31));
        },
        // a Member's Deputy Minister from another service: RCM-DEL-1 (warning)
        (rr, cc, dd, a) ->
            dd.act =
                a.withDeciders(
                    replaceOne(
                        rr,
                        a.deciders(),
                        x ->
                            Delegation.builder()
                                .from(x)
                                .service(Service.OTHER)
                                .serviceName(rr.pick(SERVICE_NAMES))
                                .build())));
  }

  // Agenda approval ------------------------------------------------------------------------------

  private static Draft agendaApproval(Draw r, Ctx c) {
    Meeting mt = c.midTerm(r);
    LocalDate date = r.day(mt.start(), mt.end());
    AgendaApproval approval =
        AgendaApproval.builder()
            .id("AGENDA-" + date.getYear())
            .date(date)
            .approvedBy(GRCM)
            .forum(
                c.history.meeting(mt.id()).isPresent()
                    ? Forum.of(MeetingKind.GRCM_MID_TERM, mt.id())
                    : Forum.of(MeetingKind.GRCM_MID_TERM))
            .forMeeting(Optional.ofNullable(r.chance(80) ? "VM-" + (date.getYear() + 1) : null))
            .delegations(grcmDelegations(r, date, false))
            .build();
    return perturb(
        r,
        c,
        new Draft(c.history, approval),
        AgendaApproval.class,
        // someone else approves: RCM-GRC-5
        (rr, cc, dd, a) ->
            dd.act = a.withApprovedBy(rr.pick(List.of(VMC, PPT, TS, Actor.of(rr.pick(MEMBERS))))),
        (rr, cc, dd, a) -> { // approved elsewhere: RCM-GRC-5
          List<MeetingKind> kinds = new ArrayList<>(List.of(MeetingKind.values()));
          kinds.remove(MeetingKind.GRCM_MID_TERM);
          dd.act = a.withForum(Forum.of(rr.pick(kinds)));
        },
        // a State's delegation from another service: RCM-GRC-3
        (rr, cc, dd, a) ->
            dd.act = a.withDelegations(append(a.delegations(), wrongServiceDelegation(rr))),
        // observers among the adopting delegations: RCM-OBS-1
        (rr, cc, dd, a) ->
            dd.act = a.withDelegations(concat(a.delegations(), observerDelegations(rr))),
        (rr, cc, dd, a) -> { // a forum meeting that is not this mid-term meeting: RCM-GRC-5
          List<String> ids = new ArrayList<>();
          ids.add("MT-1900");
          cc.history.meetings().forEach(m -> ids.add(m.id()));
          dd.act = a.withForum(Forum.of(a.forum().kind(), rr.pick(ids)));
        });
  }

  // Recommendation -------------------------------------------------------------------------------

  private static Draft recommendation(Draw r, Ctx c) {
    Optional<Meeting> at =
        c.grcm.isEmpty() || r.chance(20) ? Optional.empty() : Optional.of(r.pick(c.grcm));
    LocalDate date = at.map(m -> r.day(m.start(), m.end())).orElseGet(() -> c.day(r));
    List<Actor> drafters = new ArrayList<>();
    if (r.chance(70)) {
      drafters.add(GRCM);
    }
    for (Party p : r.some(c.membersOn(date), 0, 3)) {
      drafters.add(Actor.of(p));
    }
    if (r.chance(10)) {
      drafters.add(PPT);
    }
    Recommendation recommendation =
        Recommendation.builder()
            .id("R-" + date.getYear() + "-" + r.between(1, 30))
            .date(date)
            .issuer(GRCM)
            .drafters(drafters)
            .addressee(VMC)
            .forum(at.map(m -> Forum.of(m.kind(), m.id())))
            .delegations(grcmDelegations(r, date, false))
            .reviewState(r.pick(List.of(ReviewState.values())))
            .build();
    if (r.chance(20)) { // an observer organisation's own recommendation: RCM-OBS-3
      Party organisation = r.pick(OBSERVER_ORGANISATIONS);
      Actor issuer =
          organisation.code().equals("IOM") && r.chance(50) ? IOM : Actor.of(organisation);
      recommendation =
          recommendation
              .withIssuer(issuer)
              .withDrafters(
                  r.chance(70) ? List.of(issuer) : List.of(issuer, Actor.of(organisation)))
              .withAddressee(r.pick(List.of(VMC, GRCM, PPT)))
              .withForum(Optional.empty())
              .withDelegations(List.of());
    }
    return perturb(
        r,
        c,
        new Draft(c.history, recommendation),
        Recommendation.class,
        // an observer drafts, as a party or as a body that speaks for one: RCM-OBS-1
        (rr, cc, dd, a) ->
            dd.act =
                a.withDrafters(
                    append(a.drafters(), rr.chance(20) ? IOM : Actor.of(rr.pick(OBSERVERS)))),
        // observers among the adopting delegations: RCM-OBS-1
        (rr, cc, dd, a) ->
            dd.act = a.withDelegations(concat(a.delegations(), observerDelegations(rr))),
        // the Technical Secretariat drafts: RCM-TS-1
        (rr, cc, dd, a) -> dd.act = a.withDrafters(append(a.drafters(), TS)),
        (rr, cc, dd, a) -> dd.act = a.withIssuer(TS), // RCM-TS-1
        // the GRCM recommends to someone else: RCM-GRC-4
        (rr, cc, dd, a) ->
            dd.act =
                a.withIssuer(GRCM)
                    .withAddressee(
                        rr.pick(List.of(PPT, TS, GRCM, IOM, Actor.of(rr.pick(MEMBERS))))),
        // a State's delegation from another service: RCM-GRC-3
        (rr, cc, dd, a) ->
            dd.act = a.withDelegations(append(a.delegations(), wrongServiceDelegation(rr))));
  }

  // Document -------------------------------------------------------------------------------------

  private static Draft document(Draw r, Ctx c) {
    int variant = r.between(0, 9);
    LocalDate date = c.day(r);
    Document.Builder b =
        Document.builder()
            .id("DOC-" + date.getYear() + "-" + r.between(1, 60))
            .date(date)
            .containsRecommendations(false)
            .containsCommitments(false);
    Perturbation<Document> special = null;
    if (variant < 3) { // a document of the Conference, binding or not
      DocumentKind kind =
          r.pick(
              List.of(
                  DocumentKind.AGENDA,
                  DocumentKind.DECLARATION,
                  DocumentKind.PLAN_OF_ACTION,
                  DocumentKind.INFORMATION_NOTE,
                  DocumentKind.TERMS_OF_REFERENCE));
      List<Actor> authors = new ArrayList<>(r.some(List.of(VMC, GRCM, PPT), 1, 2));
      for (Party p : r.some(c.membersOn(date), 0, 2)) {
        authors.add(Actor.of(p));
      }
      b.kind(kind)
          .authors(authors)
          .containsRecommendations(r.chance(40))
          .containsCommitments(r.chance(40));
      if (kind == DocumentKind.PLAN_OF_ACTION || kind == DocumentKind.TERMS_OF_REFERENCE) {
        b.approvedBy(VMC);
        // approved by another than the Conference, or by nobody named: RCM-POA-1, RCM-TS-7
        special =
            (rr, cc, dd, a) ->
                dd.act =
                    a.withApprovedBy(
                        rr.pick(
                            List.of(
                                Optional.empty(),
                                Optional.of(GRCM),
                                Optional.of(PPT),
                                Optional.of(TS),
                                Optional.of(IOM),
                                Optional.of(Actor.of(rr.pick(MEMBERS))))));
      }
    } else if (variant < 5) { // an organisation's technical advice or information note: OBS-3
      List<Actor> authors =
          new ArrayList<>(r.some(OBSERVER_ORGANISATIONS, 1, 2).stream().map(Actor::of).toList());
      if (r.chance(20)) {
        authors.add(IOM);
      }
      b.kind(r.pick(List.of(DocumentKind.TECHNICAL_ADVICE, DocumentKind.INFORMATION_NOTE)))
          .authors(authors)
          .containsRecommendations(r.chance(40))
          .addressedTo(r.some(List.of(GRCM, VMC, PPT), 0, 2));
      // an observer State among the authors, or commitments in it: RCM-OBS-1 when binding
      special =
          (rr, cc, dd, a) ->
              dd.act =
                  rr.chance(50)
                      ? a.withAuthors(append(a.authors(), Actor.of(rr.pick(OBSERVER_STATES))))
                          .withContainsRecommendations(rr.chance(70))
                      : a.withContainsCommitments(true);
    } else if (variant < 7) { // a background document of the TS, on request
      Optional<Party> holder = c.history.presidencyHolder(date);
      List<Actor> requesters = new ArrayList<>(List.of(VMC, GRCM, PPT));
      holder.ifPresent(p -> requesters.add(Actor.of(p)));
      b.kind(DocumentKind.BACKGROUND_DOCUMENT)
          .authors(r.chance(85) ? List.of(TS) : List.of(r.pick(List.of(PPT, GRCM))))
          .requestedBy(r.pick(requesters))
          .addressedTo(List.of(r.pick(List.of(GRCM, VMC))));
      // not requested, or by someone who may not ask: RCM-TS-4
      special =
          (rr, cc, dd, a) -> {
            List<Optional<Actor>> wrong = new ArrayList<>();
            wrong.add(Optional.empty());
            wrong.add(Optional.of(TS));
            wrong.add(Optional.of(IOM));
            wrong.add(Optional.of(Actor.of(rr.pick(OBSERVERS))));
            Optional<Party> h = cc.history.presidencyHolder(a.date());
            wrong.add(Optional.of(Actor.of(rr.pick(without(MEMBERS, h.orElse(null))))));
            dd.act = a.withRequestedBy(rr.pick(wrong));
          };
    } else if (variant < 9 && !c.grcm.isEmpty()) { // a TS activity report before a GRCM meeting
      Meeting g = r.pick(c.grcm);
      date = g.start().minusDays(r.between(1, 30));
      Optional<Party> holder = c.history.presidencyHolder(date);
      Actor presidency = holder.isPresent() && r.chance(40) ? Actor.of(holder.get()) : PPT;
      b.date(date)
          .kind(DocumentKind.ACTIVITY_REPORT)
          .authors(r.chance(90) ? List.of(TS) : List.of(GRCM))
          .addressedTo(r.chance(50) ? List.of(presidency, IOM) : List.of(IOM, presidency))
          .prepares(g.id());
      // one or more faults of an activity report: RCM-TS-5
      special =
          (rr, cc, dd, a) -> {
            int fault = rr.between(0, 4);
            if (fault == 0) {
              dd.act =
                  a.withAddressedTo(a.addressedTo().stream().filter(x -> x.equals(IOM)).toList());
            } else if (fault == 1) {
              dd.act =
                  a.withAddressedTo(a.addressedTo().stream().filter(x -> !x.equals(IOM)).toList());
            } else if (fault == 2) {
              dd.act = a.withPrepares(Optional.empty());
            } else if (fault == 3) {
              dd.act = a.withPrepares(cc.vms.isEmpty() ? "VM-1900" : rr.pick(cc.vms).id());
            } else {
              LocalDate meetingStart =
                  a.prepares().flatMap(cc.history::meeting).map(Meeting::start).orElse(a.date());
              dd.act = a.withDate(meetingStart.plusDays(rr.between(0, 10)));
            }
          };
    } else { // the Technical Secretariat's terms of reference, or a plan
      b.kind(r.pick(List.of(DocumentKind.TERMS_OF_REFERENCE, DocumentKind.PLAN_OF_ACTION)))
          .authors(r.chance(50) ? List.of(TS) : List.of(TS, GRCM))
          .approvedBy(VMC);
      // approved by another than the Conference, or by nobody named: RCM-TS-7, RCM-POA-1
      special =
          (rr, cc, dd, a) ->
              dd.act =
                  a.withApprovedBy(
                      rr.pick(
                          List.of(
                              Optional.empty(),
                              Optional.of(GRCM),
                              Optional.of(PPT),
                              Optional.of(TS),
                              Optional.of(IOM))));
    }
    // an observer co-authors a binding document of the Conference, as a party or as IOM's office,
    // whatever the document's label: RCM-OBS-1
    Perturbation<Document> observerAuthor =
        (rr, cc, dd, a) -> {
          Document changed =
              a.withAuthors(append(a.authors(), rr.chance(25) ? IOM : Actor.of(rr.pick(OBSERVERS))))
                  .withContainsCommitments(true);
          dd.act =
              rr.chance(30)
                  ? changed.withKind(
                      rr.pick(
                          List.of(DocumentKind.TECHNICAL_ADVICE, DocumentKind.INFORMATION_NOTE)))
                  : changed.withKind(
                      isObserversOwn(a.kind()) ? DocumentKind.DECLARATION : a.kind());
        };
    Perturbation<Document> secretariatRecommends = // RCM-TS-1
        (rr, cc, dd, a) ->
            dd.act =
                a.withAuthors(a.authors().contains(TS) ? a.authors() : append(a.authors(), TS))
                    .withContainsRecommendations(true);
    Draft d = new Draft(c.history, b.build());
    return special == null
        ? perturb(r, c, d, Document.class, observerAuthor, secretariatRecommends)
        : perturb(r, c, d, Document.class, observerAuthor, secretariatRecommends, special, special);
  }

  // Meeting proposal -----------------------------------------------------------------------------

  private static Draft meetingProposal(Draw r, Ctx c) {
    int variant = r.between(0, 19);
    if (variant < 8 || c.vms.isEmpty()) {
      return nextViceMinisterial(r, c);
    } else if (variant < 10) {
      return againViceMinisterial(r, c);
    } else if (variant < 14) {
      return preparatory(r, c);
    } else if (variant < 18) {
      return midTerm(r, c);
    }
    return otherMeeting(r, c);
  }

  private static MeetingProposal proposal(Draw r, String id, Meeting meeting) {
    MeetingProposal.Builder b = MeetingProposal.builder().id(id).meeting(meeting);
    if (r.chance(40)) {
      b.date(meeting.start().minusDays(r.between(1, 120)));
    }
    return b.build();
  }

  private static Draft nextViceMinisterial(Draw r, Ctx c) {
    int year = c.nextYear;
    Party previous = c.history.presidencyHolder(LocalDate.of(year - 1, 12, 31)).orElse(null);
    Party holder = r.pick(without(membersOn(LocalDate.of(year, 1, 1)), previous));
    LocalDate start = LocalDate.of(year, r.between(4, 6), r.between(8, 25));
    LocalDate end = start.plusDays(r.between(0, 2));
    String id = "VM-" + year;
    String prepId = "PREP-" + year;
    int lead = r.between(1, 7);
    LocalDate prepStart = start.minusDays(lead);
    String lastMidTerm =
        c.midTerms.stream()
            .filter(m -> m.end().isBefore(start))
            .max(Comparator.comparing(Meeting::start))
            .map(Meeting::id)
            .orElse("MT-" + (year - 1));
    History history =
        History.builder()
            .from(c.history)
            .addPresidencyTerm(PresidencyTerm.forYear(holder, year))
            .addMeeting(
                Meeting.builder()
                    .id(prepId)
                    .kind(MeetingKind.GRCM_PREPARATORY)
                    .start(prepStart)
                    .end(prepStart.plusDays(r.between(0, Math.min(lead, 2))))
                    .host(holder)
                    .prepares(id)
                    .attendees(grcmDelegations(r, prepStart, false))
                    .build())
            .addAgenda(
                AgendaRecord.builder()
                    .meetingId(id)
                    .discussedAt(lastMidTerm)
                    .reviewedAt(prepId)
                    .build())
            .build();
    List<Party> present = r.some(membersOn(start), 3, 8);
    Meeting meeting =
        Meeting.builder()
            .id(id)
            .kind(MeetingKind.VICE_MINISTERIAL)
            .number(c.highestNumber + 1)
            .start(start)
            .end(end)
            .host(holder)
            .organiser(r.chance(60) ? PPT : Actor.of(holder))
            .attendees(deputyMinisters(present))
            .addAllAttendees(observerDelegations(r))
            .closedSessionAttendees(deputyMinisters(r.some(present, 1, present.size())))
            .build();
    Draft d = new Draft(history, proposal(r, "PROPOSAL-" + id, meeting));
    return perturbViceMinisterial(r, c, d);
  }

  private static Draft againViceMinisterial(Draw r, Ctx c) {
    Meeting last = c.vms.get(c.vms.size() - 1);
    Optional<Party> holder = c.history.presidencyHolder(last.start());
    Meeting meeting = last.withHost(holder).withOrganiser(Optional.of(PPT));
    return perturbViceMinisterial(
        r, c, new Draft(c.history, proposal(r, "PROPOSAL-" + last.id(), meeting)));
  }

  /** The history with the agenda record of one meeting changed, the others kept. */
  private static History changeAgenda(
      History history, String meetingId, java.util.function.UnaryOperator<AgendaRecord> change) {
    return history.withAgendas(
        history.agendas().stream()
            .map(g -> g.meetingId().equals(meetingId) ? change.apply(g) : g)
            .toList());
  }

  private static Draft perturbViceMinisterial(Draw r, Ctx c, Draft d) {
    return perturb(
        r,
        c,
        d,
        MeetingProposal.class,
        (rr, cc, dd, a) -> { // the wrong number: RCM-MTG-2
          int right = a.meeting().number().getAsInt();
          int wrong = right > 1 && rr.chance(50) ? right - 1 : right + rr.between(1, 3);
          dd.act = withMeeting(a, a.meeting().withNumber(wrong));
        },
        (rr, cc, dd, a) -> { // in the year of another Vice-Ministerial meeting: RCM-MTG-1
          Meeting other = rr.pick(cc.vms.isEmpty() ? List.of(a.meeting()) : cc.vms);
          Meeting m = a.meeting();
          int years = other.start().getYear() - m.start().getYear();
          if (years != 0 || !other.id().equals(m.id())) {
            dd.act = withMeeting(a, moved(m, m.start().plusYears(years), m.end().plusYears(years)));
          }
        },
        (rr, cc, dd, a) -> { // hosted by another than the holder: RCM-MTG-3
          Optional<Party> holder = dd.history.presidencyHolder(a.meeting().start());
          Optional<Party> host =
              rr.chance(25)
                  ? Optional.empty()
                  : Optional.of(rr.pick(without(MEMBERS, holder.orElse(null))));
          dd.act = withMeeting(a, a.meeting().withHost(host));
        },
        // organised by another than the presidency, or by nobody named: RCM-MTG-3
        (rr, cc, dd, a) ->
            dd.act =
                withMeeting(
                    a,
                    a.meeting()
                        .withOrganiser(
                            rr.pick(
                                List.of(
                                    Optional.empty(),
                                    Optional.of(GRCM),
                                    Optional.of(TS),
                                    Optional.of(VS),
                                    Optional.of(IOM))))),
        (rr, cc, dd, a) -> { // an observer or an outsider in the closed session: RCM-DEC-4
          Meeting m = a.meeting();
          Delegation outsider =
              Delegation.deputyMinister(rr.pick(rr.chance(70) ? OBSERVERS : OUTSIDERS));
          dd.act =
              withMeeting(
                  a, m.withClosedSessionAttendees(append(m.closedSessionAttendees(), outsider)));
        },
        (rr, cc, dd, a) -> { // an agenda record naming the wrong meetings: RCM-AGD-1 (warning)
          String id = a.meeting().id();
          List<String> ids = new ArrayList<>();
          ids.add("MT-1900");
          dd.history.meetings().forEach(m -> ids.add(m.id()));
          boolean discussed = rr.chance(50);
          String wrong = rr.pick(ids);
          dd.history =
              changeAgenda(
                  dd.history,
                  id,
                  g -> discussed ? g.withDiscussedAt(wrong) : g.withReviewedAt(wrong));
        },
        (rr, cc, dd, a) -> { // outside the window: RCM-MTG-4
          Meeting m = a.meeting();
          int month = rr.pick(List.of(1, 2, 3, 7, 8, 9, 10, 11, 12));
          LocalDate start = m.start().withMonth(month);
          dd.act =
              withMeeting(a, moved(m, start, start.plusDays(DAYS.between(m.start(), m.end()))));
        },
        (rr, cc, dd, a) -> { // no presidency term that day: RCM-MTG-3
          LocalDate start = a.meeting().start();
          dd.history =
              dd.history.withPresidencyTerms(
                  dd.history.presidencyTerms().stream().filter(t -> !t.covers(start)).toList());
        },
        (rr, cc, dd, a) -> { // no preparatory meeting: RCM-MTG-11 (warning)
          String id = a.meeting().id();
          dd.history =
              dd.history.withMeetings(
                  dd.history.meetings().stream()
                      .filter(m -> !m.prepares().equals(Optional.of(id)))
                      .toList());
        },
        (rr, cc, dd, a) -> { // an agenda not discussed or not reviewed: RCM-AGD-1 (warning)
          String id = a.meeting().id();
          boolean dropDiscussed = rr.chance(50);
          dd.history =
              changeAgenda(
                  dd.history,
                  id,
                  g ->
                      dropDiscussed
                          ? g.withDiscussedAt(Optional.empty())
                          : g.withReviewedAt(Optional.empty()));
        },
        (rr, cc, dd, a) -> { // a Member's delegation from another service: RCM-DEL-1 (warning)
          Delegation other =
              Delegation.builder()
                  .party(rr.pick(membersOn(a.meeting().start())))
                  .level(Level.OFFICIAL)
                  .service(Service.OTHER)
                  .serviceName(rr.pick(SERVICE_NAMES))
                  .build();
          Meeting m = a.meeting();
          dd.act =
              withMeeting(
                  a,
                  rr.chance(50)
                      ? m.withAttendees(append(m.attendees(), other))
                      : m.withClosedSessionAttendees(append(m.closedSessionAttendees(), other)));
        });
  }

  private static Draft preparatory(Draw r, Ctx c) {
    Meeting vm = r.pick(c.vms);
    int year = vm.start().getYear();
    String id = "PREP-" + year;
    int lead = r.between(1, 7);
    LocalDate start = vm.start().minusDays(lead);
    Meeting meeting =
        Meeting.builder()
            .id(id)
            .kind(MeetingKind.GRCM_PREPARATORY)
            .start(start)
            .end(start.plusDays(r.between(0, Math.min(lead, 2))))
            .host(vm.host())
            .prepares(vm.id())
            .attendees(grcmDelegations(r, start, false))
            .addAllAttendees(observerDelegations(r))
            .build();
    return perturb(
        r,
        c,
        new Draft(c.history, proposal(r, "PROPOSAL-" + id, meeting)),
        MeetingProposal.class,
        (rr, cc, dd, a) -> { // prepares nothing, or no Vice-Ministerial meeting: RCM-MTG-5
          List<Optional<String>> wrong = new ArrayList<>();
          wrong.add(Optional.empty());
          wrong.add(Optional.of("VM-1900"));
          if (!cc.grcm.isEmpty()) {
            wrong.add(Optional.of(rr.pick(cc.grcm).id()));
          }
          dd.act = withMeeting(a, a.meeting().withPrepares(rr.pick(wrong)));
        },
        (rr, cc, dd, a) -> { // too early, or still going on when it starts: RCM-MTG-5
          Meeting m = a.meeting();
          LocalDate target = m.prepares().flatMap(cc.history::meeting).orElse(m).start();
          LocalDate from;
          LocalDate to;
          if (rr.chance(50)) {
            from = target.minusDays(rr.between(8, 40));
            to = from.plusDays(rr.between(0, 2));
          } else {
            from = target.minusDays(rr.between(0, 1));
            to = target.plusDays(rr.between(1, 3));
          }
          dd.act = withMeeting(a, moved(m, from, to));
        },
        (rr, cc, dd, a) -> { // a second preparatory meeting that year: RCM-MTG-8
          Meeting m = a.meeting();
          dd.act = withMeeting(a, m.withId(m.id() + "-BIS"));
        },
        // a State's delegation from another service: RCM-GRC-3
        (rr, cc, dd, a) ->
            dd.act =
                withMeeting(
                    a,
                    a.meeting()
                        .withAttendees(
                            append(a.meeting().attendees(), wrongServiceDelegation(rr)))));
  }

  private static Draft midTerm(Draw r, Ctx c) {
    Meeting vm = r.pick(c.vms);
    int year = vm.start().getYear();
    String id = "MT-" + year;
    LocalDate start = LocalDate.of(year, r.between(10, 12), r.between(1, 25));
    Optional<Party> host =
        c.history.lastViceMinisterialMeeting(start).flatMap(Meeting::host).or(vm::host);
    Meeting meeting =
        Meeting.builder()
            .id(id)
            .kind(MeetingKind.GRCM_MID_TERM)
            .start(start)
            .end(start.plusDays(r.between(0, 2)))
            .host(host)
            .attendees(grcmDelegations(r, start, false))
            .build();
    return perturb(
        r,
        c,
        new Draft(c.history, proposal(r, "PROPOSAL-" + id, meeting)),
        MeetingProposal.class,
        (rr, cc, dd, a) -> { // outside the last quarter: RCM-MTG-6
          Meeting m = a.meeting();
          LocalDate start2 = m.start().withMonth(rr.between(7, 9));
          dd.act =
              withMeeting(a, moved(m, start2, start2.plusDays(DAYS.between(m.start(), m.end()))));
        },
        (rr, cc, dd, a) -> { // hosted elsewhere than the last Vice-Ministerial: RCM-MTG-7 (warn)
          Meeting m = a.meeting();
          dd.act =
              withMeeting(
                  a,
                  m.withHost(
                      rr.chance(20)
                          ? Optional.empty()
                          : Optional.of(rr.pick(without(MEMBERS, m.host().orElse(null))))));
        },
        (rr, cc, dd, a) -> { // a second mid-term meeting that year: RCM-MTG-8
          Meeting m = a.meeting();
          dd.act = withMeeting(a, m.withId(m.id() + "-BIS"));
        },
        // a State's delegation from another service: RCM-GRC-3
        (rr, cc, dd, a) ->
            dd.act =
                withMeeting(
                    a,
                    a.meeting()
                        .withAttendees(
                            append(a.meeting().attendees(), wrongServiceDelegation(rr)))));
  }

  private static Draft otherMeeting(Draw r, Ctx c) {
    LocalDate start = c.day(r);
    boolean consultation = r.chance(40);
    MeetingKind kind = consultation ? MeetingKind.INTERSESSIONAL_CONSULTATION : r.pick(EVENTS);
    Meeting.Builder b =
        Meeting.builder()
            .id((consultation ? "IC-" : "EV-") + start.getYear() + "-P" + r.between(1, 9))
            .kind(kind)
            .start(start)
            .end(start.plusDays(r.between(0, 3)))
            .attendees(r.draw(SourceDSL.lists().of(delegations()).ofSizeBetween(0, 4)));
    if (!consultation) {
      b.agreedBy(eventAgreement(r, r.pick(MEMBERS)));
    }
    Meeting meeting = b.build();
    return new Draft(c.history, proposal(r, "PROPOSAL-" + meeting.id(), meeting));
  }

  /** The meeting on other days; both days change at once, so the end never precedes the start. */
  private static Meeting moved(Meeting m, LocalDate start, LocalDate end) {
    return Meeting.builder().from(m).start(start).end(end).build();
  }

  private static MeetingProposal withMeeting(MeetingProposal p, Meeting m) {
    return p.withMeeting(m);
  }

  // Presidency term ------------------------------------------------------------------------------

  private static Draft presidencyTermProposal(Draw r, Ctx c) {
    int year = c.nextTermYear;
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate date =
        r.chance(60) ? first : LocalDate.of(year - 1, r.between(9, 12), r.between(1, 28));
    Party previous = c.history.presidencyHolder(first.minusDays(1)).orElse(null);
    List<Party> eligible = without(membersOn(date), previous);
    eligible.retainAll(membersOn(first));
    PresidencyTerm term = PresidencyTerm.forYear(r.pick(eligible), year);
    PresidencyTermProposal proposal = PresidencyTermProposal.of("PPT-" + year, term);
    if (!date.equals(first)) {
      proposal = proposal.withDate(date);
    }
    return perturb(
        r,
        c,
        new Draft(c.history, proposal),
        PresidencyTermProposal.class,
        // a holder who is not a Member: RCM-MTG-9
        (rr, cc, dd, a) ->
            dd.act =
                a.withTerm(
                    PresidencyTerm.of(
                        rr.pick(rr.chance(50) ? OBSERVER_STATES : NON_STATUS_STATES),
                        a.term().start(),
                        a.term().end())),
        (rr, cc, dd, a) -> { // overlapping another State's term: RCM-MTG-9
          PresidencyTerm t = a.term();
          if (!cc.history.presidencyTerms().isEmpty()) {
            PresidencyTerm other = rr.pick(cc.history.presidencyTerms());
            Party holder = rr.pick(without(membersOn(other.start()), other.holder()));
            dd.act =
                a.withTerm(PresidencyTerm.forYear(holder, other.start().getYear()))
                    .withDate(other.start());
          } else {
            dd.act = a.withTerm(PresidencyTerm.of(t.holder(), t.start(), t.end().plusDays(1)));
          }
        },
        (rr, cc, dd, a) -> { // not a calendar year: RCM-MTG-9
          PresidencyTerm t = a.term();
          LocalDate start = t.start().plusMonths(rr.between(1, 6));
          dd.act =
              a.withTerm(PresidencyTerm.of(t.holder(), start, start.plusYears(1).minusDays(1)));
        },
        (rr, cc, dd, a) -> { // the same State twice in a row: RCM-MTG-10 (warning)
          Optional<Party> before = cc.history.presidencyHolder(a.term().start().minusDays(1));
          if (before.isPresent()) {
            dd.act = a.withTerm(PresidencyTerm.of(before.get(), a.term().start(), a.term().end()));
          }
        },
        (rr, cc, dd, a) -> { // the Dominican Republic, judged in 1999: RCM-MTG-9
          dd.act = a.withTerm(PresidencyTerm.of(DO_LIST.get(0), a.term().start(), a.term().end()));
          dd.asOf = rr.day(LocalDate.of(1999, 1, 1), LocalDate.of(1999, 12, 31));
        });
  }

  // Secretariat action ---------------------------------------------------------------------------

  private static Draft secretariatAction(Draw r, Ctx c) {
    LocalDate date = c.day(r);
    List<SecretariatTask> tasks = new ArrayList<>(List.of(SecretariatTask.values()));
    tasks.remove(SecretariatTask.OTHER);
    List<Meeting> supportable =
        c.history.meetings().stream().filter(m -> agreedWithin(c.history, m)).toList();
    tasks.remove(SecretariatTask.EVENT_SUPPORT);
    SecretariatTask task =
        r.chance(35) && !supportable.isEmpty() ? SecretariatTask.EVENT_SUPPORT : r.pick(tasks);
    List<Actor> instructors = new ArrayList<>(List.of(VMC, GRCM, PPT));
    c.history.presidencyHolder(date).ifPresent(p -> instructors.add(Actor.of(p)));
    Optional<String> serves =
        task == SecretariatTask.EVENT_SUPPORT && !supportable.isEmpty()
            ? Optional.of(r.pick(supportable).id())
            : Optional.empty();
    SecretariatAction action =
        SecretariatAction.builder()
            .id("TS-" + date.getYear() + "-" + r.between(1, 50))
            .date(date)
            .task(task)
            .description(r.chance(50) ? "" : "Support requested on " + date)
            .instructedBy(r.pick(instructors))
            .servesRecommendation(
                Optional.ofNullable(
                    !c.endorsed.isEmpty() && r.chance(40) ? r.pick(c.endorsed) : null))
            .servesMeeting(serves)
            .build();
    return perturb(
        r,
        c,
        new Draft(c.history, action),
        SecretariatAction.class,
        (rr, cc, dd, a) -> dd.act = a.withTask(SecretariatTask.OTHER), // RCM-TS-3
        (rr, cc, dd, a) -> { // instructed by someone who may not: RCM-TS-2
          Optional<Party> h = cc.history.presidencyHolder(a.date());
          dd.act =
              a.withInstructedBy(
                  rr.pick(
                      List.of(
                          TS,
                          VS,
                          IOM,
                          Actor.of(rr.pick(OBSERVERS)),
                          Actor.of(rr.pick(without(MEMBERS, h.orElse(null)))))));
        },
        (rr, cc, dd, a) -> { // serves a recommendation not endorsed: RCM-GRC-2
          List<String> candidates = new ArrayList<>(cc.unendorsed);
          candidates.add("REC-1900-" + rr.between(1, 9));
          dd.act = a.withServesRecommendation(rr.pick(candidates));
        },
        // supports a meeting nobody recorded, or names none: RCM-TS-6
        (rr, cc, dd, a) ->
            dd.act =
                a.withTask(SecretariatTask.EVENT_SUPPORT)
                    .withServesMeeting(
                        rr.chance(40)
                            ? Optional.empty()
                            : Optional.of("EV-1900-" + rr.between(1, 9))),
        (rr, cc, dd, a) -> { // supports an event nobody in the Conference agreed: RCM-TS-6
          LocalDate start = a.date().plusDays(rr.between(1, 60));
          Optional<Actor> agreedBy =
              rr.pick(
                  List.of(
                      Optional.empty(),
                      Optional.of(TS),
                      Optional.of(IOM),
                      Optional.of(Actor.of(rr.pick(OBSERVERS)))));
          Meeting event =
              Meeting.builder()
                  .id("EV-UNAGREED-" + rr.between(1, 99))
                  .kind(rr.pick(EVENTS))
                  .start(start)
                  .end(start)
                  .agreedBy(agreedBy)
                  .build();
          if (dd.history.meeting(event.id()).isEmpty()) {
            dd.history = History.builder().from(dd.history).addMeeting(event).build();
          }
          dd.act = a.withTask(SecretariatTask.EVENT_SUPPORT).withServesMeeting(event.id());
        });
  }

  /** Whether documents of a kind are an observer's own, never judged for their authors. */
  private static boolean isObserversOwn(DocumentKind kind) {
    return kind == DocumentKind.TECHNICAL_ADVICE || kind == DocumentKind.INFORMATION_NOTE;
  }

  private static boolean agreedWithin(History history, Meeting m) {
    if (!m.kind().isEvent()) {
      return true;
    }
    Optional<Actor> by = m.agreedBy();
    if (by.isEmpty()) {
      return false;
    }
    Actor a = by.get();
    return a.equals(VMC)
        || a.equals(GRCM)
        || a.equals(PPT)
        || history.presidencyHolder(m.start()).map(a::is).orElse(false);
  }

  // Plan of Action, projects, cooperation, facilities -------------------------------------------

  private static Draft planOfActionActivity(Draw r, Ctx c) {
    LocalDate date = c.day(r);
    PlanOfActionActivity activity =
        PlanOfActionActivity.builder()
            .id("POA-" + date.getYear() + "-" + r.between(1, 30))
            .date(date)
            .description(r.chance(30) ? "" : "Regional training on " + r.pick(CITIES))
            .proposedBy(r.pick(List.of(GRCM, TS, PPT, VMC, Actor.of(r.pick(MEMBERS)))))
            .basedOn(
                Optional.ofNullable(
                    !c.endorsed.isEmpty() && r.chance(60) ? r.pick(c.endorsed) : null))
            .build();
    return perturb(
        r,
        c,
        new Draft(c.history, activity),
        PlanOfActionActivity.class,
        (rr, cc, dd, a) -> { // carries out a recommendation not endorsed: RCM-GRC-2
          List<String> candidates = new ArrayList<>(cc.unendorsed);
          candidates.add("REC-1900-" + rr.between(1, 9));
          dd.act = a.withBasedOn(rr.pick(candidates));
        });
  }

  private static Draft projectSupport(Draw r, Ctx c) {
    LocalDate date = c.day(r);
    List<Party> determinedBy = new ArrayList<>(r.some(c.membersOn(date), 1, 3));
    determinedBy.addAll(r.some(OBSERVER_STATES, 0, 1));
    ProjectSupport support =
        ProjectSupport.builder()
            .id("PS-" + date.getYear() + "-" + r.between(1, 30))
            .date(date)
            .organisation(r.pick(r.chance(85) ? OBSERVER_ORGANISATIONS : NON_STATUS_ORGANISATIONS))
            .project("Return and reintegration project " + r.between(1, 20))
            .determinedBy(determinedBy)
            .build();
    return perturb(
        r,
        c,
        new Draft(c.history, support),
        ProjectSupport.class,
        // no Member determined it: RCM-OBS-2
        (rr, cc, dd, a) ->
            dd.act = a.withDeterminedBy(rr.some(concat(OBSERVER_STATES, NON_STATUS_STATES), 0, 3)));
  }

  private static Draft technicalCooperation(Draw r, Ctx c) {
    LocalDate date = c.day(r);
    List<Actor> requesters = new ArrayList<>();
    requesters.add(r.pick(List.of(PPT, VMC, Actor.of(r.pick(c.membersOn(date))))));
    requesters.addAll(r.some(List.of(GRCM, TS, Actor.of(r.pick(OBSERVERS))), 0, 1));
    TechnicalCooperation cooperation =
        TechnicalCooperation.builder()
            .id("TC-" + date.getYear() + "-" + r.between(1, 30))
            .date(date)
            .description(r.chance(30) ? "" : "Technical cooperation on migration statistics")
            .requestedBy(requesters)
            .build();
    return perturb(
        r,
        c,
        new Draft(c.history, cooperation),
        TechnicalCooperation.class,
        // nobody entitled asked for it: RCM-IOM-1
        (rr, cc, dd, a) ->
            dd.act =
                a.withRequestedBy(
                    rr.some(
                        List.of(
                            GRCM,
                            TS,
                            IOM,
                            Actor.of(rr.pick(OBSERVERS)),
                            Actor.of(rr.pick(NON_STATUS_STATES))),
                        0,
                        3)));
  }

  private static Draft facilitySupport(Draw r, Ctx c) {
    LocalDate date = c.day(r);
    FacilitySupport support =
        FacilitySupport.builder()
            .id("FS-" + date.getYear() + "-" + r.between(1, 30))
            .date(date)
            .facility(r.pick(List.of(FacilityKind.values())))
            .build();
    return new Draft(c.history, support);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  /** What an act is built against: the history, read once. */
  private static final class Ctx {
    final History history;
    final List<Meeting> vms;
    final List<Meeting> grcm;
    final List<Meeting> midTerms;
    final List<Meeting> consultations;
    final List<String> recommendations;
    final List<String> endorsed;
    final List<String> unendorsed;
    final int highestNumber;
    final int nextYear;
    final int nextTermYear;

    Ctx(History history) {
      this.history = history;
      this.vms =
          history.meetings().stream()
              .filter(m -> m.kind() == MeetingKind.VICE_MINISTERIAL)
              .sorted(Comparator.comparing(Meeting::start).thenComparing(Meeting::id))
              .toList();
      this.grcm = history.meetings().stream().filter(m -> m.kind().isGrcm()).toList();
      this.midTerms =
          history.meetings().stream().filter(m -> m.kind() == MeetingKind.GRCM_MID_TERM).toList();
      this.consultations =
          history.meetings().stream()
              .filter(m -> m.kind() == MeetingKind.INTERSESSIONAL_CONSULTATION)
              .toList();
      this.recommendations =
          history.recommendations().stream().map(RecommendationRecord::id).toList();
      this.endorsed = ids(history, true);
      this.unendorsed = ids(history, false);
      this.highestNumber = history.highestViceMinisterialNumber().orElse(0);
      int lastVmYear = vms.isEmpty() ? 2023 : vms.get(vms.size() - 1).start().getYear();
      int lastTermYear =
          history.presidencyTerms().stream().mapToInt(t -> t.end().getYear()).max().orElse(2023);
      this.nextYear = Math.max(lastVmYear, lastTermYear) + 1;
      this.nextTermYear = lastTermYear + 1;
    }

    private static List<String> ids(History history, boolean endorsed) {
      return history.recommendations().stream()
          .filter(x -> (x.reviewState() == ReviewState.ENDORSED) == endorsed)
          .map(RecommendationRecord::id)
          .toList();
    }

    /** A Vice-Ministerial meeting of the history, or a plausible one when it has none. */
    Meeting vm(Draw r) {
      if (!vms.isEmpty()) {
        return r.pick(vms);
      }
      LocalDate start = LocalDate.of(nextYear, 5, r.between(8, 25));
      return Meeting.builder()
          .id("VM-" + nextYear)
          .kind(MeetingKind.VICE_MINISTERIAL)
          .number(1)
          .start(start)
          .end(start.plusDays(1))
          .build();
    }

    /** A mid-term meeting of the history, or a plausible one when it has none. */
    Meeting midTerm(Draw r) {
      if (!midTerms.isEmpty()) {
        return r.pick(midTerms);
      }
      LocalDate start = LocalDate.of(nextYear, 10, r.between(1, 25));
      return Meeting.builder()
          .id("MT-" + nextYear)
          .kind(MeetingKind.GRCM_MID_TERM)
          .start(start)
          .end(start)
          .build();
    }

    /** A day in a year of the history, never before the founding of the forum. */
    LocalDate day(Draw r) {
      int year = vms.isEmpty() ? nextYear : r.pick(vms).start().getYear();
      LocalDate from = LocalDate.of(year, 1, 1);
      if (from.isBefore(Charter.FOUNDED)) {
        from = Charter.FOUNDED;
      }
      return r.day(from, LocalDate.of(year, 12, 31));
    }

    List<Party> membersOn(LocalDate date) {
      return ModelGens.membersOn(date);
    }
  }

  /**
   * Draws values from a QuickTheories randomness source, so that generated values shrink and replay
   * with a seed.
   */
  static final class Draw {
    private final RandomnessSource in;

    Draw(RandomnessSource in) {
      this.in = in;
    }

    int between(int lo, int hi) {
      return lo == hi ? lo : Generate.range(lo, hi).generate(in);
    }

    boolean chance(int percent) {
      return between(0, 99) < percent;
    }

    <T> T pick(List<T> xs) {
      return xs.get(between(0, xs.size() - 1));
    }

    <T> T draw(Gen<T> gen) {
      return gen.generate(in);
    }

    /** Between {@code min} and {@code max} distinct elements, in random order. */
    <T> List<T> some(List<T> xs, int min, int max) {
      List<T> pool = new ArrayList<>(xs);
      int n = between(Math.min(min, pool.size()), Math.min(max, pool.size()));
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(pool.remove(between(0, pool.size() - 1)));
      }
      return out;
    }

    LocalDate day(LocalDate from, LocalDate to) {
      return from.plusDays(between(0, (int) DAYS.between(from, to)));
    }
  }

  /**
   * The Members of the built-in charter on a day; the founders for a day before the founding, so
   * that generators always have a Member to draw.
   */
  static List<Party> membersOn(LocalDate date) {
    return new ArrayList<>(date.isBefore(DO_JOINS) ? MEMBERS.subList(0, 10) : MEMBERS);
  }

  private static List<Delegation> deputyMinisters(List<Party> parties) {
    return parties.stream().map(Delegation::deputyMinister).toList();
  }

  private static List<Delegation> grcmDelegations(Draw r, LocalDate date, boolean someOther) {
    List<Delegation> out = new ArrayList<>();
    for (Party p : r.some(membersOn(date), 2, 6)) {
      out.add(
          Delegation.of(
              p,
              r.pick(
                  List.of(Level.OFFICIAL, Level.OFFICIAL, Level.TECHNICIAN, Level.DEPUTY_MINISTER)),
              someOther && out.isEmpty() ? Service.INTERIOR : r.pick(GRCM_SERVICES)));
    }
    return out;
  }

  /** Observers attending in their usual capacity: they never make a GRCM delegation wrong. */
  private static List<Delegation> observerDelegations(Draw r) {
    return r.some(OBSERVERS, 0, 2).stream()
        .map(
            p ->
                Delegation.of(
                    p,
                    Level.OFFICIAL,
                    p.isState()
                        ? r.pick(GRCM_SERVICES)
                        : r.pick(List.of(Service.values()).subList(0, 4))))
        .toList();
  }

  private static Delegation wrongServiceDelegation(Draw r) {
    Party state = r.pick(r.chance(80) ? MEMBERS : OBSERVER_STATES);
    Service service = r.pick(List.of(Service.INTERIOR, Service.JUSTICE, Service.OTHER));
    return Delegation.builder()
        .party(state)
        .level(r.pick(List.of(Level.values())))
        .service(service)
        .serviceName(Optional.ofNullable(service == Service.OTHER ? r.pick(SERVICE_NAMES) : null))
        .build();
  }

  private static <T> List<T> append(List<T> xs, T x) {
    List<T> out = new ArrayList<>(xs);
    out.add(x);
    return out;
  }

  private static <T> List<T> replaceOne(Draw r, List<T> xs, Function<T, T> change) {
    if (xs.isEmpty()) {
      return xs;
    }
    List<T> out = new ArrayList<>(xs);
    int i = r.between(0, xs.size() - 1);
    out.set(i, change.apply(xs.get(i)));
    return out;
  }

  private static <T> List<T> without(List<T> xs, T x) {
    List<T> out = new ArrayList<>(xs);
    out.remove(x);
    return out;
  }

  private static <T> List<T> without(List<T> xs, List<T> removed) {
    List<T> out = new ArrayList<>(xs);
    out.removeAll(removed);
    return out;
  }

  private static <T> List<T> dedupe(List<T> xs) {
    return xs.stream().distinct().collect(Collectors.toList());
  }

  @SafeVarargs
  private static <T> List<T> concat(List<T>... lists) {
    List<T> out = new ArrayList<>();
    for (List<T> l : lists) {
      out.addAll(l);
    }
    return List.copyOf(out);
  }

  private static List<Party> states(String... codes) {
    return Arrays.stream(codes).map(Party::state).toList();
  }

  private static List<Party> organisations(String... codes) {
    return Arrays.stream(codes).map(Party::organisation).toList();
  }
}
