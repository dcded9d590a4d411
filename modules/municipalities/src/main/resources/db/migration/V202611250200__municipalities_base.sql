create table municipality_district (
    key                   varchar(5)   not null primary key,
    name                  varchar(100) not null,
    kind                  varchar(20)  not null,
    administrative_region varchar(40)  not null
);

create table municipality_municipality (
    id                 uuid         not null primary key,
    ags                varchar(8)   not null unique,
    name               varchar(200) not null,
    district_key       varchar(5)   not null references municipality_district (key),
    population         integer,
    agenda2030_status  varchar(30)  not null,
    created_at         timestamp with time zone not null,
    version            bigint       not null
);

create index municipality_municipality_district_idx on municipality_municipality (district_key);

create table municipality_contact (
    municipality_id uuid         not null references municipality_municipality (id) on delete cascade,
    position        integer      not null,
    name            varchar(200) not null,
    role            varchar(200),
    email           varchar(320),
    phone           varchar(50),
    primary key (municipality_id, position)
);
