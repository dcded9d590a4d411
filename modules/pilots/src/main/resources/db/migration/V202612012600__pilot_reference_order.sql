-- references sort by year and number, not as text: P-2026-10000 comes after P-2026-9999
alter table pilot_pilot add column reference_order bigint generated always as (
	split_part(reference, '-', 2)::bigint * 1000000 + split_part(reference, '-', 3)::bigint) stored;
create index pilot_pilot_reference_order on pilot_pilot (reference_order);
