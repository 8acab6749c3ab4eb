-- An applicant is told their outcome once: after that, whoever writes to the database, it stays.
create function candidates_keep_told_outcome() returns trigger language plpgsql as $$
begin
    if old.outcome is not null and (new.outcome is distinct from old.outcome
            or new.reserve_position is distinct from old.reserve_position
            or new.outcome_at is distinct from old.outcome_at) then
        raise exception 'application % was told its outcome: it cannot change', old.id using errcode = 'P0001';
    end if;
    return new;
end $$;

create trigger application_outcome_told_once
    before update on application
    for each row execute function candidates_keep_told_outcome();
