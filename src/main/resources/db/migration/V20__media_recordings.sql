-- One uploaded recording. The file lives in the store under its content hash; the opaque id is what
-- playback URLs carry (never the owner, never the hash). A row is COMPLETE only once its file is in place.
create table recording (
    id            uuid primary key,
    opaque_id     varchar(64)  not null unique,
    owner_id      uuid         not null,
    status        varchar(16)  not null,
    display_name  varchar(200) not null,
    sha256        varchar(64),
    size_bytes    bigint,
    content_type  varchar(100),
    kind          varchar(16),
    storage_key   varchar(200),
    created_at    timestamptz  not null,
    completed_at  timestamptz,
    constraint recording_complete_has_file check (
        status <> 'COMPLETE'
        or (sha256 is not null and size_bytes is not null and content_type is not null
            and kind is not null and storage_key is not null and completed_at is not null))
);

create index recording_owner_idx on recording (owner_id);
create index recording_sha256_idx on recording (sha256);
