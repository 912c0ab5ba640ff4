package io.github.rcmgovernance.examples.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rcmgovernance.examples.BuiltInScenarios;
import io.github.rcmgovernance.examples.scenario.PlanResult;
import io.github.rcmgovernance.examples.scenario.PlanScenario;
import io.github.rcmgovernance.examples.scenario.ScenarioReader;
import io.github.rcmgovernance.examples.scenario.ScenarioResult;
import io.github.rcmgovernance.examples.scenario.ScenarioRunner;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.charter.MonthWindow;
import io.github.rcmgovernance.rules.PlanStep;
import io.github.rcmgovernance.rules.Verdict;
import io.github.rcmgovernance.rules.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * The page's structure, read back with jsoup: what it must show, and that it needs nothing else.
 */
class CalendarPageTest {
  private static final ScenarioRunner RUNNER = new ScenarioRunner();

  static List<PlanResult> builtInPlans() {
    return new ScenarioReader()
        .readEachPlan(List.of(BuiltInScenarios.resource("plans"))).plans().stream()
            .map(RUNNER::run)
            .toList();
  }

  private static Document page(List<PlanResult> results, Locale locale) {
    return Jsoup.parse(CalendarPage.ofPlans(results, locale));
  }

  @Test
  void isSelfContained() {
    for (Document doc :
        List.of(
            page(builtInPlans(), Locale.ENGLISH),
            Jsoup.parse(CalendarPage.ofScenarios(scenarios(), Locale.ENGLISH)))) {
      assertThat(doc.documentType()).isNotNull();
      assertThat(doc.documentType().name()).isEqualTo("html");
      assertThat(doc.select("script, link, iframe, object, embed, img, base")).isEmpty();
      assertThat(doc.select("[src]")).isEmpty();
      for (Element a : doc.select("[href]")) {
        String href = a.attr("href");
        assertThat(href).startsWith("#");
        assertThat(doc.getElementById(href.substring(1))).as(href).isNotNull();
      }
      String style = doc.select("style").html();
      assertThat(style).doesNotContain("url(", "@import", "@font-face", "http");
      assertThat(doc.select("[style]").eachAttr("style"))
          .allSatisfy(s -> assertThat(s).doesNotContain("url("));
      assertThat(style).contains("@media print");
    }
  }

  @Test
  void showsEveryStepAtItsDateColouredByItsVerdict() {
    List<PlanResult> results = builtInPlans();
    Document doc = page(results, Locale.ENGLISH);
    Elements plans = doc.select("section.plan");
    assertThat(plans).hasSize(results.size());
    for (int p = 0; p < results.size(); p++) {
      PlanResult result = results.get(p);
      Element section = plans.get(p);
      assertThat(section.selectFirst("h2").text()).isEqualTo(result.plan().name());
      List<PlanStep> steps = result.verdict().steps();
      assertThat(section.select("li.act")).hasSize(steps.size());
      for (int i = 0; i < steps.size(); i++) {
        Verdict verdict = steps.get(i).verdict();
        PlanScenario.Step step = result.plan().steps().get(i);
        LocalDate date = step.act().date();
        Element chip =
            monthOf(section, date).selectFirst("li.act[data-act=\"" + verdict.actId() + "\"]");
        assertThat(chip).as(verdict.actId()).isNotNull();
        assertThat(chip.attr("data-date")).isEqualTo(date.toString());
        assertThat(chip.selectFirst(".day").text()).isEqualTo(String.valueOf(date.getDayOfMonth()));
        assertThat(chip.classNames())
            .as(verdict.actId())
            .contains(
                !verdict.isValid()
                    ? "invalid"
                    : verdict.warnings().isEmpty() ? "valid" : "warning");
        if (step.act() instanceof MeetingProposal proposal) {
          LocalDate start = proposal.meeting().start();
          Element meeting =
              monthOf(section, start)
                  .selectFirst("li.meeting[data-act=\"" + verdict.actId() + "\"]");
          assertThat(meeting).as("meeting of " + verdict.actId()).isNotNull();
          assertThat(meeting.text()).contains(proposal.meeting().id());
        }
        Element row = section.getElementById(chip.selectFirst("a").attr("href").substring(1));
        assertThat(row.text()).contains(verdict.actId());
        assertThat(row.select("td.entered, td.not-entered").first().className())
            .isEqualTo(steps.get(i).entered() ? "entered" : "not-entered");
        violations(row, verdict);
      }
    }
  }

