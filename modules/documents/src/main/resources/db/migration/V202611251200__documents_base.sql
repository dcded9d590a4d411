-- Files on cases (uploads and generated PDFs), stored in the database in the same transaction as the case.
create table documents_document (
    id          uuid          not null primary key,
    owner_type  varchar(20)   not null,
    owner_id    varchar(50)   not null,
    kind        varchar(20)   not null,
    category    varchar(50),
    file_name   varchar(200)  not null,
    media_type  varchar(150)  not null,
    size_bytes  bigint        not null,
    sha256      char(64)      not null,
    content     bytea         not null,
    created_by  varchar(64),
    -- whose personal data a generated document holds (a fee agreement names the expert and the fee)
    person      varchar(64),
    created_at  timestamp with time zone not null
);

create index documents_document_owner_idx on documents_document (owner_type, owner_id, created_at);

-- Runs of the guide's compilation, with their progress (the page polls it).
create table documents_guide_run (
    id           uuid          not null primary key,
    status       varchar(20)   not null,
    step         integer       not null,
    total_steps  integer       not null,
    message      varchar(300)  not null,
    document_id  uuid          references documents_document (id),
    requested_by varchar(64)   not null,
    started_at   timestamp with time zone not null,
    finished_at  timestamp with time zone
);

-- at most one compilation runs at a time
create unique index documents_guide_run_one_running on documents_guide_run ((true)) where status = 'RUNNING';
