package io.lifecycleops.onboarding;

import static io.lifecycleops.onboarding.ClosedWonToOnboardingProcess.Variables.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.lifecycleops.decision.Decisions;
import io.lifecycleops.intake.CloudEvent;
import io.lifecycleops.intake.EventHandler;
import io.lifecycleops.intake.EventReceipt;
import io.lifecycleops.intake.EventStatus;
import io.lifecycleops.ownership.Account;
import io.lifecycleops.ownership.AccountDirectory;
import io.lifecycleops.process.RunningInstances;
import io.lifecycleops.web.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * {@code opportunity.closed_won}: the sales-to-CS handoff starts closed-won-to-onboarding, keyed by
 * the account id. The account is created on first sight, owned by the AE who won it.
 */
@Component
public class ClosedWonEventHandler implements EventHandler {

  public static final String TYPE = "opportunity.closed_won";
  static final Set<String> SEGMENTS = Set.of("ENTERPRISE", "MID_MARKET", "SMB");
  static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  static final int MAX_ITEMS = 20;
  static final int MAX_ITEM_LENGTH = 180;

  private final RuntimeService runtime;
  private final AccountDirectory accounts;
  private final IdentityService identity;
  private final Decisions decisions;
  private final java.time.Clock clock;
  private final OnboardingMilestones milestones;
  private final RunningInstances instances;

