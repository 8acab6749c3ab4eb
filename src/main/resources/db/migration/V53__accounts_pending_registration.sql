-- Registrations waiting for their address to be confirmed. Until the link sent by mail is opened,
-- no account exists: registering answers the same whether or not the address already has one.
-- The password is kept as its hash, the link as a SHA-256 of its secret.
create table pending_registration (
    id            uuid         not null primary key,
    email         varchar(320) not null,
    display_name  varchar(200) not null,
    password_hash varchar(255) not null,
    language      varchar(8)   not null,
    token_hash    varchar(64)  not null unique,
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    used_at       timestamp with time zone
);
create index pending_registration_email_idx on pending_registration (lower(email));
create index pending_registration_expires_idx on pending_registration (expires_at);
