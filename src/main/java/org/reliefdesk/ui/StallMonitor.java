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
    private final java.util.List<long[]> stalls = new java.util.ArrayList<>();

    @Override
    public void start() {
        last = 0;
        maxGap = 0;
        pulses = 0;
        over100 = 0;
        stalls.clear();
        super.start();
    }

    @Override
    public void handle(long now) {
        if (last != 0) {
            long gap = now - last;
            maxGap = Math.max(maxGap, gap);
            if (gap > 100_000_000L) {
                over100++;
                if (stalls.size() < 50) {
                    stalls.add(new long[] {now, gap});
                }
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

    /** The gaps over 100 ms: when each ended (the pulse's nanoTime) and how long it was (ns). */
    public java.util.List<long[]> stalls() {
        return java.util.List.copyOf(stalls);
    }

    /** Gaps longer than 100 ms since start. */
    public long stallsOver100ms() {
        return over100;
    }
}
