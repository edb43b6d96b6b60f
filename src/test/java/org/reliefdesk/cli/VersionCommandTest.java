package org.reliefdesk.cli;

import org.junit.jupiter.api.Test;
import org.reliefdesk.app.AppInfo;

import static org.assertj.core.api.Assertions.assertThat;

final class VersionCommandTest {

    @Test
    void printsTheBuildVersion() {
        CliRun r = CliRun.of("version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("ReliefDesk " + AppInfo.version() + System.lineSeparator());
        assertThat(AppInfo.version()).as("filled in by the build").matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void theVersionOptionSaysTheSame() {
        CliRun r = CliRun.of("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).isEqualTo("ReliefDesk " + AppInfo.version());
    }

    @Test
    void anUnknownCommandIsBadUsage() {
        CliRun r = CliRun.of("frobnicate");
        assertThat(r.code()).isEqualTo(ReliefDeskCli.USAGE);
        assertThat(r.error()).contains("frobnicate");
    }
}
