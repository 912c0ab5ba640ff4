/**
 * The governance rules of the Regional Conference on Migration and the validator that judges
 * proposed acts by them. Only {@code io.github.rcmgovernance.rules} is exported. The module is open
 * because the rule engine reaches the rule classes generated at build time by reflection, and their
 * package names change with every build.
 *
 * @since 0.1.0
 */
open module io.github.rcmgovernance.rules {
  requires transitive io.github.rcmgovernance.model;
  requires org.kie.api;
  requires org.drools.canonicalmodel;
  requires org.drools.compiler;
  requires org.drools.kiesession;
  requires org.drools.modelcompiler;
  requires org.drools.util;
  // The DRL toolchain compiles custom rules only, and is on the module path only when the host
  // adds it (see the README); the catalogue's rules were compiled when the library was built.
  requires static org.drools.model.codegen;
  // Needed by the engine, which as an automatic module cannot say so itself.
  requires org.slf4j;
  // Annotations the generated value classes carry; needed to compile only.
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.rcmgovernance.rules;
}
