package cn.tjlib.warehouse.bench;

import cn.tjlib.warehouse.catalogue.Holding;
import cn.tjlib.warehouse.catalogue.UnifiedRecord;
import cn.tjlib.warehouse.record.CanonicalRecord;
import cn.tjlib.warehouse.record.Creator;
import cn.tjlib.warehouse.record.Identifier;
import cn.tjlib.warehouse.record.IdentifierType;
import cn.tjlib.warehouse.record.ResourceType;
import cn.tjlib.warehouse.record.Subject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Synthetic Chinese unified records for the search benchmark, each a pure function of its id
 * (titles from place × topic × form, three-character names, CLC classes, holdings in 1–5 of 22
 * libraries), and the query mix run against them. NOTE: the vocabulary is small (about 4,000
 * distinct titles, 22 descriptions), so postings are longer than in a real catalogue of the
 * same size, which makes queries slower, not faster.
 */
final class SearchCorpus {
    private static final String[] PLACES = {"天津", "中国", "京津冀", "滨海新区", "华北", "北方", "海河流域", "津沽", "渤海湾", "城市"};
    private static final String[] TOPICS = {"经济", "历史", "文化", "教育", "法律", "哲学", "艺术", "文学", "地理", "医学",
            "计算机", "图书馆学", "建筑", "水利", "交通", "环境保护", "农业", "金融", "管理", "心理学", "民俗", "考古"};
    private static final String[] SUFFIXES = {"概论", "导论", "研究", "教程", "简史", "新论", "实务", "入门", "基础", "原理",
            "十讲", "讲义", "通论", "发展报告", "读本", "论集", "案例分析", "史稿"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "明", "建", "国"};
    private static final String[] PUBLISHERS = {"天津人民出版社", "南开大学出版社", "人民出版社", "中华书局", "商务印书馆"};
    private static final String[] CLC = {"K29", "F12", "G25", "TP3", "I24", "D92", "J2", "R2", "TU2", "X3", "B2", "H1"};
    private static final String[] LIBRARIES = {"tjl", "heping", "hedong", "hexi", "nankai", "hebei", "hongqiao", "dongli",
            "xiqing", "jinnan", "beichen", "wuqing", "baodi", "ninghe", "jinghai", "jizhou", "teda", "tanggu", "hangu",
            "dagang", "binhai", "nlc"};
    private static final ResourceType[] TYPES = {ResourceType.BOOK, ResourceType.BOOK, ResourceType.BOOK, ResourceType.JOURNAL,
            ResourceType.LOCAL_DOCUMENT, ResourceType.GOVERNMENT_INFO, ResourceType.VIDEO};
    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    /** The kinds of query in the mix, a third each. */
    enum Kind { FREE_TEXT, FIELDED, FACETED }

    /** One query of the mix: its kind and the path and query string of {@code GET /api/search}. */
    record Query(Kind kind, String path) {
    }

    private SearchCorpus() {
    }

    /** Records 1 to {@code count}, generated as they are read. */
    static Iterator<UnifiedRecord> records(long count) {
        return new Iterator<>() {
            private long next = 1;

            @Override
            public boolean hasNext() {
                return next <= count;
            }

            @Override
            public UnifiedRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return record(next++);
            }
        };
    }

    static UnifiedRecord record(long id) {
        SplittableRandom rng = new SplittableRandom(id * 0x9E3779B97F4A7C15L);
        String title = pick(rng, PLACES) + pick(rng, TOPICS) + pick(rng, SUFFIXES);
        CanonicalRecord.Builder b = CanonicalRecord.builder(pick(rng, LIBRARIES), "r" + id).title(title)
                .creator(new Creator(pick(rng, SURNAMES) + pick(rng, GIVEN) + pick(rng, GIVEN), "著"))
                .subject(new Subject(Subject.CLC, pick(rng, CLC))).subject(new Subject(Subject.KEYWORD, pick(rng, TOPICS)))
                .publisher(pick(rng, PUBLISHERS)).date(Integer.toString(1950 + rng.nextInt(75)))
                .language(rng.nextInt(10) == 0 ? "eng" : "chi")
                .description("本书系统介绍了" + pick(rng, TOPICS) + "的基本理论与方法，可供相关专业师生参考。")
                .identifier(new Identifier(IdentifierType.ISBN,
                        String.format("978-7-%03d-%05d-%d", rng.nextInt(1000), id % 100000, id % 10)));
        List<String> libraries = Arrays.stream(LIBRARIES).filter(l -> rng.nextInt(8) == 0).toList();
        List<String> holders = libraries.isEmpty() ? List.of(LIBRARIES[(int) (id % LIBRARIES.length)]) : libraries;
        List<Holding> holdings = holders.stream().map(l -> new Holding(l, "oai:" + l + ":r" + id, "r" + id, NOW)).toList();
        return new UnifiedRecord(id, NOW, false, TYPES[rng.nextInt(TYPES.length)], b.build(), holdings, holders);
    }

    /**
     * Query {@code i} of the mix: free text ({@code 天津 经济}); fielded ({@code title:经济 creator:王伟明
     * year:[1990 TO 2020]}); or free text filtered by a library and a range of years with facet
     * counts. Every one asks for 20 hits, highlighted; only the faceted third counts facets.
     */
    static Query query(int i) {
        SplittableRandom rng = new SplittableRandom(i);
        return switch (i % 3) {
            case 0 -> new Query(Kind.FREE_TEXT, search(pick(rng, PLACES) + " " + pick(rng, TOPICS)) + "&facets=false");
            case 1 -> new Query(Kind.FIELDED, search("title:" + pick(rng, TOPICS) + " creator:" + pick(rng, SURNAMES)
                    + pick(rng, GIVEN) + pick(rng, GIVEN) + " year:[1990 TO 2020]") + "&facets=false");
            default -> new Query(Kind.FACETED, search(pick(rng, TOPICS) + pick(rng, SUFFIXES))
                    + "&library=" + pick(rng, LIBRARIES) + "&year=2000-2019&facets=true");
        };
    }

    private static String search(String q) {
        return "/api/search?limit=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    private static String pick(SplittableRandom rng, String[] words) {
        return words[rng.nextInt(words.length)];
    }
}
