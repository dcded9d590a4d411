create table practice_practice (
    id            uuid          not null primary key,
    code          varchar(20)   not null unique,
    title         varchar(200)  not null,
    summary       text          not null,
    prerequisites text,
    effort        varchar(20)   not null,
    published     boolean       not null,
    created_at    timestamp with time zone not null,
    version       bigint        not null
);

create table practice_sdg (
    practice_id uuid     not null references practice_practice (id) on delete cascade,
    sdg         integer not null check (sdg between 1 and 17),
    primary key (practice_id, sdg)
);

create table practice_topic (
    practice_id uuid        not null references practice_practice (id) on delete cascade,
    topic       varchar(30) not null,
    primary key (practice_id, topic)
);

create table practice_evidence (
    practice_id      uuid         not null references practice_practice (id) on delete cascade,
    position         integer      not null,
    pilot_reference  varchar(20)  not null,
    municipality     varchar(200) not null,
    summary          text         not null,
    recorded_at      timestamp with time zone not null,
    primary key (practice_id, position)
);
