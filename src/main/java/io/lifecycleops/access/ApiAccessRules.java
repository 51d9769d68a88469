package io.lifecycleops.access;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import io.lifecycleops.web.ApiProblem;
import java.util.List;
import org.springframework.http.HttpMethod;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Who may call which {@code /api} endpoint: the one place every endpoint's rule is written. An
 * endpoint without a rule here answers 404 to everyone, so a new endpoint is closed until its rule
 * exists. Admins may do everything; integration clients only post events (their types are checked
 * by the events API); reps and managers reach a lead, account, opportunity or handoff through
 * {@link SubjectAccess}. Refusals: 403 naming the missing permission, or 404 when the caller may not
 * see the thing at all.
 */
@Component
class ApiAccessRules {

  /** May the caller do this to the thing named by the path variable? */
  interface Check extends BiPredicate<Caller, String> {}

  private final SubjectAccess subjects;

  ApiAccessRules(SubjectAccess subjects) {
    this.subjects = subjects;
  }

  /** One endpoint's rule: the permission it needs and, in words, who has it (also shown in the OpenAPI document). */
  record EndpointRule(HttpMethod method, List<String> patterns, String permission, String whoMay,
      AuthorizationManager<RequestAuthorizationContext> decides) {}

  List<EndpointRule> rules() {
    String reads = "Reps who hold a task on it or whose group it waits in, managers of its processes, admins.";
    return List.of(
        new EndpointRule(POST, List.of("/api/events"), "events:post",
            "Integration clients, for the event types lifecycle.access.integrations gives their group; admins. Not reps.",
            role("events:post", "Only integration clients (lifecycle.access.integrations) post events; reps act through Tasklist.",
                Role.INTEGRATION)),
        new EndpointRule(null, List.of("/api/admin/**"), "admin", "Admins (lifecycle.access.admin-groups) only.",
            role("admin", "Only members of lifecycle.access.admin-groups may use /api/admin.", Role.ADMIN)),
        new EndpointRule(GET, List.of("/api/leads/{leadId}/timeline", "/api/leads/{leadId}/decisions"), "leads:read", reads,
            read("leads:read", "lead", "leadId", subjects::seesLead)),
        new EndpointRule(GET, List.of("/api/accounts/{id}", "/api/accounts/{id}/timeline", "/api/accounts/{id}/decisions"),
            "accounts:read",
            "The account's owner; " + reads, read("accounts:read", "account", "id", subjects::seesAccount)),
        new EndpointRule(PUT, List.of("/api/accounts/{id}/owner"), "accounts:change-owner",
            "Managers of the account's processes; admins.",
            change("accounts:change-owner", "Only a manager of this account's processes may change its owner.", "account", "id",
                subjects::managesAccount, subjects::seesAccount)),
        new EndpointRule(POST, List.of("/api/accounts/{id}/milestones/*"), "accounts:confirm-milestone",
            "The account's owner, managers of its processes; admins.",
            change("accounts:confirm-milestone", "Only the account's owner or a manager of its processes may confirm its milestones.",
                "account", "id", (caller, id) -> subjects.ownsAccount(caller, id) || subjects.managesAccount(caller, id),
                subjects::seesAccount)),
        new EndpointRule(POST, List.of("/api/accounts/{id}/support-handoffs"), "accounts:hand-to-support",
            "The account's owner, managers of its processes; admins.",
            change("accounts:hand-to-support", "Only the account's owner or a manager of its processes hands its issues to support.",
                "account", "id", (caller, id) -> subjects.ownsAccount(caller, id) || subjects.managesAccount(caller, id),
                subjects::seesAccount)),
        new EndpointRule(POST, List.of("/api/opportunities"), "opportunities:create",
            "Reps, for deals they own; managers of opportunity-to-close, for anyone's; admins.",
            role("opportunities:create", "Only reps and managers open deals; integration clients send opportunity.created.",
                Role.REP, Role.MANAGER)),
        new EndpointRule(GET, List.of("/api/opportunities/{id}"), "opportunities:read",
            "The deal's owner, the account's owner; " + reads,
            read("opportunities:read", "opportunity", "id", subjects::seesOpportunity)),
        new EndpointRule(POST, List.of("/api/opportunities/{id}/closed-won"), "opportunities:close-won",
            "The opportunity's owner, managers of the process it came from; admins.",
            change("opportunities:close-won", "Only the opportunity's owner or a manager of its process may close it won.",
                "opportunity", "id", (caller, id) -> subjects.ownsOpportunity(caller, id) || subjects.managesOpportunity(caller, id),
                subjects::seesOpportunity)),
        new EndpointRule(GET, List.of("/api/metrics/*"), "metrics:read", "Managers (raci's accountable and second-level groups,"
            + " lifecycle.authorization.managers); admins.",
            role("metrics:read", "Only managers and admins read the lifecycle's metrics.", Role.MANAGER)),
        new EndpointRule(GET, List.of("/api/operating-model"), "operating-model:read", "Every logged-in user.",
            rule((caller, context) -> AccessDecision.GRANTED)),
        new EndpointRule(GET, List.of("/api/handoffs/{taskId}/sla"), "handoffs:read", reads,
            read("handoffs:read", "open handoff", "taskId", subjects::seesHandoff)),
        new EndpointRule(POST, List.of("/api/handoffs/{taskId}/sla/pause", "/api/handoffs/{taskId}/sla/resume"),
            "handoffs:pause-resume", reads, read("handoffs:pause-resume", "open handoff", "taskId", subjects::seesHandoff)));
  }

