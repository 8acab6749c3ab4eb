-- The acoustic fingerprint of a COMPLETE recording, computed after it is stored by Chromaprint's fpcalc
-- in a separate process: its raw values (one 32-bit value per 0.124 s of sound, big-endian in items),
-- compared to find the same performance re-encoded, trimmed or sent by another candidate.
-- A file fpcalc could not read keeps a row with no items and the reason, so it is not tried again.
create table recording_fingerprint (
    recording_id uuid         primary key references recording (id) on delete cascade,
    items        bytea        not null,
    duration_ms  bigint,
    computed_at  timestamptz  not null,
    failure      varchar(200)
);
