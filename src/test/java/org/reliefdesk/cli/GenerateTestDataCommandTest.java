package org.reliefdesk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reliefdesk.doj.DojColumn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

final class GenerateTestDataCommandTest {
    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameBytes() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("sub/b.csv");
        Path c = dir.resolve("c.csv");
        assertThat(generate(a, "250", "77").code()).isZero();
        assertThat(generate(b, "250", "77").code()).isZero();
        assertThat(generate(c, "250", "78").code()).isZero();
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
        assertThat(Files.readAllBytes(c)).isNotEqualTo(Files.readAllBytes(a));
    }

    @Test
    void writesExactlyTheRowsAskedForAfterAHeader() throws IOException {
        Path file = dir.resolve("doj.csv");
        CliRun r = generate(file, "333", "5");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("333").contains("doj.csv");
        List<List<String>> rows = DojFile.read(file);
        assertThat(rows).hasSize(334);
        assertThat(rows.get(0)).containsExactlyElementsOf(Arrays.stream(DojColumn.values()).map(Enum::name).toList());
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(DojColumn.COUNT));
        assertThat(rows.stream().skip(1).map(row -> row.get(DojColumn.STP_ORI_CNTY_NAME.index())))
                .contains("SAN JOAQUIN");
        assertThat(Files.readString(file)).doesNotContain("\r");
    }

    @Test
    void aSingleRowIsEnough() throws IOException {
        Path file = dir.resolve("one.csv");
        assertThat(generate(file, "1", "1").code()).isZero();
        assertThat(DojFile.read(file)).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5"})
    void refusesATargetSizeBelowOne(String size) {
        Path file = dir.resolve("none.csv");
        CliRun r = generate(file, size, "1");
        assertThat(r.code()).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(r.error()).contains("--target-size");
        assertThat(file).doesNotExist();
    }

    @Test
    void refusesANumberThatIsNotANumber() {
        CliRun r = generate(dir.resolve("x.csv"), "many", "1");
        assertThat(r.code()).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(r.error()).contains("--target-size").contains("many");
    }

    @Test
    void refusesABlankCounty() {
        CliRun r = CliRun.of("generate-test-data", "--county", "  ", "--target-size", "10", "--outputs",
                dir.resolve("x.csv").toString());
        assertThat(r.code()).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(r.error()).contains("--county");
    }

    private static CliRun generate(Path file, String rows, String seed) {
        return CliRun.of("generate-test-data", "--county", "SAN JOAQUIN", "--target-size", rows, "--seed", seed,
                "--outputs", file.toString());
    }
}
