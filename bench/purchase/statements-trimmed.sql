-- pgbench script (bench/purchase/run.sh): the same work as statements.sql trimmed to nine statements, the least this
-- schema allows a purchase: the work known in advance, the player and licence checks folded into the select that
-- locks the customer's points, the four postings in one insert. Not what Backbeat sends: what the database alone
-- would allow a purchase that did.
\set c random(:customer_first, :customer_last)
\set w random(:work_first, :work_last)
BEGIN;
select ik.result_id from idempotency_key ik where ik.account_id=:c and ik.idem_key=md5(random()::text);
select la.id as account,la.balance,(select l.id from licence l where l.customer_id=:c and l.work_id=:w limit 1),exists(select 1 from key_player p where p.owner_id=:c and p.status='ACTIVE') from ledger_account la where la.kind='CUSTOMER' and la.owner_id=:c for no key update of la \gset
insert into journal_entry (kind,memo,posted_at,reverses_id,work_id,id) values ('PURCHASE','"A Work" by An Artist',now(),null,:w,nextval('journal_entry_seq'));
insert into posting (account_id,amount,entry_id,id) values (:retailer,1,currval('journal_entry_seq'),nextval('posting_seq')),(:distributor,1,currval('journal_entry_seq'),nextval('posting_seq')),(:account,-10,currval('journal_entry_seq'),nextval('posting_seq')),(:artist,8,currval('journal_entry_seq'),nextval('posting_seq'));
insert into licence (customer_id,granted_at,price_points,entry_id,revoked_at,work_id,id) values (:c,now(),10,currval('journal_entry_seq'),null,:w,nextval('licence_seq'));
update ledger_account set balance=balance-10 where id=:account;
insert into idempotency_key (created,request,result_id,used_at,account_id,idem_key) values (true,'purchase of work 1',currval('licence_seq'),now(),:c,md5(random()::text));
COMMIT;
