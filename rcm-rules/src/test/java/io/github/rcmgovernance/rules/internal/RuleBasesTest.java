package io.github.rcmgovernance.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rcmgovernance.rules.RuleCompilationException;
import org.junit.jupiter.api.Test;

/** Custom rules need the DRL toolchain; without it they fail with the dependency to add. */
class RuleBasesTest {
  /** A class loader that sees only the JDK: no Drools, no toolchain. */
  private static final ClassLoader JDK_ONLY = new ClassLoader(null) {};

  @Test
  void withoutTheToolchainCustomRulesFailNamingTheDependency() {
    assertThatThrownBy(() -> RuleBases.requireToolchain(JDK_ONLY))
        .isInstanceOf(RuleCompilationException.class)
        .hasMessageContaining("add the dependency org.drools:drools-model-codegen:")
        .hasMessageContaining("org.drools.model.codegen.ExecutableModelProject is missing")
        .satisfies(
            e ->
                assertThat(((RuleCompilationException) e).problems())
                    .singleElement()
                    .satisfies(p -> assertThat(p.resource()).isEqualTo("(custom rules)")));
  }

  @Test
  void withTheToolchainNothingIsMissing() {
    assertThatCode(() -> RuleBases.requireToolchain(RuleBases.class.getClassLoader()))
        .doesNotThrowAnyException();
    assertThat(RuleBases.TOOLCHAIN).hasSize(2);
  }

  @Test
  void theVersionToAddIsTheEnginesOwn() {
    assertThat(RuleBases.droolsVersion(RuleBases.class.getClassLoader()))
        .matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(RuleBases.droolsVersion(JDK_ONLY)).contains("drools-model-compiler");
  }

  @Test
  void anErrorWithoutALineIsLocatedByTheExpressionItQuotes() {
    String drl = "rule X\nwhen\n  $d : Decision( deciders.size() < 4 )\nthen\nend\n";
    assertThat(RuleBases.locate(drl, "Unable to parse expression: deciders.size() < 4"))
        .isEqualTo(3);
    assertThat(RuleBases.locate(drl, "no quoted expression here")).isZero();
    assertThat(RuleBases.locate(drl, "Expression nowhere.in.source")).isZero();
  }

  @Test
  void aSourceIsWrittenInTheFolderOfItsPackage() {
    assertThat(RuleBases.folder("package com.example.rules;\nrule X when then end"))
        .isEqualTo("com/example/rules/");
    assertThat(RuleBases.folder("// house rules\n  package acme.règles\n"))
        .isEqualTo("acme/règles/");
    assertThat(RuleBases.folder("rule X when then end")).isEmpty();
    assertThat(RuleBases.folder("// package not.this.one\nrule X when then end")).isEmpty();
  }
}
