-- funding periods (Förderzeiträume) with their financing plan, and the expenditures booked on them (money as numeric)
create table funding_period (
	id uuid primary key,
	reference varchar(20) not null unique,
	title varchar(200) not null,
	funder varchar(200) not null,
	grant_notice varchar(100) not null,
	starts_on date not null,
	ends_on date not null,
	granted_amount numeric(14, 2) not null check (granted_amount > 0),
	own_contribution numeric(14, 2) not null check (own_contribution >= 0),
	final_report_due date not null,
	status varchar(20) not null,
	closed_at timestamp with time zone,
	closed_by varchar(100),
	created_at timestamp with time zone not null,
	created_by varchar(100) not null,
	version bigint not null,
	constraint funding_period_dates check (ends_on > starts_on)
);

create table funding_plan_line (
	period_id uuid not null references funding_period (id),
	line_code varchar(40) not null,
	planned_amount numeric(14, 2) not null check (planned_amount >= 0),
	primary key (period_id, line_code)
);

create table funding_expenditure (
	id uuid primary key,
	period_id uuid not null references funding_period (id),
	line_code varchar(40) not null,
	kind varchar(20) not null,
	status varchar(20) not null,
	incurred_on date not null,
	payee varchar(200) not null,
	purpose varchar(500) not null,
	amount numeric(14, 2) not null check (amount > 0),
	case_reference varchar(30),
	recorded_at timestamp with time zone not null,
	recorded_by varchar(100) not null,
	paid_on date,
	payment_reference varchar(100),
	paid_by varchar(100),
	version bigint not null,
	constraint funding_expenditure_paid check ((status = 'PAID') = (paid_on is not null))
);
create index funding_expenditure_period on funding_expenditure (period_id, line_code, status);
create index funding_expenditure_case on funding_expenditure (case_reference) where case_reference is not null;

-- which deadline reminder went out: one row per period, report, due date and lead time, so one node sends it once
create table funding_reminder (
	period_id uuid not null references funding_period (id),
	kind varchar(20) not null,
	due_on date not null,
	days_before integer not null,
	sent_at timestamp with time zone not null,
	primary key (period_id, kind, due_on, days_before)
);
