package io.lifecycleops.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.lifecycleops.ledger.EntersStage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The operating model lists a process's stages from its delegates' {@link EntersStage}: every delegate that enters a
 * stage in code declares exactly the stages it enters, so the page cannot drift from what the service does.
 */
class StageDeclarationsTest {

  private static final Pattern ENTER = Pattern.compile("stages\\.enter\\(execution, Stage\\.([A-Z_]+)");

  @Test
  void everyDelegateThatEntersAStageDeclaresIt() throws Exception {
    int checked = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/lifecycleops"))) {
      for (Path file : files.filter(f -> f.toString().endsWith("Delegate.java")).toList()) {
        Set<String> entered = new TreeSet<>();
        Matcher enter = ENTER.matcher(read(file));
        while (enter.find()) {
          entered.add(enter.group(1));
        }
        if (entered.isEmpty()) {
          continue;
        }
        String className = Path.of("src/main/java").relativize(file).toString().replace('/', '.').replace(".java", "");
        EntersStage declared = Class.forName(className).getAnnotation(EntersStage.class);
        assertThat(declared).as(className + " enters " + entered + " and must say so with @EntersStage").isNotNull();
        assertThat(new TreeSet<>(Set.of(declared.value()))).as(className).isEqualTo(entered);
        checked++;
      }
    }
    assertThat(checked).as("delegates that enter a stage").isGreaterThanOrEqualTo(10);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
