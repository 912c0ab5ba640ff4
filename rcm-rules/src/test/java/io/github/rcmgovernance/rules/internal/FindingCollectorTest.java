package io.github.rcmgovernance.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rcmgovernance.rules.Target;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a custom rule may report, and which finding is kept when a target is found twice. */
class FindingCollectorTest {
  private static final Target DOC = Target.document("DOC-1");

  @Test
  void aCustomRuleReportsUnderItsOwnIdWithItsOwnMessage() {
    FindingCollector findings = new FindingCollector(Set.of("ACME-1"));

    findings.report("ACME-1", DOC, "house rule broken");

    assertThat(findings.all())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.ruleId()).isEqualTo("ACME-1");
              assertThat(c.literal()).isEqualTo("house rule broken");
              assertThat(c.finding().target()).isEqualTo(DOC);
            });
  }

  @Test
  void aReportWithoutIdTargetOrMessageNamesWhatIsMissing() {
    FindingCollector findings = new FindingCollector(Set.of("ACME-1"));

    assertThatThrownBy(() -> findings.report(null, DOC, "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without a rule id");
    assertThatThrownBy(() -> findings.report("ACME-1", null, "m"))
        .hasMessageContaining("without a target")
        .hasMessageContaining("(rule ACME-1)");
    assertThatThrownBy(() -> findings.report("ACME-1", DOC, null))
        .hasMessageContaining("without a message")
        .hasMessageContaining("(rule ACME-1)");
    assertThat(findings.all()).isEmpty();
  }

  @Test
  void aCustomRuleCannotReportUnderACatalogueId() {
    FindingCollector findings = new FindingCollector(Set.of("ACME-1"));

    assertThatThrownBy(() -> findings.report("RCM-DEC-1", DOC, "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reported under RCM-DEC-1")
        .hasMessageContaining("not the id of a custom rule");
    assertThat(findings.all()).isEmpty();
  }

  @Test
  void theSameTargetFoundTwiceKeepsTheMessageFirstInNaturalOrderWhateverTheOrderFound() {
    FindingCollector ab = new FindingCollector(Set.of("ACME-1"));
    ab.report("ACME-1", DOC, "a: first");
    ab.report("ACME-1", DOC, "b: second");
    FindingCollector ba = new FindingCollector(Set.of("ACME-1"));
    ba.report("ACME-1", DOC, "b: second");
    ba.report("ACME-1", DOC, "a: first");
    FindingCollector same = new FindingCollector(Set.of("ACME-1"));
    same.report("ACME-1", DOC, "a: first");
    same.report("ACME-1", DOC, "a: first");

    assertThat(ab.all()).singleElement().extracting(c -> c.literal()).isEqualTo("a: first");
    assertThat(ba.all()).singleElement().extracting(c -> c.literal()).isEqualTo("a: first");
    assertThat(same.all()).hasSize(1);
  }

  @Test
  void differentTargetsAreKeptInTheOrderFirstReported() {
    FindingCollector findings = new FindingCollector(Set.of("ACME-1", "ACME-2"));
    findings.report("ACME-2", Target.document("B"), "m");
    findings.report("ACME-1", Target.document("A"), "m");
    findings.report("ACME-1", Target.document("B"), "m");

    assertThat(findings.all())
        .extracting(c -> c.ruleId() + " " + c.finding().target())
        .containsExactly("ACME-2 document:B", "ACME-1 document:A", "ACME-1 document:B");
  }

  @Test
  void aRuleReportsUnderItsNameUpToTheFirstSpace() {
    assertThat(FindingCollector.ruleId("RCM-DEC-4 meeting")).isEqualTo("RCM-DEC-4");
    assertThat(FindingCollector.ruleId("RCM-DEC-4")).isEqualTo("RCM-DEC-4");
  }
}
