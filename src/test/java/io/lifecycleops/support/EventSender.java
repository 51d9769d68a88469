package io.lifecycleops.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    ObjectNode event = json.createObjectNode();
    event.put("specversion", "1.0");
    event.put("id", "evt-" + UUID.randomUUID());
    event.put("type", type);
    event.put("source", "test");
    event.set("data", json.valueToTree(data));
    return intake.accept(event);
  }
}
