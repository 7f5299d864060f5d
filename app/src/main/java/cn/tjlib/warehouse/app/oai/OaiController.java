package cn.tjlib.warehouse.app.oai;

import cn.tjlib.warehouse.app.config.WarehouseProperties;
import cn.tjlib.warehouse.catalogue.JdbcUnifiedCatalogue;
import cn.tjlib.warehouse.catalogue.JdbcUnifiedProvenance;
import cn.tjlib.warehouse.oai.ListAdmission;
import cn.tjlib.warehouse.oai.OaiEndpoint;
import cn.tjlib.warehouse.oai.OaiSettings;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The public OAI-PMH 2.0 endpoint over the unified catalogue, GET and POST. Beyond the configured
 * number of concurrent list requests it answers 503 with Retry-After (OAI-PMH §3.1.2.2) at once.
 */
@RestController
class OaiController {
    private final JdbcUnifiedCatalogue catalogue;
    private final JdbcUnifiedProvenance provenance;
    private final JdbcSourceRegistry sources;
    private final WarehouseProperties.Oai settings;
    private final ListAdmission admission;
    // one endpoint per base URL the service is reached under (normally exactly one)
    private final Map<String, OaiEndpoint> endpoints = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> libraryNames = new ConcurrentHashMap<>();

    OaiController(JdbcUnifiedCatalogue catalogue, DataSource dataSource, JdbcSourceRegistry sources, WarehouseProperties properties,
                  ListAdmission admission) {
        this.catalogue = catalogue;
        this.provenance = new JdbcUnifiedProvenance(dataSource);
        this.sources = sources;
        this.settings = properties.oai();
        this.admission = admission;
    }

    @RequestMapping(value = "/oai", method = {RequestMethod.GET, RequestMethod.POST})
    @Operation(summary = "OAI-PMH 2.0 (GET query or POST form)",
            description = "All six verbs; metadataPrefix oai_dc, tj_qdc (qualified DC with provenance and holdings) or rdf "
                    + "(RDF/XML, DCMI terms); sets library:CODE and type:CODE. Protocol errors are <error> elements in a 200 answer.")
    @Parameter(name = "verb", in = ParameterIn.QUERY, required = true,
            description = "Identify, ListMetadataFormats, ListSets, ListIdentifiers, ListRecords or GetRecord")
    @Parameter(name = "metadataPrefix", in = ParameterIn.QUERY, description = "oai_dc, tj_qdc or rdf")
    @Parameter(name = "identifier", in = ParameterIn.QUERY, description = "oai:{repositoryIdentifier}:{id}")
    @Parameter(name = "set", in = ParameterIn.QUERY, description = "library, library:CODE, type or type:CODE")
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ, inclusive")
    @Parameter(name = "until", in = ParameterIn.QUERY, description = "YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ, inclusive")
    @Parameter(name = "resumptionToken", in = ParameterIn.QUERY, description = "from the previous page of a list")
    @ApiResponse(responseCode = "200", description = "the OAI-PMH response", content = @Content(mediaType = "text/xml"))
    @ApiResponse(responseCode = "503", description = "too many ListRecords/ListIdentifiers requests at once; come back later",
            headers = @Header(name = "Retry-After", description = "seconds to wait (warehouse.oai.retry-after)"))
    void oai(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> parameters.put(k, Arrays.asList(v)));
        // admission first: a refused harvester costs no database query
        Optional<ListAdmission.Ticket> ticket = admission.tryAdmit(parameters);
        if (ticket.isEmpty()) {
            busy(response);
            return;
        }
        try (ListAdmission.Ticket admitted = ticket.get()) {
            response.setContentType("text/xml;charset=UTF-8");
            endpoint(request).handle(parameters, response.getOutputStream());
        }
    }

    private void busy(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Long.toString(admission.retryAfterSeconds()));
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(("Too many harvests at once; retry after " + admission.retryAfterSeconds() + " seconds.\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    private OaiEndpoint endpoint(HttpServletRequest request) {
        String base = ServletUriComponentsBuilder.fromContextPath(request).path("/oai").build().toUriString();
        Map<String, String> names = sources.all().stream().collect(Collectors.toMap(Source::code, Source::name));
        return endpoints.compute(base, (k, old) -> old != null && names.equals(libraryNames.get(k)) ? old : create(k, names));
    }

    private OaiEndpoint create(String base, Map<String, String> names) {
        libraryNames.put(base, names);
        return new OaiEndpoint(catalogue, provenance, OaiSettings.of(settings.repositoryName(), URI.create(base), settings.adminEmail(),
                settings.repositoryIdentifier()).withPageSize(settings.pageSize()).withLibraryNames(names)
                .withListLimit(settings.maxConcurrentLists(), settings.retryAfter()));
    }
}
