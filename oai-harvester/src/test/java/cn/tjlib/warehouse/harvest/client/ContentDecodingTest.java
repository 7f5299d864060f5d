package cn.tjlib.warehouse.harvest.client;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentDecodingTest {
    private static final byte[] XML = "<OAI-PMH>天津</OAI-PMH>".getBytes(StandardCharsets.UTF_8);

    @Test
    void gunzipsAGzipBody() throws IOException {
        assertThat(ContentDecoding.decode(gzip(XML), "gzip", 1000)).isEqualTo(XML);
    }

    @Test
    void gunzipsAGzipBodySentWithoutContentEncoding() throws IOException {
        assertThat(ContentDecoding.decode(gzip(XML), null, 1000)).isEqualTo(XML);
    }

    @Test
    void inflatesZlibAndRawDeflate() throws IOException {
        assertThat(ContentDecoding.decode(deflate(XML, false), "deflate", 1000)).isEqualTo(XML);
        assertThat(ContentDecoding.decode(deflate(XML, true), "deflate", 1000)).isEqualTo(XML);
    }

    @Test
    void stopsACompressionBombAtTheLimit() throws IOException {
        byte[] bomb = gzip(new byte[10_000_000]);

        assertThat(bomb.length).isLessThan(20_000);
        assertThatThrownBy(() -> ContentDecoding.decode(bomb, "gzip", 1_000_000))
                .isInstanceOf(BodyTooLargeException.class).hasMessage("decompresses to more than 1000000 bytes");
    }

    @Test
    void refusesAnUnknownCoding() {
        assertThatThrownBy(() -> ContentDecoding.decode(XML, "br", 1000)).hasMessageContaining("unsupported Content-Encoding 'br'");
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, deflater)) {
            d.write(data);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }
}
