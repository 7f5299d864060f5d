package cn.tjlib.warehouse.harvest;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/** A WireMock OAI-PMH source on loopback at {@value #PATH}, reset before each test, and its requests. */
public final class OaiStubs {
    public static final String PATH = "/tjl/oai";

    private OaiStubs() {
    }

    /** For a {@code @RegisterExtension static} field: one server per test class, stubs cleared per test. */
    public static WireMockExtension server() {
        return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();
    }

    public static MappingBuilder verb(String verb) {
        return get(urlPathEqualTo(PATH)).withQueryParam("verb", equalTo(verb));
    }

    /** A 200 answer with the given OAI-PMH document, as a source serves it. */
    public static ResponseDefinitionBuilder xml(String xml) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=UTF-8").withBody(xml);
    }
}
