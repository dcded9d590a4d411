-- Self-registration and onboarding of experts: status, profile, the consent and fee terms they confirmed
-- (text version and time), and erasure.
alter table expert_expert add column status varchar(20) not null default 'ACTIVE';
alter table expert_expert alter column status drop default;
alter table expert_expert add column reference varchar(20) unique;
alter table expert_expert add column phone varchar(50);
alter table expert_expert add column profile text;
alter table expert_expert add column review_note text;
alter table expert_expert add column consent_version varchar(20);
alter table expert_expert add column consent_at timestamp with time zone;
alter table expert_expert add column fee_terms_version varchar(20);
alter table expert_expert add column fee_terms_accepted_at timestamp with time zone;
alter table expert_expert add column erased_at timestamp with time zone;

create index expert_expert_email_idx on expert_expert (lower(email));
