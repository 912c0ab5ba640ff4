package io.github.rcmgovernance.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rcmgovernance.examples.benchmarks.ProfileOwners.Owner;
import org.junit.jupiter.api.Test;

/** How {@link ProfileOwners} tells whose code a frame is. */
class ProfileOwnersTest {
  @Test
  void theEngineTheRulesTheLibraryAndTheModelAreToldApart() {
    assertThat(ProfileOwners.ownerOf("org.drools.core.phreak.PhreakFromNode"))
        .isEqualTo(Owner.ENGINE);
    assertThat(ProfileOwners.ownerOf("org.kie.api.runtime.KieSession")).isEqualTo(Owner.ENGINE);
    assertThat(ProfileOwners.ownerOf("io.github.rcmgovernance.rules.catalogue.Grc3"))
        .isEqualTo(Owner.CATALOGUE);
    // The executable model's lambdas for the rules are generated in the rules' package.
    assertThat(
            ProfileOwners.ownerOf(
                "io.github.rcmgovernance.rules.catalogue.PE7.LambdaExtractorE772EAB8670273C4"))
        .isEqualTo(Owner.CATALOGUE);
    assertThat(ProfileOwners.ownerOf("io.github.rcmgovernance.rules.Verdicts"))
        .isEqualTo(Owner.LIBRARY);
    assertThat(ProfileOwners.ownerOf("io.github.rcmgovernance.rules.internal.Messages"))
        .isEqualTo(Owner.LIBRARY);
    assertThat(ProfileOwners.ownerOf("io.github.rcmgovernance.model.history.History"))
        .isEqualTo(Owner.MODEL);
    assertThat(ProfileOwners.ownerOf("org.openjdk.jmh.runner.BenchmarkHandler"))
        .isEqualTo(Owner.OTHER);
  }

  @Test
  void theJdkAndGuavaServeWhoeverCallsThem() {
    assertThat(ProfileOwners.ownerOf("java.util.HashMap")).isNull();
    assertThat(ProfileOwners.ownerOf("jdk.internal.misc.Unsafe")).isNull();
    assertThat(ProfileOwners.ownerOf("sun.nio.cs.UTF_8")).isNull();
    assertThat(ProfileOwners.ownerOf("com.google.common.collect.ImmutableList")).isNull();
  }
}
