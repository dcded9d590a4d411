-- Fallverantwortung: the coordinator who looks after a pilot, and every handover
alter table pilot_pilot add column responsible_coordinator varchar(64);
create index pilot_pilot_responsible_idx on pilot_pilot (responsible_coordinator);

create table pilot_responsibility_change (
    pilot_id   uuid                     not null references pilot_pilot (id) on delete cascade,
    position   integer                  not null,
    from_user  varchar(64),
    to_user    varchar(64)              not null,
    changed_at timestamp with time zone not null,
    changed_by varchar(64)              not null,
    primary key (pilot_id, position)
);
