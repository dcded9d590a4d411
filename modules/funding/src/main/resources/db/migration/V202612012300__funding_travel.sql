-- the way back from „Rechnung prüfen“: a statement given back keeps its consultations as a record, marked returned,
-- and they are free to be billed again (each on one statement that is not given back)
alter table funding_fee_statement add column returned_by varchar(64), add column return_reason varchar(1000);
alter table funding_fee_item add column returned boolean not null default false;
alter table funding_fee_item drop constraint funding_fee_item_consultation_id_key;
create unique index funding_fee_item_billed_once on funding_fee_item (consultation_id) where not returned;

-- the experts' travel claims (Reisekostenabrechnungen) and their trips
create table funding_travel_claim (
	id uuid primary key,
	reference varchar(20) not null unique,
	expert_user varchar(64) not null,
	expert_name varchar(200) not null,
	total numeric(14, 2) not null check (total >= 0),
	submitted_on date not null,
	late boolean not null,
	status varchar(20) not null,
	receipts_checked boolean not null,
	checked_by varchar(64),
	first_approved_by varchar(64),
	approved_by varchar(64),
	approved_at timestamp with time zone,
	returned_by varchar(64),
	return_reason varchar(1000),
	expenditure_id uuid references funding_expenditure (id),
	created_at timestamp with time zone not null,
	version bigint not null,
	-- four eyes, as for fees; and nobody checks or approves their own claim
	constraint funding_travel_four_eyes check (approved_by is null or (approved_by <> checked_by
		and (first_approved_by is null or (first_approved_by <> approved_by and first_approved_by <> checked_by)))),
	constraint funding_travel_not_own check (checked_by is distinct from expert_user and approved_by is distinct from expert_user
		and first_approved_by is distinct from expert_user)
);
create index funding_travel_claim_expert on funding_travel_claim (expert_user, created_at desc);

create table funding_travel_trip (
	claim_id uuid not null references funding_travel_claim (id),
	position integer not null,
	travelled_on date not null,
	origin varchar(100) not null,
	destination varchar(100) not null,
	purpose varchar(300) not null,
	case_reference varchar(20) not null,
	mode varchar(10) not null,
	kilometres numeric(7, 1),
	fare numeric(10, 2),
	absence_hours numeric(4, 2) not null,
	travel_amount numeric(12, 2) not null,
	per_diem numeric(8, 2) not null,
	primary key (claim_id, position),
	check ((mode = 'CAR' and kilometres > 0 and fare is null) or (mode = 'FARE' and fare > 0 and kilometres is null))
);
