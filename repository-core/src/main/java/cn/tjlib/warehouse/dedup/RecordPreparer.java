package cn.tjlib.warehouse.dedup;

import cn.tjlib.warehouse.dedup.normalize.Cleaner;
import cn.tjlib.warehouse.dedup.normalize.DocumentNumberCleaner;
import cn.tjlib.warehouse.dedup.normalize.UriCleaner;
import cn.tjlib.warehouse.dedup.normalize.IsbnCleaner;
import cn.tjlib.warehouse.dedup.normalize.IssnCleaner;
import cn.tjlib.warehouse.dedup.normalize.NormalisedTitle;
import cn.tjlib.warehouse.dedup.normalize.PersonName;
import cn.tjlib.warehouse.dedup.normalize.PersonNameCleaner;
import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;
import cn.tjlib.warehouse.dedup.normalize.PublisherCleaner;
import cn.tjlib.warehouse.dedup.normalize.SerialNumberCleaner;
import cn.tjlib.warehouse.dedup.normalize.TitleNormaliser;
import cn.tjlib.warehouse.record.Identifier;
import cn.tjlib.warehouse.record.IdentifierType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns a {@link MatchRecord} into the normalised form the blocking and comparison packages work on. */
final class RecordPreparer {
    private final TitleNormaliser titles = new TitleNormaliser();
    private final PersonNameCleaner names = new PersonNameCleaner();
    private final Cleaner publishers = new PublisherCleaner();
    private final Cleaner isbns = new IsbnCleaner();
    private final Cleaner issns = new IssnCleaner();
    private final Cleaner serialNumbers = new SerialNumberCleaner();
    private final Cleaner documentNumbers = new DocumentNumberCleaner();
    private final Cleaner uris = new UriCleaner();

    PreparedRecord prepare(MatchRecord r, int index, int source) {
        NormalisedTitle title = titles.normalise(r.title());
        String volume = r.volume().isBlank() ? title.volume() : titles.volumeStatement(r.volume());
        String edition = r.edition().isBlank() ? title.edition() : titles.editionStatement(r.edition());
        return new PreparedRecord(index, source, title, creators(r.creators()),
                r.creators().stream().anyMatch(names::truncates), publishers.clean(r.venue()),
                r.year().orElse(0), ids(r, IdentifierType.ISBN, isbns), ids(r, IdentifierType.ISSN, issns),
                ids(r, IdentifierType.CN, serialNumbers), r.type(), volume, edition,
                ids(r, IdentifierType.LOCAL, documentNumbers), ids(r, IdentifierType.URI, uris));
    }

    private List<PersonName> creators(List<String> creators) {
        List<PersonName> parsed = new ArrayList<>(creators.size());
        for (String creator : creators) {
            names.parse(creator).ifPresent(parsed::add);
        }
        return parsed;
    }

    private static Set<String> ids(MatchRecord r, IdentifierType type, Cleaner cleaner) {
        return r.identifiers().stream().filter(i -> i.type() == type).map(Identifier::value)
                .map(cleaner::clean).filter(v -> !v.isEmpty()).collect(Collectors.toSet());
    }
}
