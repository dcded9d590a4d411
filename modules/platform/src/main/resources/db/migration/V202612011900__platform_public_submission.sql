-- Post/Redirect/Get for the public forms: one row per submitted form token with the confirmation it got
create table platform_public_submission (
    token      uuid                     not null primary key,
    created_at timestamp with time zone not null,
    heading    varchar(200),
    message    text,
    reference  varchar(40),
    next_step  text
);
create index platform_public_submission_created_idx on platform_public_submission (created_at);
