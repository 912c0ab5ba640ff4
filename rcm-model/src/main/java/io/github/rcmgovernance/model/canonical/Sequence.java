package io.github.rcmgovernance.model.canonical;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a list attribute whose order means something, such as a charter's rotation order. The
 * canonical form keeps such a list in order; every other list of the model is a set whose order
 * means nothing, and is sorted.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Sequence {}
