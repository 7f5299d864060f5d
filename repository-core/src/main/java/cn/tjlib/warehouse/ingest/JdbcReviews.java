package cn.tjlib.warehouse.ingest;

import cn.tjlib.warehouse.storage.JdbcMultiRowInsert;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The review queue ({@code match_review}): uncertain pairs, and the staff decisions every run respects. */
final class JdbcReviews {
    private static final String SELECT = "select v.*, "
            + "l.source_code l_lib, l.oai_identifier l_oai, lc.encoded l_enc, lm.unified_id l_uid, "
            + "r.source_code r_lib, r.oai_identifier r_oai, rc.encoded r_enc, rm.unified_id r_uid from match_review v "
            + "join raw_record l on l.id = v.left_raw_id left join canonical_record lc on lc.raw_record_id = l.id "
            + "left join unified_member lm on lm.raw_record_id = l.id "
            + "join raw_record r on r.id = v.right_raw_id left join canonical_record rc on rc.raw_record_id = r.id "
            + "left join unified_member rm on rm.raw_record_id = r.id ";

    private static final JdbcMultiRowInsert INSERT_PROPOSALS = new JdbcMultiRowInsert("insert into match_review "
            + "(left_raw_id, right_raw_id, score, reason, status, created_at) values ", "(?, ?, ?, ?, 'PENDING', ?)");

    private final JdbcTemplate jdbc;

    JdbcReviews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored or proposed pair, {@code left < right}. */
    record Pair(long left, long right, ReviewStatus status) {
    }

    /** A pair to queue as PENDING. */
    record Proposal(long left, long right, double score, String reason, Instant at) {
    }

    /** Every pair (of any status) with one of these records on either side. */
    List<Pair> pairsOf(Collection<Long> rawIds) {
        List<Pair> out = new ArrayList<>();
        // one query per side: with an OR of the two H2 scans the whole table instead of using either index
        for (String side : List.of("left_raw_id", "right_raw_id")) {
            JdbcAnyArray.query(jdbc, "select left_raw_id, right_raw_id, status from match_review where " + side + " = any(?)", rawIds,
                    (ResultSet rs) -> {
                        out.add(new Pair(rs.getLong(1), rs.getLong(2), ReviewStatus.valueOf(rs.getString(3))));
                    });
        }
        return out;
    }

    /** Deletes these pending pairs, then queues the proposals, with two batched statements. */
    void write(Collection<Pair> dropped, Collection<Proposal> proposals) {
        if (!dropped.isEmpty()) {
            jdbc.batchUpdate("delete from match_review where left_raw_id = ? and right_raw_id = ? and status = 'PENDING'",
                    dropped.stream().map(p -> new Object[] {p.left(), p.right()}).toList());
        }
        INSERT_PROPOSALS.insert(jdbc, proposals.stream().map(p -> new Object[] {p.left(), p.right(), p.score(),
                p.reason().length() > 1000 ? p.reason().substring(0, 1000) : p.reason(), p.at().atOffset(ZoneOffset.UTC)}).toList());
    }

    static String key(long a, long b) {
        return Math.min(a, b) + ":" + Math.max(a, b);
    }

    void decide(long id, ReviewStatus status, String by, Instant now) {
        jdbc.update("update match_review set status = ?, decided_at = ?, decided_by = ? where id = ?",
                status.name(), now.atOffset(ZoneOffset.UTC), by, id);
    }

    Optional<ReviewPair> find(long id) {
        return jdbc.query(SELECT + "where v.id = ?", this::row, id).stream().findFirst();
    }

    List<ReviewPair> list(ReviewStatus status, long afterId, int limit) {
        return jdbc.query(SELECT + "where v.status = ? and v.id > ? order by v.id limit ?", this::row, status.name(), afterId, limit);
    }

    private ReviewPair row(ResultSet rs, int i) throws SQLException {
        OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
        return new ReviewPair(rs.getLong("id"), side(rs, "l", rs.getLong("left_raw_id")), side(rs, "r", rs.getLong("right_raw_id")),
                rs.getDouble("score"), rs.getString("reason"), ReviewStatus.valueOf(rs.getString("status")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), decided == null ? null : decided.toInstant(),
                rs.getString("decided_by"));
    }

    private static ReviewSide side(ResultSet rs, String p, long rawId) throws SQLException {
        String encoded = rs.getString(p + "_enc");
        String title = encoded == null ? "" : cn.tjlib.warehouse.record.RecordCodec.decode(encoded).title().orElse("");
        long uid = rs.getLong(p + "_uid");
        return new ReviewSide(rawId, rs.getString(p + "_lib"), rs.getString(p + "_oai"), title, rs.wasNull() ? null : uid);
    }
}
