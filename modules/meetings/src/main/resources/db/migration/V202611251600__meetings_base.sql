-- Exchange meetings (Austauschtreffen): planning, invitations, registrations with capacity and waiting
-- list, minutes with attendance, and findings that go into the best-practice catalogue.
create table meeting_meeting (
    id            uuid          not null primary key,
    reference     varchar(20)   not null unique,
    title         varchar(200)  not null,
    topic         varchar(300),
    agenda        text,
    starts_at     timestamp with time zone,
    ends_at       timestamp with time zone,
    place         varchar(300),
    online_link   varchar(500),
    capacity      integer       check (capacity is null or capacity between 1 and 1000),
    status        varchar(20)   not null,
    minutes       text,
    cancellation_reason text,
    created_by    varchar(64),
    created_at    timestamp with time zone not null,
    version       bigint        not null
);

create table meeting_invitation (
    id           uuid          not null primary key,
    meeting_id   uuid          not null references meeting_meeting (id) on delete cascade,
    name         varchar(200)  not null,
    email        varchar(320)  not null,
    organisation varchar(200),
    role         varchar(20)   not null,
    sent_at      timestamp with time zone not null
);

create index meeting_invitation_meeting_idx on meeting_invitation (meeting_id);

create table meeting_registration (
    id            uuid          not null primary key,
    meeting_id    uuid          not null references meeting_meeting (id) on delete cascade,
    name          varchar(200)  not null,
    email         varchar(320)  not null,
    organisation  varchar(200),
    role          varchar(20)   not null,
    status        varchar(20)   not null,
    attended      boolean,
    registered_at timestamp with time zone not null,
    cancelled_at  timestamp with time zone
);

-- one active registration per address and meeting
create unique index meeting_registration_active_idx on meeting_registration (meeting_id, lower(email)) where status <> 'CANCELLED';

create table meeting_finding (
    id            uuid          not null primary key,
    meeting_id    uuid          not null references meeting_meeting (id) on delete cascade,
    position      integer       not null,
    title         varchar(200)  not null,
    description   text          not null,
    practice_code varchar(20),
    adoption      varchar(20),
    adopted_at    timestamp with time zone
);
