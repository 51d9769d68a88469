#!/usr/bin/env python3
"""Grows a benchmark database to TARGET open tasks by copying the running process instances the service created
(executions, tasks, identity links, task authorizations, variables, timer jobs, message subscriptions: a copied
handoff can be escalated) with new ids, in SQL.

Why: the event API opens about 25 leads a second on this machine, so 100,000 open tasks would take over an hour to
seed. Every copied row has exactly the shape the engine wrote for a real instance (same variables, candidate-group
links, one authorization row per task and group or assignee, three timers); only the ids, business keys and dates
differ. Each copy moves its due, create and timer dates by its own offset between -3 and +5 days, so queues
sorted by due date interleave copies and hold overdue, due-today and later tasks. History tables are not copied: no
Tasklist queue reads them.
usage: clone_open_tasks.py DATABASE TARGET_OPEN_TASKS"""
import subprocess, sys

database, target = sys.argv[1], int(sys.argv[2])


def psql(sql):
    return subprocess.run(['psql', '-h', '127.0.0.1', '-U', 'postgres', '-v', 'ON_ERROR_STOP=1', '-qtAc', sql, database],
                          check=True, capture_output=True, text=True).stdout.strip()


open_tasks = int(psql('select count(*) from act_ru_task'))
if open_tasks == 0 or open_tasks >= target:
    print(open_tasks)
    sys.exit(0)
