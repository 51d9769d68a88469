package io.lifecycleops.ownership;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Picks the next rep of a group in a fixed rotation (members ordered by user id), skipping reps who
 * already hold their cap of open tasks. The rotation position is stored per group, so a rep who was
 * skipped (absent, or at cap) simply gets their next turn when it comes round: no catch-up burst.
 * The position row is locked for the transaction, so concurrent assignments never pick from the
 * same position.
 */
@Component
public class RoundRobinAssigner {

  private final JdbcTemplate jdbc;
  private final IdentityService identity;
  private final TaskService tasks;
  private final InsertOnce insertOnce;
  private final Clock clock;
  private final WithoutCaller asService;

  public RoundRobinAssigner(
      JdbcTemplate jdbc, IdentityService identity, TaskService tasks, InsertOnce insertOnce, Clock clock,
      WithoutCaller asService) {
    this.asService = asService;
    this.jdbc = jdbc;
    this.identity = identity;
    this.tasks = tasks;
    this.insertOnce = insertOnce;
    this.clock = clock;
  }

  /** The next rep under the cap, or empty when the group has nobody available (task stays queued). */
  public Optional<String> next(String group, int openTaskCap) {
    insertOnce.run(
        "insert into assignment_cursor (group_id, last_user_id, updated_at) values (?, null, ?)",
        group,
        Timestamp.from(clock.instant()));
    String last =
        jdbc.queryForObject(
            "select last_user_id from assignment_cursor where group_id = ? for update", String.class, group);
    List<String> members =
        identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().stream()
            .map(User::getId)
            .toList();
    if (members.isEmpty()) {
      return Optional.empty();
    }
    int start = 0;
    if (last != null) {
      // The first member after the last one served; works even if that member has since left.
      start = members.size();
      for (int i = 0; i < members.size(); i++) {
        if (members.get(i).compareTo(last) > 0) {
          start = i;
          break;
        }
      }
    }
    for (int i = 0; i < members.size(); i++) {
      String candidate = members.get((start + i) % members.size());
      // Every open task of the rep counts, whichever team's user completed the task that routed here.
      if (asService.call(() -> tasks.createTaskQuery().taskAssignee(candidate).count()) < openTaskCap) {
        jdbc.update(
            "update assignment_cursor set last_user_id = ?, updated_at = ? where group_id = ?",
            candidate,
            Timestamp.from(clock.instant()),
            group);
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
