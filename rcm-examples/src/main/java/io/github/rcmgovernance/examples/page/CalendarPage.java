package io.github.rcmgovernance.examples.page;

import static java.util.Objects.requireNonNull;

import io.github.rcmgovernance.examples.record.Audit;
import io.github.rcmgovernance.examples.scenario.PlanResult;
import io.github.rcmgovernance.examples.scenario.ScenarioResult;
import io.github.rcmgovernance.examples.text.Texts;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.act.PresidencyTermProposal;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.charter.MonthWindow;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.time.PartialDate;
import io.github.rcmgovernance.rules.PlanStep;
import io.github.rcmgovernance.rules.Undetermined;
import io.github.rcmgovernance.rules.Verdict;
import io.github.rcmgovernance.rules.Violation;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * Writes plan or scenario results as one self-contained HTML page.
 *
 * <p>Each section (a plan, or the scenarios judged under one charter) shows, for every year its
 * acts fall in, twelve months with each act at its date, coloured by verdict (valid, valid with
 * warnings, invalid), and each proposed meeting at its first day, outlined in its proposal's
 * colour; the months of the charter's Vice-Ministerial and mid-term windows, and the presidency
 * holder over the year; then a table of the acts with their verdicts and, for each violation, its
 * rule, severity, message, cite and remedy.
 *
 * <p>All text goes through jsoup, which escapes it; the page holds no script, no font and no link
 * outside itself, and has styles for the screen and for print. Every word is in the page's
 * language.
 */
public final class CalendarPage {
  private static final String STYLE =
      """
      :root { --valid: #1b7f3b; --warn: #9a6700; --invalid: #b42318; --undetermined: #6e7781;
        --line: #d0d7de;
              --vm: #ddeaff; --mt: #efe3ff; --ink: #1f2328; --muted: #59636e; }
      * { box-sizing: border-box; }
      body { font-family: system-ui, sans-serif; color: var(--ink); margin: 1.5rem auto;
             max-width: 80rem; padding: 0 1rem; line-height: 1.4; font-size: 15px; }
      h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
      h2 { font-size: 1.25rem; margin: 2rem 0 .25rem; border-bottom: 2px solid var(--line); }
      h3 { font-size: 1.05rem; margin: 1rem 0 .25rem; }
      p.meta, p.description { color: var(--muted); margin: .25rem 0; }
      .legend { display: flex; flex-wrap: wrap; gap: .75rem; margin: .5rem 0 1rem;
                font-size: .85rem; padding: 0; list-style: none; }
      .legend li { display: flex; align-items: center; gap: .3rem; }
      .swatch { display: inline-block; width: .9rem; height: .9rem; border-radius: 2px; }
      .swatch.valid { background: var(--valid); } .swatch.warning { background: var(--warn); }
      .swatch.invalid { background: var(--invalid); }
      .swatch.undetermined { background: var(--undetermined); }
      .swatch.meeting { border: 2px dashed var(--muted); } .swatch.vm { background: var(--vm);
      border: 1px solid #9db7e8; } .swatch.mid-term { background: var(--mt); border: 1px solid #c4a7ef; }
      .months { display: grid; grid-template-columns: repeat(12, minmax(0, 1fr));
                border: 1px solid var(--line); border-radius: 4px; }
      .month { border-left: 1px solid var(--line); min-height: 6rem; padding: .2rem;
               font-size: .78rem; }
      .month:first-child { border-left: none; }
      .month.vm-window { background: var(--vm); } .month.mid-term-window { background: var(--mt); }
      .month.vm-window.mid-term-window { background: linear-gradient(var(--vm), var(--mt)); }
      .month-name { font-weight: 600; text-align: center; }
      .windows { text-align: center; color: var(--muted); font-size: .7rem; min-height: .9rem; }
      ol.acts { list-style: none; margin: .2rem 0 0; padding: 0; }
      ol.acts li { margin: 0 0 .2rem; padding: .1rem .25rem; border-radius: 3px; color: #fff;
                   overflow-wrap: anywhere; }
      ol.acts li a { color: inherit; text-decoration: none; }
      li.act.valid { background: var(--valid); } li.act.warning { background: var(--warn); }
      li.act.invalid { background: var(--invalid); }
      li.act.undetermined { background: var(--undetermined); }
      ol.acts li.meeting { background: #fff; color: var(--ink); border: 2px dashed var(--line); }
      ol.acts li.meeting.valid { border-color: var(--valid); }
      ol.acts li.meeting.warning { border-color: var(--warn); }
      ol.acts li.meeting.invalid { border-color: var(--invalid); }
      ol.acts li.meeting.undetermined { border-color: var(--undetermined); }
      .day { font-weight: 700; margin-right: .2rem; }
      .presidency { margin: .3rem 0 0; font-size: .78rem; }
      .lane { position: relative; height: 1.4rem; border: 1px solid var(--line);
              border-radius: 3px; margin-top: .15rem; }
      .term { position: absolute; top: 0; bottom: 0; background: #eef1f4;
              border-right: 1px solid #fff; padding: .1rem .3rem; overflow: hidden;
              white-space: nowrap; }
      .presidency .label { color: var(--muted); }
      table.acts { border-collapse: collapse; width: 100%; margin: .75rem 0; font-size: .85rem; }
      table.acts th, table.acts td { border-top: 1px solid var(--line); text-align: left;
                                     vertical-align: top; padding: .3rem .4rem; }
      td.verdict.valid { color: var(--valid); font-weight: 600; }
      td.verdict.warning { color: var(--warn); font-weight: 600; }
      td.verdict.invalid { color: var(--invalid); font-weight: 600; }
      td.verdict.undetermined { color: var(--undetermined); font-weight: 600; }
      ul.undetermined li { color: var(--undetermined); }
      ul.violations { margin: .2rem 0 0; padding-left: 1.1rem; }
      ul.violations li.error { color: var(--invalid); } ul.violations li.warning { color: var(--warn); }
      ul.violations .message { color: var(--ink); }
      .remedy { color: var(--muted); }
      code { font-size: .85em; }
      @media print {
        body { margin: 0; max-width: none; font-size: 10pt; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        section.year, tr { break-inside: avoid; }
        h2 { break-after: avoid; }
        ol.acts li a { text-decoration: none; }
      }
      """;

