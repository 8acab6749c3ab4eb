-- A candidate's profile; its id is the account's. An anonymised profile keeps country and voice part.
create table candidate_profile (
    account_id         uuid          not null primary key,
    full_name          varchar(200)  not null,
    date_of_birth      date,
    country            varchar(2),
    voice_part         varchar(4),
    vocal_range        varchar(100)  not null,
    affiliation        varchar(200)  not null,
    biography          varchar(2000) not null,
    language           varchar(8)    not null,
    privacy_consent_at timestamp with time zone,
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    anonymised_at      timestamp with time zone,
    version            bigint        not null default 0
);
create index candidate_profile_country_idx on candidate_profile (country);

-- One application per candidate and audition (audition and candidate are ids of other modules).
create table application (
    id           uuid        not null primary key,
    audition_id  uuid        not null,
    candidate_id uuid        not null,
    voice_part   varchar(4)  not null,
    status       varchar(20) not null check (status in ('DRAFT', 'SUBMITTED', 'WITHDRAWN')),
    created_at   timestamp with time zone not null,
    submitted_at timestamp with time zone,
    withdrawn_at timestamp with time zone,
    submissions  int         not null default 0,
    version      bigint      not null default 0,
    constraint application_one_per_candidate unique (audition_id, candidate_id)
);
create index application_candidate_idx on application (candidate_id, created_at desc);
create index application_audition_status_idx on application (audition_id, status);

-- One slot per required piece: the current recording (a media id) and, apart, the replaced ones.
create table recording_slot (
    id                   uuid    not null primary key,
    application_id       uuid    not null references application (id) on delete cascade,
    piece_id             uuid    not null,
    position             int     not null,
    mandatory            boolean not null,
    current_recording_id uuid,
    attached_at          timestamp with time zone,
    constraint recording_slot_piece_key unique (application_id, piece_id)
);

create table recording_slot_replaced (
    slot_id      uuid not null references recording_slot (id) on delete cascade,
    recording_id uuid not null,
    replaced_at  timestamp with time zone not null,
    primary key (slot_id, recording_id)
);

-- Personal deadlines granted by organisers, with the reason, in the order granted.
create table application_deadline_extension (
    application_id uuid          not null references application (id) on delete cascade,
    position       int           not null,
    extended_until timestamp with time zone not null,
    reason         varchar(1000) not null,
    granted_by     uuid          not null,
    granted_at     timestamp with time zone not null,
    primary key (application_id, position)
);
