-- What each account's signal followers last heard (AccountSignals.refresh), and when time alone will change it: the
-- recheck sweep reads the accounts whose recheck_at has passed, oldest first.
create table account_signal_state (
    account_id varchar(128) primary key,
    heard      varchar(1000) not null,
    heard_at   timestamp with time zone not null,
    recheck_at timestamp with time zone
);
create index ix_account_signal_state_recheck on account_signal_state (recheck_at);

-- Accounts with facts from before this table: rechecked at once, compared with "nothing heard" (the quiet signals).
insert into account_signal_state (account_id, heard, heard_at, recheck_at)
select account_id, 'unknown', current_timestamp, current_timestamp
from (select account_id from support_ticket_update union select account_id from conversation_message) facts;

-- The signals a CSM resolved a risk play for: the same signals open no new play until they clear (risk.RiskPlays).
create table risk_play_resolution (
    account_id  varchar(128) primary key,
    signals     varchar(500) not null,
    resolved_at timestamp with time zone not null
);

-- The account contact's latest answer to the NPS question (0..10; 9 or 10 is a promoter), beside the account's NPS
-- (-100..100): advocacy-eligibility asks promoters.
alter table account_health add column latest_nps_answer integer;
