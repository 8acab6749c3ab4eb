create table user_account (
    id            uuid         not null primary key,
    email         varchar(320) not null,
    display_name  varchar(200) not null,
    password_hash varchar(255),
    language      varchar(8)   not null,
    created_at    timestamp with time zone not null,
    version       bigint       not null default 0
);
-- E-mail addresses are unique whatever their case.
create unique index user_account_email_key on user_account (lower(email));

create table user_account_role (
    user_id uuid        not null references user_account (id) on delete cascade,
    role    varchar(20) not null check (role in ('CANDIDATE', 'JUROR', 'ORGANISER', 'ADMIN')),
    primary key (user_id, role)
);

-- Single-use links (password reset, invitation). Only a SHA-256 of the secret is stored.
create table account_token (
    id         uuid        not null primary key,
    user_id    uuid        not null references user_account (id) on delete cascade,
    purpose    varchar(20) not null check (purpose in ('PASSWORD_RESET', 'INVITATION')),
    token_hash varchar(64) not null unique,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone
);
create index account_token_user_idx on account_token (user_id, purpose);

-- Failed logins, by account name and by client address, for throttling. Rows older than the
-- throttling window are swept.
create table login_failure (
    id        bigint generated always as identity primary key,
    subject   varchar(330) not null,
    failed_at timestamp with time zone not null
);
create index login_failure_subject_idx on login_failure (subject, failed_at);