  private final Locale locale;
  private final DateTimeFormatter dates;

  private CalendarPage(Locale locale) {
    this.locale = requireNonNull(locale, "locale");
    this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
  }

  /** One act on the page. */
  private record Entry(
      String anchor,
      String heading,
      Act act,
      Verdict verdict,
      Optional<Boolean> entered,
      List<String> mismatches,
      Optional<String> recordedDates) {
    Entry(
        String anchor,
        String heading,
        Act act,
        Verdict verdict,
        Optional<Boolean> entered,
        List<String> mismatches) {
      this(anchor, heading, act, verdict, entered, mismatches, Optional.empty());
    }

    /** Whether the act's own day means something: not for an entry of a record. */
    boolean marksActDay() {
      return recordedDates.isEmpty();
    }
  }

  /** A part of the page: acts judged under one charter, with the presidency terms to show. */
  private record Section(
      String title,
      String description,
      Charter charter,
      List<PresidencyTerm> terms,
      List<Entry> entries) {}

  /**
   * The page of plan results: a section per plan, its presidency read from the history the plan
   * leaves.
   *
   * @param results the plans' results
   * @param locale the page's language
   * @return the HTML text
   */
  public static String ofPlans(List<PlanResult> results, Locale locale) {
    CalendarPage page = new CalendarPage(locale);
    List<Section> sections = new ArrayList<>();
    for (int p = 0; p < results.size(); p++) {
      PlanResult r = results.get(p);
      List<Entry> entries = new ArrayList<>();
      for (int i = 0; i < r.verdict().steps().size(); i++) {
        PlanStep step = r.verdict().steps().get(i);
        entries.add(
            new Entry(
                "p" + (p + 1) + "-s" + (i + 1),
                page.text("page.step", i + 1),
                r.plan().steps().get(i).act(),
                step.verdict(),
                Optional.of(step.entered()),
                r.mismatches(i, locale)));
      }
      sections.add(
          new Section(
              r.plan().name(),
              r.plan().description(),
              r.plan().charter(),
              r.verdict().history().presidencyTerms(),
              entries));
    }
    return page.render(page.text("page.title.plans"), sections);
  }

