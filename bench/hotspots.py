#!/usr/bin/env python3
"""Where the CPU goes in a JFR recording: the share of execution samples under each method (inclusive), the
service's own code first. usage: hotspots.py RECORDING.jfr [TOP=30] [THREAD_PREFIX=http-nio]"""
import collections, json, subprocess, sys

recording = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
thread_prefix = sys.argv[3] if len(sys.argv) > 3 else 'http-nio'
events = json.loads(subprocess.run(['jfr', 'print', '--json', '--stack-depth', '256', '--events', 'jdk.ExecutionSample',
                                    recording], capture_output=True, text=True, check=True).stdout)['recording']['events']
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

def show(title, counter):
    print(f"\n{title} ({total} samples of {thread_prefix}* threads)")
    for name, count in counter.most_common(top):
        print(f"{100 * count / total:5.1f}%  {name}")

show('Service code, inclusive', ours)
show('Everything, inclusive', inclusive)
show('Self (leaf frames)', self_time)
