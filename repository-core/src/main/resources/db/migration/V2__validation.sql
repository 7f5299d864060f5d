-- Findings of the network's validation rules, per raw record version.
create table validation_finding (
    raw_record_id bigint        not null references raw_record (id),
    version       integer       not null,
    position      integer       not null,
    rule_id       varchar(64)   not null,
    severity      varchar(8)    not null,
    field         varchar(64)   not null,
    finding_value varchar(2000) not null,
    message_zh    varchar(2000) not null,
    message_en    varchar(2000) not null,
    suggestion    varchar(2000) not null,
    primary key (raw_record_id, version, position)
);
create index validation_finding_by_rule on validation_finding (rule_id, severity);

-- Which rules judged the current version; re-validation picks the records whose rules are out of date.
alter table raw_record add column rules_version varchar(64);

-- The unified record a raw record last belonged to: a record that leaves the catalogue (quarantined,
-- deleted) and comes back gets its old identifier again instead of a new one.
alter table raw_record add column last_unified_id bigint;
