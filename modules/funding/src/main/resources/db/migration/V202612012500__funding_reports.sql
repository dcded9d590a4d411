-- the Sachbericht of each report the funder is given: a Zwischennachweis per year (its key the year) and the
-- Verwendungsnachweis (key „final“)
create table funding_report (
	period_id uuid not null references funding_period (id),
	report_key varchar(10) not null,
	sachbericht text not null,
	updated_by varchar(64) not null,
	updated_at timestamp with time zone not null,
	primary key (period_id, report_key)
);
