package io.lifecycleops.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/** A validated CloudEvents 1.0 envelope (structured JSON mode). */
public record CloudEvent(String id, String type, String source, OffsetDateTime time, JsonNode data) {}
