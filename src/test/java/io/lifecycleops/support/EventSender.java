package io.lifecycleops.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lifecycleops.intake.EventIntake;
import io.lifecycleops.intake.EventReceipt;
import java.util.Map;
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
}