copies = -(-(target - open_tasks) // open_tasks)

# The copy number n is appended to every id (Camunda's ids are 36-character UUIDs; the columns hold 64).
# Offsets in minutes: (n * 7919) mod 11520 - 4320 spreads copies over -3 .. +5 days without a random source.
script = f"""
create temporary table copy_no as select n, ((n * 7919) % 11520 - 4320) * interval '1 minute' as shift
  from generate_series(1, {copies}) n;
create temporary table sample as select proc_inst_id_ as id from act_ru_execution where id_ = proc_inst_id_;
create or replace function pg_temp.c(value varchar, n int) returns varchar language sql immutable
  as $$ select case when value is null then null else value || '-' || n end $$;

insert into act_ru_execution (id_, rev_, root_proc_inst_id_, proc_inst_id_, business_key_, parent_id_, proc_def_id_,
  super_exec_, super_case_exec_, case_inst_id_, act_id_, act_inst_id_, is_active_, is_concurrent_, is_scope_,
  is_event_scope_, suspension_state_, cached_ent_state_, sequence_counter_, tenant_id_, proc_def_key_)
select pg_temp.c(id_, n), rev_, pg_temp.c(root_proc_inst_id_, n), pg_temp.c(proc_inst_id_, n), pg_temp.c(business_key_, n),
  pg_temp.c(parent_id_, n), proc_def_id_, pg_temp.c(super_exec_, n), super_case_exec_, case_inst_id_, act_id_,
  pg_temp.c(act_inst_id_, n), is_active_, is_concurrent_, is_scope_, is_event_scope_, suspension_state_,
  cached_ent_state_, sequence_counter_, tenant_id_, proc_def_key_
from act_ru_execution e join sample s on e.proc_inst_id_ = s.id cross join copy_no;

insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, case_execution_id_, case_inst_id_,
  case_def_id_, name_, parent_task_id_, description_, task_def_key_, owner_, assignee_, delegation_, priority_,
  create_time_, last_updated_, due_date_, follow_up_date_, suspension_state_, tenant_id_, task_state_)
select pg_temp.c(id_, n), rev_, pg_temp.c(execution_id_, n), pg_temp.c(proc_inst_id_, n), proc_def_id_, case_execution_id_,
  case_inst_id_, case_def_id_, name_, pg_temp.c(parent_task_id_, n), description_, task_def_key_, owner_, assignee_,
  delegation_, priority_, create_time_ + shift, last_updated_ + shift, due_date_ + shift, follow_up_date_ + shift,
  suspension_state_, tenant_id_, task_state_
from act_ru_task t join sample s on t.proc_inst_id_ = s.id cross join copy_no;

insert into act_ru_identitylink (id_, rev_, group_id_, type_, user_id_, task_id_, proc_def_id_, tenant_id_)
select pg_temp.c(i.id_, n), i.rev_, i.group_id_, i.type_, i.user_id_, pg_temp.c(i.task_id_, n), i.proc_def_id_, i.tenant_id_
from act_ru_identitylink i join act_ru_task t on i.task_id_ = t.id_ join sample s on t.proc_inst_id_ = s.id cross join copy_no;

insert into act_ru_authorization (id_, rev_, type_, group_id_, user_id_, resource_type_, resource_id_, perms_,
  removal_time_, root_proc_inst_id_)
select pg_temp.c(a.id_, n), a.rev_, a.type_, a.group_id_, a.user_id_, a.resource_type_, pg_temp.c(a.resource_id_, n),
  a.perms_, a.removal_time_, pg_temp.c(a.root_proc_inst_id_, n)
from act_ru_authorization a join act_ru_task t on a.resource_type_ = 7 and a.resource_id_ = t.id_
  join sample s on t.proc_inst_id_ = s.id cross join copy_no;

insert into act_ge_bytearray (id_, rev_, name_, deployment_id_, bytes_, generated_, tenant_id_, type_, create_time_,
  root_proc_inst_id_, removal_time_)
select pg_temp.c(b.id_, n), b.rev_, b.name_, b.deployment_id_, b.bytes_, b.generated_, b.tenant_id_, b.type_,
  b.create_time_, pg_temp.c(b.root_proc_inst_id_, n), b.removal_time_
from act_ge_bytearray b join act_ru_variable v on v.bytearray_id_ = b.id_ join sample s on v.proc_inst_id_ = s.id
  cross join copy_no;

insert into act_ru_variable (id_, rev_, type_, name_, execution_id_, proc_inst_id_, proc_def_id_, case_execution_id_,
  case_inst_id_, task_id_, batch_id_, bytearray_id_, double_, long_, text_, text2_, var_scope_, sequence_counter_,
  is_concurrent_local_, tenant_id_)
select pg_temp.c(id_, n), rev_, type_, name_, pg_temp.c(execution_id_, n), pg_temp.c(proc_inst_id_, n), proc_def_id_,
  case_execution_id_, case_inst_id_, pg_temp.c(task_id_, n), batch_id_, pg_temp.c(bytearray_id_, n), double_, long_,
  case when name_ in ('leadId', 'accountId') then pg_temp.c(text_, n) else text_ end, text2_, pg_temp.c(var_scope_, n),
  sequence_counter_, is_concurrent_local_, tenant_id_
from act_ru_variable v join sample s on v.proc_inst_id_ = s.id cross join copy_no;

insert into act_ru_job (id_, rev_, type_, lock_exp_time_, lock_owner_, exclusive_, execution_id_, root_proc_inst_id_,
  process_instance_id_, process_def_id_, process_def_key_, retries_, exception_stack_id_, exception_msg_, failed_act_id_,
  duedate_, repeat_, repeat_offset_, handler_type_, handler_cfg_, deployment_id_, suspension_state_, job_def_id_,
  priority_, sequence_counter_, tenant_id_, create_time_, last_failure_log_id_, batch_id_)
select pg_temp.c(id_, n), rev_, type_, null, null, exclusive_, pg_temp.c(execution_id_, n), pg_temp.c(root_proc_inst_id_, n),
  pg_temp.c(process_instance_id_, n), process_def_id_, process_def_key_, retries_, null, null, null, duedate_ + shift,
  repeat_, repeat_offset_, handler_type_, handler_cfg_, deployment_id_, suspension_state_, job_def_id_, priority_,
  sequence_counter_, tenant_id_, create_time_ + shift, null, batch_id_
from act_ru_job j join sample s on j.process_instance_id_ = s.id cross join copy_no;

insert into act_ru_event_subscr (id_, rev_, event_type_, event_name_, execution_id_, proc_inst_id_, activity_id_,
  configuration_, created_, tenant_id_)
select pg_temp.c(id_, n), rev_, event_type_, event_name_, pg_temp.c(execution_id_, n), pg_temp.c(proc_inst_id_, n),
  activity_id_, configuration_, created_ + shift, tenant_id_
from act_ru_event_subscr e join sample s on e.proc_inst_id_ = s.id cross join copy_no;
"""
psql(script)
psql('vacuum analyze')
print(psql('select count(*) from act_ru_task'))
