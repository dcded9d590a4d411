-- documents a process step decided on, written in the step's transaction and rendered after it (DueDocuments):
-- one row per document until it is stored and mailed, in the same transaction that deletes the row
create table documents_due (
    id          uuid          not null primary key,
    category    varchar(40)   not null,
    owner_id    varchar(100)  not null,
    created_at  timestamptz   not null,
    attempts    integer       not null default 0,
    last_error  text,
    unique (category, owner_id)
);
