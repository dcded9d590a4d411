-- Read model of the leads' dashboard, maintained from the pilots' events (never from the engine's history).
create table dashboard_pilot (
    pilot_id      uuid         not null primary key,
    reference     varchar(20)  not null unique,
    municipality  varchar(200) not null,
    district_key  varchar(5)   not null,
    phase         varchar(30)  not null,
    created_at    timestamp with time zone not null,
    phase_since   timestamp with time zone not null,
    closed_at     timestamp with time zone
);

create index dashboard_pilot_phase_idx on dashboard_pilot (phase);

create table dashboard_phase_visit (
    pilot_id   uuid        not null,
    phase      varchar(30) not null,
    entered_at timestamp with time zone not null,
    left_at    timestamp with time zone,
    primary key (pilot_id, phase, entered_at)
);

create table dashboard_consultation (
    pilot_id    uuid          not null,
    expert_user varchar(64)   not null,
    held_on     date          not null,
    hours       numeric(7, 2) not null,
    event_key   varchar(200)  not null primary key
);
