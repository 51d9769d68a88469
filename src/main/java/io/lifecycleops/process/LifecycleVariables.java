package io.lifecycleops.process;

import static io.lifecycleops.process.ProcessVariable.text;

/** Variables every lifecycle process has, whatever its subject, read by the shared mechanisms. */
public final class LifecycleVariables {

  /** The lifecycle stage the subject is in (a {@code ledger.Stage} name), kept by the stage tracker. */
  public static final ProcessVariable<String> STAGE = text("stage");
  /** Short label of the subject shown in task names, e.g. "Northwind Logistics (HOT)". */
  public static final ProcessVariable<String> SUBJECT_LABEL = text("subjectLabel");
  /** Input parameter of a handoff task: its row key in raci, handoff-sla and handoff-routing. */
  public static final ProcessVariable<String> HANDOFF = text("handoff");
  /** The current owner of the account, used by ACCOUNT_OWNER routing and shown in forms. */
  public static final ProcessVariable<String> ACCOUNT_OWNER = text("accountOwner");

  private LifecycleVariables() {}
}
