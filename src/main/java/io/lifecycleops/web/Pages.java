package io.lifecycleops.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Every list the API returns is bounded: {@code ?limit=} (default 200, at most 1000) and a
 * {@code cursor}; the next page's address comes in a {@code Link: <...>; rel="next"} header (RFC 8288).
 */
public final class Pages {

  public static final int DEFAULT_LIMIT = 200;
  public static final int MAX_LIMIT = 1000;

  private Pages() {}

  public static int limit(Integer requested) {
    if (requested == null) {
      return DEFAULT_LIMIT;
    }
    if (requested < 1 || requested > MAX_LIMIT) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid request", "A page holds 1 to " + MAX_LIMIT + " entries.",
          List.of(new FieldError("limit", "must be from 1 to " + MAX_LIMIT)));
    }
    return requested;
  }

  public static ApiProblem badCursor() {
    return new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid request", "The cursor is not one this API handed out.",
        List.of(new FieldError("cursor", "must be the cursor of a Link rel=\"next\" header")));
  }

  public static <T> ResponseEntity<List<T>> of(List<T> entries, String next, int limit, HttpServletRequest request) {
    ResponseEntity.BodyBuilder response = ResponseEntity.ok();
    if (next != null) {
      String link = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("limit", limit)
          .replaceQueryParam("cursor", next).build().toUriString();
      response.header(HttpHeaders.LINK, "<" + link + ">; rel=\"next\"");
    }
    return response.body(entries);
  }
}
