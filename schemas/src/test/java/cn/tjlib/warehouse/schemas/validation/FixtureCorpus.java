package cn.tjlib.warehouse.schemas.validation;

import cn.tjlib.warehouse.fixtures.DemoNetworkOptions;
import cn.tjlib.warehouse.fixtures.FlawKind;
import cn.tjlib.warehouse.fixtures.Scale;
import cn.tjlib.warehouse.fixtures.generate.GeneratedRecord;
import cn.tjlib.warehouse.fixtures.generate.RecordGenerator;
import cn.tjlib.warehouse.record.OaiDcParser;
import cn.tjlib.warehouse.record.RecordParseException;
import cn.tjlib.warehouse.validation.ValidationSubject;
import cn.tjlib.warehouse.xml.MalformedXmlException;

import java.util.Optional;
import java.util.stream.Stream;

/** The demo network's generated records, each read as the harvester would, with its planted flaw. */
final class FixtureCorpus {

    /** One generated record: the subject to validate (empty if the oai_dc did not parse) and the planted flaw. */
    record Entry(String oaiIdentifier, Optional<ValidationSubject> subject, Optional<FlawKind> flaw) {
    }

    private FixtureCorpus() {
    }

    /** The demo corpus of about 20,000 records (default seed, {@link Scale#demo()}), generated lazily. */
    static Stream<Entry> demo() {
        OaiDcParser parser = new OaiDcParser();
        return new RecordGenerator(DemoNetworkOptions.DEFAULT_SEED, Scale.demo()).records()
                .map(r -> new Entry(r.oaiIdentifier(), parse(parser, r), r.flaw()));
    }

    private static Optional<ValidationSubject> parse(OaiDcParser parser, GeneratedRecord r) {
        String xml = r.oaiDc();
        try {
            return Optional.of(new ValidationSubject(parser.parse(r.library().code(), r.localId(), xml),
                    r.oaiIdentifier(), r.datestamp(), xml));
        } catch (RecordParseException | MalformedXmlException e) {
            return Optional.empty();
        }
    }
}
