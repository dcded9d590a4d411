-- When a pilot left a phase, kept on the visit (the next visit's entry) instead of being derived with a window over every
-- visit at each request: the dashboard's cycle times read only the visits left in the span.
alter table dashboard_phase_visit add column left_at timestamp with time zone;

update dashboard_phase_visit v set left_at = n.entered_at
from dashboard_phase_visit n where n.pilot_id = v.pilot_id and n.sequence = v.sequence + 1;

create index dashboard_phase_visit_left_idx on dashboard_phase_visit (left_at) where left_at is not null;

-- One row per write to the read model, in the writer's transaction: the dashboard keeps its figures until what it
-- sees of this table (row count and highest id) changes, so a figure is never older than the committed data. Rows
-- older than a minute are removed (a removal adds a row, so it counts as a change as well).
create table dashboard_change (
    id bigserial primary key,
    at timestamp with time zone not null default now()
);
