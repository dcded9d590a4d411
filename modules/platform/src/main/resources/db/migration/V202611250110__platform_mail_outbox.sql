-- Mails are written here in the transaction that causes them and sent afterwards (when SMTP is configured).
create table platform_mail_outbox (
    id          uuid          not null primary key,
    recipient   varchar(320)  not null,
    subject     varchar(300)  not null,
    body        text          not null,
    category    varchar(50)   not null,
    reference   varchar(50),
    status      varchar(20)   not null,
    attempts    integer       not null default 0,
    last_error  text,
    created_at  timestamp with time zone not null,
    sent_at     timestamp with time zone
);

create index platform_mail_outbox_pending_idx on platform_mail_outbox (created_at) where status = 'PENDING';
