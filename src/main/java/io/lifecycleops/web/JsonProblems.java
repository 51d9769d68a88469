package io.lifecycleops.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.List;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * JSON the service reads is bounded: nesting deeper than {@link #MAX_DEPTH} is refused while
 * parsing, before anything recurses over it; a refusal names where in the body it happened.
 */
@Configuration
public class JsonProblems {

  /** Our deepest real body (an event's data with a criteria map) is 3 levels deep. */
  public static final int MAX_DEPTH = 32;

  @Bean
  Jackson2ObjectMapperBuilderCustomizer boundedJson() {
    return builder -> builder.postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()));
  }

  /** 400 naming the field (a dotted path such as {@code data.criteria}) where the JSON broke or went too deep. */
  public static ApiProblem malformed(JsonProcessingException e) {
    String field = "$";
    if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
      String pointer = parser.getParsingContext().pathAsPointer().toString();
      if (!pointer.isEmpty()) {
        field = pointer.substring(1).replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.').replace(".[", "[");
      }
    }
    if (e instanceof StreamConstraintsException) {
      return new ApiProblem(HttpStatus.BAD_REQUEST, "Malformed JSON",
          "The body nests deeper than " + MAX_DEPTH + " levels.", List.of(new ApiProblem.Field(field,
              "nests deeper than " + MAX_DEPTH + " levels")));
    }
    String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
        + e.getLocation().getColumnNr() + ")";
    return new ApiProblem(HttpStatus.BAD_REQUEST, "Malformed JSON",
        "The body is not valid JSON: " + e.getOriginalMessage() + where + ".", List.of(new ApiProblem.Field(field, "not valid JSON")));
  }
}
