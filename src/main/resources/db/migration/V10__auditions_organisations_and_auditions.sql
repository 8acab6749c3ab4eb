-- Organisations own auditions; their organisers (accounts, by id) manage them.
create table organisation (
    id         uuid         not null primary key,
    name       varchar(200) not null,
    kind       varchar(20)  not null check (kind in ('NETWORK_MEMBER', 'PATRON')),
    created_at timestamp with time zone not null,
    version    bigint       not null default 0
);
create unique index organisation_name_key on organisation (lower(name));

create table organisation_organiser (
    organisation_id uuid not null references organisation (id) on delete cascade,
    account_id      uuid not null,
    primary key (organisation_id, account_id)
);
create index organisation_organiser_account_idx on organisation_organiser (account_id);

-- An audition: the call, its window (instants, with the zone the organiser wrote them in),
-- eligibility, and the lifecycle's timestamps.
create table audition (
    id                 uuid         not null primary key,
    organisation_id    uuid         not null references organisation (id),
    status             varchar(20)  not null
        check (status in ('DRAFT', 'OPEN', 'CLOSED', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    title_en           varchar(200) not null,
    title_fr           varchar(200) not null,
    description_en     text         not null,
    description_fr     text         not null,
    place              varchar(200) not null,
    event_start        date,
    event_end          date,
    opens_at           timestamp with time zone,
    closes_at          timestamp with time zone,
    time_zone          varchar(64)  not null,
    min_age            int,
    max_age            int,
    age_reference_date date,
    blind_review       boolean      not null,
    created_at         timestamp with time zone not null,
    opened_at          timestamp with time zone,
    closed_at          timestamp with time zone,
    review_started_at  timestamp with time zone,
    published_at       timestamp with time zone,
    archived_at        timestamp with time zone,
    version            bigint       not null default 0,
    check (opens_at is null or closes_at > opens_at)
);
create index audition_organisation_idx on audition (organisation_id, created_at desc);
create index audition_open_idx on audition (closes_at) where status = 'OPEN';

-- Countries whose candidates may apply; none means every country.
create table audition_country (
    audition_id uuid       not null references audition (id) on delete cascade,
    country     varchar(2) not null,
    primary key (audition_id, country)
);

create table audition_voice_part (
    audition_id uuid       not null references audition (id) on delete cascade,
    position    int        not null,
    voice_part  varchar(4) not null,
    places      int        not null check (places > 0),
    reserve     int        not null check (reserve >= 0),
    primary key (audition_id, position)
);

-- Required pieces in order. Applications refer to piece_id, which survives reordering; the
-- uniqueness is checked at commit, as Hibernate rewrites the rows position by position.
create table audition_piece (
    audition_id          uuid         not null references audition (id) on delete cascade,
    position             int          not null,
    piece_id             uuid         not null,
    name_en              varchar(200) not null,
    name_fr              varchar(200) not null,
    instructions_en      varchar(2000) not null,
    instructions_fr      varchar(2000) not null,
    accepts              varchar(10)  not null check (accepts in ('AUDIO', 'VIDEO', 'EITHER')),
    max_duration_seconds int          not null check (max_duration_seconds > 0),
    mandatory            boolean      not null,
    primary key (audition_id, position),
    constraint audition_piece_id_key unique (piece_id) deferrable initially deferred
);

create table audition_criterion (
    audition_id  uuid          not null references audition (id) on delete cascade,
    position     int           not null,
    criterion_id uuid          not null,
    label_en     varchar(200)  not null,
    label_fr     varchar(200)  not null,
    weight       numeric(7, 2) not null check (weight > 0),
    scale_min    numeric(7, 2) not null,
    scale_max    numeric(7, 2) not null,
    scale_step   numeric(7, 2) not null check (scale_step > 0),
    primary key (audition_id, position),
    constraint audition_criterion_id_key unique (criterion_id) deferrable initially deferred
);
