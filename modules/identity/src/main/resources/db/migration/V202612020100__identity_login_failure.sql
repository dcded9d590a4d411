-- failed logins per client address, shared by every node (LoginThrottle): one row per address with failures in a row
create table identity_login_failure (
    address        varchar(64)  not null primary key,
    failures       integer      not null,
    last_failed_at timestamptz  not null
);
create index identity_login_failure_last on identity_login_failure (last_failed_at);
