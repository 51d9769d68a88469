package io.lifecycleops.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, for the journeys of reps, managers and designers in
 * Camunda's webapps. Skipped with a message where Chromium or its driver is missing; on a failure
 * the screenshot and the page's HTML are kept under target/browser-failures/.
 */
public class Browser implements BeforeEachCallback, AfterEachCallback, ExecutionCondition {

  static final String CHROMIUM = System.getProperty("lifecycle.chromium", "/usr/bin/chromium");
  static final String DRIVER = System.getProperty("lifecycle.chromedriver", "/usr/bin/chromedriver");

  private WebDriver driver;
  private Path profile;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute()) {
      return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM);
    }
    String reason = "Browser journeys SKIPPED: no " + CHROMIUM + " / " + DRIVER
        + " (apt-get install -y chromium chromium-driver)";
    System.err.println(reason);
    return ConditionEvaluationResult.disabled(reason);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    profile = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-dev-shm-usage", "--disable-component-update", "--no-first-run", "--disable-sync",
        "--window-size=1440,1000", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    if (driver == null) {
      return;
    }
    try {
      if (context.getExecutionException().isPresent()) {
        Path dir = Path.of("target", "browser-failures");
        Files.createDirectories(dir);
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        Files.writeString(dir.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
      }
    } finally {
      driver.quit();
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public <T> T await(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition::apply);
  }

  public WebElement visible(By by) {
    return await(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public void screenshot(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  public Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }
}
