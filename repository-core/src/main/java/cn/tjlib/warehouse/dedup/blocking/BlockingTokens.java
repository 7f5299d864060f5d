package cn.tjlib.warehouse.dedup.blocking;

import cn.tjlib.warehouse.dedup.normalize.PersonName;
import cn.tjlib.warehouse.dedup.normalize.PreparedRecord;
import cn.tjlib.warehouse.dedup.normalize.Tokens;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tokens a record is indexed under for neighbour search: title content words, adjacent word pairs
 * (rarer, so they stay usable when single words are too common), Han character bigrams (Chinese has no
 * spaces; bigrams are what CJK search analysers use too) and creators' family names.
 */
public final class BlockingTokens {
    private BlockingTokens() {
    }

    public static Set<String> of(PreparedRecord record) {
        Set<String> tokens = new HashSet<>();
        List<String> title = record.title().tokens();
        String previous = null;
        for (String token : title) {
            boolean han = Tokens.isHan(token);
            if (han && previous != null && Tokens.isHan(previous)) {
                tokens.add(previous + token);
            } else if (!han && !Tokens.isStopWord(token)) {
                if (token.length() > 1) {
                    tokens.add(token);
                }
                if (previous != null && !Tokens.isHan(previous)) {
                    tokens.add(previous + " " + token);
                }
            }
            previous = han || !Tokens.isStopWord(token) ? token : previous;
        }
        if (title.size() == 1) {
            tokens.add(title.get(0));
        }
        for (PersonName creator : record.creators()) {
            tokens.add("@" + creator.family());
        }
        return tokens;
    }
}
