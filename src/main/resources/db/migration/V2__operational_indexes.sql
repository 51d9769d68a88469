-- Indexes for the queries this service, Tasklist and the job executor run all day (docs/operations.md
-- says why each exists). They touch Camunda's tables, which exist by now: Flyway runs after the
-- engine has created or updated its schema.

-- Job acquisition with jobExecutorPreferTimerJobs + jobExecutorAcquireByDueDate orders by type and
-- due date: the acquisition query sorts by TYPE_ DESC, DUEDATE_ ASC (Camunda recommends this index).
create index if not exists ix_act_ru_job_type_duedate on act_ru_job (type_ desc, duedate_ asc);

-- Tasklist sorts by due date; "Due today" / "Overdue" and the stuck-handoff views filter on it.
create index if not exists ix_act_ru_task_due_date on act_ru_task (due_date_);

-- "My tasks" (assignee, ordered by due date) and the round-robin cap (open tasks per rep).
create index if not exists ix_act_ru_task_assignee_due on act_ru_task (assignee_, due_date_);

-- "My team's queue": candidate links by group and type, joined to their task.
create index if not exists ix_act_ru_identitylink_group_task on act_ru_identitylink (group_id_, type_, task_id_);

-- Metrics over the ledger by fact type and time (SLA attainment, funnel, escalations).
create index if not exists ix_lifecycle_event_type_time on lifecycle_event (type, occurred_at);
