package org.reliefdesk.ui;

import javafx.animation.AnimationTimer;

/**
 * Measures how long the FX thread goes without a pulse while it runs: an animation timer asks for a pulse every
 * frame (about 60 per second), so a gap much longer than 17 ms means the FX thread was busy (a stall).
 * Start, stop and read on the FX thread.
 */
public final class StallMonitor extends AnimationTimer {
    private long last;
    private long maxGap;
    private long pulses;
    private long over100;

    @Override
    public void start() {
        last = 0;
        maxGap = 0;
        pulses = 0;
        over100 = 0;
        super.start();
    }

    @Override
    public void handle(long now) {
        if (last != 0) {
            long gap = now - last;
            maxGap = Math.max(maxGap, gap);
            if (gap > 100_000_000L) {
                over100++;
            }
        }
        last = now;
        pulses++;
    }

    /** The longest time between two pulses, in milliseconds. */
    public double maxGapMillis() {
        return maxGap / 1e6;
    }

    /** Pulses seen since start. */
    public long pulses() {
        return pulses;
    }

    /** Gaps longer than 100 ms since start. */
    public long stallsOver100ms() {
        return over100;
    }
}
