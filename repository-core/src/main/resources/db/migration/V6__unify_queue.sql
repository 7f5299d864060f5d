-- Raw records stored by a harvest page whose place in the catalogue is still to be worked out (placed in
-- a cluster, or taken out of one). A page commits its records, findings and checkpoint with their queue
-- rows, so clustering can run after the page, in larger batches, and a crash between the two loses
-- nothing: the queue is drained again at the next page or at start-up.
create table unify_queue (
    raw_record_id bigint primary key references raw_record (id)
);
