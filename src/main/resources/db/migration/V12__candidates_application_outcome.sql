-- The outcome the candidate is told once the results are published (selection records it once).
alter table application
    add column outcome          varchar(20) check (outcome in ('SELECTED', 'RESERVE', 'NOT_SELECTED')),
    add column reserve_position int,
    add column outcome_at       timestamp with time zone;
