package io.lifecycleops.support;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/** The one way tests build a CloudEvents 1.0 envelope, whether they post it over HTTP or hand it to the intake. */
public final class CloudEvents {

  private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

  /** An envelope with a fresh id from source {@code test}. */
  public static ObjectNode event(String type, Object data) {
    return event("evt-" + UUID.randomUUID(), type, "test", data);
  }

  /** An envelope with a fresh id from {@code source}. */
  public static ObjectNode from(String source, String type, Object data) {
    return event("evt-" + UUID.randomUUID(), type, source, data);
  }

  public static ObjectNode event(String id, String type, String source, Object data) {
    ObjectNode event = JSON.createObjectNode();
    event.put("specversion", "1.0");
    event.put("id", id);
    event.put("type", type);
    event.put("source", source);
    event.set("data", JSON.valueToTree(data));
    return event;
  }

  private CloudEvents() {}
}
