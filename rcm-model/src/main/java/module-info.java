/**
 * The model of the Regional Conference on Migration: parties and their statuses, bodies,
 * delegations, meetings, the history, the acts proposed for validation, the charter of parameters,
 * the canonical form of values, the JSON form, and its messages in English and Spanish.
 *
 * @since 0.1.0
 */
module io.github.rcmgovernance.model {
  requires transitive com.google.common;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive org.jspecify;
  requires com.fasterxml.jackson.datatype.guava;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  // Annotations the generated value classes carry; needed to compile only.
  requires static org.immutables.value.annotations;
  requires static org.immutables.encode;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports io.github.rcmgovernance.model.act;
  exports io.github.rcmgovernance.model.body;
  exports io.github.rcmgovernance.model.canonical;
  exports io.github.rcmgovernance.model.charter;
  exports io.github.rcmgovernance.model.delegation;
  exports io.github.rcmgovernance.model.history;
  exports io.github.rcmgovernance.model.json;
  exports io.github.rcmgovernance.model.meeting;
  exports io.github.rcmgovernance.model.party;
  exports io.github.rcmgovernance.model.plan;
  exports io.github.rcmgovernance.model.text;
  exports io.github.rcmgovernance.model.time;

  // Jackson reads and writes the value types through their generated implementations.
  opens io.github.rcmgovernance.model.act to
      com.fasterxml.jackson.databind;
  opens io.github.rcmgovernance.model.body to
      com.fasterxml.jackson.databind;
  opens io.github.rcmgovernance.model.charter to
      com.fasterxml.jackson.databind;
  opens io.github.rcmgovernance.model.delegation to
      com.fasterxml.jackson.databind;
  opens io.github.rcmgovernance.model.history to
      com.fasterxml.jackson.databind;
  opens io.github.rcmgovernance.model.meeting to
      com.fasterxml.jackson.databind;
  opens io.github.rcmgovernance.model.party to
      com.fasterxml.jackson.databind;
  opens io.github.rcmgovernance.model.plan to
      com.fasterxml.jackson.databind;
}
