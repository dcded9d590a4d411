-- who is away: their cases' next steps go to the case's substitute while the row exists
create table identity_absence (
    user_id varchar(64) not null primary key,
    since   timestamp with time zone not null
);
