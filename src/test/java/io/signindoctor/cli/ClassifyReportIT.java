package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a browser shows it: headless Chromium (Debian's chromium package, which .ci/run installs) opens
 * the file from disk with networking off and the test reads the DOM it rendered and the screenshot it took.
 */
class ClassifyReportIT {

    @TempDir
    Path folder;

    private List<String> chromium(String... args) {
        List<String> command = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + folder.resolve("profile")));
        command.addAll(List.of(args));
        return command;
    }

    private String run(List<String> command) throws IOException, InterruptedException {
        Path out = folder.resolve("chromium.out");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(folder.resolve("chromium.err").toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        } catch (IOException missing) {
            throw new AssertionError("this test needs Debian's chromium package (apt-get install chromium), which "
                    + ".ci/run installs", missing);
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished in time").isTrue();
        assertThat(process.exitValue()).as(Files.readString(folder.resolve("chromium.err"))).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void theReportShowsABarPerCauseAndLinksEachCauseToItsRemedyWithNothingLoadedFromElsewhere() throws Exception {
        Path report = folder.resolve("report.html");
        CliRun classify = CliRun.of("classify", "examples/export/incidents.csv", "--mapping",
                "examples/export/mapping.yaml", "--out", folder.resolve("out.jsonl").toString(), "--report",
                report.toString());
        assertThat(classify.exitCode()).as(classify.err()).isEqualTo(ExitCode.REJECTED);
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//").doesNotContain("<script")
                .doesNotContain("<link");

        String dom = run(chromium("--dump-dom", report.toUri().toString()));

        Matcher bars = Pattern.compile("<rect class=\"bar\" data-cause=\"([^\"]+)\" data-count=\"(\\d+)\"")
                .matcher(dom);
        List<String> drawn = new ArrayList<>();
        while (bars.find()) {
            drawn.add(bars.group(1) + "=" + bars.group(2));
        }
        assertThat(drawn).hasSize(14).startsWith("manual-server-not-fqdn=3")
                .contains("signin-address-mismatch=1", "(unclassified)=2", "(rejected)=4");
        assertThat(dom).contains("<p id=\"counts\">Read 20: 14 classified, 2 unclassified, 4 rejected.</p>")
                .contains("<a href=\"#remedy-manual-server-not-fqdn\">4 steps</a>")
                .contains("<section id=\"remedy-manual-server-not-fqdn\">")
                .contains("<li>Find the server's (or pool's) FQDN as it appears on its certificate");

        Path screenshot = folder.resolve("report.png");
        run(chromium("--screenshot=" + screenshot, "--window-size=1000,900", report.toUri().toString()));
        byte[] png = Files.readAllBytes(screenshot);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(png.length).as("a rendered page, not a blank one").isGreaterThan(20_000);
    }
}
