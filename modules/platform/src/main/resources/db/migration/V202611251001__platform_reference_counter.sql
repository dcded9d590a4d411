-- One counter per kind of case (prefix) and year, for gap-free references such as P-2026-0001.
create table platform_reference_counter (
    prefix     varchar(5) not null,
    year       integer    not null,
    last_value integer    not null,
    primary key (prefix, year)
);
