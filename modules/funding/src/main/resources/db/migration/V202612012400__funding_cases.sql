-- pilots, meetings and loans in the funding: the period each is paid from and its planned costs per budget line
create table funding_case (
	case_reference varchar(20) primary key,
	case_kind varchar(10) not null,
	title varchar(300) not null,
	period_id uuid not null references funding_period (id),
	assigned_by varchar(64) not null,
	assigned_at timestamp with time zone not null,
	version bigint not null
);
create index funding_case_period on funding_case (period_id);

create table funding_case_line (
	case_reference varchar(20) not null references funding_case (case_reference),
	line_code varchar(40) not null,
	planned numeric(14, 2) not null check (planned > 0),
	primary key (case_reference, line_code)
);
