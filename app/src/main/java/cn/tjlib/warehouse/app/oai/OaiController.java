package cn.tjlib.warehouse.app.oai;

import cn.tjlib.warehouse.app.config.WarehouseProperties;
import cn.tjlib.warehouse.catalogue.JdbcUnifiedCatalogue;
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

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The public OAI-PMH 2.0 endpoint over the unified catalogue, GET and POST. */
@RestController
class OaiController {
    private final JdbcUnifiedCatalogue catalogue;
    private final JdbcSourceRegistry sources;
    private final WarehouseProperties.Oai settings;
    // one endpoint per base URL the service is reached under (normally exactly one)
    private final Map<String, OaiEndpoint> endpoints = new ConcurrentHashMap<>();

    OaiController(JdbcUnifiedCatalogue catalogue, JdbcSourceRegistry sources, WarehouseProperties properties) {
        this.catalogue = catalogue;
        this.sources = sources;
        this.settings = properties.oai();
    }

    @RequestMapping(value = "/oai", method = {RequestMethod.GET, RequestMethod.POST})
    void oai(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> parameters.put(k, Arrays.asList(v)));
        response.setContentType("text/xml;charset=UTF-8");
        endpoint(request).handle(parameters, response.getOutputStream());
    }

    private OaiEndpoint endpoint(HttpServletRequest request) {
        String base = ServletUriComponentsBuilder.fromContextPath(request).path("/oai").build().toUriString();
        Map<String, String> names = sources.all().stream().collect(Collectors.toMap(Source::code, Source::name));
        return endpoints.compute(base, (k, old) -> old != null && names.equals(libraryNames.get(k)) ? old : create(k, names));
    }

    private final Map<String, Map<String, String>> libraryNames = new ConcurrentHashMap<>();

    private OaiEndpoint create(String base, Map<String, String> names) {
        libraryNames.put(base, names);
        return new OaiEndpoint(catalogue, OaiSettings.of(settings.repositoryName(), URI.create(base), settings.adminEmail(),
                settings.repositoryIdentifier()).withPageSize(settings.pageSize()).withLibraryNames(names));
    }
}
