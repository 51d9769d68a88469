package io.lifecycleops.access;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import io.lifecycleops.ownership.TeamTenants;
import io.lifecycleops.ownership.WithoutCaller;
import io.lifecycleops.web.BodySizeLimit;
import io.lifecycleops.web.BodyTooLarge;
import jakarta.servlet.Filter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.util.unit.DataSize;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security in front of the service. {@code /api/**}: HTTP Basic against Camunda's users,
 * stateless, JSON bodies only, every endpoint's rule in {@link ApiAccessRules}. Deployments over
 * {@code /engine-rest}: admins only, whatever Camunda's authorization checks say. Everything else
 * (webapps with their own login and CSRF filter, engine-rest with Camunda's Basic authentication,
 * health, API docs) passes through untouched.
 */
@Configuration
class ServiceSecurity {

  /** Spring Security's filter runs at -100; failed logins are counted around it. */
  static final int LOGIN_THROTTLE_ORDER = -110;
  /** After Spring Security and the throttle, as before it had an order; {@link OtherTeamsTasks} runs inside it. */
  static final int ENGINE_REST_AUTHENTICATION_ORDER = org.springframework.core.Ordered.LOWEST_PRECEDENCE - 10;

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, ApiAccessRules rules, ProblemResponses problems,
      CamundaIdentityAuthenticationProvider identity, Callers callers,
      @Value("${lifecycle.api.max-body-size:256KB}") DataSize maxBody) throws Exception {
    JsonBodiesOnly jsonOnly = new JsonBodiesOnly(problems);
    BodySizeLimit bodyLimit = new BodySizeLimit(maxBody, (request, response) -> {
      try {
        problems.write(request, response, new BodyTooLarge(maxBody).problem());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return stateless(http.securityMatcher("/api/**"), problems, identity)
        .addFilterBefore(new WebappSessionLogin(callers), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(rules::apply)
        .addFilterAfter(jsonOnly, AuthorizationFilter.class)
        .addFilterAfter(bodyLimit, JsonBodiesOnly.class)
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain deployments(HttpSecurity http, ProblemResponses problems, CamundaIdentityAuthenticationProvider identity)
      throws Exception {
    var changes = new OrRequestMatcher(
        antMatcher(HttpMethod.POST, "/engine-rest/deployment/**"),
        antMatcher(HttpMethod.PUT, "/engine-rest/deployment/**"),
        antMatcher(HttpMethod.DELETE, "/engine-rest/deployment/**"),
        antMatcher(HttpMethod.POST, "/engine-rest/engine/*/deployment/**"),
        antMatcher(HttpMethod.DELETE, "/engine-rest/engine/*/deployment/**"));
    return stateless(http.securityMatcher(changes), problems, identity)
        .authorizeHttpRequests(deployments -> deployments.anyRequest().access(ApiAccessRules.adminOnly("deployments:write",
            "Only members of lifecycle.access.admin-groups may deploy or delete models.")))
        .build();
  }

  /** Metrics for Prometheus: its scraper's group and admins, never anonymously (the rest of /actuator stays open: health). */
  @Bean
  @Order(3)
  SecurityFilterChain prometheus(HttpSecurity http, ProblemResponses problems, CamundaIdentityAuthenticationProvider identity)
      throws Exception {
    return stateless(http.securityMatcher("/actuator/prometheus"), problems, identity)
        .authorizeHttpRequests(scrape -> scrape.anyRequest().access(ApiAccessRules.roles("metrics:scrape",
            "Only members of lifecycle.access.monitoring-groups (and admins) may read /actuator/prometheus.", Role.MONITORING)))
        .build();
  }

  /** The service's own pages (the operating model): any logged-in user, by webapp session or HTTP Basic. */
  @Bean
  @Order(4)
  SecurityFilterChain pages(HttpSecurity http, ProblemResponses problems, CamundaIdentityAuthenticationProvider identity,
      Callers callers) throws Exception {
    return stateless(http.securityMatcher("/operating-model"), problems, identity)
        .addFilterBefore(new WebappSessionLogin(callers), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(pages -> pages.anyRequest().authenticated())
        .build();
  }

  @Bean
  @Order(5)
  SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
    // The webapps bring their own login, session, CSRF token and security headers; engine-rest its Basic filter.
    return http.securityMatcher("/**")
        .authorizeHttpRequests(all -> all.anyRequest().permitAll())
        .csrf(AbstractHttpConfigurer::disable)
        .headers(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .build();
  }

  private static HttpSecurity stateless(HttpSecurity http, ProblemResponses problems,
      CamundaIdentityAuthenticationProvider identity) throws Exception {
    return http
        .authenticationProvider(identity)
        .httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized))
        // Stateless, and never touching the webapps' session a Cockpit page's read arrives with: changing its id would
        // log out Cockpit's requests in flight (session fixation protection belongs to the webapps' own login).
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
        // No cookies authenticate these calls and state changes need a JSON content type: no cross-site requests.
        .csrf(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .exceptionHandling(errors -> errors.authenticationEntryPoint(problems::unauthorized)
            .accessDeniedHandler(problems::denied));
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> loginThrottle(AccessProperties access, Clock clock, ProblemResponses problems) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new LoginThrottle(access.loginThrottle(), clock, problems));
    registration.setName("login-throttle");
    registration.setOrder(LOGIN_THROTTLE_ORDER);
    registration.addUrlPatterns("/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> webappDeployments(AccessProperties access, ProblemResponses problems) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new WebappDeployments(access, problems));
    registration.setName("webapp-deployments-admin-only");
    registration.addUrlPatterns("/camunda/api/engine/*");
    return registration;
  }

  /** Runs inside the engine-rest authentication filter ({@link #ENGINE_REST_AUTHENTICATION_ORDER}). */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> otherTeamsTasks(IdentityService identity, TaskService tasks, WithoutCaller asService,
      TeamTenants teams) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new OtherTeamsTasks(identity, tasks, asService, teams));
    registration.setName("other-teams-tasks-forbidden");
    registration.setOrder(ENGINE_REST_AUTHENTICATION_ORDER + 1);
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }

  /** Camunda leaves {@code /engine-rest} open by default: its own Basic authentication filter closes it. */
  @Bean
  FilterRegistrationBean<Filter> engineRestAuthentication() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.setOrder(ENGINE_REST_AUTHENTICATION_ORDER);
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }
}
