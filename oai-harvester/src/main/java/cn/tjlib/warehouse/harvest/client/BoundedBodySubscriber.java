package cn.tjlib.warehouse.harvest.client;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body into memory but cancels the download as soon as it passes the limit
 * (or at once, when Content-Length already says it will), so one bad server cannot exhaust the heap.
 */
final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    private final long declaredLength;
    private final long limit;
    private Flow.Subscription subscription;
    private volatile String exceeded;

    BoundedBodySubscriber(long declaredLength, long limit) {
        this.declaredLength = declaredLength;
        this.limit = limit;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declaredLength > limit) {
            abort("Content-Length is " + declaredLength);
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : buffers) {
            if (out.size() + (long) b.remaining() > limit) {
                abort("more than " + limit + " bytes received");
                return;
            }
            byte[] chunk = new byte[b.remaining()];
            b.get(chunk);
            out.writeBytes(chunk);
        }
    }

    /** Why the body was abandoned for its size, or null if it was not. */
    String exceeded() {
        return exceeded;
    }

    // the JDK may report the cancellation as its own "stream cancelled" error, so remember why first
    private void abort(String reason) {
        exceeded = reason;
        result.completeExceptionally(new BodyTooLargeException(reason));
        subscription.cancel();
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(out.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
