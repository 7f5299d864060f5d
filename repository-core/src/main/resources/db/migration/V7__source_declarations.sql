-- What each source declares about itself (Identify, ListMetadataFormats, ListSets), read when staff
-- test the connection and when a harvest starts; shown on the console's source page. Replaced whole
-- at each reading, so no history is kept here (the harvest log keeps the runs).
create table source_description (
    source_code        varchar(32)   primary key references source (code),
    base_url           varchar(1000) not null,
    repository_name    varchar(1000),
    protocol_version   varchar(16),
    granularity        varchar(16)   not null,
    earliest_datestamp timestamp with time zone,
    deleted_record     varchar(16),
    sets_truncated     boolean       not null,
    read_at            timestamp with time zone not null,
    error              varchar(4000)
);

create table source_format (
    source_code varchar(32)   not null references source (code),
    seq         integer       not null,
    prefix      varchar(200)  not null,
    schema_url  varchar(1000),
    namespace   varchar(1000),
    primary key (source_code, seq)
);

create table source_set (
    source_code varchar(32)   not null references source (code),
    seq         integer       not null,
    spec        varchar(1000) not null,
    name        varchar(1000),
    primary key (source_code, seq)
);
