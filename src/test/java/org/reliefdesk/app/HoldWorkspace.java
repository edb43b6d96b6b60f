package org.reliefdesk.app;

import java.nio.file.Path;

/** A second program for the one-writer tests: opens a workspace for changes, says so, holds it until stdin ends. */
public final class HoldWorkspace {
    private HoldWorkspace() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty(WorkspaceService.PROGRAM_PROPERTY, "ReliefDesk test holder");
        try (WorkspaceSession s = Services.standard().workspaces().open(Path.of(args[0]))) {
            System.out.println("open " + s.name());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the test closes our stdin (or kills us)
            }
        }
    }
}
