package io.lifecycleops.lead;

import static io.lifecycleops.lead.LeadToOpportunityProcess.Variables.*;

import com.fasterxml.jackson.databind.JsonNode;
import io.lifecycleops.intake.CloudEvent;
import io.lifecycleops.intake.EventHandler;
import io.lifecycleops.intake.EventReceipt;
import io.lifecycleops.intake.EventStatus;
import io.lifecycleops.process.RunningInstances;
import io.lifecycleops.web.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** {@code lead.mql}: a marketing-qualified lead starts lead-to-opportunity, keyed by the lead id. */
@Component
public class LeadMqlEventHandler implements EventHandler {

  public static final String TYPE = "lead.mql";

  private static final Pattern EMAIL_ADDRESS = Pattern.compile("^[^@\\s]+@([A-Za-z0-9-]+\\.)+[A-Za-z]{2,}$");
  private static final Pattern DOMAIN_NAME = Pattern.compile("^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private final RuntimeService runtime;
  private final RunningInstances instances;

  public LeadMqlEventHandler(RuntimeService runtime, RunningInstances instances) {
    this.instances = instances;
    this.runtime = runtime;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public List<FieldError> validate(CloudEvent event) {
    JsonNode data = event.data();
    List<FieldError> errors = new ArrayList<>();
    requiredText(data, LEAD_ID, 128, errors);
    String email = requiredText(data, EMAIL, 320, errors);
    if (email != null && !EMAIL_ADDRESS.matcher(email).matches()) {
      errors.add(new FieldError("data." + EMAIL, "must be a valid email address"));
    }
    optionalText(data, FIRST_NAME, 200, errors);
    optionalText(data, LAST_NAME, 200, errors);
    requiredText(data, COMPANY, 500, errors);
    String domain = optionalText(data, DOMAIN, 255, errors);
    if (domain != null && !DOMAIN_NAME.matcher(domain.toLowerCase(Locale.ROOT)).matches()) {
      errors.add(new FieldError("data." + DOMAIN, "must be a domain name such as example.com"));
    }
    integer(data, EMPLOYEES, 0, Integer.MAX_VALUE, errors);
    JsonNode revenue = data.get(ANNUAL_REVENUE);
    if (revenue != null && !revenue.isNull() && (!revenue.isNumber() || revenue.asDouble() < 0)) {
      errors.add(new FieldError("data." + ANNUAL_REVENUE, "must be a number >= 0"));
    }
    optionalText(data, INDUSTRY, 200, errors);
    String country = requiredText(data, COUNTRY, 2, errors);
    if (country != null && (country.length() != 2 || !COUNTRIES.contains(country.toUpperCase(Locale.ROOT)))) {
      errors.add(new FieldError("data." + COUNTRY, "must be an ISO 3166-1 alpha-2 country code such as DE or US"));
    }
    optionalText(data, SOURCE, 200, errors);
    integer(data, ENGAGEMENT_SCORE, 0, 100, errors);
    return errors;
  }

  @Override
  public EventReceipt handle(CloudEvent event) {
    JsonNode data = event.data();
    String leadId = data.get(LEAD_ID).asText();
    ProcessInstance running =
        instances.of(LeadToOpportunityProcess.KEY, leadId).orElse(null);
    if (running != null) {
      return EventReceipt.unchanged(event.id(), EventStatus.ALREADY_IN_PROGRESS, running.getId(),
          "lead " + leadId + " already has a running " + LeadToOpportunityProcess.KEY + " process");
    }
    String email = data.get(EMAIL).asText().trim();
    Map<String, Object> variables = new HashMap<>();
    variables.put(LEAD_ID, leadId);
    variables.put(EMAIL, email);
    variables.put(FIRST_NAME, text(data, FIRST_NAME));
    variables.put(LAST_NAME, text(data, LAST_NAME));
    variables.put(COMPANY, data.get(COMPANY).asText().trim());
    String domain = text(data, DOMAIN);
    variables.put(DOMAIN, (domain != null ? domain : email.substring(email.indexOf('@') + 1)).toLowerCase(Locale.ROOT));
    variables.put(EMPLOYEES, has(data, EMPLOYEES) ? data.get(EMPLOYEES).asInt() : null);
    variables.put(ANNUAL_REVENUE, has(data, ANNUAL_REVENUE) ? data.get(ANNUAL_REVENUE).asDouble() : null);
    variables.put(INDUSTRY, text(data, INDUSTRY));
    variables.put(COUNTRY, data.get(COUNTRY).asText().toUpperCase(Locale.ROOT));
    variables.put(SOURCE, text(data, SOURCE));
    variables.put(ENGAGEMENT_SCORE, has(data, ENGAGEMENT_SCORE) ? data.get(ENGAGEMENT_SCORE).asInt() : null);
    ProcessInstance started = runtime.startProcessInstanceByKey(LeadToOpportunityProcess.KEY, leadId, variables);
    return new EventReceipt(event.id(), EventStatus.STARTED, started.getId());
  }

  private static boolean has(JsonNode data, String field) {
    return data.hasNonNull(field);
  }

  private static String text(JsonNode data, String field) {
    return has(data, field) && !data.get(field).asText().isBlank() ? data.get(field).asText().trim() : null;
  }

  private static String requiredText(JsonNode data, String field, int maxLength, List<FieldError> errors) {
    JsonNode node = data.get(field);
    if (node == null || node.isNull() || !node.isTextual() || node.asText().isBlank()) {
      errors.add(new FieldError("data." + field, "is required and must be a non-empty string"));
      return null;
    }
    if (node.asText().trim().length() > maxLength) {
      errors.add(new FieldError("data." + field, "must be at most " + maxLength + " characters"));
      return null;
    }
    return node.asText().trim();
  }

  private static String optionalText(JsonNode data, String field, int maxLength, List<FieldError> errors) {
    JsonNode node = data.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      errors.add(new FieldError("data." + field, "must be a string"));
      return null;
    }
    if (node.asText().length() > maxLength) {
      errors.add(new FieldError("data." + field, "must be at most " + maxLength + " characters"));
      return null;
    }
    return node.asText().isBlank() ? null : node.asText().trim();
  }

  private static void integer(JsonNode data, String field, int min, int max, List<FieldError> errors) {
    JsonNode node = data.get(field);
    if (node == null || node.isNull()) {
      return;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
      errors.add(new FieldError("data." + field,
          max == Integer.MAX_VALUE ? "must be an integer >= " + min : "must be an integer from " + min + " to " + max));
    }
  }
}
