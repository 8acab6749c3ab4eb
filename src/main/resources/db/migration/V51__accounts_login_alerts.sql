-- When the owner of an account was last warned by mail of a burst of failed logins (at most once per
-- throttling window). Keyed like login_failure's subjects; rows older than the window are swept.
-- login_failure now also holds attempts still being judged: each attempt is counted before its
-- password is compared, and a right password deletes its rows.
create table login_alert (
    subject varchar(330) not null primary key,
    sent_at timestamp with time zone not null
);
