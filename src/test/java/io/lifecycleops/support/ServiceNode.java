package io.lifecycleops.support;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** One node of the service: the packaged jar in its own JVM, on its own port, against a shared database. */
public final class ServiceNode implements AutoCloseable {

  private final String name;
  private final int port;
  private final List<String> command;
  private final File log;
  private Process process;

  public ServiceNode(String name, TestPostgres.Server server, String jdbcUrl, String... extraArgs) {
    this.name = name;
    this.port = freePort();
    String jar = System.getProperty("lifecycle.jar");
    if (jar == null || !new File(jar).isFile()) {
      throw new IllegalStateException("the packaged service jar is missing (" + jar + "): run through `./mvnw verify`");
    }
    File logs = new File(System.getProperty("lifecycle.nodeLogs", "target/node-logs"));
    logs.mkdirs();
    this.log = new File(logs, name + ".log");
    command = new ArrayList<>(List.of(
        System.getProperty("java.home") + "/bin/java", "-Xmx512m", "-XX:+UseSerialGC", "-jar", jar,
        "--server.port=" + port,
        "--spring.datasource.url=" + jdbcUrl,
        "--spring.datasource.username=" + server.user(),
        "--spring.datasource.password=" + server.password(),
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        "--camunda.bpm.job-execution.wait-time-in-millis=1000",
        "--camunda.bpm.job-execution.max-wait=2000",
        // A job locked by a node that is killed stays locked until the lock expires: keep that short here.
        "--camunda.bpm.job-execution.lock-time-in-millis=15000",
        "--lifecycle.base-url=http://localhost:" + port,
        // The multi-node tests use the demo roster on PostgreSQL, which the service otherwise refuses.
        "--lifecycle.demo.allow-on-any-database=true"));
    command.addAll(List.of(extraArgs));
  }

  public ServiceNode start() {
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
      // A test that fails before it stops its node must not leave it running: it would keep acquiring the jobs of the
      // next run's database of the same name.
      Process started = process;
      Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
    } catch (IOException e) {
      throw new IllegalStateException("cannot start node " + name, e);
    }
    HttpClient http = HttpClient.newHttpClient();
    await("node " + name + " healthy (log: " + log + ")").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
        .until(() -> {
          if (!process.isAlive()) {
            throw new IllegalStateException("node " + name + " exited with " + process.exitValue() + "; see " + log);
          }
          try {
            HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200;
          } catch (ConnectException notYet) {
            return false;
          }
        });
    return this;
  }

  /** kill -9: no shutdown hook, no graceful close. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  public ApiClient api() {
    return new ApiClient(port);
  }

  public int port() {
    return port;
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
