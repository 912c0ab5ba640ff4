package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

/**
 * A small, fixed sample of the differential comparison of {@link DifferentialTest}: the same inputs
 * on every run, so that mutation testing can use it (the full comparison draws fresh inputs and
 * takes a minute).
 */
class DifferentialSampleTest {
  private static final long SEED = 20_261_207L;

  /** Inputs: 3,000 in a build; mutation runs pass fewer ({@code rcm.differential.sample}). */
  private static final int SAMPLE = Integer.getInteger("rcm.differential.sample", 3_000);

  @Test
  void droolsAndTheOracleAgreeOnAFixedSample() {
    int[] invalid = {0};
    qt().withFixedSeed(SEED)
        .withExamples(SAMPLE)
        .forAll(DifferentialTest.inputs())
        .checkAssert(
            in -> {
              Verdict verdict =
                  DifferentialTest.validator(in.charter())
                      .validate(in.scenario().act(), in.scenario().history(), in.scenario().asOf());
              assertThat(DifferentialTest.droolsFindings(verdict))
                  .isEqualTo(DifferentialTest.oracleFindings(in.charter(), in.scenario()));
              invalid[0] += verdict.isValid() ? 0 : 1;
            });
    // The sample holds both outcomes.
    assertThat(invalid[0]).isBetween(SAMPLE / 10, SAMPLE - SAMPLE / 10);
  }
}
