package org.parley.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.parley.cli.Main;

/**
 * The web UI as a person uses it, in the system's headless Chromium driven by its ChromeDriver (Debian's
 * {@code chromium} and {@code chromium-driver}; nothing is downloaded): the bundled examples are ingested
 * into a fresh database, then the test loads the timeline, filters it by a pair, opens an event's evidence
 * and the article it cites, and searches for a quotation. It saves screenshots of the main views to {@code
 * target/screenshots/} (the ones in {@code docs/screenshots/} are copies). Skipped, saying why, when the
 * browser or the driver is not installed.
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");

  /**
   * Selenium warns that it has no DevTools bindings for this Chromium; the tests use only WebDriver (the
   * bindings are left out of the build), so the warning is noise. Held here so the setting is not collected.
   */
  static final java.util.logging.Logger CDP = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

  static {
    CDP.setLevel(java.util.logging.Level.OFF);
  }

  @TempDir static Path tmp;
  static WebServer web;
  static ChromeDriver browser;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests skipped: install Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER + ")");
    Path examples = Path.of(System.getProperty("parley.examples", "examples"));
    Assumptions.assumeTrue(Files.isDirectory(examples), "browser tests skipped: no examples folder at " + examples);
    Path db = tmp.resolve("examples.db");
    StringWriter out = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(out, true),
        "demo", "--db", db.toString(), "--examples", examples.toString(), "--report", tmp.resolve("report").toString());
    assertEquals(0, code, out.toString());
    web = WebServer.start(db, new InetSocketAddress("127.0.0.1", 0));
    base = "http://127.0.0.1:" + web.port();

    // The system driver, named outright, so that Selenium Manager never looks for (or downloads) one.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1500",
        "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (web != null) {
      web.close();
    }
  }

  static void open(String path) {
    browser.get(base + path);
  }

  static void shot(String name) throws Exception {
    Path png = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  static JsonNode api(String path) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return new ObjectMapper().readTree(r.body());
  }

  static int shownTotal() {
    String summary = browser.findElement(By.cssSelector("p.summary")).getText();
    return Integer.parseInt(summary.substring(0, summary.indexOf(' ')));
  }

  @Test
  void timelineFilterEvidenceAndSearchAsAPersonUsesThem() throws Exception {
    // The timeline: story events under month headings, in date order.
    open("/");
    assertTrue(browser.getTitle().startsWith("Timeline"), browser.getTitle());
    List<WebElement> events = browser.findElements(By.cssSelector("li.event"));
    assertFalse(events.isEmpty(), "the timeline lists events");
    int all = shownTotal();
    assertEquals(api("/api/events?limit=0").path("total").asInt(), all);
    assertTrue(browser.findElements(By.cssSelector("section.month h2")).size() > 3);
    shot("timeline");

    // Filter by a pair, typed into the form as a person would.
    JsonNode pair = api("/api/pairs/VAL,KES/trend");
    assertFalse(pair.path("months").isEmpty(), "the examples have Valmora-Kestrel events");
    WebElement input = browser.findElement(By.name("pair"));
    input.clear();
    input.sendKeys("VAL,KES");
    browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
    assertTrue(browser.getCurrentUrl().contains("pair=VAL%2CKES"), browser.getCurrentUrl());
    int paired = shownTotal();
    assertTrue(paired > 0 && paired < all, paired + " of " + all);
    assertEquals(api("/api/events?pair=VAL,KES&limit=0").path("total").asInt(), paired);
    assertEquals("VAL,KES", browser.findElement(By.name("pair")).getAttribute("value"));

    // Open the evidence of the event with most outlets behind it.
    JsonNode best = null;
    for (JsonNode e : api("/api/events?pair=VAL,KES&limit=500").path("items")) {
      if (best == null || e.path("mentions").asInt() > best.path("mentions").asInt()) {
        best = e;
      }
    }
    String id = best.path("id").asText();
    browser.findElement(By.cssSelector("li.event[data-id='" + id + "'] a.action")).click();
    assertTrue(browser.getCurrentUrl().endsWith("/events/" + id), browser.getCurrentUrl());
    List<WebElement> rows = browser.findElements(By.cssSelector("table.mentions tr.mention"));
    assertEquals(best.path("mentions").asInt(), rows.size());
    JsonNode mention = api("/api/events/" + id).path("mentions").get(0);
    assertTrue(rows.get(0).getText().contains(mention.path("evidence").asText().strip().split("\\s+")[0]));
    assertFalse(browser.findElements(By.cssSelector("table.mentions mark")).isEmpty(), "the trigger is marked");
    assertFalse(browser.findElements(By.cssSelector(".side-by-side section.outlet")).isEmpty());
    shot("event");
    // ... and the article it cites, at the sentence.
    rows.get(0).findElement(By.cssSelector("p.meta a")).click();
    assertTrue(browser.getCurrentUrl().contains("#o" + mention.path("start").asInt()), browser.getCurrentUrl());
    WebElement sentence = browser.findElement(By.id("o" + mention.path("start").asInt()));
    assertEquals(mention.path("evidence").asText().replaceAll("\\s+", " ").strip(),
        sentence.getText().replaceAll("\\s+", " ").strip());

    // Search for a quotation by its rarest-looking word.
    JsonNode quote = api("/api/quotes?limit=500").path("items").get(0);
    String word = List.of(quote.path("text").asText().split("[^\\p{L}]+")).stream()
        .max(Comparator.comparingInt(String::length)).orElseThrow();
    open("/search");
    browser.findElement(By.name("q")).sendKeys(word);
    browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
    List<WebElement> found = browser.findElements(By.cssSelector("blockquote.quote p.words"));
    assertTrue(found.stream().anyMatch(q -> q.getText().contains(quote.path("text").asText().strip().split("\\s+")[0])),
        "searching '" + word + "' finds the quote: " + quote.path("text").asText());
    shot("search");

    // The other main views, for the screenshots, each checked for its content.
    open("/quotes");
    assertFalse(browser.findElements(By.cssSelector("h2.speaker")).isEmpty());
    shot("quotes");
    String actor = api("/api/actors?limit=1").path("items").get(0).path("id").asText();
    open("/actors/" + actor);
    assertTrue(browser.findElement(By.tagName("h1")).getText().length() > 0);
    assertFalse(browser.findElements(By.cssSelector("table.roles tbody tr")).isEmpty());
    shot("actor");
    open("/pairs?pair=VAL,KES");
    assertFalse(browser.findElements(By.cssSelector("figure.chart svg rect.bar")).isEmpty());
    assertFalse(browser.findElements(By.cssSelector("figure.chart path.mean-line")).isEmpty());
    shot("pair-trend");
    open("/outlets?actor=KES");
    assertTrue(browser.findElements(By.cssSelector(".side-by-side section.outlet")).size() > 1);
    shot("outlets");
  }

  @Test
  void hostileInputIsShownAsText() {
    open("/?q=%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E&actor=%22%3E%3Cb%20id%3Dpwn%3E");
    assertEquals("<script>window.pwned=1</script>", browser.findElement(By.name("q")).getAttribute("value"));
    assertTrue(browser.findElements(By.id("pwn")).isEmpty(), "no element was injected");
    assertEquals(Boolean.FALSE, browser.executeScript("return window.pwned === 1"));
    open("/?from=2018-13");
    assertTrue(browser.findElement(By.cssSelector("p.error")).getText().startsWith("from:"));
  }
}
