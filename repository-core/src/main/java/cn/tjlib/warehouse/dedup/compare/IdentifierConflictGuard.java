package cn.tjlib.warehouse.dedup.compare;

import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;
import cn.tjlib.warehouse.dedup.normalize.UriCleaner;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Two records that both carry a standard number of one scheme and share none are different
 * manifestations: another ISBN is another edition or binding (ISO 2108), another ISSN or CN another
 * serial (ISO 3297, GB/T 9999), another issuing number another official document (GB/T 9704), another
 * address on the same web host another page there. A shared
 * number is not enough to match (see {@link TitleGuard}, {@link VolumeGuard}); a conflicting one is
 * enough to keep apart. Numbers with bad check digits never get this far: validation quarantines them.
 */
public final class IdentifierConflictGuard implements MatchGuard {
    private record Scheme(String name, java.util.function.Function<PreparedRecord, Set<String>> values) {
    }

    private static final List<Scheme> SCHEMES = List.of(new Scheme("ISBN", PreparedRecord::isbns),
            new Scheme("ISSN", PreparedRecord::issns), new Scheme("CN", PreparedRecord::serialNumbers),
            new Scheme("document number", PreparedRecord::documentNumbers));

    @Override
    public String ruleId() {
        return "dedup.identifier";
    }

    @Override
    public Optional<String> veto(PreparedRecord a, PreparedRecord b) {
        for (Scheme scheme : SCHEMES) {
            Set<String> mine = scheme.values().apply(a);
            Set<String> theirs = scheme.values().apply(b);
            if (!mine.isEmpty() && !theirs.isEmpty() && Collections.disjoint(mine, theirs)) {
                return Optional.of(scheme.name() + " " + mine + " shares nothing with " + theirs);
            }
        }
        return webAddressConflict(a.uris(), b.uris());
    }

    /** Two different addresses on one host are two documents there; different hosts say nothing. */
    private static Optional<String> webAddressConflict(Set<String> mine, Set<String> theirs) {
        if (mine.isEmpty() || theirs.isEmpty() || !Collections.disjoint(mine, theirs)) {
            return Optional.empty();
        }
        for (String address : mine) {
            String host = UriCleaner.host(address);
            if (theirs.stream().anyMatch(t -> UriCleaner.host(t).equals(host))) {
                return Optional.of("web addresses on " + host + " differ: " + mine + ", " + theirs);
            }
        }
        return Optional.empty();
    }
}
