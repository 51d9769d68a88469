package io.lifecycleops.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The body of {@code POST /api/events} as the OpenAPI document shows it: a CloudEvents 1.0 envelope
 * in structured JSON mode. (The events API reads the body itself, to name every invalid field.)
 */
@Schema(name = "CloudEvent", description = "A CloudEvents 1.0 envelope; (source, id) identifies the event")
record EventEnvelopeSchema(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = "1.0") String specversion,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = EnvelopeParser.MAX_ID_LENGTH,
        description = "Unique per source; the same (source, id) again gets the first answer", example = "hubspot-4711") String id,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "lead.mql",
        description = "lead.mql, lead.customer_replied, opportunity.closed_won, onboarding.technical_setup_done, "
            + "onboarding.first_value, account.health, account.customer_replied, renewal.closed, usage.signal, "
            + "expansion.request, expansion.closed") String type,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500, example = "https://marketing.example.com") String source,
    @Schema(description = "RFC 3339 timestamp") OffsetDateTime time,
    @Schema(allowableValues = "application/json") String datacontenttype,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
        description = "The type's fields (see the README); subject ids are 1-128 letters, digits and ._:@-") Map<String, Object> data) {}
