-- The jury's triggers refuse any change to the marks, mark changes, assignments and conflicts of a
-- frozen audition (jury_freeze, V60), whoever writes to the database.

create function jury_refuse_if_frozen(frozen_audition uuid) returns void language plpgsql as $$
begin
    if exists (select 1 from jury_freeze f where f.audition_id = frozen_audition) then
        raise exception 'audition % is published: its jury''s marks, assignments and conflicts are frozen', frozen_audition
            using errcode = 'P0001';
    end if;
end $$;

-- For the tables that carry the audition (assignments, conflicts).
create function jury_frozen_by_audition() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform jury_refuse_if_frozen(old.audition_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform jury_refuse_if_frozen(new.audition_id);
    end if;
    return coalesce(new, old);
end $$;

-- For the tables that hang on an assignment (marks, mark changes).
create function jury_frozen_by_assignment() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform jury_refuse_if_frozen(a.audition_id) from jury_assignment a where a.id = old.assignment_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform jury_refuse_if_frozen(a.audition_id) from jury_assignment a where a.id = new.assignment_id;
    end if;
    return coalesce(new, old);
end $$;

-- V50's triggers on these tables are replaced, under the same names, by the jury's own. Dropping a
-- trigger on a jury table is the jury's business, so it happens here; the selection functions they
-- called are left to selection (V62 drops the one no longer used). Between this migration and V62
-- the audition's status no longer freezes marks: Flyway runs the pending migrations in one
-- transaction (spring.flyway.group=true), so no one ever sees that state.
drop trigger jury_assignment_frozen on jury_assignment;
drop trigger jury_mark_frozen on jury_mark;
drop trigger jury_mark_change_frozen on jury_mark_change;

create trigger jury_assignment_frozen before insert or update or delete on jury_assignment
    for each row execute function jury_frozen_by_audition();
create trigger jury_conflict_frozen before insert or update or delete on jury_conflict
    for each row execute function jury_frozen_by_audition();
create trigger jury_mark_frozen before insert or update or delete on jury_mark
    for each row execute function jury_frozen_by_assignment();
-- V50 refused only new rows here; the trail of a frozen audition is now refused any change.
create trigger jury_mark_change_frozen before insert or update or delete on jury_mark_change
    for each row execute function jury_frozen_by_assignment();
