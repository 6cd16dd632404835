-- pgbench script (bench/purchase/run.sh): the statements one purchase sends, as PostgreSQL logged them with
-- log_statement = all (6 December 2026), on a copy of the bench's database: a work of 10 points or more, so four
-- postings (the distributor's 10 % rounds to nothing below that). Update this file when a purchase's statements change.
\set c random(:customer_first, :customer_last)
\set w random(:work_first, :work_last)
BEGIN;
select ik1_0.account_id,ik1_0.idem_key,ik1_0.created,ik1_0.request,ik1_0.result_id,ik1_0.used_at from idempotency_key ik1_0 where (ik1_0.account_id,ik1_0.idem_key) in ((:c,md5(random()::text)));
select p1_0.id from key_player p1_0 where p1_0.owner_id=:c and p1_0.status='ACTIVE' fetch first 1 rows only;
select w1_0.*,a1_0.* from work w1_0 join artist a1_0 on a1_0.id=w1_0.artist_id where w1_0.id=:w;
select la1_0.id as account,la1_0.balance,la1_0.kind,la1_0.opened_at,la1_0.owner_id from ledger_account la1_0 where la1_0.kind='CUSTOMER' and la1_0.owner_id=:c for no key update \gset
select l1_0.id,l1_0.customer_id,l1_0.granted_at,l1_0.price_points,l1_0.entry_id,l1_0.revoked_at,l1_0.work_id from licence l1_0 where l1_0.customer_id=:c and l1_0.work_id=:w;
insert into journal_entry (kind,memo,posted_at,reverses_id,work_id,id) values ('PURCHASE','"A Work" by An Artist',now(),null,:w,nextval('journal_entry_seq'));
insert into posting (account_id,amount,entry_id,id) values (:retailer,1,currval('journal_entry_seq'),nextval('posting_seq'));
insert into posting (account_id,amount,entry_id,id) values (:distributor,1,currval('journal_entry_seq'),nextval('posting_seq'));
insert into posting (account_id,amount,entry_id,id) values (:account,-10,currval('journal_entry_seq'),nextval('posting_seq'));
insert into posting (account_id,amount,entry_id,id) values (:artist,8,currval('journal_entry_seq'),nextval('posting_seq'));
insert into licence (customer_id,granted_at,price_points,entry_id,revoked_at,work_id,id) values (:c,now(),10,currval('journal_entry_seq'),null,:w,nextval('licence_seq'));
update ledger_account set balance=balance-10,kind='CUSTOMER',opened_at=now(),owner_id=:c where id=:account;
insert into idempotency_key (created,request,result_id,used_at,account_id,idem_key) values (true,'purchase of work 1',currval('licence_seq'),now(),:c,md5(random()::text));
COMMIT;
