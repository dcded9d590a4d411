-- who registers for a municipality names it from the register (its id; the name as the register wrote it then)
alter table meeting_registration add column municipality_id uuid;
alter table meeting_registration add column municipality_name varchar(200);
create index meeting_registration_municipality on meeting_registration (municipality_id) where municipality_id is not null;
