package io.lifecycleops.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** What Camunda Modeler's deploy button sends: a multipart POST to /engine-rest/deployment/create. */
public final class ModelerDeployment {

  private ModelerDeployment() {}

  public static HttpResponse<String> deploy(int port, String authorization, String fileName, String content)
      throws IOException, InterruptedException {
    return deploy(HttpClient.newHttpClient(), URI.create("http://localhost:" + port + "/engine-rest/deployment/create"),
        java.util.Map.of("Authorization", authorization), fileName, content);
  }

  /** The same multipart request to any deployment endpoint (e.g. the webapps' engine API), with these headers. */
  public static HttpResponse<String> deploy(HttpClient client, URI endpoint, java.util.Map<String, String> headers,
      String fileName, String content) throws IOException, InterruptedException {
    String boundary = "----modeler" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    part(body, boundary, "deployment-name", null, fileName + " (Modeler)");
    part(body, boundary, "deployment-source", null, "Camunda Modeler");
    part(body, boundary, "deploy-changed-only", null, "true");
    part(body, boundary, fileName, fileName, content);
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    headers.forEach(request::header);
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName, String value) throws IOException {
    String header = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
        + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream") + "\r\n\r\n";
    body.write(header.getBytes(StandardCharsets.UTF_8));
    body.write(value.getBytes(StandardCharsets.UTF_8));
    body.write("\r\n".getBytes(StandardCharsets.UTF_8));
  }
}
