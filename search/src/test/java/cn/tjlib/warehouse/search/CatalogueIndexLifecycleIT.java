package cn.tjlib.warehouse.search;

import cn.tjlib.warehouse.catalogue.UnifiedRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static cn.tjlib.warehouse.search.TestRecords.book;
import static cn.tjlib.warehouse.search.TestRecords.deleted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueIndexLifecycleIT extends WithIndexedCatalogue {
    @Test
    void updateMakesChangesSearchableWithinTwoSecondsWithoutAnExplicitRefresh() throws InterruptedException {
        catalogue.index.update(List.of(book(1, "天津历史文化研究")));
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        List<Long> found = catalogue.ids("历史");
        while (found.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            found = catalogue.ids("历史");
        }
        assertThat(found).containsExactly(1L);
    }

    @Test
    void updateReplacesTheRecordWithTheSameId() {
        catalogue.add(book(1, "天津历史"));
        catalogue.add(book(1, "北京地理"));
        assertThat(catalogue.ids("天津")).isEmpty();
        assertThat(catalogue.ids("北京")).containsExactly(1L);
        assertThat(catalogue.ids("")).containsExactly(1L);
    }

    @Test
    void updateRemovesDeletedRecords() {
        catalogue.add(book(1, "天津历史"), book(2, "天津地理"));
        catalogue.add(deleted(1));
        assertThat(catalogue.ids("天津")).containsExactly(2L);
    }

    @Test
    void rebuildReplacesTheWholeContent() {
        catalogue.add(book(1, "天津历史"), book(2, "天津地理"));
        catalogue.index.rebuild(List.of(book(2, "北京地理"), book(3, "上海历史"), deleted(4)).iterator());
        assertThat(catalogue.ids("")).containsExactly(2L, 3L);
        assertThat(catalogue.ids("天津")).isEmpty();
        assertThat(catalogue.ids("北京")).containsExactly(2L);
    }

    @Test
    void searchesDuringARebuildStillSeeEveryRecord() {
        catalogue.add(book(1, "天津历史"), book(2, "天津地理"), book(3, "天津文化"));
        List<Long> seenMidway = new ArrayList<>();
        rebuildCalling(List.of(book(1, "天津历史"), book(2, "天津地理"), book(3, "天津文化")), 2, () -> {
            catalogue.refresh();
            seenMidway.addAll(catalogue.ids("天津"));
        });
        assertThat(seenMidway).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(catalogue.ids("天津")).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void rebuildWritesEveryRecordOfACatalogueOfManyBatches() {
        catalogue.add(book(1, "旧书"));
        List<UnifiedRecord> records = new ArrayList<>();
        for (long id = 1; id <= 2_345; id++) {
            records.add(id % 100 == 0 ? deleted(id) : book(id, "天津地方志第" + id + "卷"));
        }
        catalogue.index.rebuild(records.iterator());
        assertThat(catalogue.search.search(SearchRequest.of("")).total()).isEqualTo(2_345 - 23);
        assertThat(catalogue.ids("旧书")).isEmpty();
        assertThat(catalogue.ids("title:第2345卷")).containsExactly(2_345L);
    }

    @Test
    void failedRebuildLeavesTheIndexComplete() {
        catalogue.add(book(1, "天津历史"), book(2, "天津地理"));
        Iterator<UnifiedRecord> failing = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public UnifiedRecord next() {
                throw new IllegalStateException("database went away");
            }
        };
        assertThatThrownBy(() -> catalogue.index.rebuild(failing)).hasMessage("database went away");
        catalogue.refresh();
        assertThat(catalogue.ids("天津")).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void updatesDuringARebuildAreNotUndoneByTheRebuildsOlderCopies() {
        catalogue.add(book(1, "天津历史"), book(2, "天津地理"), book(3, "天津文化"));
        // the rebuild read records 1 to 3 before these changes reached the index
        rebuildCalling(List.of(book(1, "天津历史"), book(2, "天津地理"), book(3, "天津文化")), 1,
                () -> catalogue.index.update(List.of(book(1, "北京历史"), deleted(3))));
        assertThat(catalogue.ids("")).containsExactly(1L, 2L);
        assertThat(catalogue.ids("北京")).containsExactly(1L);
        assertThat(catalogue.ids("天津")).containsExactly(2L);
    }

    @Test
    void rebuildFailingAfterSomeBatchesLeavesEveryRecordOnceAsItWas() {
        List<UnifiedRecord> before = new ArrayList<>();
        for (long id = 1; id <= 1_500; id++) {
            before.add(book(id, "天津地方志第" + id + "卷"));
        }
        catalogue.index.rebuild(before.iterator());
        Iterator<UnifiedRecord> newer = before.stream().map(r -> book(r.id(), "北京地方志第" + r.id() + "卷")).iterator();
        assertThatThrownBy(() -> catalogue.index.rebuild(new Iterator<>() {
            private int read;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public UnifiedRecord next() {
                if (++read > 1_200) {
                    throw new IllegalStateException("database went away");
                }
                if (read == 700) {
                    catalogue.index.update(List.of(book(1_500, "上海地方志")));
                }
                return newer.next();
            }
        })).hasMessage("database went away");
        catalogue.refresh();
        assertThat(catalogue.search.search(SearchRequest.of("")).total()).isEqualTo(1_500);
        assertThat(catalogue.search.search(SearchRequest.of("天津")).total()).isEqualTo(1_499);
        assertThat(catalogue.ids("北京")).isEmpty();
        assertThat(catalogue.ids("上海")).containsExactly(1_500L);
        assertThat(catalogue.index.needsRebuild()).isFalse();
    }

    @Test
    void recordsSurviveReopeningAndALaterRebuildStillSweepsOldOnes() {
        catalogue.add(book(1, "天津历史"));
        catalogue.index.rebuild(List.of(book(1, "天津历史"), book(2, "天津地理")).iterator());
        catalogue.close();
        catalogue = new IndexedCatalogue(directory);
        assertThat(catalogue.ids("天津")).containsExactlyInAnyOrder(1L, 2L);

        catalogue.index.rebuild(List.of(book(2, "天津地理")).iterator());
        assertThat(catalogue.ids("天津")).containsExactly(2L);
    }

    @Test
    void answersSearchesWhileOtherThreadsUpdate() throws InterruptedException {
        var failures = new java.util.concurrent.ConcurrentLinkedQueue<Throwable>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int base = t * 100;
            threads.add(Thread.ofPlatform().name("writer-" + t).start(() -> guard(failures, () -> {
                for (int i = 1; i <= 50; i++) {
                    catalogue.index.update(List.of(book(base + i, "天津历史 " + i)));
                }
            })));
            threads.add(Thread.ofPlatform().name("reader-" + t).start(() -> guard(failures, () -> {
                for (int i = 0; i < 50; i++) {
                    catalogue.ids("天津历史");
                }
            })));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        catalogue.refresh();
        assertThat(failures).isEmpty();
        assertThat(catalogue.search.search(SearchRequest.of("天津历史")).total()).isEqualTo(200);
    }

    private static void guard(java.util.Collection<Throwable> failures, Runnable work) {
        try {
            work.run();
        } catch (Throwable e) {
            failures.add(e);
        }
    }

    @Test
    void commitsUpdatesInTheBackgroundWithoutClosing() throws Exception {
        catalogue.index.update(List.of(book(1, "天津历史")));
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        int committed = committedDocs();
        while (committed == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
            committed = committedDocs();
        }
        assertThat(committed).isEqualTo(1);
    }

    private int committedDocs() throws java.io.IOException {
        try (var dir = org.apache.lucene.store.FSDirectory.open(directory);
             var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
            return reader.numDocs();
        }
    }

    @Test
    void rejectsANonPositiveRefreshInterval() {
        assertThatThrownBy(() -> new LuceneCatalogueIndex(directory.resolve("other"), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("refresh interval must be positive, got PT0S");
    }

    /** Rebuilds the index from {@code records}, running {@code meanwhile} as the rebuild reads record {@code id}. */
    private void rebuildCalling(List<UnifiedRecord> records, long id, Runnable meanwhile) {
        Iterator<UnifiedRecord> all = records.iterator();
        catalogue.index.rebuild(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return all.hasNext();
            }

            @Override
            public UnifiedRecord next() {
                UnifiedRecord next = all.next();
                if (next.id() == id) {
                    meanwhile.run();
                }
                return next;
            }
        });
    }
}
