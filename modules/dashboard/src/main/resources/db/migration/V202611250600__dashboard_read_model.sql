-- Read model of the leads' dashboard, maintained from the pilots' events (never from the engine's history).
-- Events arrive asynchronously and in any order: every table is written so that order does not matter.
create table dashboard_pilot (
    pilot_id      uuid         not null primary key,
    reference     varchar(20)  not null unique,
    municipality  varchar(200) not null,
    district_key  varchar(5)   not null,
    created_at    timestamp with time zone not null
);

create index dashboard_pilot_district_idx on dashboard_pilot (district_key);
create index dashboard_pilot_created_idx on dashboard_pilot (created_at);

-- the latest phase wins, by its position in the pilot's phase history
create table dashboard_pilot_phase (
    pilot_id  uuid        not null primary key,
    phase     varchar(30) not null,
    sequence  integer     not null,
    since     timestamp with time zone not null
);

create index dashboard_pilot_phase_idx on dashboard_pilot_phase (phase);

-- every phase a pilot entered; how long it stayed follows from the next entry
create table dashboard_phase_visit (
    pilot_id   uuid        not null,
    sequence   integer     not null,
    phase      varchar(30) not null,
    entered_at timestamp with time zone not null,
    primary key (pilot_id, sequence)
);

create table dashboard_pilot_sdg (
    pilot_id uuid    not null,
    sdg      integer not null check (sdg between 1 and 17),
    primary key (pilot_id, sdg)
);

create table dashboard_consultation (
    event_key   varchar(200)  not null primary key,
    pilot_id    uuid          not null,
    expert_user varchar(64)   not null,
    held_on     date          not null,
    hours       numeric(7, 2) not null
);
