-- the consultations the pilots logged, as fees to bill, and the experts' monthly fee statements (Honorarabrechnungen)
create table funding_consultation (
	consultation_id uuid primary key,
	pilot_reference varchar(20) not null,
	expert_user varchar(64) not null,
	held_on date not null,
	hours numeric(7, 2) not null check (hours > 0),
	statement_id uuid
);
create index funding_consultation_unbilled on funding_consultation (expert_user, held_on) where statement_id is null;

create table funding_fee_statement (
	id uuid primary key,
	reference varchar(20) not null unique,
	expert_user varchar(64) not null,
	expert_name varchar(200) not null,
	billing_month varchar(7) not null,
	daily_fee numeric(10, 2) not null check (daily_fee > 0),
	day_hours numeric(4, 2) not null check (day_hours > 0),
	total numeric(14, 2) not null check (total > 0),
	status varchar(20) not null,
	confirmed_at timestamp with time zone,
	checked_by varchar(64),
	first_approved_by varchar(64),
	approved_by varchar(64),
	approved_at timestamp with time zone,
	expenditure_id uuid references funding_expenditure (id),
	created_at timestamp with time zone not null,
	version bigint not null,
	-- four eyes, also in the database: who checked does not approve, the second approval is another person's
	constraint funding_fee_four_eyes check (approved_by is null or (approved_by <> checked_by
		and (first_approved_by is null or (first_approved_by <> approved_by and first_approved_by <> checked_by))))
);

create table funding_fee_item (
	statement_id uuid not null references funding_fee_statement (id),
	position integer not null,
	consultation_id uuid not null unique references funding_consultation (consultation_id),
	pilot_reference varchar(20) not null,
	held_on date not null,
	hours numeric(7, 2) not null,
	amount numeric(14, 2) not null,
	primary key (statement_id, position)
);
