package io.lifecycleops.access;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.AntPathMatcher;

/**
 * The OpenAPI document (springdoc, from the controllers) says for every operation who may call it and
 * which problems it answers — taken from the same {@link ApiAccessRules} that enforce it.
 */
@Configuration
class ApiDocumentation {

  static final String BASIC = "basic";
  static final String PROBLEM = "Problem";

  @Bean
  OpenApiCustomizer accessInTheApiDocument(ApiAccessRules rules) {
    return openApi -> {
      openApi.info(new Info().title("Lifecycle Ops API").version("1")
          .description("Events in, leads and accounts out. HTTP Basic with a Camunda user; who may call what is "
              + "configuration (lifecycle.access). Every refusal is an RFC 9457 problem (application/problem+json)."));
      Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
      components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
      components.addSchemas(PROBLEM, problemSchema());
      openApi.components(components);
      if (openApi.getPaths() == null) {
        return;
      }
      AntPathMatcher paths = new AntPathMatcher();
      var endpointRules = rules.rules();
      openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
        String concrete = path.replaceAll("\\{[^}]+}", "x");
        endpointRules.stream()
            .filter(rule -> rule.method() == null || rule.method().name().equals(method.name()))
            .filter(rule -> rule.patterns().stream().anyMatch(p -> paths.match(p.replaceAll("\\{[^}]+}", "*"), concrete)))
            .findFirst()
            .ifPresent(rule -> document(operation, method, rule));
      }));
    };
  }

  private static void document(Operation operation, PathItem.HttpMethod method, ApiAccessRules.EndpointRule rule) {
    String who = "**Who may call it:** " + rule.whoMay() + " (permission `" + rule.permission() + "`)";
    operation.description(operation.getDescription() == null ? who : operation.getDescription() + "\n\n" + who);
    operation.addExtension("x-permission", rule.permission());
    operation.addSecurityItem(new SecurityRequirement().addList(BASIC));
    Map<String, String> problems = new LinkedHashMap<>();
    problems.put("400", "Invalid input: `errors` names every offending field; nothing changed");
    problems.put("401", "No or wrong credentials");
    problems.put("403", "Not allowed: `missingPermission` names what is missing; nothing changed");
    problems.put("404", "No such thing, or one the caller may not see");
    if (method != PathItem.HttpMethod.GET) {
      problems.put("409", "Conflicts with the current state (e.g. the owner changed meanwhile)");
      problems.put("413", "Body larger than lifecycle.api.max-body-size");
      problems.put("415", "Not Content-Type: application/json");
      problems.put("422", "A decision table has no answer for this input, or the event type is unknown");
    }
    problems.put("429", "Too many failed logins from this address: wait Retry-After seconds");
    problems.forEach((status, description) -> {
      if (operation.getResponses() != null && !operation.getResponses().containsKey(status)) {
        operation.getResponses().addApiResponse(status, new ApiResponse().description(description).content(new Content()
            .addMediaType("application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
      }
    });
  }

  private static Schema<?> problemSchema() {
    ObjectSchema field = new ObjectSchema();
    field.addProperty("field", new StringSchema().description("JSON path of the field, e.g. data.email"));
    field.addProperty("message", new StringSchema());
    ObjectSchema problem = new ObjectSchema();
    problem.description("RFC 9457 problem details");
    problem.addProperty("type", new StringSchema().format("uri"));
    problem.addProperty("title", new StringSchema());
    problem.addProperty("status", new IntegerSchema());
    problem.addProperty("detail", new StringSchema());
    problem.addProperty("instance", new StringSchema().format("uri"));
    problem.addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(field));
    problem.addProperty("missingPermission", new StringSchema());
    return problem;
  }
}
