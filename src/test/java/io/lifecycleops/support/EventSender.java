package io.lifecycleops.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.intake.EventIntake;
import io.lifecycleops.intake.EventReceipt;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Sends any event through the intake, as the HTTP API would. */
@Component
public class EventSender {

  private final EventIntake intake;
  private final ObjectMapper json;

  public EventSender(EventIntake intake, ObjectMapper json) {
    this.intake = intake;
    this.json = json;
  }

  public EventReceipt send(String type, Map<String, ?> data) {
    return intake.accept(CloudEvents.event(type, data));
  }

  /** A new customer: opportunity.closed_won for a fresh account of that segment and ARR; its id. */
  public String newCustomer(String segment, double arr) {
    String accountId = "acct-" + UUID.randomUUID().toString().substring(0, 8);
    send("opportunity.closed_won", EventData.closedWon(accountId, segment, arr));
    return accountId;
  }
}
