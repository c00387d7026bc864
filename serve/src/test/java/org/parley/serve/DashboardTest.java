package org.parley.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.ingest.SourceOptions;
import org.parley.model.Document;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.pipeline.Pipeline;
import org.parley.store.Store;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run installs): the
 * relations chart loads, a click on a day's point shows that day's events with their sentences, a person's page
 * lists the quotes. Screenshots go to target/screenshots. Skipped where no Chromium is installed.
 */
class DashboardTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir
  Path dir;
  Store store;
  Server server;
  WebDriver browser;
  final Path shots = Path.of("target", "screenshots");

  @BeforeEach
  void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "Chromium and chromedriver installed");
    store = Store.open(dir);
    store.put(ServerTest.doc("d1", "2025-10-16", "Trump and Putin spoke by phone for two hours.", List.of(),
        List.of(ServerTest.event("USA", "RUS", "041", 1, 1, "Trump and Putin spoke by phone for two hours.",
            "2025-10-16"))));
    store.put(ServerTest.doc("d2", "2025-10-22", "Washington imposed sanctions on Rosneft and Lukoil.",
        List.of(new Quote("Dmitry Peskov", "Kremlin spokesman", "RUSGOV", "the sanctions will not change our course",
            false, "said", 0, 10, -1, -1).withStance("dialogue")),
        List.of(ServerTest.event("USA", "RUS", "163", -8, 4, "Washington imposed sanctions on Rosneft and Lukoil.",
            "2025-10-22"))));
    store.put(ServerTest.doc("d3", "2025-10-30", "Lavrov and Rubio spoke by phone.", List.of(),
        List.of(ServerTest.event("RUS", "USA", "041", 1, 1, "Lavrov and Rubio spoke by phone.", "2025-10-30"))));
    server = Server.start(store, Pipeline.of(page -> Document.builder().id("x").text(page.content()).build()),
        new Server.Config("127.0.0.1", 0, null, true, SourceOptions.defaults()));
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1280,1000", "--user-data-dir=" + dir.resolve("chrome-profile"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    Files.createDirectories(shots);
  }

  @AfterEach
  void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  void screenshot(String name) throws Exception {
    File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), shots.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void clickingADayOnTheChartShowsThatDaysEvents() throws Exception {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    browser.get("http://127.0.0.1:" + server.port() + "/#/?dyad=RUS-USA");
    wait.until(d -> ((JavascriptExecutor) d).executeScript("return !!window.parleyChart"));
    WebElement chart = browser.findElement(By.id("dyad-chart"));
    screenshot("relations.png");
    // Where ECharts drew the point of 2025-10-22 (index 1 on the date axis), relative to the chart's top left.
    @SuppressWarnings("unchecked")
    List<Number> xy = (List<Number>) ((JavascriptExecutor) browser).executeScript(
        "return window.parleyChart.convertToPixel({seriesIndex: 0}, [1, -8]);");
    int dx = xy.get(0).intValue() - chart.getSize().getWidth() / 2;
    int dy = xy.get(1).intValue() - chart.getSize().getHeight() / 2;
    new Actions(browser).moveToElement(chart, dx, dy).click().perform();
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#day-events .event-row"), 0));
    List<WebElement> rows = browser.findElements(By.cssSelector("#day-events .event-row"));
    assertThat(rows).hasSize(1);
    assertThat(rows.getFirst().getText()).contains("Washington imposed sanctions on Rosneft").contains("163");
    assertThat(browser.findElement(By.id("day-title")).getText()).contains("2025-10-22");
    // the phone call (cooperation) then the sanctions (conflict): the index marks a swing on the chart
    assertThat(((JavascriptExecutor) browser).executeScript("return window.parleyChart.getOption().series[0]"
        + ".markPoint.data.filter(p => p.value === 'swing').map(p => p.coord[0])")).isEqualTo(List.of(1L));
    screenshot("relations-day-clicked.png");
  }

  @Test
  void aStoryPageHasItsSummaryAndTimeline() throws Exception {
    store.setAggregates(List.of(new Store.Aggregates("d1", "st-talks", null, List.of()),
        new Store.Aggregates("d2", "st-talks", null, List.of()), new Store.Aggregates("d3", "st-talks", null,
            List.of())), List.of(new org.parley.model.Story("st-talks", "Trump and Putin", "2025-10-16", "2025-10-30",
                List.of("d1", "d2", "d3"))));
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    browser.get("http://127.0.0.1:" + server.port() + "/#/stories");
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".story-row"), 0));
    assertThat(browser.findElement(By.cssSelector(".story-row")).getText()).contains("Trump and Putin")
        .contains("2025-10-16 to 2025-10-30");
    browser.findElement(By.cssSelector(".story-row a")).click();
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".timeline li"), 0));
    assertThat(browser.findElement(By.id("story-title")).getText()).isEqualTo("Trump and Putin");
    List<WebElement> items = browser.findElements(By.cssSelector(".timeline li"));
    assertThat(items).hasSize(3);
    assertThat(items.get(0).getText()).contains("2025-10-16");
    assertThat(items.get(2).getText()).contains("2025-10-30");
    assertThat(browser.findElement(By.id("story-summary")).getText()).contains("Trump and Putin spoke by phone");
    assertThat(browser.findElements(By.cssSelector("#story-timeline canvas"))).isNotEmpty();
    screenshot("story.png");
  }

  @Test
  void theDigestPageShowsThePeriod() throws Exception {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    browser.get("http://127.0.0.1:" + server.port() + "/#/digest?from=2025-10-01&to=2025-10-31");
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".digest h1"), 0));
    String text = browser.findElement(By.cssSelector(".digest")).getText();
    assertThat(text).contains("Parley digest: 2025-10-01 to 2025-10-31").contains("3 articles").contains("RUS-USA");
    screenshot("digest.png");
  }

  @Test
  void aPersonsPageListsTheirQuotes() throws Exception {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    browser.get("http://127.0.0.1:" + server.port() + "/#/person/Dmitry%20Peskov");
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".quote"), 0));
    assertThat(browser.findElement(By.id("person-name")).getText()).isEqualTo("Dmitry Peskov");
    assertThat(browser.findElement(By.cssSelector(".quote")).getText()).contains("will not change our course");
    assertThat(browser.getPageSource()).contains("Kremlin spokesman");
    assertThat(browser.findElement(By.id("person-stance")).getText()).contains("1 dialogue");
    screenshot("person.png");
  }

  @Test
  void searchShowsHighlightedHitsAndEscapesText() throws Exception {
    store.put(ServerTest.doc("d4", "2025-10-31", "A page said <script>window.pwned=1</script> about sanctions.",
        List.of(), List.of()));
    server.close();
    server = Server.start(store, Pipeline.of(page -> Document.builder().id("x").text(page.content()).build()),
        new Server.Config("127.0.0.1", 0, null, true, SourceOptions.defaults()));
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    browser.get("http://127.0.0.1:" + server.port() + "/#/search?q=sanctions");
    wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".hit"), 0));
    assertThat(browser.findElements(By.cssSelector(".hit b"))).isNotEmpty();
    assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined")).isEqualTo(true);
    screenshot("search.png");
  }
}
