-- Fallverantwortung of a loan: the coordinator who looks after it, who stands in, and every handover
alter table exhibition_loan add column responsible_coordinator varchar(64);
alter table exhibition_loan add column substitute_coordinator varchar(64);

create table exhibition_loan_responsibility_change (
    loan_id    uuid                     not null references exhibition_loan (id) on delete cascade,
    position   integer                  not null,
    from_user  varchar(64),
    to_user    varchar(64)              not null,
    changed_at timestamp with time zone not null,
    changed_by varchar(64)              not null,
    primary key (loan_id, position)
);
