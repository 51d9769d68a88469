package io.lifecycleops.ownership;

/** Who does a handoff, who answers for it, and who gets it when it is escalated twice. */
public record RaciAssignment(
    String responsibleGroup,
    String accountableGroup,
    String secondLevelGroup,
    String consulted,
    String informed) {}
