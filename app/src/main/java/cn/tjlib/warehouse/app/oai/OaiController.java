package cn.tjlib.warehouse.app.oai;

import cn.tjlib.warehouse.app.config.WarehouseProperties;
import cn.tjlib.warehouse.catalogue.JdbcUnifiedCatalogue;
import cn.tjlib.warehouse.catalogue.JdbcUnifiedProvenance;
import cn.tjlib.warehouse.oai.ListAdmission;
import cn.tjlib.warehouse.oai.OaiEndpoint;
import cn.tjlib.warehouse.oai.OaiSettings;
import cn.tjlib.warehouse.source.JdbcSourceRegistry;
import cn.tjlib.warehouse.source.Source;
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
