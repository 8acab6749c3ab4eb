-- What decoding the whole recording showed: the share of its time below -60 dBFS (silence), the share
-- of its samples within 0.5 dB of full scale (clipping), and the warnings its singer was given at
-- upload (names of SoundWarning, comma-separated; empty for none or for older recordings).
alter table recording
    add column silent_share      double precision,
    add column full_scale_share  double precision,
    add column sound_warnings    varchar(200) not null default '';
