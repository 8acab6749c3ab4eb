-- Publication now freezes the jury's marks through the jury module (JuryFreeze, the jury_freeze
-- table and the jury's triggers of V60 and V61) instead of selection's triggers on jury tables (V50).

-- Auditions published before this upgrade stay frozen: the jury is asked to freeze each of them
-- through its own SQL function, so this migration writes to no jury table itself. Every
-- publication has its row in selection_publication, written in the same transaction as the
-- audition's move to PUBLISHED (an ARCHIVED audition was published first).
select jury_freeze_audition(p.audition_id, p.published_at) from selection_publication p;

-- V61 replaced the triggers on jury_mark and jury_mark_change that called this function; nothing
-- else does. selection_freeze_by_audition and selection_refuse_if_published stay: they still freeze
-- selection's own decisions and override log.
drop function selection_freeze_by_assignment();
