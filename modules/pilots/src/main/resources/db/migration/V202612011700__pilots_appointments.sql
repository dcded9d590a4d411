-- the dates of a pilot's first talk and kick-off, set ahead (they get a calendar entry)
create table pilot_appointment (
    pilot_id  uuid                     not null references pilot_pilot (id) on delete cascade,
    kind      varchar(20)              not null,
    starts_at timestamp with time zone not null,
    ends_at   timestamp with time zone not null,
    location  varchar(300)             not null,
    sequence  integer                  not null,
    primary key (pilot_id, kind)
);
