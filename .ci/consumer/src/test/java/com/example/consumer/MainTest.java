package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.rcmgovernance.rules.Verdict;
import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void observerAmongTheDecidersBreaksRcmDec1() {
    Verdict verdict = Main.quickStart();
    assertFalse(verdict.isValid());
    assertEquals("RCM-DEC-1", verdict.violations().get(0).ruleId());
    assertEquals(36, verdictRuleCount());
    assertEquals(5, Main.acts().size());
  }

  private static int verdictRuleCount() {
    return io.github.rcmgovernance.rules.Validator.standard().rules().size();
  }
}
