package io.github.rcmgovernance.model.act;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document of the Conference, with who wrote it, whether it carries recommendations or
 * commitments, who asked for it and whom it goes to (GI-2, SEC-2).
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonTypeName("document")
@JsonSerialize(as = ImmutableDocument.class)
@JsonDeserialize(as = ImmutableDocument.class)
public abstract non-sealed class Document implements Act, WithDocument {
  Document() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalDate date();

  /** The kind of document. */
  public abstract DocumentKind kind();

  /** Who wrote or co-drafted it. */
  public abstract ImmutableList<Actor> authors();

  /**
   * Copies this document with {@link #authors()} replaced by the given elements.
   *
   * @param elements the new elements of {@code authors}, none of them {@code null}
   * @return a changed copy, or this document itself if its {@code authors} is empty and no element
   *     is given
   * @throws NullPointerException naming {@code authors} if an element is {@code null}
   */
  public abstract Document withAuthors(Actor... elements);

  /**
   * Copies this document with {@link #authors()} replaced by the given elements.
   *
   * @param elements the new elements of {@code authors}, none of them {@code null}
   * @return a changed copy, or this document if {@code elements} is its own {@code authors}
   * @throws NullPointerException naming {@code authors} if an element is {@code null}
   */
  public abstract Document withAuthors(Iterable<? extends Actor> elements);

  /** Whether it contains recommendations. */
  public abstract boolean containsRecommendations();

  /** Whether it contains commitments. */
  public abstract boolean containsCommitments();

  /** Who requested it. */
  public abstract Optional<Actor> requestedBy();

  /** Whom it is addressed to. */
  public abstract ImmutableList<Actor> addressedTo();

  /**
   * Copies this document with {@link #addressedTo()} replaced by the given elements.
   *
   * @param elements the new elements of {@code addressedTo}, none of them {@code null}
   * @return a changed copy, or this document itself if its {@code addressedTo} is empty and no
   *     element is given
   * @throws NullPointerException naming {@code addressedTo} if an element is {@code null}
   */
  public abstract Document withAddressedTo(Actor... elements);

  /**
   * Copies this document with {@link #addressedTo()} replaced by the given elements.
   *
   * @param elements the new elements of {@code addressedTo}, none of them {@code null}
   * @return a changed copy, or this document if {@code elements} is its own {@code addressedTo}
   * @throws NullPointerException naming {@code addressedTo} if an element is {@code null}
   */
  public abstract Document withAddressedTo(Iterable<? extends Actor> elements);

  /** The id of the meeting it prepares. */
  public abstract Optional<String> prepares();

  /** Who approves it, for documents that need approval (Plan of Action, terms of reference). */
  public abstract Optional<Actor> approvedBy();

  /** Whether the document carries recommendations or commitments, by its flags or by its nature. */
  @JsonIgnore
  public final boolean isBinding() {
    return containsRecommendations() || containsCommitments() || kind().isBindingByNature();
  }

  /** A builder of a document. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Document}: set its attributes, then call {@code build()}, which checks them and
   * throws {@link IllegalArgumentException} or {@link IllegalStateException} naming the first one
   * that is missing or wrong.
   */
  public static final class Builder extends ImmutableDocument.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.notBlank("Document.id", id());
    prepares().ifPresent(id -> Checks.notBlank("Document.prepares", id));
    Checks.day("Document.date", date());
  }
}
