package cn.tjlib.warehouse.dedup;

import cn.tjlib.warehouse.dedup.compare.BayesianCombination;
import cn.tjlib.warehouse.dedup.compare.BayesianCombination.Field;
import cn.tjlib.warehouse.dedup.compare.CreatorOverlap;
import cn.tjlib.warehouse.dedup.compare.EditionGuard;
import cn.tjlib.warehouse.dedup.compare.IdentifierConflictGuard;
import cn.tjlib.warehouse.dedup.compare.MatchGuard;
import cn.tjlib.warehouse.dedup.compare.ResourceTypeGuard;
import cn.tjlib.warehouse.dedup.compare.SharedIdentifier;
import cn.tjlib.warehouse.dedup.compare.TitleGuard;
import cn.tjlib.warehouse.dedup.compare.TitleSimilarity;
import cn.tjlib.warehouse.dedup.compare.VenueAbbreviationMatch;
import cn.tjlib.warehouse.dedup.compare.VolumeGuard;
import cn.tjlib.warehouse.dedup.compare.YearGuard;
import cn.tjlib.warehouse.dedup.compare.YearProximity;
import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Decides one pair: the guards first (cheapest first), then the Bayesian score against the thresholds. */
final class PairMatcher {
    private final List<MatchGuard> guards;
    private final BayesianCombination score;
    private final MatchSettings settings;

    PairMatcher(MatchSettings settings) {
        this.settings = settings;
        this.guards = List.of(new YearGuard(settings.yearTolerance()), new ResourceTypeGuard(), new VolumeGuard(),
                new EditionGuard(), new IdentifierConflictGuard(), new TitleGuard(settings.minTitleSimilarity()));
        this.score = new BayesianCombination(List.of(
                new Field("title", new TitleSimilarity(), settings.title()),
                new Field("creators", new CreatorOverlap(), settings.creators()),
                new Field("venue", new VenueAbbreviationMatch(), settings.venue()),
                new Field("year", new YearProximity(), settings.year()),
                new Field("identifiers", new SharedIdentifier(), settings.identifiers())));
    }

    MatchDecision decide(PreparedRecord a, PreparedRecord b) {
        for (MatchGuard guard : guards) {
            Optional<String> veto = guard.veto(a, b);
            if (veto.isPresent()) {
                return new MatchDecision.Distinct(0.0, guard.ruleId() + ": " + veto.get());
            }
        }
        double p = score.probability(a, b);
        if (p >= settings.matchThreshold()) {
            return new MatchDecision.Match(p, describe(p, ">=", settings.matchThreshold()));
        }
        if (p >= settings.possibleThreshold()) {
            return new MatchDecision.Possible(p, describe(p, ">=", settings.possibleThreshold()));
        }
        return new MatchDecision.Distinct(p, describe(p, "<", settings.possibleThreshold()));
    }

    private static String describe(double p, String relation, double threshold) {
        return String.format(Locale.ROOT, "score %.3f %s %.2f", p, relation, threshold);
    }
}
