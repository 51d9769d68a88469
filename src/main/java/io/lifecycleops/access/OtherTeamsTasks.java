package io.lifecycleops.access;

import io.lifecycleops.ownership.TeamTenants;
import io.lifecycleops.ownership.WithoutCaller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda refuses a task of a tenant the caller is not a member of (another team's task, opened by id) with a
 * plain engine error, which its REST API answers with 500, or 400 where a resource wraps it (the task form). This
 * answers 403 with Camunda's error shape and a sentence that says why, on {@code /engine-rest} and the webapps'
 * engine API alike. It runs inside Camunda's authentication filter, so it knows the caller's tenants.
 */
final class OtherTeamsTasks extends OncePerRequestFilter {

  /** The end of Camunda's message for a command on an entity of a tenant the caller does not belong to. */
  static final String NO_AUTHENTICATED_TENANT = "because it belongs to no authenticated tenant";
  private static final Pattern TASK = Pattern.compile("/task/([^/]+)(/.*)?$");

  private final IdentityService identity;
  private final TaskService tasks;
  private final WithoutCaller asService;
  private final TeamTenants teams;

  OtherTeamsTasks(IdentityService identity, TaskService tasks, WithoutCaller asService, TeamTenants teams) {
    this.identity = identity;
    this.tasks = tasks;
    this.asService = asService;
    this.teams = teams;
  }

  /** Only tasks carry a tenant: other calls pass through unbuffered. */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !TASK.matcher(request.getRequestURI()).find();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, captured);
    int status = captured.getStatus();
    if ((status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR || status == HttpServletResponse.SC_BAD_REQUEST)
        && (new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8).contains(NO_AUTHENTICATED_TENANT)
            || isAnotherTeamsTask(request.getRequestURI()))) {
      response.reset();
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"type\":\"AuthorizationException\",\"message\":\"This task belongs to another team:"
          + " only its team, the managers of its process and admins may see or work it.\",\"code\":null}");
      return;
    }
    captured.copyBodyToResponse();
  }

  private boolean isAnotherTeamsTask(String uri) {
    Matcher task = TASK.matcher(uri);
    Authentication caller = identity.getCurrentAuthentication();
    if (!task.find() || caller == null) {
      return false;
    }
    Task found = asService.call(() -> tasks.createTaskQuery().taskId(task.group(1)).singleResult());
    return found != null && found.getTenantId() != null && !teams.canWork(caller.getUserId(), found.getTenantId());
  }
}
