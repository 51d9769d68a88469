-- "Escalations" was readable by everybody (a global READ authorization); from now on only the groups escalations
-- go to may use it (io.lifecycleops.system.TasklistFilters grants them at every start): a rep never holds an
-- escalation, and listing the always-empty filter made PostgreSQL walk the rep's whole team queue.
delete from act_ru_authorization
 where type_ = 0 and resource_type_ = 5
   and resource_id_ in (select id_ from act_ru_filter where name_ = 'Escalations');
