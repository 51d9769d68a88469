package io.lifecycleops.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.support.DmnTable;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadPriorityDecisionTest {

  private static final DmnTable TABLE = DmnTable.of("lead-priority");

  private static Object priority(String fitTier, Integer engagementScore) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("fitTier", fitTier);
    variables.put("engagementScore", engagementScore);
    return TABLE.evaluate(variables).getSingleEntry();
  }

  @ParameterizedTest
  @CsvSource({"A, 40", "A, 41", "A, 100"})
  void shouldBeHotWhenTierAAndEngagementAtLeast40(String fitTier, Integer engagementScore) {
    assertThat(priority(fitTier, engagementScore)).isEqualTo("HOT");
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"A, 39", "A, 0", "A, NULL"})
  void shouldBeWarmWhenTierAAndEngagementBelow40OrUnknown(String fitTier, Integer engagementScore) {
    assertThat(priority(fitTier, engagementScore)).isEqualTo("WARM");
  }

  @ParameterizedTest
  @CsvSource({"B, 60", "B, 100"})
  void shouldBeHotWhenTierBAndEngagementAtLeast60(String fitTier, Integer engagementScore) {
    assertThat(priority(fitTier, engagementScore)).isEqualTo("HOT");
  }

  @ParameterizedTest
  @CsvSource({"B, 30", "B, 59"})
  void shouldBeWarmWhenTierBAndEngagement30To59(String fitTier, Integer engagementScore) {
    assertThat(priority(fitTier, engagementScore)).isEqualTo("WARM");
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"B, 29", "B, 0", "B, NULL"})
  void shouldBeColdWhenTierBAndEngagementBelow30OrUnknown(String fitTier, Integer engagementScore) {
    assertThat(priority(fitTier, engagementScore)).isEqualTo("COLD");
  }

  @ParameterizedTest
  @CsvSource({"C, 70", "C, 100"})
  void shouldBeWarmWhenTierCAndEngagementAtLeast70(String fitTier, Integer engagementScore) {
    assertThat(priority(fitTier, engagementScore)).isEqualTo("WARM");
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"C, 69", "C, 0", "C, NULL"})
  void shouldBeColdWhenTierCAndEngagementBelow70OrUnknown(String fitTier, Integer engagementScore) {
    assertThat(priority(fitTier, engagementScore)).isEqualTo("COLD");
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"D, 100", "D, 0", "D, NULL"})
  void shouldBeColdWhenTierD(String fitTier, Integer engagementScore) {
    assertThat(priority(fitTier, engagementScore)).isEqualTo("COLD");
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"NULL, 100", "NULL, NULL", "a, 100"})
  void shouldBeColdWhenTierMissingOrUnknown(String fitTier, Integer engagementScore) {
    assertThat(priority(fitTier, engagementScore)).isEqualTo("COLD");
  }
}
