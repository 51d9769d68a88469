-- Contracts: one row per term; a renewal closes one and opens the next.
create table contract (
    id                   varchar(64)   not null primary key,
    account_id           varchar(64)   not null references account (id),
    opportunity_id       varchar(64),
    arr                  numeric(18, 2) not null,
    currency             char(3)       not null,
    term_start           date          not null,
    term_end             date          not null,
    seats                integer,
    status               varchar(20)   not null,
    previous_contract_id varchar(64),
    created_at           timestamp with time zone not null
);
create index ix_contract_account on contract (account_id, term_end);

-- The latest health signals of an account (account.health events); renewal risk is computed from them.
create table account_health (
    account_id          varchar(64) not null primary key references account (id),
    usage_trend         varchar(10),
    seat_utilization    double precision,
    open_escalations    integer not null default 0,
    ticket_reopen_count integer not null default 0,
    champion_changed    boolean not null default false,
    nps                 integer,
    updated_at          timestamp with time zone not null
);

-- Expansion opportunities carry an amount of additional ARR.
alter table opportunity add column kind varchar(20) default 'NEW' not null;
alter table opportunity add column amount numeric(18, 2);
alter table opportunity add column currency char(3);
