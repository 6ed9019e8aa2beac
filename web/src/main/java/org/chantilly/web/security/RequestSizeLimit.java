package org.chantilly.web.security;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.chantilly.web.problem.PayloadTooLargeException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies above {@code chantilly.api.max-body-bytes}: at once when the declared length is too large,
 * and while reading when a body without a declared length grows past the limit.
 */
public final class RequestSizeLimit {

    private RequestSizeLimit() {
    }

    /** Refuses a body whose declared length is above the limit before anything is read. */
    @Provider
    @PreMatching
    @Priority(Priorities.AUTHENTICATION + 1)
    public static class DeclaredLength implements ContainerRequestFilter {

        @Inject
        @ConfigProperty(name = "chantilly.api.max-body-bytes", defaultValue = "1048576")
        long maxBodyBytes;

        @Override
        public void filter(ContainerRequestContext request) {
            if (request.getLength() > maxBodyBytes) {
                throw new PayloadTooLargeException(maxBodyBytes);
            }
        }
    }

    /** Stops reading a body without a declared length once it passes the limit. */
    @Provider
    public static class StreamedLength implements ReaderInterceptor {

        @Inject
        @ConfigProperty(name = "chantilly.api.max-body-bytes", defaultValue = "1048576")
        long maxBodyBytes;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        LimitedInputStream limited = new LimitedInputStream(context.getInputStream(), maxBodyBytes);
        context.setInputStream(limited);
        try {
            return context.proceed();
        } catch (RuntimeException | IOException e) {
            if (limited.exceeded) {
                throw new PayloadTooLargeException(maxBodyBytes);
            }
            throw e;
        }
    }
    }

    /** Counts what is read and fails once more than the limit was read. */
    static final class LimitedInputStream extends FilterInputStream {

        private final long limit;
        private long count;
        boolean exceeded;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) throws IOException {
            count += n;
            if (count > limit) {
                exceeded = true;
                throw new IOException("request body exceeds " + limit + " bytes");
            }
        }
    }
}
