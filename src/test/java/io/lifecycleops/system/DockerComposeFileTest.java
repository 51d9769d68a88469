package io.lifecycleops.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What an operator relies on in {@code docker-compose.yml} and the {@code Dockerfile}: a database
 * that is healthy before the service starts and keeps its data in a named volume, and a service
 * built from this repository that runs the {@code postgres} profile against that database on port
 * 8080, as a non-root user. Docker itself is not needed: the files are read as text and YAML.
 */
class DockerComposeFileTest {

  private static final String DATABASE = "postgres";
  private static final String SERVICE = "lifecycle-ops";

  private static Map<String, Object> compose;
  private static List<String> runtimeStage;

  @BeforeAll
  static void readFiles() throws IOException {
    try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
      compose = new Yaml().load(reader);
    }
    runtimeStage = lastStage(Files.readAllLines(Path.of("Dockerfile")));
  }

  // --- the database -------------------------------------------------------------------------

  @Test
  void databaseIsHealthyOnlyOnceItAcceptsConnectionsToTheLifecycleDatabase() {
    Map<String, Object> postgres = service(DATABASE);
    Map<String, String> env = environment(postgres);
    assertThat(postgres.get("image")).as("16 or later: Tasklist's first page without sorting every task")
        .asString().startsWith("postgres:17");

    String test = healthcheckCommand(postgres);
    assertThat(test)
        .contains("pg_isready")
        .contains("-U " + env.get("POSTGRES_USER"))
        .contains("-d " + env.get("POSTGRES_DB"));
    assertThat(env).containsEntry("POSTGRES_DB", "lifecycle").containsEntry("POSTGRES_USER", "lifecycle");
  }

  @Test
  void databaseKeepsItsDataInANamedVolumeThatIsDeclared() {
    String source = volumeSourceFor(service(DATABASE), "/var/lib/postgresql/data");

    assertThat(source).as("a named volume, not a bind mount").doesNotContain("/").doesNotStartWith(".");
    assertThat(map(compose.get("volumes"))).as("top-level volumes").containsKey(source);
  }

  // --- the service --------------------------------------------------------------------------

  @Test
  void serviceIsBuiltFromThisRepository() {
    Object build = service(SERVICE).get("build");
    Object context = build instanceof Map<?, ?> m ? m.get("context") : build;
    assertThat(context).asString().isIn(".", "./");
  }

  @Test
  void serviceWaitsForAHealthyDatabase() {
    Object dependsOn = service(SERVICE).get("depends_on");
    assertThat(dependsOn).as("depends_on in long form, with a condition").isInstanceOf(Map.class);

    assertThat(map(map(dependsOn).get(DATABASE))).containsEntry("condition", "service_healthy");
  }

  @Test
  void servicePublishesPort8080() {
    List<String> published = new ArrayList<>();
    for (Object port : list(service(SERVICE).get("ports"))) {
      if (port instanceof Map<?, ?> m) {
        published.add(m.get("published") + ":" + m.get("target"));
      } else {
        // "[host-ip:]published:target[/protocol]"
        String[] parts = String.valueOf(port).replaceFirst("/(tcp|udp)$", "").split(":");
        if (parts.length >= 2) {
          published.add(parts[parts.length - 2] + ":" + parts[parts.length - 1]);
        }
      }
    }
    assertThat(published).contains("8080:8080");
  }

  @Test
  void serviceRunsThePostgresProfile() {
    assertThat(environment(service(SERVICE))).containsEntry("SPRING_PROFILES_ACTIVE", "postgres");
  }

  @Test
  void serviceDatasourcePointsAtTheComposeDatabase() {
    Map<String, String> env = environment(service(SERVICE));
    Map<String, String> db = environment(service(DATABASE));

    String url = env.get("SPRING_DATASOURCE_URL");
    assertThat(url).startsWith("jdbc:postgresql://");
    URI uri = URI.create(url.substring("jdbc:".length()));
    assertThat(uri.getHost()).as("host is the database service").isEqualTo(DATABASE);
    assertThat(uri.getPort()).isIn(-1, 5432);
    assertThat(uri.getPath()).isEqualTo("/" + db.get("POSTGRES_DB"));

    assertThat(env.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(db.get("POSTGRES_USER"));
    assertThat(env.get("SPRING_DATASOURCE_PASSWORD"))
        .as("the same password as the database")
        .isEqualTo(db.get("POSTGRES_PASSWORD"));
  }

  @Test
  void serviceRefusesToComeUpWithoutAnAdminPassword() {
    Map<String, String> env = environment(service(SERVICE));
    assertThat(env.get("LIFECYCLE_ADMIN_PASSWORD")).matches("\\$\\{LIFECYCLE_ADMIN_PASSWORD:\\?.+}");
    assertThat(env).containsKeys("LIFECYCLE_ADMIN_USER", "LIFECYCLE_BASE_URL");
  }

  // --- the image ----------------------------------------------------------------------------

  @Test
  void imageExposesPort8080() {
    assertThat(instructions("EXPOSE")).anySatisfy(ports -> assertThat(ports.split("\\s+")).contains("8080"));
  }

  @Test
  void imageRunsAsANonRootUser() {
    List<String> users = instructions("USER");
    assertThat(users).as("a USER instruction in the runtime stage").isNotEmpty();
    String user = users.get(users.size() - 1).split(":")[0];
    assertThat(user).isNotIn("root", "0");
  }

  @Test
  void imageReportsHealthFromTheReadinessProbe() {
    assertThat(String.join("\n", runtimeStage)).containsPattern("(?m)^HEALTHCHECK\\b").contains("/actuator/health/readiness");
  }

  @Test
  void buildContextLeavesOutBuildOutputLocalDataAndGit() throws IOException {
    List<String> ignored =
        Files.readAllLines(Path.of(".dockerignore")).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .map(l -> l.replaceFirst("^\\*\\*/", "").replaceFirst("/$", ""))
            .collect(Collectors.toList());
    assertThat(ignored).contains("target", "data", "node_modules", ".git");
  }

  // --- helpers ------------------------------------------------------------------------------

  private static Map<String, Object> service(String name) {
    Map<String, Object> services = map(compose.get("services"));
    assertThat(services).as("services").containsKey(name);
    return map(services.get(name));
  }

  /** environment in map form ({@code KEY: value}) or list form ({@code - KEY=value}). */
  private static Map<String, String> environment(Map<String, Object> service) {
    Object env = service.get("environment");
    Map<String, String> result = new LinkedHashMap<>();
    if (env instanceof Map<?, ?> m) {
      m.forEach((k, v) -> result.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
    } else {
      for (Object entry : list(env)) {
        String s = String.valueOf(entry);
        int eq = s.indexOf('=');
        result.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? null : s.substring(eq + 1));
      }
    }
    return result;
  }

  private static String healthcheckCommand(Map<String, Object> service) {
    Object test = map(service.get("healthcheck")).get("test");
    if (test instanceof List<?> parts) {
      return parts.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }
    return String.valueOf(test);
  }

  /** The volume mounted at {@code target}, in short ({@code name:/path}) or long syntax. */
  private static String volumeSourceFor(Map<String, Object> service, String target) {
    for (Object volume : list(service.get("volumes"))) {
      if (volume instanceof Map<?, ?> m) {
        if (target.equals(m.get("target"))) {
          return String.valueOf(m.get("source"));
        }
      } else {
        String[] parts = String.valueOf(volume).split(":");
        if (parts.length >= 2 && parts[1].equals(target)) {
          return parts[0];
        }
      }
    }
    throw new AssertionError("no volume mounted at " + target);
  }

  private static List<String> lastStage(List<String> dockerfile) {
    List<String> stage = new ArrayList<>();
    for (String line : dockerfile) {
      String l = line.strip();
      if (l.toUpperCase(Locale.ROOT).startsWith("FROM ")) {
        stage.clear();
      }
      stage.add(l);
    }
    return stage;
  }

  /** Arguments of each instruction of that name in the runtime (last) stage. */
  private static List<String> instructions(String name) {
    String prefix = name + " ";
    return runtimeStage.stream()
        .filter(l -> l.toUpperCase(Locale.ROOT).startsWith(prefix))
        .map(l -> l.substring(prefix.length()).strip())
        .collect(Collectors.toList());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  private static List<?> list(Object value) {
    assertThat(value).isInstanceOf(List.class);
    return (List<?>) value;
  }
}
