-- The aggregation method an audition's organisers chose, with its parameters and the seed of the
-- draw that breaks the last ties (kept for audit). No row: the mean with the default parameters.
create table ranking_choice (
    audition_id    uuid        not null primary key,
    method         varchar(20) not null check (method in ('MEAN', 'MEDIAN', 'TRIMMED_MEAN', 'Z_SCORE', 'BORDA')),
    min_marks      int         not null,
    trim_from      int         not null,
    normalise_from int         not null,
    tie_seed       bigint      not null,
    chosen_by      varchar(320) not null,
    chosen_at      timestamp with time zone not null,
    version        bigint      not null default 0
);
