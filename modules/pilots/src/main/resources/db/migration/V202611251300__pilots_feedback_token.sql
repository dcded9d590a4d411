-- Single-use links for the municipality's feedback: only the SHA-256 of the token is stored.
create table pilot_feedback_token (
    token_hash char(64)  not null primary key,
    pilot_id   uuid      not null references pilot_pilot (id) on delete cascade,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);

create index pilot_feedback_token_pilot_idx on pilot_feedback_token (pilot_id);
