package cn.tjlib.warehouse.harvest.protocol;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseTextTest {
    private static final Charset GB18030 = Charset.forName("GB18030");

    @Test
    void usesTheDeclaredEncoding() {
        byte[] body = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>café</a>".getBytes(StandardCharsets.ISO_8859_1);

        DecodedText text = ResponseText.decode(body, "UTF-8");

        assertThat(text.text()).contains("café");
        assertThat(text.charset()).isEqualTo("ISO-8859-1");
        assertThat(text.note()).isNull();
    }

    @Test
    void usesTheHttpCharsetWhenNothingIsDeclared() {
        byte[] body = "<?xml version=\"1.0\"?><a>天津图书馆</a>".getBytes(GB18030);

        assertThat(ResponseText.decode(body, "GBK").text()).contains("天津图书馆");
    }

    @Test
    void fallsBackToGb18030WhenBytesDeclaredUtf8AreNot() {
        byte[] body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>天津图书馆</a>".getBytes(GB18030);

        DecodedText text = ResponseText.decode(body, null);

        assertThat(text.text()).contains("天津图书馆");
        assertThat(text.note()).isEqualTo("bytes are not valid UTF-8; read as GB18030");
    }

    @Test
    void ignoresAnUnknownDeclaredEncoding() {
        byte[] body = "<?xml version=\"1.0\" encoding=\"utf8mb4\"?><a>天津</a>".getBytes(StandardCharsets.UTF_8);

        assertThat(ResponseText.decode(body, null).text()).contains("天津");
    }

    @Test
    void ignoresAUtf16LabelOnBytesThatAreNot() {
        byte[] body = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>天津</a>".getBytes(StandardCharsets.UTF_8);

        assertThat(ResponseText.decode(body, "UTF-16").text()).contains("<a>天津</a>");
    }

    @Test
    void aByteOrderMarkWinsOverEverything() {
        byte[] utf16 = "\uFEFF<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>天津</a>".getBytes(StandardCharsets.UTF_16BE);

        DecodedText text = ResponseText.decode(utf16, "ISO-8859-1");

        assertThat(text.text()).startsWith("<?xml").contains("天津");
    }

    @Test
    void utf8TextThatReallyContainsAReplacementCharacterIsReadAsUtf8() {
        byte[] body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>天津\uFFFD图书馆</a>".getBytes(StandardCharsets.UTF_8);

        DecodedText text = ResponseText.decode(body, null);

        assertThat(text.text()).endsWith("<a>天津\uFFFD图书馆</a>");
        assertThat(text.note()).isNull();
    }

    @Test
    void replacesBytesThatNoCandidateEncodingAccepts() {
        byte[] body = {'<', 'a', '>', (byte) 0xFF, (byte) 0xFF, '<', '/', 'a', '>'};

        DecodedText text = ResponseText.decode(body, null);

        assertThat(text.text()).contains("\uFFFD");
        assertThat(text.note()).contains("replaced with U+FFFD");
    }

    @Test
    void recognisesAnHtmlPageAndItsTitle() {
        String html = "<!DOCTYPE html>\n<html><head><title>502 Bad\n Gateway</title></head><body/></html>";

        assertThat(ResponseText.looksLikeHtml(html)).isTrue();
        assertThat(ResponseText.htmlTitle(html)).hasValue("502 Bad Gateway");
        assertThat(ResponseText.looksLikeHtml("<?xml version=\"1.0\"?><OAI-PMH/>")).isFalse();
    }
}
