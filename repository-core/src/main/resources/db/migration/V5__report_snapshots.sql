-- Counts of records per broken rule and library, taken after each harvest: the baseline of a report's trend.
create table report_snapshot (
    source_code varchar(32)  not null,
    taken_at    timestamp with time zone not null,
    rule_id     varchar(64)  not null,
    records     bigint       not null,
    primary key (source_code, taken_at, rule_id)
);
