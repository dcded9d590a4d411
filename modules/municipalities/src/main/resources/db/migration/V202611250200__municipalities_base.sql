create table municipality_municipality (
    id         uuid         not null primary key,
    ags        varchar(8)   not null unique,
    name       varchar(255) not null,
    district   varchar(255) not null,
    created_at timestamp with time zone not null,
    version    bigint       not null
);
