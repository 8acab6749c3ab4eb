-- The jury of one audition: its jurors (account ids), its chair, how applications are shared out.
create table jury_panel (
    id                uuid        not null primary key,
    audition_id       uuid        not null unique,
    chair_id          uuid        not null,
    sharing           varchar(20) not null check (sharing in ('EVERYONE', 'K_PER_APPLICATION')),
    jurors_per_application int    not null,
    code_prefix       varchar(12) not null,
    scoring_started_at timestamp with time zone,
    scoring_closed_at timestamp with time zone,
    version           bigint      not null default 0
);

-- Each juror's listening order comes from their own seed, kept for audit.
create table jury_seat (
    panel_id  uuid   not null references jury_panel (id) on delete cascade,
    juror_id  uuid   not null,
    seed      bigint not null,
    primary key (panel_id, juror_id)
);

-- A stable anonymous code per application (e.g. WYC19-0173): what jurors see instead of anything else.
create table jury_code (
    application_id uuid        not null primary key,
    audition_id    uuid        not null,
    code           varchar(24) not null,
    voice_part     varchar(4)  not null,
    constraint jury_code_unique unique (audition_id, code)
);

-- One juror's work on one application, at a place in that juror's listening order.
create table jury_assignment (
    id             uuid        not null primary key,
    audition_id    uuid        not null,
    juror_id       uuid        not null,
    application_id uuid        not null,
    code           varchar(24) not null,
    voice_part     varchar(4)  not null,
    listening_rank int         not null,
    state          varchar(20) not null check (state in ('TO_SCORE', 'SKIPPED', 'ABSTAINED', 'SUBMITTED', 'CONFLICTED')),
    abstain_reason varchar(1000),
    overall_comment varchar(4000) not null default '',
    submitted_at   timestamp with time zone,
    version        bigint      not null default 0,
    constraint jury_assignment_once unique (audition_id, juror_id, application_id)
);
create index jury_assignment_queue_idx on jury_assignment (audition_id, juror_id, listening_rank);
create index jury_assignment_application_idx on jury_assignment (audition_id, application_id);

-- One mark per juror, application and criterion.
create table jury_mark (
    id            uuid          not null primary key,
    assignment_id uuid          not null references jury_assignment (id) on delete cascade,
    criterion_id  uuid          not null,
    mark          numeric(7, 3) not null,
    updated_at    timestamp with time zone not null,
    version       bigint        not null default 0,
    constraint jury_mark_once unique (assignment_id, criterion_id)
);

-- Every change to a submitted mark: who, when, old, new, why.
create table jury_mark_change (
    id            uuid          not null primary key,
    assignment_id uuid          not null references jury_assignment (id) on delete cascade,
    criterion_id  uuid          not null,
    changed_by    uuid          not null,
    changed_at    timestamp with time zone not null,
    old_mark      numeric(7, 3),
    new_mark      numeric(7, 3) not null,
    reason        varchar(1000) not null
);
create index jury_mark_change_assignment_idx on jury_mark_change (assignment_id, changed_at);

-- Notes taken while listening, at a playback position.
create table jury_note (
    id            uuid          not null primary key,
    assignment_id uuid          not null references jury_assignment (id) on delete cascade,
    slot_position int           not null,
    at_seconds    int           not null,
    text          varchar(1000) not null,
    taken_at      timestamp with time zone not null
);

-- Conflicts of interest, declared by the juror or recorded by an organiser.
create table jury_conflict (
    id             uuid        not null primary key,
    audition_id    uuid        not null,
    application_id uuid        not null,
    juror_id       uuid        not null,
    kind           varchar(20) not null check (kind in ('TEACHER', 'FAMILY', 'SAME_CHOIR', 'OTHER')),
    declared_by    uuid        not null,
    declared_at    timestamp with time zone not null,
    constraint jury_conflict_once unique (audition_id, application_id, juror_id)
);