  private static Element monthOf(Element section, LocalDate day) {
    Element month =
        section.selectFirst(
            "section.year[data-year="
                + day.getYear()
                + "] div.month[data-month="
                + day.getMonthValue()
                + "]");
    assertThat(month).as("month of " + day).isNotNull();
    return month;
  }

  private static void violations(Element row, Verdict verdict) {
    Elements items = row.select("ul.violations > li");
    assertThat(items).hasSize(verdict.violations().size());
    for (int k = 0; k < items.size(); k++) {
      Violation v = verdict.violations().get(k);
      Element item = items.get(k);
      assertThat(item.attr("data-rule")).isEqualTo(v.ruleId());
      assertThat(item.selectFirst(".message").text()).isEqualTo(v.message());
      assertThat(item.selectFirst("cite").text()).isEqualTo("[" + v.cite() + "]");
      assertThat(item.selectFirst(".remedy").text())
          .contains(v.remedy().description(Locale.ENGLISH));
      assertThat(item.classNames()).contains(v.severity().name().toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void marksTheCharterWindowsAndThePresidency() {
    List<PlanResult> results = builtInPlans();
    Document doc = page(results, Locale.ENGLISH);
    Elements plans = doc.select("section.plan");
    for (int p = 0; p < results.size(); p++) {
      PlanResult result = results.get(p);
      MonthWindow vm = result.plan().charter().viceMinisterialWindow();
      MonthWindow mt = result.plan().charter().midTermWindow();
      for (Element month : plans.get(p).select("div.month")) {
        int m = Integer.parseInt(month.attr("data-month"));
        assertThat(month.hasClass("vm-window"))
            .as("month %s", m)
            .isEqualTo(m >= vm.fromMonth() && m <= vm.toMonth());
        assertThat(month.hasClass("mid-term-window"))
            .as("month %s", m)
            .isEqualTo(m >= mt.fromMonth() && m <= mt.toMonth());
      }
    }
    // Guatemala holds the whole of 2025 in the valid plans; 2026 has no term recorded.
    Element year2025 = plans.get(0).selectFirst("section.year[data-year=2025]");
    Element term = year2025.selectFirst("div.term");
    assertThat(term.attr("data-holder")).isEqualTo("GT");
    assertThat(term.attr("style")).isEqualTo("left:0.00%;width:100.00%");
    Element year2024 = plans.get(0).selectFirst("section.year[data-year=2024]");
    assertThat(year2024.selectFirst("div.term").attr("data-holder")).isEqualTo("MX");
    assertThat(plans.get(0).selectFirst("section.year[data-year=2026] div.presidency").text())
        .contains("no term recorded");
  }

  @Test
  void speaksThePagesLanguageAndEscapesWhatItIsGiven() {
    Document es = page(builtInPlans(), Locale.forLanguageTag("es"));
    assertThat(es.selectFirst("html").attr("lang")).isEqualTo("es");
    assertThat(es.title()).isEqualTo("Planes y sus veredictos");
    assertThat(es.select("div.month-name").eachText()).contains("may", "dic");
    assertThat(es.select("ul.legend").text()).contains("no válido");

    PlanResult first = builtInPlans().get(0);
    PlanScenario hostile =
        new PlanScenario(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            first.plan().charter(),
            first.plan().history(),
            first.plan().steps(),
            first.plan().source());
    Document doc = page(List.of(RUNNER.run(hostile)), Locale.ENGLISH);
    assertThat(doc.select("script, img")).isEmpty();
    assertThat(doc.selectFirst("h2").text()).isEqualTo("<script>alert(1)</script>");
  }

  private static List<ScenarioResult> scenarios() {
    return RUNNER.runAll(new ScenarioReader().readAll(BuiltInScenarios.directory()));
  }

  @Test
  void aScenarioPageHasARowPerScenarioInASectionPerCharter() {
    List<ScenarioResult> results = scenarios();
    Document doc = Jsoup.parse(CalendarPage.ofScenarios(results, Locale.ENGLISH));
    assertThat(doc.select("table.acts tbody tr")).hasSize(results.size());
    assertThat(doc.select("li.act")).hasSize(results.size());
    long charters = results.stream().map(r -> r.scenario().charter()).distinct().count();
    assertThat(doc.select("section.plan")).hasSize((int) charters);
    assertThat(doc.select("td.entered, td.not-entered")).isEmpty();
    for (ScenarioResult r : results) {
      assertThat(doc.select("li.act[data-act=\"" + r.verdict().actId() + "\"]")).isNotEmpty();
    }
  }
}
