-- Where a practice's content came from besides pilots: findings of exchange meetings (linked both ways:
-- the meeting's finding keeps the practice code).
create table practice_source (
    practice_id       uuid          not null references practice_practice (id) on delete cascade,
    position          integer       not null,
    meeting_reference varchar(20)   not null,
    finding_id        uuid          not null,
    finding_title     varchar(200)  not null,
    note              text          not null,
    recorded_at       timestamp with time zone not null,
    primary key (practice_id, position)
);
