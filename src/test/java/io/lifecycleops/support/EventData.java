package io.lifecycleops.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Event data as the CRM sends it, for tests outside the capability that owns the event. */
public final class EventData {

  private EventData() {}

  /** A complete ENTERPRISE (DE) sales-to-CS handoff package, won by ethan. */
  public static Map<String, Object> closedWon(String accountId) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("accountId", accountId);
    data.put("opportunityId", "opp-" + accountId);
    data.put("accountName", "Globex " + accountId);
    data.put("segment", "ENTERPRISE");
    data.put("country", "DE");
    data.put("arr", 240000);
    data.put("currency", "EUR");
    data.put("termStart", "2026-12-01");
    data.put("termEnd", "2027-11-30");
    data.put("seats", 100);
    data.put("products", List.of("Platform", "Analytics"));
    data.put("champion", "Hank Scorpio");
    data.put("economicBuyer", "Lisa Chen (CFO)");
    data.put("technicalContact", "Raj Patel");
    data.put("successCriteria", List.of("Onboard 3 teams", "Replace legacy reporting"));
    data.put("commitments", List.of("SSO in the first month", "Price locked for 2 years"));
    data.put("implementationDeadline", "2027-02-28");
    data.put("accountExecutive", "ethan");
    return data;
  }

  /** The same closed-won package for an account of {@code segment} at {@code arr}. */
  public static Map<String, Object> closedWon(String accountId, String segment, double arr) {
    Map<String, Object> data = closedWon(accountId);
    data.put("segment", segment);
    data.put("arr", arr);
    return data;
  }
}
