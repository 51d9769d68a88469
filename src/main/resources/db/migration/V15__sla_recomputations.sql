-- An admin's recompute of every open handoff under the current handoff-sla table (sla.SlaRecomputations): it runs in
-- batches of open tasks in task-id order, each batch in its own transaction with its changes, so after_task_id says
-- where to go on after a crash or a restart. running is 'Y' while it runs: the unique key lets one run at a time.
create table sla_recomputation (
    id             varchar(36) primary key,
    requested_by   varchar(255) not null,
    requested_at   timestamp with time zone not null,
    status         varchar(16) not null,
    running        char(1) unique,
    after_task_id  varchar(64),
    handoffs       bigint not null default 0,
    changed        bigint not null default 0,
    problems       bigint not null default 0,
    first_problems text,
    batches        integer not null default 0,
    owner          varchar(255),
    lease_until    timestamp with time zone,
    finished_at    timestamp with time zone,
    error          text
);
create index sla_recomputation_by_requested_at on sla_recomputation (requested_at desc);
