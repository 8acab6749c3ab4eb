-- Every mail the application sends, kept until delivered (and after, for the admins' outbox).
create table outbound_mail (
    id           uuid         not null primary key,
    recipient    varchar(320) not null,
    subject      varchar(400) not null,
    body         text         not null,
    status       varchar(20)  not null check (status in ('PENDING', 'SENT', 'FAILED', 'KEPT')),
    attempts     int          not null default 0,
    last_error   varchar(1000),
    created_at   timestamp with time zone not null,
    sent_at      timestamp with time zone
);
create index outbound_mail_created_idx on outbound_mail (created_at desc);
create index outbound_mail_pending_idx on outbound_mail (status) where status in ('PENDING', 'FAILED');
