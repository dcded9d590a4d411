-- the coordinator who stands in for the responsible one while they are away
alter table pilot_pilot add column substitute_coordinator varchar(64);
