package io.github.rcmgovernance.rules;

/**
 * The JUnit tag of tests that compile DRL while they run (custom rules). They run in every build;
 * mutation runs leave them out, because inside PIT's test process the engine's in-memory Java
 * compiler hands back no class bytes (a {@code NullPointerException} in {@code
 * CanonicalModelKieProject.writeProjectOutput}), so they cannot pass there unmutated.
 */
final class CompilesDrl {
  static final String TAG = "compiles-drl";

  private CompilesDrl() {}
}
