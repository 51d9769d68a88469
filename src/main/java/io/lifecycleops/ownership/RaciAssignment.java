package io.lifecycleops.ownership;

import io.lifecycleops.decision.Decisions.Because;

/** Who does a handoff, who answers for it, and who gets it when it is escalated twice. */
public record RaciAssignment(
    String responsibleGroup,
    String accountableGroup,
    String secondLevelGroup,
    String consulted,
    String informed,
    Because because) {}
