-- A submitted assignment keeps its weighted rubric score as Σ weight × mark and Σ weight (the score
-- is their quotient): ranking a large call reads one row per assignment instead of grouping every
-- mark, and a reasoned change of one mark adjusts the sum without the rest of the rubric.
alter table jury_assignment
    add column weighted_sum numeric,
    add column weight_sum   numeric;

-- The backfill derives from marks already kept, so it may touch a published (frozen) audition's rows.
alter table jury_assignment disable trigger user;
update jury_assignment a
set (weighted_sum, weight_sum) = (
    select coalesce(sum(m.mark * c.weight), 0), coalesce(sum(c.weight), 0)
    from jury_mark m
    join audition_criterion c on c.criterion_id = m.criterion_id and c.audition_id = a.audition_id
    where m.assignment_id = a.id)
where a.state = 'SUBMITTED';
alter table jury_assignment enable trigger user;

alter table jury_assignment
    add constraint jury_assignment_score_when_submitted
        check ((weighted_sum is not null) = (state = 'SUBMITTED') and (weight_sum is not null) = (state = 'SUBMITTED'));
