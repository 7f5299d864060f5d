package cn.tjlib.warehouse.harvest.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One GET through the JDK client. The JDK's request timeout stops at the response headers, so the
 * whole exchange, body included, is bounded here by waiting on the future and cancelling it.
 */
final class JdkHttpExchange implements HttpFetcher.HttpExchange, AutoCloseable {
    private final HarvestSettings settings;
    private final ExecutorService executor;
    private final HttpClient http;

    JdkHttpExchange(HarvestSettings settings) {
        this.settings = settings;
        this.executor = Executors.newCachedThreadPool(Thread.ofPlatform().name("oai-http-", 1).daemon(true).factory());
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                // old library systems and their proxies stumble on HTTP/2 upgrade headers; OAI-PMH gains nothing from h2
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .executor(executor)
                .build();
    }

    @Override
    public HttpResponse<byte[]> send(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/xml, application/xml;q=0.9, */*;q=0.1")
                .header("Accept-Encoding", "gzip, deflate")
                .GET()
                .build();
        AtomicReference<BoundedBodySubscriber> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> response = http.sendAsync(request, info -> {
            body.set(new BoundedBodySubscriber(info.headers().firstValueAsLong("Content-Length").orElse(-1),
                    settings.maxResponseBytes()));
            return body.get();
        });
        try {
            return response.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new HttpTimeoutException("no complete response within " + settings.requestTimeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedFailure(uri);
        } catch (ExecutionException e) {
            if (body.get() != null && body.get().exceeded() != null) {
                throw new BodyTooLargeException(body.get().exceeded());
            }
            throw unwrap(e.getCause());
        }
    }

    private static IOException unwrap(Throwable cause) {
        Throwable c = cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
        if (c instanceof IOException io) {
            return io;
        }
        if (c instanceof RuntimeException re) {
            throw re;
        }
        return new IOException(c);
    }

    @Override
    public void close() {
        http.close();
        executor.shutdownNow();
    }
}
