package cn.tjlib.warehouse.harvest.client;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * GETs a URL with retries: connection errors, timeouts, HTTP 5xx, 408 and 429 are retried with
 * capped exponential back-off, and 503/429 wait as long as Retry-After asks (capped at maxBackoff).
 * Other statuses fail at once, since asking again would get the same answer.
 */
final class HttpFetcher {
    private static final Logger LOG = LoggerFactory.getLogger(HttpFetcher.class);

    private final HttpExchange exchange;
    private final HarvestSettings settings;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final Clock clock;

    HttpFetcher(HttpExchange exchange, HarvestSettings settings, Backoff backoff, Sleeper sleeper, Clock clock) {
        this.exchange = exchange;
        this.settings = settings;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /** The decompressed body of a successful response to {@code uri}. */
    Fetched get(URI uri) {
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt > settings.maxRetries();
            Duration wait;
            try {
                HttpResponse<byte[]> response = exchange.send(uri);
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return decoded(response);
                }
                if (last || !retryable(status)) {
                    throw new HttpStatusFailure(response.uri(), status, attempt);
                }
                wait = status == 503 || status == 429 ? retryAfter(response).orElse(backoff.delay(attempt - 1))
                        : backoff.delay(attempt - 1);
                LOG.warn("HTTP {} from {}; retry {} of {} in {} ms", status, uri, attempt, settings.maxRetries(), wait.toMillis());
            } catch (BodyTooLargeException e) {
                throw new ResponseTooLargeFailure(uri, settings.maxResponseBytes(), e.getMessage());
            } catch (HttpTimeoutException e) {
                if (last) {
                    throw new TimeoutFailure(uri, attempt, e);
                }
                wait = backoff.delay(attempt - 1);
                LOG.warn("timeout requesting {}; retry {} of {} in {} ms", uri, attempt, settings.maxRetries(), wait.toMillis());
            } catch (IOException e) {
                if (last) {
                    throw new ConnectionFailure(uri, attempt, e);
                }
                wait = backoff.delay(attempt - 1);
                LOG.warn("{} requesting {}; retry {} of {} in {} ms", e, uri, attempt, settings.maxRetries(), wait.toMillis());
            }
            pause(uri, wait);
        }
    }

    private Fetched decoded(HttpResponse<byte[]> response) throws IOException {
        String contentEncoding = response.headers().firstValue("Content-Encoding").orElse(null);
        byte[] body;
        try {
            body = ContentDecoding.decode(response.body(), contentEncoding, settings.maxResponseBytes());
        } catch (BodyTooLargeException e) {
            throw e;
        } catch (IOException e) {
            throw new MalformedResponseFailure(response.uri(), "cannot decompress the body (Content-Encoding "
                    + contentEncoding + "): " + e.getMessage(), e);
        }
        return new Fetched(response.uri(), response.headers().firstValue("Content-Type").orElse(null), body);
    }

    private Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After")
                .flatMap(h -> RetryAfter.parse(h, clock.instant()))
                .map(d -> d.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : d);
    }

    private void pause(URI uri, Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedFailure(uri);
        }
    }

    private static boolean retryable(int status) {
        return status >= 500 || status == 408 || status == 429;
    }

    /** Sends one GET; the seam between retry policy and the JDK client. */
    interface HttpExchange {
        HttpResponse<byte[]> send(URI uri) throws IOException;
    }
}
