package io.github.rcmgovernance.rules;

import static io.github.rcmgovernance.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rcmgovernance.model.charter.Charter;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every verdict carries a stable fingerprint of what was judged, by which rules, with what outcome.
 */
class ReceiptTest {
  /** Prints the fingerprints of a fixed set of verdicts; run in a second JVM by the test. */
  public static void main(String[] args) {
    for (RuleCases.Case c : RuleCases.all()) {
      System.out.println(
          Validator.builder()
              .charter(c.charter())
              .build()
              .validate(c.violating(), c.history())
              .fingerprint());
    }
  }

  private static String fingerprintsHere() {
    StringBuilder out = new StringBuilder();
    for (RuleCases.Case c : RuleCases.all()) {
      out.append(
              Validator.builder()
                  .charter(c.charter())
                  .build()
                  .validate(c.violating(), c.history())
                  .fingerprint())
          .append(System.lineSeparator());
    }
    return out.toString();
  }

  @Test
  void fingerprintIsTheSameInAnotherJvm() throws Exception {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=off",
                    ReceiptTest.class.getName()))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String other = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(other).isEqualTo(fingerprintsHere());
    assertThat(other.lines().distinct().count()).isEqualTo(RuleCases.all().size());
  }

  @Test
  void fingerprintDoesNotDependOnTheOrderOfTheInput() {
    Verdict given = Validator.standard().validate(decision(), history());
    Verdict reordered =
        Validator.standard()
            .validate(
                decision()
                    .withDeciders(dm(PA), dm(MX), dm(CR))
                    .withSessionAttendees(dm(PA), dm(CR), dm(MX)),
                history().withPresidencyTerms(history().presidencyTerms().reverse()));
    assertThat(reordered.fingerprint()).isEqualTo(given.fingerprint()).hasSize(64);
  }

  @Test
  void fingerprintChangesWithTheInputTheRulesOrTheOutcome() {
    Verdict given = Validator.standard().validate(decision(), history());
    assertThat(Validator.standard().validate(decision().withId("OTHER"), history()).fingerprint())
        .isNotEqualTo(given.fingerprint());
    assertThat(Validator.standard().validate(decision(), history(), day(2024, 5, 23)).fingerprint())
        .isNotEqualTo(given.fingerprint());
    Validator relaxed = Validator.builder().disable("RCM-DEC-6").build();
    assertThat(relaxed.ruleSetVersion()).isNotEqualTo(Validator.standard().ruleSetVersion());
    assertThat(relaxed.validate(decision(), history()).fingerprint())
        .isNotEqualTo(given.fingerprint());
    assertThat(given.ruleSetVersion()).startsWith("rcm-rules 0.1.0");
  }

  /**
   * The receipt is worked out when first asked for: threads that ask at once all get the receipt
   * the verdict's copy made by the same validation gives.
   */
  @Test
  void threadsAskingForTheReceiptAtOnceGetTheSameOne() throws Exception {
    Receipt expected = Validator.standard().validate(decision(), history()).receipt();
    for (int round = 0; round < 20; round++) {
      Verdict verdict = Validator.standard().validate(decision(), history());
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.ExecutorService pool =
          java.util.concurrent.Executors.newFixedThreadPool(4);
      try {
        List<java.util.concurrent.Future<Receipt>> receipts = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
          receipts.add(
              pool.submit(
                  () -> {
                    start.await();
                    return verdict.receipt();
                  }));
        }
        start.countDown();
        for (java.util.concurrent.Future<Receipt> r : receipts) {
          assertThat(r.get(1, TimeUnit.MINUTES)).isEqualTo(expected);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /** Verdicts with the same outcome on different inputs differ: equality covers the receipt. */
  @Test
  void verdictsOnDifferentInputsAreNotEqualEvenWithTheSameOutcome() {
    Verdict given = Validator.standard().validate(decision(), history());
    Verdict again = Validator.standard().validate(decision(), history());
    Verdict renamedCharter =
        Validator.builder()
            .charter(Charter.rcm().withName("the same rules under another name"))
            .build()
            .validate(decision(), history());

    assertThat(again).isEqualTo(given).hasSameHashCodeAs(given);
    assertThat(renamedCharter.violations()).isEqualTo(given.violations());
    assertThat(renamedCharter.ruleSetVersion()).isEqualTo(given.ruleSetVersion());
    assertThat(renamedCharter.receipt().charterDigest())
        .isNotEqualTo(given.receipt().charterDigest());
    assertThat(renamedCharter).isNotEqualTo(given);
  }
}
