-- The full register of Baden-Württemberg (Destatis Gemeindeverzeichnis): what it says about each municipality,
-- Landkreise as applicants, and inactive entries for keys that left the register (never deleted).
alter table municipality_municipality add column kind varchar(20) not null default 'GEMEINDE';
alter table municipality_municipality add column active boolean not null default true;
alter table municipality_municipality add column official_name varchar(200);
alter table municipality_municipality add column association varchar(200);
alter table municipality_municipality add column area_km2 numeric(9, 2);
alter table municipality_municipality add column postcode varchar(5);
alter table municipality_municipality add column longitude double precision;
alter table municipality_municipality add column latitude double precision;
alter table municipality_municipality add column urbanisation varchar(40);
alter table municipality_municipality add column in_register boolean not null default false;

create index municipality_municipality_name_idx on municipality_municipality (lower(name));
create index municipality_municipality_postcode_idx on municipality_municipality (postcode);

-- every import of an extract: what it changed
create table municipality_register_import (
    id          uuid                     not null primary key,
    source      varchar(500)             not null,
    checksum    varchar(64)              not null,
    imported_at timestamp with time zone not null,
    added       integer                  not null,
    updated     integer                  not null,
    deactivated integer                  not null,
    unchanged   integer                  not null,
    report      text                     not null
);
