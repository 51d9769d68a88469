-- A year of lifecycle facts for the metrics benchmark (bench/metrics.sh): :leads leads (about ten ledger rows each,
-- so 100000 leads make about a million rows) written as the processes write them, with the deals, accounts and
-- contracts they lead to. Run on a database migrated up to V12; V13 then replays it into the metrics' read models
-- through the service's own projection. Deterministic (setseed).
\set ON_ERROR_STOP on
select setseed(0.42);

create temp table bl as
select i, 'BL-' || i as lead, 'bench-l-' || i as pi, 'bench-o-' || i as opp, 'bench-a-' || i as account,
       now() - interval '365 days' + (i::double precision / :leads) * interval '365 days' as t,
       (array['ENTERPRISE','MID_MARKET','SMB'])[1 + i % 3] as segment,
       (array['EMEA','AMER','APAC'])[1 + (i / 3) % 3] as region,
       (array['webinar','ads','referral','content'])[1 + i % 4] as source,
       random() as r1, random() as r2, random() as r3, i % 30 as rep
from generate_series(1, :leads) i;

create temp table facts (occurred_at timestamptz, subject text, pi text, process_key text, type text, stage text, details text);

-- Every lead: MQL, scored, "Qualify lead" sent on its SLA.
insert into facts select t, lead, pi, 'lead-to-opportunity', 'STAGE_ENTERED', 'MQL', '{}' from bl;
insert into facts select t, lead, pi, 'lead-to-opportunity', 'LEAD_SCORED', 'MQL',
  json_build_object('segment', segment, 'region', region, 'source', source, 'fitTier', 'A', 'priority', 'WARM')::text from bl;
insert into facts select t, lead, pi, 'lead-to-opportunity', 'HANDOFF_SENT', 'MQL',
  json_build_object('handoff', 'QUALIFY_LEAD', 'taskId', 'bt-q' || i, 'group', 'sdr-' || lower(region),
    'assignee', 'rep' || rep, 'assignment', 'ROUND_ROBIN')::text from bl;
