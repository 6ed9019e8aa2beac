package org.chantilly.platform.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sliding-window limit of requests per client key (e.g. {@link TrustedProxies#limitKey(String) the client's limit
 * key}): at most {@code limit} requests in any {@code window}. Kept in memory, so it limits one server.
 * <p>
 * Its memory is bounded: it remembers at most {@code maxKeys} clients, each with at most {@code limit} request times,
 * in a map ordered by last use. Every request costs constant time: it looks its client up, forgets up to two clients
 * that went quiet for a whole window, and, when the map is full, the client used longest ago. A client forgotten that
 * way starts with a fresh budget; that happens only while more than {@code maxKeys} clients are active in one window.
 */
public class RateLimiter {

    /** How many clients a limiter remembers unless told otherwise. */
    public static final int DEFAULT_MAX_KEYS = 100_000;

    /** How many quiet clients one request forgets at most, besides the one a full map evicts. */
    private static final int FORGET_PER_REQUEST = 2;

    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final int maxKeys;
    private final LinkedHashMap<String, Times> requests;

    public RateLimiter(int limit, Duration window, Clock clock) {
        this(limit, window, clock, DEFAULT_MAX_KEYS);
    }

    /**
     * @param maxKeys the most clients remembered at once (at least 1)
     */
    public RateLimiter(int limit, Duration window, Clock clock, int maxKeys) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit allows at least one request in a positive window");
        }
        if (maxKeys < 1) {
            throw new IllegalArgumentException("a rate limiter remembers at least one client");
        }
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
        this.maxKeys = maxKeys;
        this.requests = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Times> eldest) {
                return size() > RateLimiter.this.maxKeys;
            }
        };
    }

    /**
     * Counts a request of the client.
     *
     * @throws TooManyRequestsException when the client has used up its requests of the window
     */
    public void acquire(String client) {
        long now = clock.millis();
        long windowStart = now - windowMillis;
        synchronized (requests) {
            forgetQuiet(windowStart);
            Times times = requests.get(client);
            if (times == null) {
                times = new Times(limit);
                requests.put(client, times);
            }
            times.forgetUpTo(windowStart);
            if (times.size == limit) {
                throw new TooManyRequestsException(Duration.ofMillis(times.oldest() + windowMillis - now));
            }
            times.add(now);
        }
    }

    /** How many clients are remembered now (never more than {@code maxKeys}). */
    public int size() {
        synchronized (requests) {
            return requests.size();
        }
    }

    /** Forgets the clients used longest ago while their last request lies before the window, at most a few. */
    private void forgetQuiet(long windowStart) {
        Iterator<Times> eldest = requests.values().iterator();
        for (int i = 0; i < FORGET_PER_REQUEST && eldest.hasNext(); i++) {
            if (eldest.next().newest() > windowStart) {
                return;
            }
            eldest.remove();
        }
    }

    /** A client's request times within the window, oldest first, in a ring of {@code limit} places. */
    private static final class Times {

        private final long[] ring;
        private int first;
        private int size;

        Times(int limit) {
            ring = new long[limit];
        }

        void forgetUpTo(long windowStart) {
            while (size > 0 && ring[first] <= windowStart) {
                first = (first + 1) % ring.length;
                size--;
            }
        }

        long oldest() {
            return ring[first];
        }

        long newest() {
            return size == 0 ? Long.MIN_VALUE : ring[(first + size - 1) % ring.length];
        }

        void add(long time) {
            ring[(first + size) % ring.length] = time;
            size++;
        }
    }
}
