-- Scheduling, job claims across service instances, and console users. H2 (PostgreSQL mode) and PostgreSQL >= 15.

-- How long one harvest of the source may run before it is cancelled at a page boundary; null = the service default.
alter table source add column timeout_seconds integer;

-- One row per source: which service instance harvests it now (owner) and until when its claim holds
-- (expires_at, renewed while the harvest runs); last_fired_at dedupes a cron firing seen by several instances.
create table harvest_lease (
    source_code   varchar(32)  primary key references source (code),
    owner         varchar(200),
    claimed_at    timestamp with time zone,
    expires_at    timestamp with time zone,
    last_fired_at timestamp with time zone
);

-- People who log in to the console: network staff (ADMIN) and member libraries' cataloguers (LIBRARY,
-- with their library_code). The role rules are checked in code: H2 2.4 evaluates a CHECK (role in (…))
-- with the session that created it and fails once the migrating connection has closed.
create table console_user (
    username      varchar(64)  primary key,
    password_hash varchar(200) not null,
    role          varchar(16)  not null,
    library_code  varchar(32)  references source (code),
    enabled       boolean      not null,
    created_at    timestamp with time zone not null
);
