package io.lifecycleops.operatingmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.support.ApiClient;
import io.lifecycleops.support.PostgresIT;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The operating model over HTTP: Markdown for any logged-in user, the page, and what a wrong ask gets. */
@PostgresIT
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperatingModelIT {

  @LocalServerPort int port;

  @Test
  void aRepDownloadsItAsMarkdown() {
    HttpResponse<String> markdown = new ApiClient(port).send("GET", "/api/operating-model", null, null,
        ApiClient.basic("alex", "alex"), null, "text/markdown");

    assertThat(markdown.statusCode()).isEqualTo(200);
    assertThat(markdown.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
    assertThat(markdown.body()).startsWith("# Operating model").contains("| Handoff | Segment | Region | Responsible group |");
  }

  @Test
  void thePageIsHtmlWithTheSameTables() {
    HttpResponse<String> page = new ApiClient(port).send("GET", "/operating-model", null, null,
        ApiClient.basic("alex", "alex"), null, "text/html");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body()).contains("<h1 id=\"operating-model\">Operating model</h1>", "<table>",
        "<h2 id=\"who-does-what-raci\">Who does what (RACI)</h2>", "href=\"#calendars\"");
  }

  @Test
  void nobodyReadsItAnonymouslyAndAskingForJsonSaysWhatThereIs() {
    ApiClient api = new ApiClient(port);
    HttpResponse<String> anonymous = api.send("GET", "/operating-model", null, null, null, null, "text/html");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();

    HttpResponse<String> json = api.send("GET", "/api/operating-model", null, null, ApiClient.basic("alex", "alex"), null,
        "application/json");
    assertThat(json.statusCode()).isEqualTo(406);
    assertThat(json.body()).contains("text/markdown");
  }
}
