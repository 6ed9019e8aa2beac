package org.chantilly.platform.api;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sliding-window limit of requests per client key (e.g. the client's address): at most {@code limit} requests in
 * any {@code window}. Kept in memory, so it limits one server; keys that went quiet are forgotten.
 */
public class RateLimiter {

    private static final int MAX_KEYS = 100_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Long>> requests = new ConcurrentHashMap<>();

    public RateLimiter(int limit, Duration window, Clock clock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit allows at least one request in a positive window");
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /**
     * Counts a request of the client.
     *
     * @throws TooManyRequestsException when the client has used up its requests of the window
     */
    public void acquire(String client) {
        long now = clock.millis();
        long windowStart = now - window.toMillis();
        if (requests.size() > MAX_KEYS) {
            forgetQuiet(windowStart);
        }
        Deque<Long> times = requests.computeIfAbsent(client, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= windowStart) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                throw new TooManyRequestsException(Duration.ofMillis(times.peekFirst() + window.toMillis() - now));
            }
            times.addLast(now);
        }
    }

    private void forgetQuiet(long windowStart) {
        for (Iterator<Map.Entry<String, Deque<Long>>> it = requests.entrySet().iterator(); it.hasNext(); ) {
            Deque<Long> times = it.next().getValue();
            synchronized (times) {
                if (times.isEmpty() || times.peekLast() <= windowStart) {
                    it.remove();
                }
            }
        }
    }
}
