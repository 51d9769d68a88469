package io.lifecycleops.journeys;

import io.lifecycleops.support.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What a person does in Camunda Tasklist and Cockpit, in words of the page. */
final class Webapps {

  private final Browser browser;
  private final String base;

  Webapps(Browser browser, int port) {
    this.browser = browser;
    this.base = "http://localhost:" + port + "/camunda/app/";
  }

  WebDriver driver() {
    return browser.driver();
  }

  void login(String app, String user) {
    driver().manage().deleteAllCookies();
    driver().get(base + app + "/default/");
    browser.visible(By.cssSelector("input[ng-model=username]")).sendKeys(user);
    driver().findElement(By.cssSelector("input[ng-model=password]")).sendKeys(user);
    driver().findElement(By.cssSelector("button[type=submit]")).click();
    browser.await(d -> d.findElements(By.cssSelector("input[ng-model=username]")).isEmpty());
  }

  void logout() {
    driver().manage().deleteAllCookies();
  }

  // ---------- Tasklist ----------

  void openFilter(String name) {
    By filter = By.xpath("//div[contains(@class,'task-filter')]//h4/a[contains(normalize-space(.), " + literal(name) + ")]");
    browser.await(ExpectedConditions.elementToBeClickable(filter)).click();
    browser.await(d -> d.findElement(By.xpath("//div[contains(@class,'task-filter') and contains(@class,'active')]//h4/a"))
        .getText().contains(name));
  }

  /** The visible task list entries' names (after the list has loaded). */
  List<String> taskNames() {
    browser.await(d -> d.findElements(By.cssSelector("[cam-tasks] .loader:not(.ng-hide)")).isEmpty());
    return driver().findElements(By.cssSelector("ol.tasks-list li.task h4.task a")).stream().map(WebElement::getText).toList();
  }

  WebElement taskEntry(String nameFragment) {
    return browser.visible(By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')][.//h4/a[contains(normalize-space(.), "
        + literal(nameFragment) + ")]]"));
  }

  void openTask(String nameFragment) {
    taskEntry(nameFragment).findElement(By.cssSelector("h4.task a")).click();
    browser.visible(By.cssSelector("[cam-tasklist-task] .task-details, .task-details"));
  }

  void claim() {
    By claim = By.xpath("//*[contains(@class,'task-details') or @cam-tasklist-task]//*[self::a or self::button][normalize-space(.)='Claim']");
    browser.await(ExpectedConditions.elementToBeClickable(claim)).click();
    browser.await(d -> d.findElements(claim).isEmpty());
  }

  /** The Camunda Form field with this component id (form-js ids end with it). */
  WebElement field(String componentId) {
    return browser.visible(By.cssSelector("[id$='-" + componentId + "']"));
  }

  void type(String componentId, String text) {
    WebElement input = field(componentId);
    browser.script("arguments[0].scrollIntoView({block: 'center'});", input);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
  }

  /** Scrolls the element to the middle of the view first: Tasklist's panels overlap the page's bottom edge. */
  void click(WebElement element) {
    browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  void chooseRadio(String label) {
    click(browser.visible(
        By.xpath("//label[contains(@class,'fjs-form-field-label')][normalize-space(.)=" + literal(label) + "]/input")));
  }

  void tick(String componentId) {
    WebElement box = field(componentId);
    if (!box.isSelected()) {
      click(box);
    }
  }

  /** form-js 1.8 selects are dropdowns: open, then pick the option by its label. */
  void select(String componentId, String optionLabel) {
    WebElement display = browser.visible(By.xpath("//*[contains(@class,'fjs-form-field-select')][.//*[contains(@id,'-" + componentId
        + "')]]//*[contains(@class,'fjs-select-display') or contains(@class,'fjs-input-group')]"));
    click(display);
    click(browser.visible(
        By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)=" + literal(optionLabel) + "]")));
  }

  void complete() {
    By button = By.xpath("//div[contains(@class,'form-actions')]//button[normalize-space(.)='Complete']");
    dismissNotices();
    click(browser.visible(button));
  }

  /** Tasklist's notices ("You are assigned to the following tasks in the same process") cover the form's bottom corner. */
  void dismissNotices() {
    browser.script("document.querySelectorAll('[notifications-panel] .alert').forEach(a => a.remove());");
  }

  List<String> formErrors() {
    return driver().findElements(By.cssSelector(".fjs-form-field-error")).stream().map(WebElement::getText)
        .filter(t -> !t.isBlank()).toList();
  }

  /** The value a read-only (disabled) form field shows. */
  String shown(String componentId) {
    return String.valueOf(browser.script("return arguments[0].value;", field(componentId)));
  }

  /** The text of the task form's "Why this came to you" section. */
  String whyThisCameToYou() {
    return browser.visible(By.xpath("//*[contains(@class,'fjs-form-field-text')][.//h4[normalize-space(.)='Why this came to you']]"))
        .getText();
  }

  // ---------- Cockpit ----------

  void openInCockpit(String hashPath) {
    driver().get(base + "cockpit/default/#" + hashPath);
  }

  String pageText() {
    return driver().findElement(By.tagName("body")).getText();
  }

  private static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
