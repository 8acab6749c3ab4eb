-- The jury freezes its own work. Until now selection's V50 put triggers on the jury tables that
-- read the audition's status; a module's migrations touch only its own tables, so from here the
-- jury owns the freeze: a row in jury_freeze, written through the jury module's API
-- (org.auditio.jury.JuryFreeze, which selection's publication calls). V61 puts the jury's own
-- triggers on its tables.

-- One row per frozen audition; never updated, never deleted (a publication is final).
create table jury_freeze (
    audition_id uuid not null primary key,
    frozen_at   timestamp with time zone not null
);

create function jury_keep_freeze() returns trigger language plpgsql as $$
begin
    raise exception 'the jury of audition % is frozen for good', old.audition_id using errcode = 'P0001';
end $$;

create trigger jury_freeze_final before update or delete on jury_freeze
    for each row execute function jury_keep_freeze();

-- The jury's SQL entry point for freezing, also for other modules' migrations (selection's V62
-- backfills the auditions published before this migration with it). Freezing twice keeps the first time.
create function jury_freeze_audition(frozen_audition uuid, frozen_since timestamp with time zone) returns void
    language sql as $$
    insert into jury_freeze (audition_id, frozen_at) values (frozen_audition, frozen_since)
    on conflict (audition_id) do nothing;
$$;
