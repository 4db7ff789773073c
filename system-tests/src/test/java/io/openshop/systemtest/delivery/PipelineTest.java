package io.openshop.systemtest.delivery;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The GitHub Actions workflow (.github/workflows/ci.yml) does what the project promises: the
 * README's test command on every push and pull request, the browser installed as the README says,
 * the Maven repository cached, the reports and screenshots kept, and a release with the EAR on a
 * version tag. actionlint is not available on these machines; this reads the workflow as YAML and
 * checks its structure and every file and command it relies on.
 */
class PipelineTest {

    private static final Path ROOT = Path.of(System.getProperty("shop.root", "..")).toAbsolutePath().normalize();
    private static Map<String, Object> workflow;

    @BeforeAll
    static void read() throws IOException {
        String text = Files.readString(ROOT.resolve(".github/workflows/ci.yml"));
        assertFalse(text.contains("\t"), "YAML is indented with spaces only");
        workflow = map(new Yaml(new SafeConstructor(new LoaderOptions())).load(text), "the workflow");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        assertTrue(value instanceof Map, what + " is a mapping: " + value);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value, String what) {
        assertTrue(value instanceof List, what + " is a list: " + value);
        return (List<Object>) value;
    }

    private static Map<String, Object> job(String name) {
        return map(map(workflow.get("jobs"), "jobs").get(name), "job " + name);
    }

    private static List<Map<String, Object>> steps(String job) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Object step : list(job(job).get("steps"), job + " steps")) {
            steps.add(map(step, "a step of " + job));
        }
        return steps;
    }

    private static int indexOf(List<Map<String, Object>> steps, String key, String containing) {
        for (int i = 0; i < steps.size(); i++) {
            Object value = steps.get(i).get(key);
            if (value != null && value.toString().contains(containing)) {
                return i;
            }
        }
        return fail("no step whose " + key + " contains '" + containing + "': " + steps);
    }

    @Test
    void itRunsOnEveryPushPullRequestAndVersionTag() {
        // YAML 1.1 reads the bare key "on" as true
        Map<String, Object> on = map(workflow.containsKey("on") ? workflow.get("on") : workflow.get(Boolean.TRUE), "on");
        Map<String, Object> push = map(on.get("push"), "on.push");
        assertEquals(List.of("**"), push.get("branches"));
        assertEquals(List.of("v*"), push.get("tags"));
        assertTrue(on.containsKey("pull_request"), "pull requests are tested");
        assertEquals("read", map(workflow.get("permissions"), "permissions").get("contents"), "read-only by default");
    }

    @Test
    void theTestJobRunsTheReadmesTestCommandAfterInstallingTheBrowser() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher command = Pattern.compile("## Run the tests\\s+```[a-z]*\\s*\\n([^\\n]+)\\n").matcher(readme);
        assertTrue(command.find(), "the README names its test command");
        List<String> ciRun = Files.readAllLines(ROOT.resolve(".ci/run"));
        assertEquals(command.group(1).trim(), ciRun.get(ciRun.size() - 1).trim(), ".ci/run runs exactly the README's test command");

        List<Map<String, Object>> steps = steps("test");
        int tests = indexOf(steps, "run", "bash .ci/run");
        int browser = indexOf(steps, "run", "system-tests/ensure-browser.sh");
        int checkout = indexOf(steps, "uses", "actions/checkout@");
        int tools = indexOf(steps, "run", "openjdk-17-jdk");
        assertTrue(tools < checkout && checkout < browser && browser < tests, "JDK, checkout, browser, then the tests");
        assertTrue(Files.isRegularFile(ROOT.resolve("system-tests/ensure-browser.sh")));
        assertTrue(((Number) job("test").get("timeout-minutes")).intValue() <= 90, "within CI's 90 minutes");
        assertEquals("debian:bookworm", map(job("test").get("container"), "container").get("image"),
                "Debian, whose chromium and chromedriver the browser tests use");
    }

    @Test
    void theMavenRepositoryIsCachedAndTheReportsAndScreenshotsAreKept() {
        List<Map<String, Object>> steps = steps("test");
        Map<String, Object> cache = steps.get(indexOf(steps, "uses", "actions/cache@"));
        Map<String, Object> with = map(cache.get("with"), "cache.with");
        assertEquals("~/.m2/repository", with.get("path"));
        assertTrue(with.get("key").toString().contains("hashFiles('**/pom.xml')"), "a new key when a pom changes");

        int testsAt = indexOf(steps, "run", "bash .ci/run");
        int uploadAt = indexOf(steps, "uses", "actions/upload-artifact@");
        assertTrue(uploadAt > testsAt);
        Map<String, Object> upload = steps.get(uploadAt);
        assertEquals("always()", upload.get("if"), "kept when the tests fail too");
        String paths = map(upload.get("with"), "upload.with").get("path").toString();
        for (String wanted : List.of("surefire-reports", "failsafe-reports", "system-tests/target/screenshots")) {
            assertTrue(paths.contains(wanted), paths);
        }
    }

    @Test
    void aVersionTagReleasesTheTestedEar() {
        Map<String, Object> release = job("release");
        assertEquals("startsWith(github.ref, 'refs/tags/v')", release.get("if"));
        assertEquals("test", release.get("needs"), "only after the tests passed");
        assertEquals("write", map(release.get("permissions"), "release.permissions").get("contents"));
        List<Map<String, Object>> steps = steps("release");
        String build = steps.get(indexOf(steps, "run", "mvn -B")).get("run").toString();
        assertTrue(build.contains("-pl ear") && build.contains("package"), build);
        String files = map(steps.get(indexOf(steps, "uses", "action-gh-release@")).get("with"), "release.with").get("files").toString();
        assertTrue(files.contains("ear/target/shop.ear"), files);
    }

    @Test
    void everyActionIsPinnedToAVersion() {
        Map<String, Object> jobs = map(workflow.get("jobs"), "jobs");
        assertFalse(jobs.isEmpty());
        for (String name : jobs.keySet()) {
            for (Map<String, Object> step : steps(name)) {
                Object uses = step.get("uses");
                assertTrue(uses != null || step.get("run") != null, "a step runs something: " + step);
                if (uses != null) {
                    assertTrue(uses.toString().matches("[\\w.-]+/[\\w.-]+@(v\\d+(\\.\\d+)*|[0-9a-f]{40})"), "pinned: " + uses);
                }
            }
        }
    }
}
