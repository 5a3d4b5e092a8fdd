--liquibase formatted sql

--changeset sightline:006-email-open-key splitStatements:false
--comment: email_open is the pixel's hot table: every index is paid on every open. Its key becomes the order the opens
--comment: are read in (an email's opens, newest first, by a backward scan), so one index serves both the reads and
--comment: the idempotent replay (a replayed open repeats the whole key), and the second index goes.
ALTER TABLE email_open DROP CONSTRAINT email_open_pkey;
ALTER TABLE email_open ADD PRIMARY KEY (workspace_id, tracked_email_id, opened_at, id);
DROP INDEX email_open_email_newest;
