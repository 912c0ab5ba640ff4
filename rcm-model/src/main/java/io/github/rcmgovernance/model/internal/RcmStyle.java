package io.github.rcmgovernance.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model: the generated {@code Immutable*} implementations are
 * package-private and only the abstract value types are API. Each value type with a builder
 * declares a nested {@code Builder} that the generated builder extends, and implements the
 * generated {@code With*} interface, so {@code build()} and every {@code with*} copy method return
 * the abstract type. Collections are Guava's immutable ones, held through the list and map
 * encodings ({@code ListEncoding}, {@code MapEncoding}), whose builder and copy methods name the
 * attribute when they refuse a {@code null} element, key or value.
 *
 * <p>Applied at package level; users of the library never need it.
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@ListEncodingEnabled
@MapEncodingEnabled
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    forceJacksonPropertyNames = false,
    depluralize = true)
public @interface RcmStyle {}
