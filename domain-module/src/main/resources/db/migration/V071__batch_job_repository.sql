-- Jakarta Batch's job repository (Payara's JBatch) in the shop's own database, so that a job
-- survives the server it ran on: its checkpoints are written in each chunk's transaction. The
-- tables are JBatch's own, as its PostgresPersistenceManager would create them on first use
-- (it skips creation when they exist); the domain points the batch runtime here with
-- set-batch-runtime-configuration (payara-config/domain.asadmin).
create table if not exists checkpointdata (id character varying (512), obj bytea);
create table if not exists jobinstancedata (jobinstanceid serial not null primary key, name character varying (512),
    apptag varchar(512));
create table if not exists executioninstancedata (jobexecid serial not null primary key,
    jobinstanceid bigint not null references jobinstancedata (jobinstanceid), createtime timestamp, starttime timestamp,
    endtime timestamp, updatetime timestamp, parameters bytea, batchstatus character varying (512),
    exitstatus character varying (512));
create table if not exists stepexecutioninstancedata (stepexecid serial not null primary key,
    jobexecid bigint not null references executioninstancedata (jobexecid), batchstatus character varying (512),
    exitstatus character varying (512), stepname character varying (512), readcount integer, writecount integer,
    commitcount integer, rollbackcount integer, readskipcount integer, processskipcount integer, filtercount integer,
    writeskipcount integer, starttime timestamp, endtime timestamp, persistentdata bytea);
create table if not exists jobstatus (id bigint not null references jobinstancedata (jobinstanceid), obj bytea);
create table if not exists stepstatus (id bigint not null references stepexecutioninstancedata (stepexecid), obj bytea);

-- which server runs an import: after a restart, a server resumes its own imports only
alter table catalog_import add column instance varchar(100);

-- an import's stock levels are adjustments of their own kind
alter table stock_movement drop constraint stock_movement_reason_ck;
alter table stock_movement add constraint stock_movement_reason_ck check ((kind = 'ADJUSTED') = (reason is not null)
    and (reason is null or reason in ('RECEIVED', 'DAMAGED', 'COUNTED', 'SYNCED', 'IMPORTED')));
