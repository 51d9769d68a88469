#!/usr/bin/env python3
"""Times each /api/metrics endpoint against a running Lifecycle Ops: 5 warm-up calls, then REPETITIONS timed calls.
Prints one tab-separated line per endpoint: the call, p50 ms, p95 ms, answer bytes.
usage: metrics.py BASE_URL USER REPETITIONS"""
import base64, datetime, statistics, sys, time, urllib.request

base, user, repetitions = sys.argv[1], sys.argv[2], int(sys.argv[3])
auth = 'Basic ' + base64.b64encode(f'{user}:{user}'.encode()).decode()
today = datetime.date.today()
year = f'from={today - datetime.timedelta(days=364)}&to={today}'
quarter = f'from={today - datetime.timedelta(days=90)}&to={today}'
ahead = f'from={today}&to={today + datetime.timedelta(days=90)}'
calls = [
    f'/api/metrics/funnel?{year}',
    f'/api/metrics/funnel?{year}&groupBy=segment',
    f'/api/metrics/funnel?{quarter}&source=webinar',
    f'/api/metrics/cycle-times?{year}',
    f'/api/metrics/cycle-times?{quarter}&process=opportunity-to-close',
    f'/api/metrics/sla?{year}',
    f'/api/metrics/sla?{year}&groupBy=assignee',
    f'/api/metrics/sla?{quarter}&groupBy=group',
    f'/api/metrics/retention?{year}&currency=EUR',
    f'/api/metrics/retention?{quarter}&currency=EUR',
    f'/api/metrics/forecast?{ahead}',
    f'/api/metrics/forecast?{ahead}&owner=rep7',
    '/api/metrics/stuck',
]

def call(path):
    request = urllib.request.Request(base + path, headers={'Authorization': auth, 'Accept': 'application/json'})
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=60) as response:
        body = response.read()
        assert response.status == 200, (path, response.status)
    return (time.perf_counter() - start) * 1000, len(body)

for path in calls:
    for _ in range(5):
        call(path)
    timings = []
    size = 0
    for _ in range(repetitions):
        elapsed, size = call(path)
        timings.append(elapsed)
    timings.sort()
    p95 = timings[min(len(timings) - 1, int(round(0.95 * len(timings))) - 1)]
    print(f'{path.split("?")[0]}?{path.split("?")[1] if "?" in path else ""}\t{statistics.median(timings):.1f}\t{p95:.1f}\t{size}')