  public ClosedWonEventHandler(RuntimeService runtime, AccountDirectory accounts, IdentityService identity, Decisions decisions,
      java.time.Clock clock, OnboardingMilestones milestones, RunningInstances instances) {
    this.instances = instances;
    this.milestones = milestones;
    this.runtime = runtime;
    this.accounts = accounts;
    this.identity = identity;
    this.decisions = decisions;
    this.clock = clock;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public List<FieldError> validate(CloudEvent event) {
    JsonNode d = event.data();
    List<FieldError> errors = new ArrayList<>();
    String accountId = text(d, ACCOUNT_ID, true, 128, errors);
    text(d, OPPORTUNITY_ID, true, 128, errors);
    text(d, ACCOUNT_NAME, true, 500, errors);
    String segment = text(d, SEGMENT, false, 20, errors);
    if (segment != null && !SEGMENTS.contains(segment)) {
      errors.add(new FieldError("data." + SEGMENT, "must be one of " + SEGMENTS));
    }
    if (segment == null && !d.hasNonNull("employees") && !d.hasNonNull("annualRevenue")) {
      errors.add(new FieldError("data." + SEGMENT, "is required unless employees or annualRevenue is given"));
    }
    number(d, "employees", false, false, errors);
    number(d, "annualRevenue", false, false, errors);
    String country = text(d, "country", false, 2, errors);
    if (country != null && !COUNTRIES.contains(country.toUpperCase(Locale.ROOT))) {
      errors.add(new FieldError("data.country", "must be an ISO 3166-1 alpha-2 country code"));
    }
    number(d, ARR, true, true, errors);
    String currency = text(d, CURRENCY, true, 3, errors);
    if (currency != null && !currency.matches("[A-Z]{3}")) {
      errors.add(new FieldError("data." + CURRENCY, "must be an ISO 4217 code such as USD or EUR"));
    }
    LocalDate start = date(d, TERM_START, true, errors);
    LocalDate end = date(d, TERM_END, true, errors);
    if (start != null && end != null && !end.isAfter(start)) {
      errors.add(new FieldError("data." + TERM_END, "must be after termStart"));
    }
    JsonNode seats = d.get(SEATS);
    if (seats != null && !seats.isNull() && (!seats.isIntegralNumber() || seats.asInt() < 1)) {
      errors.add(new FieldError("data." + SEATS, "must be an integer >= 1"));
    }
    textList(d, PRODUCTS, errors);
    text(d, CHAMPION, false, 500, errors);
    text(d, ECONOMIC_BUYER, false, 500, errors);
    text(d, TECHNICAL_CONTACT, false, 500, errors);
    textList(d, SUCCESS_CRITERIA, errors);
    textList(d, COMMITMENTS, errors);
    date(d, IMPLEMENTATION_DEADLINE, false, errors);
    String ae = text(d, AE, false, 200, errors);
    if (ae != null && identity.createUserQuery().userId(ae).count() == 0) {
      errors.add(new FieldError("data." + AE, "is not a known user"));
    }
    if (ae == null && accountId != null && accounts.byId(accountId).map(Account::owner).orElse(null) == null) {
      errors.add(new FieldError("data." + AE, "is required for an account that has no owner yet"));
    }
    return errors;
  }

  @Override
  public EventReceipt handle(CloudEvent event) {
    JsonNode d = event.data();
    String accountId = d.get(ACCOUNT_ID).asText();
    ProcessInstance running = instances.of(ClosedWonToOnboardingProcess.KEY, accountId).orElse(null);
    if (running != null) {
      return EventReceipt.unchanged(event.id(), EventStatus.ALREADY_ONBOARDING, running.getId(),
          "account " + accountId + " is already in onboarding");
    }
    Map<String, Object> facts = new HashMap<>();
    facts.put("employees", d.hasNonNull("employees") ? d.get("employees").asInt() : null);
    facts.put("annualRevenue", d.hasNonNull("annualRevenue") ? d.get("annualRevenue").asDouble() : null);
    facts.put("country", d.hasNonNull("country") ? d.get("country").asText().toUpperCase(Locale.ROOT) : null);
    String segment = d.hasNonNull(SEGMENT) ? d.get(SEGMENT).asText()
        : (String) decisions.required("lead-segment", facts).get("segment");
    String region = facts.get("country") == null ? null : (String) decisions.required("lead-region", facts).get("region");

    Account account = accounts.ensure(accountId, d.get(ACCOUNT_NAME).asText(), segment, region);
    String ae = d.hasNonNull(AE) ? d.get(AE).asText() : account.owner();
    if (account.owner() == null) {
      accounts.claimIfUnowned(accountId, ae);
      account = accounts.byId(accountId).orElseThrow();
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(ACCOUNT_ID, accountId);
    variables.put(OPPORTUNITY_ID, d.get(OPPORTUNITY_ID).asText());
    variables.put(ACCOUNT_NAME, d.get(ACCOUNT_NAME).asText());
    variables.put(SEGMENT, segment);
    variables.put(REGION, region);
    variables.put(ARR, d.get(ARR).asDouble());
    variables.put(CURRENCY, d.get(CURRENCY).asText());
    variables.put(TERM_START, d.get(TERM_START).asText());
    variables.put(TERM_END, d.get(TERM_END).asText());
    variables.put(SEATS, d.hasNonNull(SEATS) ? d.get(SEATS).asInt() : null);
    variables.put(PRODUCTS, joined(d, PRODUCTS, ", "));
    variables.put(CHAMPION, text(d, CHAMPION));
    variables.put(ECONOMIC_BUYER, text(d, ECONOMIC_BUYER));
    variables.put(TECHNICAL_CONTACT, text(d, TECHNICAL_CONTACT));
    variables.put(SUCCESS_CRITERIA, joined(d, SUCCESS_CRITERIA, "\n"));
    variables.put(COMMITMENTS, joined(d, COMMITMENTS, "\n"));
    variables.put(IMPLEMENTATION_DEADLINE, text(d, IMPLEMENTATION_DEADLINE));
    // The AE who won it is the owner the transfer to CS starts from.
    variables.put(AE, account.owner());
    variables.put(ACCOUNT_OWNER, account.owner());
    variables.put(CLOSED_WON_AT, Date.from(clock.instant()));
    variables.put(TECHNICAL_SETUP_DONE, false);
    variables.put(FIRST_VALUE_REACHED, false);
    // Milestones product analytics reported before the deal closed count from the start.
    variables.putAll(milestones.takePending(accountId));
    variables.put("subjectLabel", d.get(ACCOUNT_NAME).asText() + " (" + segment + ")");
    ProcessInstance started = runtime.startProcessInstanceByKey(ClosedWonToOnboardingProcess.KEY, accountId, variables);
    return new EventReceipt(event.id(), EventStatus.STARTED, started.getId());
  }

  private static String text(JsonNode d, String field) {
    return d.hasNonNull(field) && !d.get(field).asText().isBlank() ? d.get(field).asText().trim() : null;
  }

  /** A list of strings (or one string) as one text, for forms and the completeness check. */
  private static String joined(JsonNode d, String field, String separator) {
    JsonNode node = d.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      List<String> items = StreamSupport.stream(node.spliterator(), false).map(JsonNode::asText).filter(s -> !s.isBlank()).toList();
      return items.isEmpty() ? null : String.join(separator, items);
    }
    return text(d, field);
  }

  private static String text(JsonNode d, String field, boolean required, int max, List<FieldError> errors) {
    JsonNode node = d.get(field);
    if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
      if (required) {
        errors.add(new FieldError("data." + field, "is required and must be a non-empty string"));
      }
      return null;
    }
    if (!node.isTextual()) {
      errors.add(new FieldError("data." + field, "must be a string"));
      return null;
    }
    if (node.asText().length() > max) {
      errors.add(new FieldError("data." + field, "must be at most " + max + " characters"));
      return null;
    }
    return node.asText().trim();
  }

