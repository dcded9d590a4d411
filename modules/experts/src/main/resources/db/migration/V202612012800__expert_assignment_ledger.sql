-- The experts' workload as a ledger, one row per pilot, instead of a counter on the expert's row that every
-- pilot of the expert updated (optimistic-lock conflicts when two of its pilots moved at once).
create table expert_assignment (
    expert_id       uuid        not null references expert_expert (id) on delete cascade,
    pilot_reference varchar(20) not null,
    started_at      timestamp with time zone not null,
    ended_at        timestamp with time zone,
    primary key (expert_id, pilot_reference)
);

create index expert_assignment_active_idx on expert_assignment (expert_id) where ended_at is null;

-- the pilots being advised now: the accepted request of every pilot that is not closed
insert into expert_assignment (expert_id, pilot_reference, started_at)
select a.expert_id, p.reference, coalesce(a.answered_at, a.requested_at)
from pilot_assignment a
join pilot_pilot p on p.id = a.pilot_id
join expert_expert e on e.id = a.expert_id
where a.status = 'ACCEPTED' and p.phase not in ('COMPLETED', 'DECLINED', 'CANCELLED')
on conflict do nothing;

alter table expert_expert drop column active_assignments;
