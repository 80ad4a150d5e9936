package io.signindoctor.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.testing.Tools;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * serve's web page as an engineer uses it, with the keyboard alone: Debian's chromium driven headless through
 * Debian's chromedriver (packages chromium and chromium-driver, which .ci/run installs; a missing one fails the test
 * saying which to install).
 */
class ServePageIT {

    @TempDir
    Path folder;

    private DiagnosisServer server;
    private WebDriver browser;

    @BeforeEach
    void open() throws Exception {
        String chromedriver = Tools.require("chromedriver", "chromium-driver");
        String chromium = Tools.require("chromium", "chromium");
        server = Servers.start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1366,768",
                "--user-data-dir=" + folder.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.get("http://127.0.0.1:" + server.port() + "/");
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    /** Presses Tab until the element with this id has the focus, as a keyboard user moves through the page. */
    private void tabTo(String id) {
        for (int presses = 0; presses < 40; presses++) {
            if (id.equals(focused().getAttribute("id"))) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    /** Presses keys wherever the focus is, as a person at the keyboard does (a file input takes no typed keys). */
    private void press(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /** Polls the page until the condition holds; a bound, not a measurement: the page answers in milliseconds. */
    private void await(String what, Supplier<Boolean> condition) throws InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            if (condition.get()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the page never showed " + what + "; it shows:\n"
                + browser.findElement(By.tagName("body")).getText());
    }

    private WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    @Test
    void aPastedTicketIsDiagnosedWithRemedyAndEvidence() throws Exception {
        tabTo("ticket");
        press(ServeApiIT.TICKET);
        tabTo("diagnose-button");
        press(Keys.ENTER);

        await("the result", () -> byId("result").isDisplayed());
        assertThat(focused().getAttribute("id")).as("the focus moves to the result").isEqualTo("result-heading");
        String result = byId("result").getText();
        assertThat(result).contains("1. Manual connection settings use an IP address or NetBIOS name")
                .contains("What to do").contains("Find the server's (or pool's) FQDN");
        byId("result").findElement(By.tagName("summary")).click();
        assertThat(byId("result").getText()).contains("MAN-").contains("read from the ticket");
        assertThat(byId("message").getText()).isEmpty();
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                Path.of("target", "serve-page-diagnosis.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void anUploadedEventLogExportIsReadAndItsFactsCiteTheFileAndLine() throws Exception {
        Path export = Path.of("examples/artifacts/communicator-events-no-srv.txt").toAbsolutePath();

        byId("artifact-files").sendKeys(export.toString());
        tabTo("diagnose-button");
        press(Keys.ENTER);

        await("the result", () -> byId("result").isDisplayed() || !byId("message").getText().isEmpty());
        assertThat(byId("message").getText()).isEmpty();
        assertThat(byId("result").getText()).contains("1. SRV or host records for automatic sign-in are missing or wrong")
                .contains("from communicator-events-no-srv.txt:");
    }

    @Test
    void aTicketWithNothingToGoOnSaysSoPlainly() throws Exception {
        tabTo("ticket");
        press("The printer on the third floor is jammed again.");
        tabTo("diagnose-button");
        press(Keys.ENTER);

        await("the result", () -> byId("result").isDisplayed());
        assertThat(byId("result").getText()).contains("No likely cause was found");
    }

    @Test
    void anInterviewFromTheFirstQuestionToTheDiagnosisWithOneBack() throws Exception {
        KnownAnswers engineer = new KnownAnswers(ServeApiIT.EXAMPLE);
        tabTo("mode-interview");
        press(Keys.ENTER);
        tabTo("start-interview");
        press(Keys.ENTER);
        await("the first question", () -> byId("question-form").isDisplayed());
        assertThat(focused().getAttribute("id")).isEqualTo("question-text");
        String firstQuestion = byId("question-text").getText();
        assertThat(firstQuestion).startsWith("Question 1. ");

        answer(engineer);
        await("the second question", () -> byId("question-text").getText().startsWith("Question 2. "));
        tabTo("back-button");
        press(Keys.ENTER);
        await("the first question again", () -> byId("question-text").getText().equals(firstQuestion));

        for (int asked = 0; asked < 20 && !byId("result").isDisplayed(); asked++) {
            String before = byId("question-text").getText();
            answer(engineer);
            await("the next step", () -> byId("result").isDisplayed()
                    || !byId("question-text").getText().equals(before));
        }

        await("the diagnosis", () -> byId("result").isDisplayed());
        String result = byId("result").getText();
        assertThat(result).contains("The interview is over after")
                .contains("1. Manual connection settings use an IP address or NetBIOS name")
                .contains("Find the server's (or pool's) FQDN");
        assertThat(byId("download-interview-facts").isDisplayed()).isTrue();
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                Path.of("target", "serve-page-interview.png"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(byId("message").getText()).isEmpty();
    }

    /** Answers the question on screen the way the engineer would, with the keyboard: a choice, typed text, or unknown. */
    private void answer(KnownAnswers engineer) {
        String fact = byId("question-form").getAttribute("data-fact");
        Optional<String> answer = engineer.answer(fact);
        if (answer.isEmpty()) {
            tabTo("unknown-button");
            press(Keys.ENTER);
            return;
        }
        List<WebElement> choices = byId("question-input").findElements(By.cssSelector("input[type=radio]"));
        if (choices.isEmpty()) {
            tabTo("answer-text");
            press(answer.get());
        } else {
            WebElement choice = choices.stream().filter(radio -> radio.getAttribute("value").equals(answer.get()))
                    .findFirst().orElseThrow(() -> new AssertionError("no choice " + answer.get() + " for " + fact));
            tabTo(choices.get(0).getAttribute("id"));
            while (!choice.equals(focused())) {
                press(Keys.ARROW_DOWN);
            }
            press(Keys.SPACE);
        }
        tabTo("answer-button");
        press(Keys.ENTER);
    }
}
