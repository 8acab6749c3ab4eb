-- A video's frame rate, and the tags embedded in a file (title, artist, comment …) as name=value
-- lines: kept for organisers, never shown to jurors (they may name the singer).
alter table recording
    add column frame_rate    double precision,
    add column embedded_tags text not null default '';
