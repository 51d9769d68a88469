package io.lifecycleops.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain HTTP client for the running service, as curl would call it. */
public class ApiClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  public ApiClient(int port) {
    this.base = "http://localhost:" + port;
  }

  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public HttpResponse<String> postEvent(String json) {
    return post("/api/events", json, basic("demo", "demo"));
  }

  /** Posts a CloudEvent of this type with a fresh id, as the demo admin. */
  public HttpResponse<String> postEvent(String type, Object data) {
    return postEvent(event(type, data));
  }

  /** A CloudEvents 1.0 envelope with a fresh id around {@code data}. */
  public static String event(String type, Object data) {
    return CloudEvents.event(type, data).toString();
  }

  public HttpResponse<String> post(String path, String body, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request.build());
  }

  public HttpResponse<String> put(String path, String body, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request.build());
  }

  /** GET as the demo admin. */
  public HttpResponse<String> get(String path) {
    return get(path, basic("demo", "demo"));
  }

  public HttpResponse<String> get(String path, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request.build());
  }

  /** Any call: {@code body} and {@code contentType} may be null (no body, no Content-Type header). */
  public HttpResponse<String> send(String method, String path, String body, String contentType, String authorization) {
    return send(method, path, body, contentType, authorization, null);
  }

  /** ... from the client address {@code forwardedFor}, as a load balancer in front of the service reports it. */
  public HttpResponse<String> send(String method, String path, String body, String contentType, String authorization,
      String forwardedFor) {
    return send(method, path, body, contentType, authorization, forwardedFor, null);
  }

  /** ... asking for the answer as {@code accept} (null: no Accept header). */
  public HttpResponse<String> send(String method, String path, String body, String contentType, String authorization,
      String forwardedFor, String accept) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    if (accept != null) {
      request.header("Accept", accept);
    }
    return send(request.build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
