-- The public forms' submissions per client address within the rate window, shared by every node (PublicRateLimit).
-- Rows older than the window are removed as new submissions come, and nightly (NightlyRetention).
create table platform_rate_hit (
    address varchar(100)             not null,
    at      timestamp with time zone not null
);

create index platform_rate_hit_address_idx on platform_rate_hit (address);
create index platform_rate_hit_at_idx on platform_rate_hit (at);
