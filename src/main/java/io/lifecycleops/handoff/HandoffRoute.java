package io.lifecycleops.handoff;

/** How a handoff task is assigned, from the routing table named by the task. */
public record HandoffRoute(Assignment assignment, int openTaskCap, int taskPriority) {

  public enum Assignment {
    /** The next rep of the responsible group, skipping reps at their cap. */
    ROUND_ROBIN,
    /** The rep who already owns the account. */
    ACCOUNT_OWNER,
    /** Nobody: the group's queue, where a rep claims it. */
    QUEUE
  }
}
