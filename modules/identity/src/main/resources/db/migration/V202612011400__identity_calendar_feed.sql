-- the secret address of each user's calendar feed, as a SHA-256 hash; renewing it replaces the row
create table identity_calendar_feed (
    user_id    varchar(64) not null primary key,
    token_hash char(64)    not null unique,
    created_at timestamp with time zone not null
);
