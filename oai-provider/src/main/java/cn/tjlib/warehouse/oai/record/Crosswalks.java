package cn.tjlib.warehouse.oai.record;

import io.gdcc.xoai.dataprovider.model.Context;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The metadata formats the catalogue disseminates: {@code oai_dc}, {@code tj_qdc} and {@code rdf}, every record in each. */
public final class Crosswalks {
    private final List<MetadataCrosswalk> all;
    private final Map<String, MetadataCrosswalk> byPrefix;

    public Crosswalks(Map<String, String> libraryNames) {
        this.all = List.of(new OaiDc(), new TjQdc(libraryNames), new DctermsRdfXml());
        this.byPrefix = all.stream().collect(Collectors.toUnmodifiableMap(MetadataCrosswalk::prefix, Function.identity()));
    }

    public List<MetadataCrosswalk> all() {
        return all;
    }

    public Optional<MetadataCrosswalk> forPrefix(String prefix) {
        return Optional.ofNullable(byPrefix.get(prefix));
    }

    /** XOAI's context: every format, with no condition, so ListMetadataFormats offers all of them for any record. */
    public Context context() {
        Context context = new Context();
        all.forEach(c -> context.withMetadataFormat(c.xoaiFormat()));
        return context;
    }
}
