package io.github.rcmgovernance.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rcmgovernance.model.text.InvalidValueException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {
  @Test
  void eachPrecisionKnowsItsBounds() {
    PartialDate day = PartialDate.parse("2019-11-13");
    assertThat(day.precision()).isEqualTo(PartialDate.Precision.DAY);
    assertThat(day.day()).contains(LocalDate.of(2019, 11, 13));
    assertThat(day.earliest()).isEqualTo(day.latest());

    PartialDate month = PartialDate.parse("2024-02");
    assertThat(month.day()).isEmpty();
    assertThat(month.earliest()).contains(LocalDate.of(2024, 2, 1));
    assertThat(month.latest()).contains(LocalDate.of(2024, 2, 29));
    assertThat(month.year()).hasValue(2024);

    PartialDate year = PartialDate.parse("2013");
    assertThat(year.earliest()).contains(LocalDate.of(2013, 1, 1));
    assertThat(year.latest()).contains(LocalDate.of(2013, 12, 31));
    assertThat(year.mayBe(LocalDate.of(2013, 7, 4))).isTrue();
    assertThat(year.mayBe(LocalDate.of(2014, 1, 1))).isFalse();

    PartialDate unknown = PartialDate.parse("unknown");
    assertThat(unknown.isUnknown()).isTrue();
    assertThat(unknown.year()).isEmpty();
    assertThat(unknown.earliest()).isEmpty();
    assertThat(unknown.mayBe(LocalDate.of(1, 1, 1))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019-11-13", "2019-11", "2019", "0999", "unknown"})
  void theWrittenFormReadsBackAsItself(String text) {
    assertThat(PartialDate.parse(text).toString()).isEqualTo(text);
    assertThat(PartialDate.parse(text)).isEqualTo(PartialDate.parse(text));
    assertThat(PartialDate.parse(text).hashCode()).isEqualTo(PartialDate.parse(text).hashCode());
  }

  @Test
  void aMonthIsNotADayOfThatMonth() {
    assertThat(PartialDate.inMonth(YearMonth.of(2019, 11)))
        .isNotEqualTo(PartialDate.of(LocalDate.of(2019, 11, 1)));
    assertThat(PartialDate.inYear(2019)).isNotEqualTo(PartialDate.inMonth(YearMonth.of(2019, 1)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "Unknown", "2019-13", "2019-02-30", "19", "2019-1", "20190", "2019/11"})
  void anythingElseIsRefusedNamingTheText(String text) {
    assertThatThrownBy(() -> PartialDate.parse(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("yyyy-MM-dd, yyyy-MM, yyyy or unknown");
  }

  @Test
  void nullIsRefusedNamingTheField() {
    assertThatThrownBy(() -> PartialDate.of(null)).hasMessageContaining("day");
    assertThatThrownBy(() -> PartialDate.inMonth(null)).hasMessageContaining("month");
    assertThatThrownBy(() -> PartialDate.inYear(0)).hasMessageContaining("year");
  }
}
