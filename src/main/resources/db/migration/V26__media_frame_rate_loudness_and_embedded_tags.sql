-- A video's frame rate; loudness (EBU R128 integrated, LUFS) and true peak (dBFS) to level playback;
-- the tags embedded in a file (title, artist, comment …) as name=value lines: kept for organisers,
-- never shown to jurors (they may name the singer).
alter table recording
    add column frame_rate      double precision,
    add column loudness_lufs   double precision,
    add column true_peak_dbfs  double precision,
    add column embedded_tags   text not null default '';
