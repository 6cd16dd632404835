-- The work a sale is for, on the sale's entry and on its reversal: an artist's statement names each sale's work
-- from the ledger itself, even after a refund and a new purchase have moved the licence on to another entry.
ALTER TABLE journal_entry ADD COLUMN work_id BIGINT REFERENCES work (id);

UPDATE journal_entry SET work_id = (SELECT l.work_id FROM licence l WHERE l.entry_id = journal_entry.id)
    WHERE kind = 'PURCHASE';
UPDATE journal_entry SET work_id = (SELECT p.work_id FROM journal_entry p WHERE p.id = journal_entry.reverses_id)
    WHERE kind = 'REFUND';
