package io.lifecycleops.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
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
    return builder -> builder
        .deserializerByType(String.class, new PlainText())
        .postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()));
  }

  /** As {@link #malformed(JsonProcessingException)}; with the body at hand, a too-deep body names where it went too deep. */
  public static ApiProblem malformed(JsonProcessingException e, String body) {
    if (e instanceof StreamConstraintsException && body != null) {
      String field = deepestAllowedPath(body);
      return new ApiProblem(HttpStatus.BAD_REQUEST, "Malformed JSON", "The body nests deeper than " + MAX_DEPTH + " levels.",
          List.of(new FieldError(field, "nests deeper than " + MAX_DEPTH + " levels")));
    }
    return malformed(e);
  }

  /** Walks the body only as deep as allowed, and names the field whose value goes deeper. */
  private static String deepestAllowedPath(String body) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 1).build()).build();
    try (JsonParser parser = factory.createParser(body)) {
      while (parser.nextToken() != null) {
        if (parser.getParsingContext().getNestingDepth() > MAX_DEPTH) {
          return dotted(parser.getParsingContext().getParent().pathAsPointer().toString());
        }
      }
    } catch (IOException | RuntimeException e) {
      // fall through: name the whole body
    }
    return "$";
  }

  private static String dotted(String pointer) {
    if (pointer.isEmpty()) {
      return "$";
    }
    return pointer.substring(1).replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.').replace(".[", "[");
  }

  /** 400 naming the field (a dotted path such as {@code data.criteria}) where the JSON broke or went too deep. */
  public static ApiProblem malformed(JsonProcessingException e) {
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
          .reduce("", String::concat).replaceFirst("^\\.", "");
      String message = e instanceof InvalidFormatException ? e.getOriginalMessage() : "has the wrong type";
      return new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid request", "1 field is invalid.",
          List.of(new FieldError(field, message)));
    }
    String field = "$";
    if (e.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
      field = dotted(parser.getParsingContext().pathAsPointer().toString());
    }
    if (e instanceof StreamConstraintsException) {
      return new ApiProblem(HttpStatus.BAD_REQUEST, "Malformed JSON",
          "The body nests deeper than " + MAX_DEPTH + " levels.", List.of(new FieldError(field,
              "nests deeper than " + MAX_DEPTH + " levels")));
    }
    String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
        + e.getLocation().getColumnNr() + ")";
    return new ApiProblem(HttpStatus.BAD_REQUEST, "Malformed JSON",
        "The body is not valid JSON: " + e.getOriginalMessage() + where + ".", List.of(new FieldError(field, "not valid JSON")));
  }
}
