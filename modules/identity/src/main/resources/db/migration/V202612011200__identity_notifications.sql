-- what each user wants to be told by mail; no row: everything on
create table identity_notification_setting (
    user_id          varchar(64) not null primary key,
    assignment_mails boolean     not null,
    digest           boolean     not null
);

-- the days a user's digest went out: at most one per day, whichever instance sends it, after any restart
create table identity_digest_sent (
    user_id varchar(64) not null,
    day     date        not null,
    primary key (user_id, day)
);