  void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
    for (EndpointRule rule : rules()) {
      String[] patterns = rule.patterns().toArray(String[]::new);
      (rule.method() == null ? api.requestMatchers(patterns) : api.requestMatchers(rule.method(), patterns)).access(rule.decides());
    }
    api.anyRequest().access((authentication, context) -> AccessDecision.refused(
        new ApiProblem(HttpStatus.NOT_FOUND, "No such endpoint", "There is no " + context.getRequest().getMethod() + " "
            + context.getRequest().getRequestURI() + " in this API; see /v3/api-docs.")));
  }

  /** Admins only. */
  static AuthorizationManager<RequestAuthorizationContext> adminOnly(String permission, String whoMay) {
    return role(permission, whoMay, Role.ADMIN);
  }

  /** Callers holding one of {@code roles} (admins always). */
  static AuthorizationManager<RequestAuthorizationContext> roles(String permission, String whoMay, Role... roles) {
    return role(permission, whoMay, roles);
  }

  private static AuthorizationManager<RequestAuthorizationContext> role(String permission, String whoMay, Role... roles) {
    return rule((caller, context) -> {
      for (Role role : roles) {
        if (caller.is(role)) {
          return AccessDecision.GRANTED;
        }
      }
      return AccessDecision.refused(ApiProblem.forbidden(permission, whoMay));
    });
  }

  /** Reps and managers who can see the thing read it; others get 404. */
  private AuthorizationManager<RequestAuthorizationContext> read(String permission, String kind, String variable, Check sees) {
    return change(permission, null, kind, variable, sees, sees);
  }

  /** Reps and managers {@code allowed} do it; those who only see the thing get 403, others 404. */
  private AuthorizationManager<RequestAuthorizationContext> change(String permission, String whoMay, String kind,
      String variable, Check allowed, Check sees) {
    return rule((caller, context) -> {
      if (!caller.is(Role.REP) && !caller.is(Role.MANAGER)) {
        return AccessDecision.refused(ApiProblem.forbidden(permission,
            "Only reps and managers (by their groups in the raci table and lifecycle.authorization.managers) may use this endpoint."));
      }
      String id = context.getVariables().get(variable);
      if (allowed.test(caller, id)) {
        return AccessDecision.GRANTED;
      }
      if (whoMay != null && sees.test(caller, id)) {
        return AccessDecision.refused(ApiProblem.forbidden(permission, whoMay));
      }
      return AccessDecision.refused(ApiProblem.notFound(kind, id));
    });
  }

  private interface Rule {
    AuthorizationDecision decide(Caller caller, RequestAuthorizationContext context);
  }

  /** Anonymous callers are denied (Spring Security answers 401); admins may do everything. */
  private static AuthorizationManager<RequestAuthorizationContext> rule(Rule rule) {
    return new AuthorizationManager<>() {
      @Override
      @SuppressWarnings("deprecation")
      public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        Authentication auth = authentication.get();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !(auth.getPrincipal() instanceof Caller caller)) {
          return new AuthorizationDecision(false);
        }
        return caller.isAdmin() ? AccessDecision.GRANTED : rule.decide(caller, context);
      }
    };
  }
}
