-- Fallverantwortung of an exchange meeting: the coordinator who looks after it, who stands in, and every handover
alter table meeting_meeting add column responsible_coordinator varchar(64);
alter table meeting_meeting add column substitute_coordinator varchar(64);

create table meeting_responsibility_change (
    meeting_id uuid                     not null references meeting_meeting (id) on delete cascade,
    position   integer                  not null,
    from_user  varchar(64),
    to_user    varchar(64)              not null,
    changed_at timestamp with time zone not null,
    changed_by varchar(64)              not null,
    primary key (meeting_id, position)
);
