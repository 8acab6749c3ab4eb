-- An optional shortest length per required piece (0: none). A shorter recording is kept, and its
-- singer warned at upload (the media module's SoundWarning.TOO_SHORT).
alter table audition_piece
    add column min_duration_seconds int not null default 0 check (min_duration_seconds >= 0);
