package io.lifecycleops.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.support.DmnTable;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The icp-fit DRD: lead-segment and lead-region feed icp-fit; each decision is tested on its own and through icp-fit. */
class IcpFitDecisionTest {

  /** The DRD's decisions, each parsed with what it requires. */
  private static final Map<String, DmnTable> DECISIONS = Map.of(
      "lead-segment", DmnTable.of("icp-fit", "lead-segment"),
      "lead-region", DmnTable.of("icp-fit", "lead-region"),
      "icp-fit", DmnTable.of("icp-fit", "icp-fit"));

  private static final int ENTERPRISE_EMPLOYEES = 1000;
  private static final int MID_MARKET_EMPLOYEES = 999;
  private static final int SMB_EMPLOYEES = 99;

  private static Object evaluate(String decisionKey, String output, Map<String, Object> variables) {
    return DECISIONS.get(decisionKey).evaluate(variables).getSingleResult().getEntry(output);
  }

  private static Map<String, Object> lead(Integer employees, Double annualRevenue, String country, String industry) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("employees", employees);
    variables.put("annualRevenue", annualRevenue);
    variables.put("country", country);
    variables.put("industry", industry);
    return variables;
  }

  // ---------------------------------------------------------------- lead-segment

  private static Object segment(Integer employees, Double annualRevenue) {
    return evaluate("lead-segment", "segment", lead(employees, annualRevenue, "US", "Software"));
  }

  @ParameterizedTest
  @ValueSource(ints = {1000, 1001, 250_000})
  void shouldBeEnterpriseWhenAtLeast1000Employees(int employees) {
    assertThat(segment(employees, 1_000_000.0)).isEqualTo("ENTERPRISE");
    assertThat(segment(employees, null)).isEqualTo("ENTERPRISE");
  }

  @ParameterizedTest
  @CsvSource(nullValues = "NULL", value = {"10, 250000000", "999, 250000000", "NULL, 250000000", "50, 1.2E10"})
  void shouldBeEnterpriseWhenRevenueAtLeast250M(Integer employees, double annualRevenue) {
    assertThat(segment(employees, annualRevenue)).isEqualTo("ENTERPRISE");
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 500, 999})
  void shouldBeMidMarketWhen100To999EmployeesAndRevenueBelow250M(int employees) {
    assertThat(segment(employees, 249_999_999.99)).isEqualTo("MID_MARKET");
    assertThat(segment(employees, null)).isEqualTo("MID_MARKET");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 99})
  void shouldBeSmbWhenFewerThan100EmployeesAndRevenueBelow250M(int employees) {
    assertThat(segment(employees, 249_999_999.99)).isEqualTo("SMB");
  }

  @Test
  void shouldBeSmbWhenSizeUnknown() {
    assertThat(segment(null, null)).isEqualTo("SMB");
  }

  // ---------------------------------------------------------------- lead-region

  private static Object region(String country) {
    return evaluate("lead-region", "region", lead(500, null, country, "Software"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"US", "CA", "MX", "BR", "AR", "CL", "CO", "PE", "UY", "VE", "PA", "CR", "PR", "JM", "DO"})
  void shouldBeAmerWhenCountryInTheAmericas(String country) {
    assertThat(region(country)).isEqualTo("AMER");
  }

  @ParameterizedTest
  @ValueSource(strings = {"AU", "NZ", "JP", "CN", "IN", "SG", "KR", "HK", "TW", "ID", "MY", "TH", "PH", "VN", "FJ"})
  void shouldBeApacWhenCountryInAsiaPacific(String country) {
    assertThat(region(country)).isEqualTo("APAC");
  }

  @ParameterizedTest
  @ValueSource(strings = {"DE", "GB", "FR", "NL", "PL", "AE", "SA", "IL", "IR", "TR", "ZA", "NG", "EG", "KZ"})
  void shouldBeEmeaWhenCountryInEuropeMiddleEastAfricaOrCentralAsia(String country) {
    assertThat(region(country)).isEqualTo("EMEA");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "XX", "us"})
  void shouldBeEmeaWhenCountryMissingOrUnknown(String country) {
    assertThat(region(country)).isEqualTo("EMEA");
  }

  // ---------------------------------------------------------------- icp-fit

  private static Object fitTier(int employees, String industry) {
    return evaluate("icp-fit", "fitTier", lead(employees, null, "DE", industry));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Software", "Financial Services", "Logistics", "Healthcare", "Manufacturing"})
  void shouldBeTierAWhenEnterpriseInTargetIndustry(String industry) {
    assertThat(fitTier(ENTERPRISE_EMPLOYEES, industry)).isEqualTo("A");
  }

  @Test
  void shouldBeTierAWhenEnterpriseByRevenueInTargetIndustry() {
    assertThat(evaluate("icp-fit", "fitTier", lead(40, 250_000_000.0, "JP", "Logistics"))).isEqualTo("A");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"Retail", "Education", "software"})
  void shouldBeTierBWhenEnterpriseOutsideTargetIndustry(String industry) {
    assertThat(fitTier(ENTERPRISE_EMPLOYEES, industry)).isEqualTo("B");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Software", "Financial Services", "Logistics", "Healthcare", "Manufacturing"})
  void shouldBeTierBWhenMidMarketInTargetIndustry(String industry) {
    assertThat(fitTier(MID_MARKET_EMPLOYEES, industry)).isEqualTo("B");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"Retail", "Education"})
  void shouldBeTierCWhenMidMarketOutsideTargetIndustry(String industry) {
    assertThat(fitTier(MID_MARKET_EMPLOYEES, industry)).isEqualTo("C");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Software", "Financial Services", "Logistics", "Healthcare", "Manufacturing"})
  void shouldBeTierCWhenSmbInTargetIndustry(String industry) {
    assertThat(fitTier(SMB_EMPLOYEES, industry)).isEqualTo("C");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"Retail", "Education"})
  void shouldBeTierDWhenSmbOutsideTargetIndustry(String industry) {
    assertThat(fitTier(SMB_EMPLOYEES, industry)).isEqualTo("D");
  }

  @Test
  void shouldBeTierDWhenNothingIsKnownAboutTheLead() {
    assertThat(evaluate("icp-fit", "fitTier", lead(null, null, null, null))).isEqualTo("D");
  }

  @ParameterizedTest
  @ValueSource(strings = {"US", "DE", "AU"})
  void shouldNotDependOnRegionWhenSegmentAndIndustryAreTheSame(String country) {
    assertThat(evaluate("icp-fit", "fitTier", lead(5000, null, country, "Healthcare"))).isEqualTo("A");
  }
}
