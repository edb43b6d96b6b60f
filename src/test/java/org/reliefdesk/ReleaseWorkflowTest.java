package org.reliefdesk;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release workflow for the hosted CI (it cannot run here): the file parses as YAML, builds on Linux, Windows and
 * macOS runners, runs the smoke test and builds the installer from the image on each, keeps the installers, and
 * every secret it expects is one the README tells a county about.
 */
final class ReleaseWorkflowTest {
    private static final Path FILE = Path.of(".github/workflows/release.yml");
    private static String text;
    private static Map<String, Object> workflow;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void parse() throws IOException {
        text = Files.readString(FILE, StandardCharsets.UTF_8);
        workflow = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Object node, String... path) {
        Object n = node;
        for (String key : path) {
            assertThat(n).as("a mapping above %s", key).isInstanceOf(Map.class);
            n = ((Map<String, Object>) n).get(key);
        }
        return (T) n;
    }

    private static List<Map<String, Object>> steps() {
        return at(workflow, "jobs", "installer", "steps");
    }

    @Test
    void runsOnTagsAndByHandOnLinuxWindowsAndMacOsRunners() {
        // YAML 1.1 reads the bare key "on" as true
        Map<?, ?> any = workflow;
        Object triggers = any.containsKey("on") ? any.get("on") : any.get(Boolean.TRUE);
        assertThat(at(triggers, "push", "tags").toString()).contains("v*");
        assertThat(((Map<?, ?>) triggers).containsKey("workflow_dispatch")).as("can be run by hand").isTrue();
        List<Map<String, Object>> matrix = at(workflow, "jobs", "installer", "strategy", "matrix", "include");
        List<String> runners = matrix.stream().map(m -> (String) m.get("os")).toList();
        assertThat(runners).anyMatch(r -> r.startsWith("ubuntu-")).anyMatch(r -> r.startsWith("windows-"))
                .anyMatch(r -> r.startsWith("macos-"));
        assertThat(at(workflow, "jobs", "installer", "runs-on").toString()).isEqualTo("${{ matrix.os }}");
        for (Map<String, Object> m : matrix) {
            assertThat(Path.of((String) m.get("package-options"))).as("options file of %s", m.get("name"))
                    .isRegularFile();
        }
        assertThat(matrix).anySatisfy(m -> assertThat(m.get("package-options")).isEqualTo(
                "installer/windows-package.txt"));
    }

    @Test
    void buildsTheImageSmokeTestsItBuildsTheInstallerAndKeepsIt() {
        List<String> runs = new ArrayList<>();
        List<String> uses = new ArrayList<>();
        for (Map<String, Object> step : steps()) {
            assertThat(step.containsKey("name") || step.containsKey("uses")).as("every step is named or an action")
                    .isTrue();
            runs.add(String.valueOf(step.getOrDefault("run", "")));
            uses.add(String.valueOf(step.getOrDefault("uses", "")));
        }
        int image = indexOf(runs, "-Pinstaller -DskipTests -Dinstaller.imageOnly=true package");
        int smoke = indexOf(runs, "bash installer/smoke-test.sh --image-built");
        int installer = indexOf(runs, "jpackage @${{ matrix.package-options }} --app-image");
        assertThat(image).isLessThan(smoke);
        assertThat(smoke).isLessThan(installer);
        assertThat(uses).contains("actions/checkout@v4", "actions/setup-java@v4");
        Map<String, Object> keep = steps().stream().filter(s -> String.valueOf(s.get("uses"))
                .startsWith("actions/upload-artifact@")).findFirst().orElseThrow();
        assertThat(at(keep, "with", "path").toString()).isEqualTo("target/installer/");
        assertThat(at(keep, "with", "if-no-files-found").toString()).isEqualTo("error");
        assertThat(runs.get(indexOf(runs, "WiX Toolset v3"))).contains("GITHUB_PATH");
    }

    private static int indexOf(List<String> runs, String part) {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).contains(part)) {
                return i;
            }
        }
        throw new AssertionError("no step runs " + part);
    }

    @Test
    void signsOnlyWithSecretsTheReadmeDocuments() throws IOException {
        Set<String> secrets = new TreeSet<>();
        Matcher m = Pattern.compile("secrets\\.([A-Z0-9_]+)").matcher(text);
        while (m.find()) {
            secrets.add(m.group(1));
        }
        assertThat(secrets).contains("WINDOWS_CERTIFICATE", "WINDOWS_CERTIFICATE_PASSWORD", "MACOS_CERTIFICATE",
                "MACOS_SIGNING_IDENTITY", "MACOS_NOTARY_APPLE_ID", "MACOS_NOTARY_PASSWORD", "MACOS_NOTARY_TEAM_ID");
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        for (String s : secrets) {
            assertThat(readme).as("README documents the secret %s", s).contains("`" + s + "`");
        }
        for (Map<String, Object> step : steps()) {
            String name = String.valueOf(step.get("name"));
            if (name.startsWith("Sign")) {
                assertThat(String.valueOf(step.get("if"))).as("%s runs only with a certificate", name)
                        .containsPattern("HAS_(WINDOWS|MACOS)_CERTIFICATE == 'true'");
            }
        }
    }
}
