package io.github.rcmgovernance.rules;

import io.github.rcmgovernance.model.act.Act;

/** The names of act types, as rules name them in {@code @appliesTo}. */
final class ActTypes {
  private ActTypes() {}

  /**
   * The simple name of an act's type as rules name it in {@code @appliesTo}, such as {@code
   * Decision}.
   */
  static String of(Act act) {
    return ACT_TYPES.get(act.getClass());
  }

  /** The act type of each implementation class, worked out once per class. */
  private static final ClassValue<String> ACT_TYPES =
      new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> implementation) {
          for (Class<?> type = implementation; type != null; type = type.getSuperclass()) {
            for (Class<?> face : type.getInterfaces()) {
              if (face == Act.class) {
                return type.getSimpleName();
              }
            }
          }
          return implementation.getSimpleName();
        }
      };
}
