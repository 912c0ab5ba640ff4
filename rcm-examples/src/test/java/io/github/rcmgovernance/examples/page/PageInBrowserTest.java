package io.github.rcmgovernance.examples.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.rcmgovernance.examples.BuiltInScenarios;
import io.github.rcmgovernance.examples.record.Audit;
import io.github.rcmgovernance.examples.record.PublicRecord;
import io.github.rcmgovernance.model.charter.Charter;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The plans' page in a real browser: headless Chromium loads it, lays it out for a laptop screen
 * and for print, and saves a screenshot and a PDF under {@code target/browser/}. Runs in the {@code
 * browser} profile ({@code ./mvnw -Pbrowser test}), which {@code .ci/run} runs after installing
 * Debian's {@code chromium} when it can; without a browser on the path the tests are skipped with a
 * message saying so.
 */
@Tag("browser")
class PageInBrowserTest {
  private static final Path OUT = Path.of("target", "browser");
  private static final int WIDTH = 1366;
  private static final int HEIGHT = 900;

  private static Path page;
  private static Path audit;

  @BeforeAll
  static void writePage() throws IOException {
    Files.createDirectories(OUT);
    page = OUT.resolve("plans.html").toAbsolutePath();
    Files.writeString(page, CalendarPage.ofPlans(CalendarPageTest.builtInPlans(), Locale.ENGLISH));
    audit = OUT.resolve("audit.html").toAbsolutePath();
    PublicRecord record =
        PublicRecord.read(Files.readString(BuiltInScenarios.resource("record/rcm-record.json")));
    Files.writeString(
        audit,
        CalendarPage.ofAudit(
            "rcm-record.json",
            "rcm",
            Charter.rcm(),
            Audit.of(record, Charter.rcm()),
            Locale.ENGLISH));
  }

  private static Path browser() {
    Optional<Path> found =
        Stream.of("chromium", "chromium-browser", "google-chrome")
            .flatMap(
                name ->
                    Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                        .map(dir -> Path.of(dir, name)))
            .filter(Files::isExecutable)
            .findFirst();
    assumeTrue(
        found.isPresent(),
        "no chromium on the PATH: the page was not checked in a browser (Debian: apt-get install"
            + " chromium; .ci/run installs it when it runs as root)");
    return found.get();
  }

  /**
   * Runs the browser headless on the page, without network, in a profile of its own, and returns
   * what it printed; a browser that has not finished after two minutes is killed and fails the
   * test.
   */
  private static String chromium(String name, String... arguments) throws Exception {
    return chromium(page, name, arguments);
  }

  private static String chromium(Path target, String name, String... arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(browser().toString());
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            // The page needs nothing from outside: any host lookup fails.
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--user-data-dir=" + Files.createTempDirectory(OUT.toAbsolutePath(), "profile-")));
    command.addAll(List.of(arguments));
    command.add(target.toUri().toString());
    Path out = OUT.resolve(name + ".out");
    Path log = OUT.resolve(name + ".log");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(log.toFile())
            .start();
    try {
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    assertThat(process.exitValue()).as("chromium's exit code; see " + log).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  @Test
  void aLaptopScreenshotOfThePage() throws Exception {
    Path png = OUT.resolve("plans.png").toAbsolutePath();
    Files.deleteIfExists(png);
    chromium("screenshot", "--window-size=" + WIDTH + "," + HEIGHT, "--screenshot=" + png);
    assertThat(png).exists();
    try (DataInputStream in = new DataInputStream(Files.newInputStream(png))) {
      byte[] signature = in.readNBytes(8);
      assertThat(signature).startsWith(0x89, 'P', 'N', 'G');
      in.readInt(); // IHDR length
      assertThat(new String(in.readNBytes(4), StandardCharsets.US_ASCII)).isEqualTo("IHDR");
      assertThat(in.readInt()).as("width").isEqualTo(WIDTH);
      assertThat(in.readInt()).as("height").isEqualTo(HEIGHT);
    }
    // A blank page compresses to almost nothing; the calendar's colours and text do not.
    assertThat(Files.size(png)).isGreaterThan(50_000);
  }

  @Test
  void theBrowserBuildsTheSameCalendar() throws Exception {
    Document dom = Jsoup.parse(chromium("dom", "--dump-dom"));
    Document source = Jsoup.parse(Files.readString(page));
    assertThat(dom.select("li.act")).hasSize(source.select("li.act").size()).isNotEmpty();
    assertThat(dom.select("li.act.invalid").eachAttr("data-act"))
        .isEqualTo(source.select("li.act.invalid").eachAttr("data-act"));
    assertThat(dom.select("div.month")).hasSize(source.select("div.month").size());
    assertThat(dom.select("table.acts tbody tr")).hasSize(33);
  }

  @Test
  void printsToPaper() throws Exception {
    Path pdf = OUT.resolve("plans.pdf").toAbsolutePath();
    Files.deleteIfExists(pdf);
    chromium("pdf", "--no-pdf-header-footer", "--print-to-pdf=" + pdf);
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    long pages =
        text.lines().filter(l -> l.contains("/Type /Page") && !l.contains("/Pages")).count();
    long pageObjects =
        java.util.regex.Pattern.compile("/Type\\s*/Page(?!s)").matcher(text).results().count();
    assertThat(Math.max(pages, pageObjects)).as("pages").isBetween(2L, 20L);
  }

  @Test
  void theAuditPageLaysOutTheRecordAsItsSourceSays() throws Exception {
    Document dom = Jsoup.parse(chromium(audit, "audit-dom", "--dump-dom"));
    Document source = Jsoup.parse(Files.readString(audit));
    assertThat(dom.select("table.acts tbody tr")).hasSize(50);
    assertThat(dom.select("li.meeting").eachAttr("data-act"))
        .isEqualTo(source.select("li.meeting").eachAttr("data-act"))
        .contains("VM-XXII", "VM-XXIX")
        .doesNotContain("VM-XVIII");
    assertThat(dom.select("td.verdict.undetermined")).isNotEmpty();
    Path png = OUT.resolve("audit.png").toAbsolutePath();
    Files.deleteIfExists(png);
    chromium(
        audit, "audit-screenshot", "--window-size=" + WIDTH + "," + HEIGHT, "--screenshot=" + png);
    assertThat(Files.size(png)).isGreaterThan(50_000);
  }
}