  /**
   * A list is joined into one text variable for the forms: at most {@link #MAX_ITEMS} items of at most
   * {@link #MAX_ITEM_LENGTH} characters keep it within Camunda's 4000-character text column.
   */
  private static void textList(JsonNode d, String field, List<FieldError> errors) {
    JsonNode node = d.get(field);
    if (node == null || node.isNull()) {
      return;
    }
    if (node.isTextual()) {
      if (node.asText().length() > MAX_ITEM_LENGTH) {
        errors.add(new FieldError("data." + field, "must be at most " + MAX_ITEM_LENGTH + " characters"));
      }
      return;
    }
    if (!node.isArray() || StreamSupport.stream(node.spliterator(), false).anyMatch(n -> !n.isTextual())) {
      errors.add(new FieldError("data." + field, "must be a string or an array of strings"));
    } else if (node.size() > MAX_ITEMS) {
      errors.add(new FieldError("data." + field, "must have at most " + MAX_ITEMS + " items"));
    } else {
      for (int i = 0; i < node.size(); i++) {
        if (node.get(i).asText().length() > MAX_ITEM_LENGTH) {
          errors.add(new FieldError("data." + field + "[" + i + "]", "must be at most " + MAX_ITEM_LENGTH + " characters"));
        }
      }
    }
  }

  private static void number(JsonNode d, String field, boolean required, boolean positive, List<FieldError> errors) {
    JsonNode node = d.get(field);
    if (node == null || node.isNull()) {
      if (required) {
        errors.add(new FieldError("data." + field, "is required"));
      }
      return;
    }
    if (!node.isNumber() || node.asDouble() < 0 || (positive && node.asDouble() == 0)) {
      errors.add(new FieldError("data." + field, positive ? "must be a number > 0" : "must be a number >= 0"));
    }
  }

  private static LocalDate date(JsonNode d, String field, boolean required, List<FieldError> errors) {
    JsonNode node = d.get(field);
    if (node == null || node.isNull()) {
      if (required) {
        errors.add(new FieldError("data." + field, "is required (a date such as 2027-01-31)"));
      }
      return null;
    }
    try {
      return LocalDate.parse(node.asText());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError("data." + field, "must be a date such as 2027-01-31"));
      return null;
    }
  }
}
