package dev.playbook.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Server-sent events to open pages: each connection is sent the current {@link LiveState} at once
 * and again whenever it changes, with a comment line now and then so that a closed tab is noticed.
 */
final class LiveEvents {

    static final long HEARTBEAT_MILLIS = 15_000;

    private final AtomicReference<LiveState> state;
    private final Object changed = new Object();
    private volatile boolean closed;

    LiveEvents(LiveState initial) {
        this.state = new AtomicReference<>(initial);
    }

    LiveState state() {
        return state.get();
    }

    void publish(LiveState next) {
        if (next.equals(state.getAndSet(next))) {
            return;
        }
        synchronized (changed) {
            changed.notifyAll();
        }
    }

    /** Streams states to one client until it goes away or the server closes. */
    void stream(OutputStream out) throws IOException {
        LiveState sent = null;
        out.write("retry: 500\n\n".getBytes(StandardCharsets.UTF_8));
        while (!closed) {
            LiveState current = state.get();
            if (current != sent) {
                out.write(("event: state\ndata: " + current.json() + "\n\n").getBytes(StandardCharsets.UTF_8));
                sent = current;
            } else {
                out.write(": waiting\n\n".getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
            synchronized (changed) {
                if (state.get() == sent && !closed) {
                    try {
                        changed.wait(HEARTBEAT_MILLIS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    /** Ends every stream. */
    void close() {
        closed = true;
        synchronized (changed) {
            changed.notifyAll();
        }
    }
}
