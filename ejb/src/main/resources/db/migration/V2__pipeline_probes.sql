-- Pipeline probes: an administrator's end-to-end check of the database, the JMS queues, the workers
-- and the dead-letter path, kept so the outcome can be read back.
CREATE TABLE probe (
    id         UUID        PRIMARY KEY,
    mode       VARCHAR(20) NOT NULL,
    state      VARCHAR(20) NOT NULL,
    attempts   INT         NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    settled_at TIMESTAMP WITH TIME ZONE
);
