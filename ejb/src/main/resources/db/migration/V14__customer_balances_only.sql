-- Only customers' accounts keep a balance (it has a floor, checked under the account's row lock). The store's and
-- artists' accounts are credited by nearly every sale: a kept balance was one row that every purchase locked until
-- it committed, which serialized them all. Their balance is the sum of their postings, which already say it.
UPDATE ledger_account SET balance = 0 WHERE kind <> 'CUSTOMER';
ALTER TABLE ledger_account ADD CONSTRAINT only_customers_keep_a_balance CHECK (kind = 'CUSTOMER' OR balance = 0);
