package io.lifecycleops.handoff;

import io.lifecycleops.decision.Decisions.Because;

/** How a handoff task is assigned, from the routing table named by the task, and the rule that said so. */
public record HandoffRoute(Assignment assignment, int openTaskCap, int taskPriority, Because because) {

  public enum Assignment {
    /** The next rep of the responsible group, skipping reps at their cap. */
    ROUND_ROBIN,
    /** The rep who already owns the account. */
    ACCOUNT_OWNER,
    /** Nobody: the group's queue, where a rep claims it. */
    QUEUE
  }
}
