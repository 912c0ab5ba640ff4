package io.github.rcmgovernance.model.act;

/**
 * The kinds of document the Conference produces (GI-2, GI-3, GR-3, SEC-2).
 *
 * @since 0.1.0
 */
public enum DocumentKind {
  /** The agenda of a Vice-Ministerial meeting. */
  AGENDA(true),
  /** A declaration or press release of the Deputy Ministers. */
  DECLARATION(true),
  /** A background document prepared on request. */
  BACKGROUND_DOCUMENT(false),
  /** Technical advice, as observer organisations may give. */
  TECHNICAL_ADVICE(false),
  /** An information note on a topic of interest. */
  INFORMATION_NOTE(false),
  /** A periodic report of the Technical Secretariat on its activities. */
  ACTIVITY_REPORT(false),
  /** The (updated) Plan of Action. */
  PLAN_OF_ACTION(true),
  /** The Technical Secretariat's terms of reference. */
  TERMS_OF_REFERENCE(false);

  private final boolean bindingByNature;

  DocumentKind(boolean bindingByNature) {
    this.bindingByNature = bindingByNature;
  }

  /**
   * Whether every document of this kind carries recommendations or commitments of the Conference
   * (agenda, declaration, Plan of Action), whatever its flags say (GI-2).
   */
  public boolean isBindingByNature() {
    return bindingByNature;
  }
}
