-- Links that work once without a login; only the SHA-256 of each token is stored.
create table platform_single_use_token (
    token_hash char(64)     not null primary key,
    purpose    varchar(30)  not null,
    subject    varchar(100) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);

create index platform_single_use_token_subject_idx on platform_single_use_token (purpose, subject);
