package cn.tjlib.warehouse.search.bench;

import cn.tjlib.warehouse.catalogue.Holding;
import cn.tjlib.warehouse.catalogue.UnifiedRecord;
import cn.tjlib.warehouse.record.CanonicalRecord;
import cn.tjlib.warehouse.record.Creator;
import cn.tjlib.warehouse.record.Identifier;
import cn.tjlib.warehouse.record.IdentifierType;
import cn.tjlib.warehouse.record.ResourceType;
import cn.tjlib.warehouse.record.Subject;
import cn.tjlib.warehouse.search.CatalogueSearch;
import cn.tjlib.warehouse.search.Facet;
import cn.tjlib.warehouse.search.LuceneCatalogueIndex;
import cn.tjlib.warehouse.search.SearchFilters;
import cn.tjlib.warehouse.search.SearchOrder;
import cn.tjlib.warehouse.search.SearchRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a test: indexes N synthetic unified records (default 1,000,000) and measures the indexing
 * rate, then query latency (p50/p95/p99) in process for a mix of free-text, fielded and faceted
 * queries at 1, 8 and 32 concurrent clients. Run:
 * {@code java -cp … cn.tjlib.warehouse.search.bench.SearchBenchmark [records] [index-dir]}.
 */
public final class SearchBenchmark {
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

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("search-bench");
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf("machine: %d cores, java %s, %s; %d records into %s%n", threads,
                System.getProperty("java.version"), System.getProperty("os.name"), records, dir);
        try (LuceneCatalogueIndex index = new LuceneCatalogueIndex(dir); CatalogueSearch search = new CatalogueSearch(index)) {
            index(index, records, threads);
            for (int clients : new int[] {1, 8, 32}) {
                query(search, clients, clients == 1 ? 2_000 : 8_000);
            }
        }
    }

    private static void index(LuceneCatalogueIndex index, int records, int threads) throws Exception {
        long began = System.nanoTime();
        AtomicLong next = new AtomicLong(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("bench-index-", 0).factory())) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (long start = next.getAndAdd(1000); start <= records; start = next.getAndAdd(1000)) {
                        List<UnifiedRecord> batch = new ArrayList<>(1000);
                        for (long id = start; id < start + 1000 && id <= records; id++) {
                            batch.add(record(id));
                        }
                        index.update(batch);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf(Locale.ROOT, "indexed %d records in %.1f s: %.0f docs/s%n", records, seconds, records / seconds);
        Thread.sleep(1500); // let the background refresh and commit catch up before measuring queries
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
                .identifier(new Identifier(IdentifierType.ISBN, String.format("978-7-%03d-%05d-%d", rng.nextInt(1000), id % 100000, id % 10)));
        List<String> libraries = Arrays.stream(LIBRARIES).filter(l -> rng.nextInt(8) == 0).toList();
        List<String> holders = libraries.isEmpty() ? List.of(LIBRARIES[(int) (id % LIBRARIES.length)]) : libraries;
        List<Holding> holdings = holders.stream().map(l -> new Holding(l, "oai:" + l + ":r" + id, "r" + id, NOW)).toList();
        return new UnifiedRecord(id, NOW, false, TYPES[rng.nextInt(TYPES.length)], b.build(), holdings, holders);
    }

    private static void query(CatalogueSearch search, int clients, int total) throws Exception {
        long[] latencies = new long[total];
        AtomicLong next = new AtomicLong();
        long began = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients, Thread.ofPlatform().name("bench-client-", 0).factory())) {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    for (int i = (int) next.getAndIncrement(); i < total; i = (int) next.getAndIncrement()) {
                        SearchRequest request = mix(i);
                        long t0 = System.nanoTime();
                        search.search(request);
                        latencies[i] = System.nanoTime() - t0;
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "%2d clients: %d queries, %.0f q/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", clients,
                total, total / seconds, pct(latencies, 50), pct(latencies, 95), pct(latencies, 99));
    }

    /** A third free text, a third fielded, a third free text with facet counts and filters; every one highlighted. */
    static SearchRequest mix(int i) {
        SplittableRandom rng = new SplittableRandom(i);
        return switch (i % 3) {
            case 0 -> new SearchRequest(pick(rng, PLACES) + " " + pick(rng, TOPICS), 0, 20);
            case 1 -> new SearchRequest("title:" + pick(rng, TOPICS) + " creator:" + pick(rng, SURNAMES) + pick(rng, GIVEN)
                    + pick(rng, GIVEN) + " year:[1990 TO 2020]", 0, 20);
            default -> new SearchRequest(pick(rng, TOPICS) + pick(rng, SUFFIXES), 0, 20, SearchOrder.RELEVANCE,
                    SearchFilters.of(Facet.LIBRARY, pick(rng, LIBRARIES)).and(Facet.YEAR, List.of("2000-2019")), true);
        };
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static String pick(SplittableRandom rng, String[] words) {
        return words[rng.nextInt(words.length)];
    }
}
