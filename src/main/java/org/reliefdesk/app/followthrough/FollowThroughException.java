package org.reliefdesk.app.followthrough;

/**
 * Why a follow-through step (filing, order, pull, follow-up, papers check) was refused, in words a paralegal can act
 * on; nothing was changed. The kind tells the command line which exit code to give.
 */
public final class FollowThroughException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What kind of problem. */
    public enum Kind {
        /** The input names something wrong (dates, references, a filing that does not exist, edited papers). */
        BAD_INPUT,
        /** There is nothing to work on (no file, no run, nothing filed). */
        NO_INPUT
    }

    private final Kind kind;

    public FollowThroughException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public FollowThroughException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static FollowThroughException bad(String message) {
        return new FollowThroughException(Kind.BAD_INPUT, message);
    }

    static FollowThroughException none(String message) {
        return new FollowThroughException(Kind.NO_INPUT, message);
    }
}
