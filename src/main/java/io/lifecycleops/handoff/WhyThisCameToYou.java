package io.lifecycleops.handoff;

import io.lifecycleops.ownership.RaciAssignment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The "Why this came to you" section of a handoff task's form: the routing rule that assigned it, the raci rule
 * that chose the team, and, for a lead, its fit tier and priority. Markdown, as a form's text component renders it.
 */
final class WhyThisCameToYou {

  /** Camunda keeps a text variable in a 4000-character column; a long annotation is cut, never the task. */
  private static final int MAX_RULE = 600;

  private WhyThisCameToYou() {}

  static String of(HandoffRoute route, RaciAssignment owners, String team, String assignee, Map<String, ?> facts) {
    List<String> lines = new ArrayList<>();
    Object fit = facts.get("fitTier");
    Object priority = facts.get("priority");
    if (fit != null || priority != null) {
      lines.add("- " + (fit != null ? "**Fit tier " + fit + "**" : "")
          + (fit != null && priority != null ? ", " : "") + (priority != null ? "**priority " + priority + "**" : ""));
    }
    String how = switch (route.assignment()) {
      case ROUND_ROBIN -> assignee != null
          ? "**Assigned to " + assignee + "**: the next rep of " + team + " in turn with fewer than "
              + route.openTaskCap() + " open tasks"
          : "**Waiting in " + team + "'s queue**: every rep of the team had " + route.openTaskCap() + " open tasks";
      case ACCOUNT_OWNER -> assignee != null
          ? "**Assigned to " + assignee + "**, who owns the account"
          : "**Waiting in " + team + "'s queue**: the account has no owner yet";
      case QUEUE -> "**Waiting in " + team + "'s queue** for a rep to claim it";
    };
    lines.add("- " + how + ". Routing rule: " + cut(route.because().toString()));
    String teamReason = team.equals(owners.responsibleGroup())
        ? "**Team " + team + "** by the responsibility rule: " + cut(owners.because().toString())
        : "**Team " + team + "**: the process asks each team raci consults for this handoff";
    lines.add("- " + teamReason);
    lines.add("- Late answers go to " + owners.accountableGroup() + ", then " + owners.secondLevelGroup());
    return String.join("\n", lines);
  }

  private static String cut(String text) {
    return text.length() <= MAX_RULE ? text : text.substring(0, MAX_RULE - 1) + "…";
  }
}
