package io.lifecycleops.access;

/** What a caller is to the service, from their Camunda groups. One caller can hold several roles. */
public enum Role {
  /** {@code lifecycle.access.admin-groups}: everything. */
  ADMIN,
  /** {@code lifecycle.access.monitoring-groups}: reads /actuator/prometheus, nothing else. */
  MONITORING,
  /** {@code lifecycle.access.integrations}: posts events of its types, nothing else. */
  INTEGRATION,
  /** raci's accountable and second-level groups, {@code lifecycle.authorization.managers}. */
  MANAGER,
  /** raci's responsible groups: SDRs, AEs, CSMs, AMs. */
  REP;

  public String authority() {
    return "ROLE_" + name();
  }
}
