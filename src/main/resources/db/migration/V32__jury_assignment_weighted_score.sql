-- A submitted assignment keeps its weighted rubric score as Σ weight × mark and Σ weight (the score
-- is their quotient): ranking a large call reads one row per assignment instead of grouping every
-- mark, and a reasoned change of one mark adjusts the sum without the rest of the rubric.
alter table jury_assignment
    add column weighted_sum numeric,
    add column weight_sum   numeric;

-- The backfill derives from marks already kept, so it may touch a published (frozen) audition's rows.
alter table jury_assignment disable trigger user;
update jury_assignment a
set weighted_sum = coalesce(s.weighted_sum, 0),
    weight_sum   = coalesce(s.weight_sum, 0)
from jury_assignment submitted
left join lateral (
    select sum(m.mark * c.weight) as weighted_sum, sum(c.weight) as weight_sum
    from jury_mark m
    join audition_criterion c on c.criterion_id = m.criterion_id and c.audition_id = submitted.audition_id
    where m.assignment_id = submitted.id) s on true
where submitted.id = a.id and submitted.state = 'SUBMITTED';
alter table jury_assignment enable trigger user;

alter table jury_assignment
    add constraint jury_assignment_score_when_submitted
        check ((weighted_sum is not null) = (state = 'SUBMITTED') and (weight_sum is not null) = (state = 'SUBMITTED'));
