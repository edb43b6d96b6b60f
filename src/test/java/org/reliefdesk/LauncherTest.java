package org.reliefdesk;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

final class LauncherTest {
    @AfterEach
    void clear() {
        System.clearProperty(Launcher.CLI_PROPERTY);
    }

    @Test
    void noArgumentsDemoOrAWorkspaceOpenTheWindow() {
        assertThat(Launcher.isDesktop(new String[0])).isTrue();
        assertThat(Launcher.isDesktop(new String[] {"--demo"})).isTrue();
        assertThat(Launcher.isDesktop(new String[] {"/home/a/cases.reliefdesk"})).isTrue();
        assertThat(Launcher.isDesktop(new String[] {"run", "--help"})).isFalse();
        assertThat(Launcher.isDesktop(new String[] {"a.reliefdesk", "b.reliefdesk"})).isFalse();
    }

    @Test
    void theCommandLineLauncherNeverOpensTheWindow() {
        System.setProperty(Launcher.CLI_PROPERTY, "true");
        assertThat(Launcher.isDesktop(new String[0])).isFalse();
        assertThat(Launcher.isDesktop(new String[] {"cases.reliefdesk"})).isFalse();
    }
}
