create table expert_expert (
    id                 uuid          not null primary key,
    user_id            varchar(64)   unique,
    name               varchar(200)  not null,
    organisation       varchar(200),
    kind               varchar(20)   not null,
    email              varchar(320),
    daily_fee          numeric(10, 2),
    available          boolean       not null,
    active_assignments integer       not null default 0,
    created_at         timestamp with time zone not null,
    version            bigint        not null
);

create table expert_language (
    expert_id uuid        not null references expert_expert (id) on delete cascade,
    language  varchar(50) not null,
    primary key (expert_id, language)
);

create table expert_country (
    expert_id uuid         not null references expert_expert (id) on delete cascade,
    country   varchar(100) not null,
    primary key (expert_id, country)
);

create table expert_sdg (
    expert_id uuid     not null references expert_expert (id) on delete cascade,
    sdg       integer not null check (sdg between 1 and 17),
    primary key (expert_id, sdg)
);

create table expert_topic (
    expert_id uuid        not null references expert_expert (id) on delete cascade,
    topic     varchar(30) not null,
    primary key (expert_id, topic)
);

create table expert_region (
    expert_id    uuid       not null references expert_expert (id) on delete cascade,
    district_key varchar(5) not null,
    primary key (expert_id, district_key)
);

-- events this module has already applied to workloads (listeners are retried after a crash)
create table expert_applied_event (
    event_key varchar(200) not null primary key,
    applied_at timestamp with time zone not null
);