  /**
   * The page of an audit of a public record: one section, each judged entry at the month of its
   * first day where the record knows it, coloured by verdict; presidency terms known only by their
   * year have no lane.
   *
   * @param record the record's file, as named
   * @param charterName the charter's name as given
   * @param charter the charter the audit judged under
   * @param rows the audit's rows
   * @param locale the page's language
   * @return the HTML text
   */
  public static String ofAudit(
      String record, String charterName, Charter charter, List<Audit.Row> rows, Locale locale) {
    CalendarPage page = new CalendarPage(locale);
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Audit.Row r = rows.get(i);
      entries.add(
          new Entry(
              "e" + (i + 1),
              r.label() + " · " + r.place(),
              r.act(),
              r.verdict(),
              Optional.empty(),
              List.of(),
              Optional.of(r.dates())));
    }
    Section section =
        new Section(
            page.text("page.section.audit", record, charterName),
            page.text("page.audit.description"),
            charter,
            rows.stream()
                .map(Audit.Row::act)
                .filter(PresidencyTermProposal.class::isInstance)
                .map(a -> ((PresidencyTermProposal) a).term())
                .toList(),
            entries);
    return page.render(page.text("page.title.audit"), List.of(section));
  }

  /**
   * The page of scenario results: a section per charter, in the order the charters first appear;
   * its presidency terms are those of the scenarios' histories.
   *
   * @param results the scenarios' results
   * @param locale the page's language
   * @return the HTML text
   */
  public static String ofScenarios(List<ScenarioResult> results, Locale locale) {
    CalendarPage page = new CalendarPage(locale);
    Map<Charter, List<ScenarioResult>> byCharter = new LinkedHashMap<>();
    for (ScenarioResult r : results) {
      byCharter.computeIfAbsent(r.scenario().charter(), c -> new ArrayList<>()).add(r);
    }
    List<Section> sections = new ArrayList<>();
    int n = 0;
    for (Map.Entry<Charter, List<ScenarioResult>> group : byCharter.entrySet()) {
      List<Entry> entries = new ArrayList<>();
      TreeSet<PresidencyTerm> terms =
          new TreeSet<>(
              java.util.Comparator.comparing(PresidencyTerm::start)
                  .thenComparing(PresidencyTerm::end)
                  .thenComparing(t -> t.holder().toString()));
      for (ScenarioResult r : group.getValue()) {
        n++;
        r.scenario().history().presidencyTerms().stream()
            .filter(PresidencyTerm::isDated)
            .forEach(terms::add);
        entries.add(
            new Entry(
                "s" + n,
                r.scenario().name(),
                r.scenario().act(),
                r.verdict(),
                Optional.empty(),
                r.mismatches(locale)));
      }
      Charter charter = group.getKey();
      sections.add(
          new Section(
              page.text("page.section.charter", charter.name()),
              "",
              charter,
              List.copyOf(terms),
              entries));
    }
    return page.render(page.text("page.title.scenarios"), sections);
  }

  private String text(String key, Object... arguments) {
    return Texts.format(locale, key, arguments);
  }

  private String render(String title, List<Section> sections) {
    Document doc = Document.createShell("");
    // Standards mode: without a doctype, browsers lay the page out in quirks mode.
    doc.prependChild(new DocumentType("html", "", ""));
    doc.outputSettings().prettyPrint(true).indentAmount(1);
    doc.selectFirst("html").attr("lang", locale.getLanguage());
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text(title);
    head.appendElement("style").appendText(STYLE);
    Element body = doc.body();
    body.appendElement("h1").text(title);
    legend(body.appendElement("ul").addClass("legend"));
    for (Section section : sections) {
      section(body.appendElement("section").addClass("plan"), section);
    }
    return doc.outerHtml() + "\n";
  }

  private void legend(Element list) {
    for (String kind :
        List.of("valid", "warning", "invalid", "undetermined", "meeting", "vm", "mid-term")) {
      Element item = list.appendElement("li");
      item.appendElement("span").addClass("swatch").addClass(kind);
      item.appendText(text("page.legend." + kind));
    }
  }

  private void section(Element out, Section section) {
    out.appendElement("h2").text(section.title());
    if (!section.description().isEmpty()) {
      out.appendElement("p").addClass("description").text(section.description());
    }
    Charter c = section.charter();
    out.appendElement("p")
        .addClass("meta")
        .text(
            text(
                "page.windows",
                c.name(),
                window(c.viceMinisterialWindow()),
                window(c.midTermWindow())));
    TreeSet<Integer> years = new TreeSet<>();
    for (Entry e : section.entries()) {
      if (e.marksActDay()) {
        years.add(e.act().date().getYear());
      }
      meetingDay(e).ifPresent(d -> years.add(d.getYear()));
    }
    for (int year : years) {
      year(
          out.appendElement("section").addClass("year").attr("data-year", String.valueOf(year)),
          year,
          section);
    }
    table(out, section);
  }

  private String window(MonthWindow w) {
    return text(
        "page.window",
        Month.of(w.fromMonth()).getDisplayName(TextStyle.FULL_STANDALONE, locale),
        Month.of(w.toMonth()).getDisplayName(TextStyle.FULL_STANDALONE, locale));
  }

  private void year(Element out, int year, Section section) {
    out.appendElement("h3").text(String.valueOf(year));
    Element months = out.appendElement("div").addClass("months");
    Charter c = section.charter();
    for (Month month : Month.values()) {
      int m = month.getValue();
      Element cell =
          months.appendElement("div").addClass("month").attr("data-month", String.valueOf(m));
      List<String> windows = new ArrayList<>();
      if (inWindow(c.viceMinisterialWindow(), m)) {
        cell.addClass("vm-window");
        windows.add(text("page.window.vm"));
      }
      if (inWindow(c.midTermWindow(), m)) {
        cell.addClass("mid-term-window");
        windows.add(text("page.window.midTerm"));
      }
      cell.appendElement("div")
          .addClass("month-name")
          .text(month.getDisplayName(TextStyle.SHORT_STANDALONE, locale));
      cell.appendElement("div").addClass("windows").text(String.join(" · ", windows));
      Element acts = cell.appendElement("ol").addClass("acts");
      List<Mark> marks = new ArrayList<>();
      for (Entry e : section.entries()) {
        if (e.marksActDay()) {
          marks.add(new Mark(e.act().date(), e, false));
        }
        meetingDay(e).ifPresent(d -> marks.add(new Mark(d, e, true)));
      }
      marks.stream()
          .filter(k -> k.day().getYear() == year && k.day().getMonthValue() == m)
          .sorted(java.util.Comparator.comparing(Mark::day))
          .forEach(k -> chip(acts, k));
    }
    presidency(out.appendElement("div").addClass("presidency"), year, section.terms());
  }

  /**
   * Where a proposed meeting is marked: its first day, or the first of its month when only the
   * month is known; nowhere when only its year is, or nothing.
   */
  private static Optional<LocalDate> meetingDay(Entry e) {
    if (!(e.act() instanceof MeetingProposal p)) {
      return Optional.empty();
    }
    PartialDate start = p.meeting().startAsKnown();
    return start.precision() == PartialDate.Precision.DAY
            || start.precision() == PartialDate.Precision.MONTH
        ? start.earliest()
        : Optional.empty();
  }

  private static boolean inWindow(MonthWindow w, int month) {
    return month >= w.fromMonth() && month <= w.toMonth();
  }

  /**
   * A mark on the calendar: an act at its date, or the meeting a proposal proposes at its start.
   */
  private record Mark(LocalDate day, Entry entry, boolean meeting) {}

  private void chip(Element list, Mark mark) {
    Entry e = mark.entry();
    Element item =
        list.appendElement("li")
            .addClass(mark.meeting() ? "meeting" : "act")
            .addClass(kind(e.verdict()))
            .attr("data-act", e.act().id())
            .attr("data-date", mark.day().toString())
            .attr(
                "title",
                mark.meeting()
                    ? text("page.meetingOf", e.act().id(), verdictText(e.verdict()))
                    : e.heading() + ": " + verdictText(e.verdict()));
    Element link = item.appendElement("a").attr("href", "#" + e.anchor());
    boolean monthOnly =
        mark.meeting()
            && ((MeetingProposal) e.act()).meeting().startAsKnown().precision()
                == PartialDate.Precision.MONTH;
    link.appendElement("span")
        .addClass("day")
        .text(monthOnly ? "?" : String.valueOf(mark.day().getDayOfMonth()));
    link.appendText(mark.meeting() ? ((MeetingProposal) e.act()).meeting().id() : e.act().id());
  }

  /** The terms that cover part of the year, each in the first lane where it overlaps no other. */
  private void presidency(Element out, int year, List<PresidencyTerm> terms) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    double days = first.lengthOfYear();
    List<List<PresidencyTerm>> lanes = new ArrayList<>();
    for (PresidencyTerm t : terms) {
      if (!t.isDated() || t.end().isBefore(first) || t.start().isAfter(last)) {
        continue;
      }
      List<PresidencyTerm> free = null;
      for (List<PresidencyTerm> lane : lanes) {
        if (lane.stream().noneMatch(t::overlaps)) {
          free = lane;
          break;
        }
      }
      if (free == null) {
        free = new ArrayList<>();
        lanes.add(free);
      }
      free.add(t);
    }
    out.appendElement("span").addClass("label").text(text("page.presidency"));
    List<String> byYear =
        terms.stream()
            .filter(t -> !t.isDated() && t.heldIn().orElse(0) == year)
            .map(t -> t.holder().toString())
            .toList();
    if (!byYear.isEmpty()) {
      out.appendText(" " + text("page.presidency.byYear", String.join(", ", byYear)));
    }
    if (lanes.isEmpty()) {
      if (byYear.isEmpty()) {
        out.appendText(" " + text("page.presidency.none"));
      }
      return;
    }
    for (List<PresidencyTerm> lane : lanes) {
      Element track = out.appendElement("div").addClass("lane");
      for (PresidencyTerm t : lane) {
        LocalDate from = t.start().isBefore(first) ? first : t.start();
        LocalDate to = t.end().isAfter(last) ? last : t.end();
        double left = 100.0 * (from.getDayOfYear() - 1) / days;
        double width = 100.0 * (to.getDayOfYear() - from.getDayOfYear() + 1) / days;
        track
            .appendElement("div")
            .addClass("term")
            .attr("data-holder", t.holder().toString())
            .attr("style", String.format(Locale.ROOT, "left:%.2f%%;width:%.2f%%", left, width))
            .attr(
                "title",
                text(
                    "page.term",
                    t.holder().toString(),
                    dates.format(t.start()),
                    dates.format(t.end())))
            .text(t.holder().toString());
      }
    }
  }

  private void table(Element out, Section section) {
    boolean plan = section.entries().stream().anyMatch(e -> e.entered().isPresent());
    Element table = out.appendElement("table").addClass("acts");
    Element header = table.appendElement("thead").appendElement("tr");
    List<String> columns =
        new ArrayList<>(List.of("page.column.act", "page.column.date", "page.column.verdict"));
    if (plan) {
      columns.add("page.column.history");
    }
    columns.add("page.column.violations");
    columns.forEach(k -> header.appendElement("th").text(text(k)));
    Element rows = table.appendElement("tbody");
    for (Entry e : section.entries()) {
      Element row = rows.appendElement("tr").attr("id", e.anchor());
      Element act = row.appendElement("td");
      act.appendElement("div").text(e.heading());
      act.appendElement("code").text(e.act().id());
      row.appendElement("td").text(e.recordedDates().orElseGet(() -> dates.format(e.act().date())));
      Element verdict = row.appendElement("td").addClass("verdict").addClass(kind(e.verdict()));
      verdict.appendElement("div").text(verdictText(e.verdict()));
      if (!e.mismatches().isEmpty()) {
        Element list = verdict.appendElement("ul").addClass("mismatches");
        list.appendElement("li").text(text("page.expected.notMet"));
        e.mismatches().forEach(m -> list.appendElement("li").text(m));
      }
      e.entered()
          .ifPresent(
              entered ->
                  row.appendElement("td")
                      .addClass(entered ? "entered" : "not-entered")
                      .text(text(entered ? "page.entered" : "page.notEntered")));
      violations(row.appendElement("td"), e.verdict());
    }
  }

  private void violations(Element cell, Verdict verdict) {
    undetermined(cell, verdict);
    if (verdict.violations().isEmpty()) {
      cell.prependText(text("page.violations.none"));
      return;
    }
    Element list = cell.prependElement("ul").addClass("violations");
    for (Violation v : verdict.violations()) {
      Element item =
          list.appendElement("li")
              .addClass(v.severity().name().toLowerCase(Locale.ROOT))
              .attr("data-rule", v.ruleId());
      item.appendElement("code").text(v.ruleId());
      item.appendText(" " + text("severity." + v.severity().name()) + ": ");
      item.appendElement("span").addClass("message").text(v.message(locale));
      item.appendText(" ");
      item.appendElement("cite").text("[" + v.cite() + "]");
      item.appendElement("div")
          .addClass("remedy")
          .text(
              text(
                  v.remedy().mechanical() ? "page.fix" : "page.advice",
                  v.remedy().description(locale)));
    }
  }

  /** The rules the verdict could not fully judge, with their reasons. */
  private void undetermined(Element cell, Verdict verdict) {
    if (verdict.undetermined().isEmpty()) {
      return;
    }
    Element list = cell.appendElement("ul").addClass("undetermined");
    for (Undetermined u : verdict.undetermined()) {
      Element item = list.appendElement("li").attr("data-rule", u.ruleId());
      item.appendElement("code").text(u.ruleId());
      item.appendText(" " + text("page.undetermined") + ": " + u.reason(locale));
    }
  }

  private static String kind(Verdict verdict) {
    if (verdict.outcome() == Verdict.Outcome.UNDETERMINED) {
      return "undetermined";
    }
    if (!verdict.isValid()) {
      return "invalid";
    }
    return verdict.warnings().isEmpty() ? "valid" : "warning";
  }

  private String verdictText(Verdict v) {
    return Texts.verdict(v).render(locale);
  }
}
