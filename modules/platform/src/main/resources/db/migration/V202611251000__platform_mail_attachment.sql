-- Files sent with a mail (generated PDFs such as a loan agreement), written with the mail in one transaction.
create table platform_mail_attachment (
    mail_id    uuid          not null references platform_mail_outbox (id) on delete cascade,
    position   integer       not null,
    file_name  varchar(200)  not null,
    media_type varchar(100)  not null,
    content    bytea         not null,
    primary key (mail_id, position)
);
