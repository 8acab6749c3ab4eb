-- The deliberation's settings per audition: the country cap the assistant applied last.
create table selection_setting (
    audition_id uuid not null primary key,
    country_cap int check (country_cap is null or country_cap > 0)
);

-- One decision per application: proposed by the assistant, or overridden by the chair with a reason.
create table selection_decision (
    application_id   uuid         not null primary key,
    audition_id      uuid         not null,
    quota_part       varchar(4),
    outcome          varchar(20)  not null check (outcome in ('SELECTED', 'RESERVE', 'NOT_SELECTED')),
    reserve_position int,
    reason_key       varchar(100),
    reason_args      varchar(400) not null default '',
    overridden       boolean      not null default false,
    override_reason  varchar(1000),
    decided_by       varchar(320),
    decided_at       timestamp with time zone not null,
    constraint selection_decision_override_reason
        check (not overridden or (override_reason is not null and length(trim(override_reason)) > 0 and decided_by is not null)),
    constraint selection_decision_reserve_position
        check ((outcome = 'RESERVE') = (reserve_position is not null))
);
create index selection_decision_audition_idx on selection_decision (audition_id);

-- Every override the chair made, in order, even those later replaced: the deliberation's audit trail.
create table selection_override_log (
    id               uuid         not null primary key,
    audition_id      uuid         not null,
    application_id   uuid         not null,
    outcome          varchar(20)  not null,
    reserve_position int,
    reason           varchar(1000) not null,
    decided_by       varchar(320) not null,
    decided_at       timestamp with time zone not null
);
create index selection_override_log_idx on selection_override_log (audition_id, decided_at);

-- The frozen publication: the method, the digest of every mark, and the decisions as published.
create table selection_publication (
    audition_id    uuid         not null primary key,
    ranking_method varchar(20)  not null,
    marks_digest   char(64)     not null,
    marks_count    int          not null,
    published_by   varchar(320) not null,
    published_at   timestamp with time zone not null
);

create table selection_published_entry (
    audition_id      uuid         not null references selection_publication (audition_id),
    application_id   uuid         not null,
    section          varchar(1)   not null,
    voice_part       varchar(4)   not null,
    full_name        varchar(200) not null,
    country          varchar(2),
    outcome          varchar(20)  not null,
    reserve_position int,
    section_rank     int          not null,
    score            double precision,
    overridden       boolean      not null,
    override_reason  varchar(1000),
    primary key (audition_id, application_id)
);

-- Once an audition is published, its marks and decisions are frozen, whoever writes to the database.
create function selection_refuse_if_published(frozen_audition uuid) returns void language plpgsql as $$
begin
    if exists (select 1 from audition a where a.id = frozen_audition and a.status in ('PUBLISHED', 'ARCHIVED')) then
        raise exception 'audition % is published: marks and decisions are frozen', frozen_audition
            using errcode = 'P0001';
    end if;
end $$;

create function selection_freeze_by_audition() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform selection_refuse_if_published(old.audition_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform selection_refuse_if_published(new.audition_id);
    end if;
    return coalesce(new, old);
end $$;

create function selection_freeze_by_assignment() returns trigger language plpgsql as $$
declare
    row_assignment uuid := case when tg_op = 'DELETE' then old.assignment_id else new.assignment_id end;
begin
    perform selection_refuse_if_published(a.audition_id) from jury_assignment a where a.id = row_assignment;
    if tg_op = 'UPDATE' and old.assignment_id <> new.assignment_id then
        perform selection_refuse_if_published(a.audition_id) from jury_assignment a where a.id = old.assignment_id;
    end if;
    return coalesce(new, old);
end $$;

create function selection_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'a publication is immutable' using errcode = 'P0001';
end $$;

create trigger jury_assignment_frozen before insert or update or delete on jury_assignment
    for each row execute function selection_freeze_by_audition();
create trigger jury_mark_frozen before insert or update or delete on jury_mark
    for each row execute function selection_freeze_by_assignment();
create trigger jury_mark_change_frozen before insert on jury_mark_change
    for each row execute function selection_freeze_by_assignment();
create trigger selection_decision_frozen before insert or update or delete on selection_decision
    for each row execute function selection_freeze_by_audition();
create trigger selection_override_log_frozen before insert or update or delete on selection_override_log
    for each row execute function selection_freeze_by_audition();
create trigger selection_publication_immutable before update or delete on selection_publication
    for each row execute function selection_refuse_change();
create trigger selection_published_entry_immutable before update or delete on selection_published_entry
    for each row execute function selection_refuse_change();
