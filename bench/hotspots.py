#!/usr/bin/env python3
"""Where the CPU goes in a JFR recording: the share of execution samples under each method (inclusive), the
service's own code first. usage: hotspots.py RECORDING.jfr [TOP=30] [THREAD_PREFIX=http-nio]"""
import collections, json, subprocess, sys

recording = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
thread_prefix = sys.argv[3] if len(sys.argv) > 3 else 'http-nio'
events = json.loads(subprocess.run(['jfr', 'print', '--json', '--stack-depth', '256', '--events', 'jdk.ExecutionSample',
                                    recording], capture_output=True, text=True, check=True).stdout)['recording']['events']
# Each sample to one concern: the first rule (most specific first) any of its frames matches.
CONCERNS = [
    ('decision log (decision_evaluation rows)', ('io.lifecycleops.decision.DecisionLog',)),
    ('ledger and read models', ('io.lifecycleops.ledger.', 'io.lifecycleops.metrics.')),
    ("service's own table evaluations (raci, routing, SLA)", ('io.lifecycleops.decision.Decisions',)),
    ("engine's business-rule tasks (DMN, FEEL)", ('org.camunda.bpm.engine.impl.dmn.', 'org.camunda.bpm.dmn.',
                                                  'org.camunda.feel.')),
    ('handoff listener (round-robin, caps, clock, why, authorizations)',
     ('io.lifecycleops.handoff.', 'io.lifecycleops.ownership.', 'io.lifecycleops.sla.', 'io.lifecycleops.access.')),
    ('history events', ('org.camunda.bpm.engine.impl.history.',)),
    ('flush to the database', ('DbSqlSession.flush', 'DbEntityManager.flush', 'DbSqlSession.executeDbOperation')),
    ('commit', ('AbstractPlatformTransactionManager.commit', 'TransactionContext.commit')),
    ('intake (validation, idempotency)', ('io.lifecycleops.intake.',)),
]
concerns = collections.Counter()
inclusive, ours, self_time, total = collections.Counter(), collections.Counter(), collections.Counter(), 0
for event in events:
    thread = (event['values'].get('sampledThread') or {}).get('javaName') or ''
    if not thread.startswith(thread_prefix):
        continue
    frames = [f"{f['method']['type']['name']}.{f['method']['name']}" for f in event['values']['stackTrace']['frames']]
    if not frames:
        continue
    total += 1
    self_time[frames[0]] += 1
    for name in set(frames):
        inclusive[name] += 1
    for name in set(f for f in frames if f.startswith('io.lifecycleops')):
        ours[name] += 1
    concern = next((c for c, patterns in CONCERNS if any(p in f for f in frames for p in patterns)),
                   'the rest (HTTP, JSON, engine commands and queries)')
    concerns[concern] += 1

def show(title, counter):
    print(f"\n{title} ({total} samples of {thread_prefix}* threads)")
    for name, count in counter.most_common(top):
        print(f"{100 * count / total:5.1f}%  {name}")

show('By concern (each sample once)', concerns)
show('Service code, inclusive', ours)
show('Everything, inclusive', inclusive)
show('Self (leaf frames)', self_time)
