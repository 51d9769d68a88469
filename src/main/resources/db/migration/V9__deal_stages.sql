-- Deal stages (opportunity-to-close, LIFECYCLE.md 3.2): the close date, segment and region the deal is judged by,
-- the owner's forecast call and the category forecast-category gives, the exit criteria recorded so far (JSON,
-- criterion name -> value), when the deal entered its stage, and how it ended.
alter table opportunity add column close_date date;
alter table opportunity add column segment varchar(40);
alter table opportunity add column region varchar(40);
alter table opportunity add column owner_call varchar(20);
alter table opportunity add column forecast_category varchar(20);
alter table opportunity add column criteria varchar(4000) default '{}' not null;
alter table opportunity add column stage_entered_at timestamp with time zone;
alter table opportunity add column lost_reason varchar(40);
alter table opportunity add column closed_at timestamp with time zone;
update opportunity set stage_entered_at = created_at where stage_entered_at is null;
-- Open deals by owner (an AE's pipeline) and by close date (deals past it).
create index ix_opportunity_owner_stage on opportunity (owner, stage);
-- A deal's move that lacked exit criteria answers with their names; a repeated event gets the same answer.
alter table inbound_event add column missing_criteria varchar(2000);
