package io.github.rcmgovernance.rules;

/**
 * The JUnit tag of tests that compile DRL while they run (custom rules). They run in every build;
 * mutation runs leave them out, because inside PIT's test process the engine's in-memory Java
 * compiler fails: it reads this module's own {@code module-info} and reports every module that
 * descriptor requires as not found ({@code module not found: org.drools.compiler}, ...). The engine
 * then meets a compiled class without bytes (a {@code NullPointerException} in {@code
 * CanonicalModelKieProject.writeProjectOutput}), so these tests cannot pass there unmutated.
 */
final class CompilesDrl {
  static final String TAG = "compiles-drl";

  private CompilesDrl() {}
}
