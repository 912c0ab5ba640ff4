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
        .hasMessageStartingWith("custom rules need the Drools DRL toolchain")
        .hasMessageNotContaining("do not compile")
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

  /** The test's class loader, with the catalogue's model index replaced by the given text. */
  private static ClassLoader withIndex(String index) {
    return new ClassLoader(RuleBases.class.getClassLoader()) {
      @Override
      public java.io.InputStream getResourceAsStream(String name) {
        if (name.equals(RuleBases.MODEL_INDEX)) {
          return index == null
              ? null
              : new java.io.ByteArrayInputStream(
                  index.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return super.getResourceAsStream(name);
      }
    };
  }

  @Test
  void aMissingEmptyOrBrokenModelIndexIsRefusedByName() {
    assertThatThrownBy(() -> RuleBases.loadCatalogue(withIndex(null)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the rule catalogue is missing")
        .hasMessageContaining(RuleBases.MODEL_INDEX);
    assertThatThrownBy(() -> RuleBases.loadCatalogue(withIndex("Drools-Model-Version:10\n\n  \n")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the rule catalogue is empty");
    assertThatThrownBy(() -> RuleBases.loadCatalogue(withIndex("com.example.NoSuchModel\n")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the rule catalogue cannot be loaded")
        .hasMessageContaining("com.example.NoSuchModel");
  }

  @Test
  void theIndexListsTheModelsOneALineBesideItsVersionLine() throws Exception {
    String index;
    try (var in = RuleBases.class.getClassLoader().getResourceAsStream(RuleBases.MODEL_INDEX)) {
      index = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    // The same models, with blank lines and the version line around them, give the same rules.
    var kieBase =
        RuleBases.loadCatalogue(withIndex("\n  \nDrools-Model-Version:x\n" + index + "\n"));
    assertThat(kieBase).isNotNull();
    assertThat(RuleMetadata.read(kieBase).idByRuleName().values())
        .containsExactlyInAnyOrderElementsOf(
            RuleMetadata.read(RuleBases.catalogue()).idByRuleName().values());
  }

  @Test
  void anErrorIsTracedToTheSourceItsPathNames() {
    assertThat(RuleBases.sourceIndex("src/main/resources/com/x/rcm-custom-1.drl", 3)).isEqualTo(1);
    assertThat(RuleBases.sourceIndex("src/main/resources/rcm-custom-11.drl", 12)).isEqualTo(11);
    assertThat(RuleBases.sourceIndex("rcm-custom-0.drl", 2)).isZero();
    assertThat(RuleBases.sourceIndex("src/main/resources/other.drl", 2)).isEqualTo(-1);
    assertThat(RuleBases.sourceIndex(null, 2)).isEqualTo(-1);
    // With one source, every error is that source's.
    assertThat(RuleBases.sourceIndex(null, 1)).isZero();
    assertThat(RuleBases.sourceIndex("src/main/resources/other.drl", 1)).isZero();
  }
}
