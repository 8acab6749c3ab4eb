-- What the metadata probe measured (each may be unknown).
alter table recording
    add column duration_ms  bigint,
    add column sample_rate  integer,
    add column channels     integer,
    add column audio_codec  varchar(100),
    add column video_codec  varchar(100),
    add column width        integer,
    add column height       integer,
    add column bitrate_kbps integer;
