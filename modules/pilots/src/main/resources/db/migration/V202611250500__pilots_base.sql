-- gap-free reference numbers per year: the row is locked until the creating transaction ends
create table pilot_reference_counter (
    year       integer not null primary key,
    last_value integer not null
);

create table pilot_pilot (
    id                   uuid          not null primary key,
    reference            varchar(20)   not null unique,
    municipality_id      uuid          not null,
    municipality_name    varchar(200)  not null,
    district_key         varchar(5)    not null,
    title                varchar(200)  not null,
    enquiry              text          not null,
    contact_name         varchar(200),
    contact_email        varchar(320),
    phase                varchar(30)   not null,
    needs                text,
    target_groups        varchar(500),
    topic                varchar(30),
    primary_sdg          integer ,
    planned_start        date,
    planned_end          date,
    budget               numeric(12, 2),
    preferred_language   varchar(50),
    consultation_days    integer,
    decline_reason       text,
    cancellation_reason  text,
    results              text,
    lessons_learned      text,
    recommendations      text,
    feedback_rating      integer ,
    feedback_text        text,
    closure_comment      text,
    created_at           timestamp with time zone not null,
    closed_at            timestamp with time zone,
    version              bigint        not null
);

create index pilot_pilot_phase_idx on pilot_pilot (phase);
create index pilot_pilot_municipality_idx on pilot_pilot (municipality_id);

create table pilot_sdg (
    pilot_id uuid     not null references pilot_pilot (id) on delete cascade,
    sdg      integer not null check (sdg between 1 and 17),
    primary key (pilot_id, sdg)
);

create table pilot_recommended_practice (
    pilot_id      uuid        not null references pilot_pilot (id) on delete cascade,
    practice_code varchar(20) not null,
    primary key (pilot_id, practice_code)
);

create table pilot_chosen_practice (
    pilot_id      uuid        not null references pilot_pilot (id) on delete cascade,
    practice_code varchar(20) not null,
    primary key (pilot_id, practice_code)
);

create table pilot_assignment (
    id             uuid         not null primary key,
    pilot_id       uuid         not null references pilot_pilot (id) on delete cascade,
    expert_id      uuid         not null,
    expert_user    varchar(64)  not null,
    expert_name    varchar(200) not null,
    status         varchar(20)  not null,
    requested_at   timestamp with time zone not null,
    answered_at    timestamp with time zone,
    decline_reason text
);

create index pilot_assignment_pilot_idx on pilot_assignment (pilot_id);
create index pilot_assignment_user_idx on pilot_assignment (expert_user);

create table pilot_milestone (
    id           uuid         not null primary key,
    pilot_id     uuid         not null references pilot_pilot (id) on delete cascade,
    position     integer      not null,
    title        varchar(200) not null,
    due_date     date         not null,
    status       varchar(20)  not null,
    result       text,
    completed_at timestamp with time zone,
    delay_note   text
);

create index pilot_milestone_pilot_idx on pilot_milestone (pilot_id);

create table pilot_consultation (
    id           uuid          not null primary key,
    pilot_id     uuid          not null references pilot_pilot (id) on delete cascade,
    milestone_id uuid          references pilot_milestone (id) on delete set null,
    expert_user  varchar(64)   not null,
    held_on      date          not null,
    hours        numeric(5, 2) not null check (hours > 0 and hours <= 80),
    topic        varchar(500),
    recorded_at  timestamp with time zone not null
);

create index pilot_consultation_pilot_idx on pilot_consultation (pilot_id);

create table pilot_note (
    id         uuid        not null primary key,
    pilot_id   uuid        not null references pilot_pilot (id) on delete cascade,
    author     varchar(64) not null,
    text       text        not null,
    created_at timestamp with time zone not null,
    edited_at  timestamp with time zone
);

create table pilot_problem (
    id          uuid        not null primary key,
    pilot_id    uuid        not null references pilot_pilot (id) on delete cascade,
    reported_by varchar(64) not null,
    description text        not null,
    reported_at timestamp with time zone not null,
    resolution  text,
    resolved_at timestamp with time zone
);

create table pilot_phase_change (
    pilot_id   uuid        not null references pilot_pilot (id) on delete cascade,
    position   integer     not null,
    phase      varchar(30) not null,
    changed_at timestamp with time zone not null,
    changed_by varchar(64),
    primary key (pilot_id, position)
);
