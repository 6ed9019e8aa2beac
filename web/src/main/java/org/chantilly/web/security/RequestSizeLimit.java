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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.chantilly.web.problem.PayloadTooLargeException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies above their limit: {@code chantilly.api.max-body-bytes} for the API,
 * {@code chantilly.api.max-attachment-bytes} for attachments and {@code chantilly.public-form.max-body-bytes} for the
 * public web form. At once when the declared length is too large, while reading when a body without a declared length
 * grows past it.
 */
public final class RequestSizeLimit {

    private RequestSizeLimit() {
    }

    /** The configured limits, by kind of request. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Limits {

        @Inject
        @ConfigProperty(name = "chantilly.api.max-body-bytes", defaultValue = "1048576")
        long api;

        @Inject
        @ConfigProperty(name = "chantilly.api.max-attachment-bytes", defaultValue = "5242880")
        long attachment;

        @Inject
        @ConfigProperty(name = "chantilly.public-form.max-body-bytes", defaultValue = "16384")
        long publicForm;

        long forPath(String path) {
            if (AuthenticationFilter.isPublic(path)) {
                return publicForm;
            }
            return path.endsWith("/attachments") ? attachment : api;
        }
    }

    /** Refuses a body whose declared length is above the limit before anything is read. */
    @Provider
    @PreMatching
    @Priority(Priorities.AUTHENTICATION + 1)
    public static class DeclaredLength implements ContainerRequestFilter {

        @Inject
        Limits limits;

        @Override
        public void filter(ContainerRequestContext request) {
            long limit = limits.forPath(request.getUriInfo().getPath());
            if (request.getLength() > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }
    }

    /** Stops reading a body without a declared length once it passes the limit. */
    @Provider
    public static class StreamedLength implements ReaderInterceptor {

        @Inject
        Limits limits;

        @Context
        UriInfo uriInfo;

        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            long maxBodyBytes = limits.forPath(uriInfo.getPath());
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

        private void count(long n) {
            count += n;
            if (count > limit) {
                exceeded = true;
                // unchecked, so that it reaches the exception mappers also when a resource reads the stream itself
                throw new PayloadTooLargeException(limit);
            }
        }
    }
}
