package io.github.rcmgovernance.model.act;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;

/**
 * An act proposed to the Conference's rules for judgement. The implementations are closed: one per
 * kind of act the catalogue validates.
 *
 * <p>In JSON an act is an object whose {@code "type"} names the kind ({@code "decision"}, {@code
 * "agendaApproval"}, …).
 *
 * @since 0.1.0
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Decision.class, name = "decision"),
  @JsonSubTypes.Type(value = AgendaApproval.class, name = "agendaApproval"),
  @JsonSubTypes.Type(value = Recommendation.class, name = "recommendation"),
  @JsonSubTypes.Type(value = Document.class, name = "document"),
  @JsonSubTypes.Type(value = MeetingProposal.class, name = "meetingProposal"),
  @JsonSubTypes.Type(value = PresidencyTermProposal.class, name = "presidencyTerm"),
  @JsonSubTypes.Type(value = SecretariatAction.class, name = "secretariatAction"),
  @JsonSubTypes.Type(value = PlanOfActionActivity.class, name = "planOfActionActivity"),
  @JsonSubTypes.Type(value = ProjectSupport.class, name = "projectSupport"),
  @JsonSubTypes.Type(value = TechnicalCooperation.class, name = "technicalCooperation"),
  @JsonSubTypes.Type(value = FacilitySupport.class, name = "facilitySupport")
})
public sealed interface Act
    permits Decision,
        AgendaApproval,
        Recommendation,
        Document,
        MeetingProposal,
        PresidencyTermProposal,
        SecretariatAction,
        PlanOfActionActivity,
        ProjectSupport,
        TechnicalCooperation,
        FacilitySupport {

  /** The act's id, as the embedding system knows it. */
  String id();

  /** The day the act is taken or proposed for. */
  LocalDate date();
}