insert into facts select t, lead, pi, 'lead-to-opportunity', 'SLA_STARTED', 'MQL',
  json_build_object('handoff', 'QUALIFY_LEAD', 'taskId', 'bt-q' || i, 'calendar', region,
    'startedAt', to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
    'warningAt', to_char((t + interval '3 hours') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
    'dueAt', to_char((t + interval '4 hours') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))::text from bl;
-- One in ten is escalated (and resolved an hour later); the rest of the last week's leads are still open.
insert into facts select t + interval '4 hours', lead, pi, 'lead-to-opportunity', 'ESCALATION_RAISED', 'MQL',
  json_build_object('handoff', 'QUALIFY_LEAD', 'taskId', 'bt-q' || i, 'level', 1, 'group', 'sdr-managers')::text
from bl where r3 >= 0.9;
insert into facts select t + interval '5 hours', lead, pi, 'lead-to-opportunity', 'ESCALATION_RESOLVED', 'MQL',
  json_build_object('handoff', 'Qualify lead', 'taskId', 'bt-q' || i, 'level', 1, 'resolution', 'NUDGED_OWNER')::text
from bl where r3 >= 0.9 and t < now() - interval '7 days';
insert into facts select t + (r3 * interval '6 hours'), lead, pi, 'lead-to-opportunity',
  case when r3 < 0.6 then 'SLA_MET' else 'SLA_MISSED' end, 'MQL',
  json_build_object('handoff', 'QUALIFY_LEAD', 'taskId', 'bt-q' || i, 'completedBy', 'rep' || rep,
    'elapsedBusinessMinutes', (r3 * 360)::int, 'calendar', region)::text
from bl where t < now() - interval '7 days';
-- Half reach SQL (SAL on the way), a fifth are recycled, 15% disqualified.
insert into facts select t + interval '1 day', lead, pi, 'lead-to-opportunity', 'STAGE_LEFT', 'MQL', '{}'
from bl where r1 < 0.85 and t < now() - interval '7 days';
insert into facts select t + interval '1 day', lead, pi, 'lead-to-opportunity', 'STAGE_ENTERED',
  case when r1 < 0.5 then 'SAL' when r1 < 0.7 then 'NURTURE' else 'DISQUALIFIED' end,
  case when r1 < 0.5 then '{}' when r1 < 0.7 then '{"reason":"NOT_NOW"}' else '{"reason":"NO_BUDGET"}' end
from bl where r1 < 0.85 and t < now() - interval '7 days';
insert into facts select t + interval '1 day', lead, pi, 'lead-to-opportunity', x.type, 'SAL' , '{}'
from bl, (values ('STAGE_LEFT')) x(type) where r1 < 0.5 and t < now() - interval '7 days';
insert into facts select t + interval '1 day', lead, pi, 'lead-to-opportunity', 'STAGE_ENTERED', 'SQL', '{}'
from bl where r1 < 0.5 and t < now() - interval '7 days';
-- Of those, three in five become opportunities, worked through the deal stages.
insert into facts select t + interval '3 days', lead, pi, 'lead-to-opportunity', 'STAGE_LEFT', 'SQL', '{}'
from bl where r1 < 0.5 and r2 < 0.6 and t < now() - interval '7 days';
insert into facts select t + interval '3 days', lead, pi, 'lead-to-opportunity', 'STAGE_ENTERED', 'OPPORTUNITY',
  json_build_object('opportunityId', opp, 'opportunityStage', 'DISCOVERY')::text
from bl where r1 < 0.5 and r2 < 0.6 and t < now() - interval '7 days';

create temp table deals as
select bl.*, case when r2 < 0.2 then 'CLOSED_WON' when r2 < 0.35 then 'CLOSED_LOST'
                  else (array['DISCOVERY','EVALUATION','PROPOSAL','NEGOTIATION'])[1 + i % 4] end as final_stage,
       (10000 + (i % 50) * 1000)::numeric(18,2) as amount, case when i % 10 = 0 then 'USD' else 'EUR' end as currency
from bl where r1 < 0.5 and r2 < 0.6 and t < now() - interval '7 days';
insert into facts select t + interval '3 days', opp, 'bench-d-' || i, 'opportunity-to-close', 'STAGE_ENTERED', 'DISCOVERY',
  json_build_object('opportunityId', opp, 'accountId', account, 'amount', amount, 'currency', currency)::text from deals;
insert into facts select t + interval '13 days', opp, 'bench-d-' || i, 'opportunity-to-close', 'STAGE_LEFT', 'DISCOVERY',
  json_build_object('opportunityId', opp, 'to', final_stage)::text from deals where final_stage <> 'DISCOVERY';
insert into facts select t + interval '13 days', opp, 'bench-d-' || i, 'opportunity-to-close', 'STAGE_ENTERED', final_stage,
  json_build_object('opportunityId', opp, 'accountId', account, 'from', 'DISCOVERY', 'direction', 'FORWARD')::text
from deals where final_stage <> 'DISCOVERY';
insert into facts select t + interval '13 days', account, 'bench-w-' || i, 'closed-won-to-onboarding', 'REVENUE', 'CLOSED_WON',
  json_build_object('kind', 'NEW', 'arr', amount, 'currency', currency, 'opportunityId', opp,
    'periodStart', (t + interval '13 days')::date, 'periodEnd', (t + interval '13 days' + interval '1 year')::date)::text
from deals where final_stage = 'CLOSED_WON';
insert into facts select t + interval '200 days', account, 'bench-r-' || i, 'renewal', 'REVENUE', 'CHURNED',
  json_build_object('kind', 'CHURN', 'arr', amount, 'currency', currency, 'contractId', 'bench-c-' || i, 'reason', 'PRICE',
    'periodStart', (t + interval '13 days')::date, 'periodEnd', (t + interval '13 days' + interval '1 year')::date)::text
from deals where final_stage = 'CLOSED_WON' and i % 7 = 0 and t + interval '200 days' < now();

insert into lifecycle_event (occurred_at, subject, process_instance_id, process_key, type, stage, actor, details)
select occurred_at, subject, pi, process_key, type, stage, 'bench', details from facts order by occurred_at;

insert into account (id, name, owner, stage, segment, region, created_at)
select account, 'Bench account ' || i, 'rep' || rep, case when final_stage = 'CLOSED_WON' then 'ONBOARDING' end, segment, region, t
from deals;
insert into opportunity (id, account_id, lead_id, name, stage, owner, created_at, amount, currency, close_date, segment, region,
  forecast_category, stage_entered_at, closed_at)
select opp, account, lead, 'Bench deal ' || i, final_stage, 'rep' || rep, t + interval '3 days', amount, currency,
  (t + interval '60 days')::date, segment, region,
  case when final_stage like 'CLOSED%' then 'CLOSED' else (array['PIPELINE','BEST_CASE','COMMIT'])[1 + i % 3] end,
  t + interval '13 days', case when final_stage like 'CLOSED%' then t + interval '13 days' end
from deals;
insert into contract (id, account_id, opportunity_id, arr, currency, term_start, term_end, seats, status, created_at)
select 'bench-c-' || i, account, opp, amount, currency, (t + interval '13 days')::date, (t + interval '13 days' + interval '1 year')::date,
  50, 'ACTIVE', t + interval '13 days'
from deals where final_stage = 'CLOSED_WON';
analyze;
