package io.lifecycleops.intake;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * The body of {@code POST /api/events}: a CloudEvents 1.0 envelope in structured JSON mode. One
 * declaration for the OpenAPI document and for the checks the intake runs on every event.
 */
@Schema(name = "CloudEvent", description = "A CloudEvents 1.0 envelope; (source, id) identifies the event")
record EventEnvelope(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = "1.0")
    @NotNull(message = "is required and must be \"1.0\"") @Pattern(regexp = "1\\.0", message = "must be \"1.0\"") String specversion,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = EventEnvelope.MAX_ID_LENGTH,
        description = "Unique per source; the same (source, id) again gets the first answer", example = "hubspot-4711")
    @NotBlank @Size(max = EventEnvelope.MAX_ID_LENGTH) String id,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "lead.mql",
        description = "lead.mql, lead.customer_replied, opportunity.closed_won, onboarding.technical_setup_done, "
            + "onboarding.first_value, account.health, account.customer_replied, renewal.closed, usage.signal, "
            + "expansion.request, expansion.closed")
    @NotBlank @Size(max = 100) String type,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500, example = "https://marketing.example.com")
    @NotBlank @Size(max = 500) String source,
    @Schema(description = "RFC 3339 timestamp") OffsetDateTime time,
    @Schema(allowableValues = "application/json")
    @Pattern(regexp = "application/json.*", message = "must be application/json") String datacontenttype,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "object",
        description = "The type's fields (see the README); subject ids are 1-128 letters, digits and ._:@-")
    @NotNull JsonNode data) {

  static final int MAX_ID_LENGTH = 200;
}
