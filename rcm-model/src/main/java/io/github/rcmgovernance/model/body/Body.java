package io.github.rcmgovernance.model.body;

import io.github.rcmgovernance.model.party.Party;
import java.util.Optional;

/**
 * The bodies of the Conference.
 *
 * @since 0.1.0
 */
public enum Body {
  /** The annual meeting of the Members' Deputy Ministers: the only body that decides (GI-3). */
  VICE_MINISTERIAL_CONFERENCE,
  /**
   * The Regional Consultation Group on Migration: recommends and monitors, never decides (GR-1).
   */
  GRCM,
  /**
   * The Pro-Tempore Presidency, held by one Member State per term: hosts, orients the TS (GI-3,
   * SEC-1).
   */
  PRO_TEMPORE_PRESIDENCY,
  /** The Technical Secretariat: supports, neither decides nor recommends (SEC-1, SEC-2). */
  TECHNICAL_SECRETARIAT,
  /** The Virtual Secretariat that the TS helps maintain (SEC-2). */
  VIRTUAL_SECRETARIAT,
  /**
   * IOM's Regional Office and Regional Representative in San José (HO-1, SEC-2). It belongs to IOM
   * and speaks for it: see {@link #speaksFor()}.
   */
  IOM_REGIONAL_OFFICE;

  private static final Party IOM = Party.organisation("IOM");

  /**
   * The party this body belongs to and speaks for, if any: {@code IOM} for {@link
   * #IOM_REGIONAL_OFFICE}; none for the Conference's own bodies. Where a rule asks who drafts,
   * adopts or decides, a body that speaks for a party counts as that party.
   *
   * @return the party, or empty for the Conference's own bodies
   */
  public Optional<Party> speaksFor() {
    return this == IOM_REGIONAL_OFFICE ? Optional.of(IOM) : Optional.empty();
  }
}
