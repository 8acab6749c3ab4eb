-- Whether jurors ever see the other jurors' marks (after submitting their own), chosen by the organisers.
alter table jury_panel
    add column others_marks varchar(30) not null default 'AFTER_OWN_SUBMISSION'
        check (others_marks in ('NEVER', 'AFTER_OWN_SUBMISSION'));
