#!/usr/bin/env python3
"""Measures Tasklist's queues as a user sees them: every shared task filter the user may read, listed the way
Tasklist lists it (POST /engine-rest/filter/{id}/list?firstResult=0&maxResults=50, sorted by due date), twice:
  json  Accept: application/json, the tasks only;
  hal   Accept: application/hal+json, as Tasklist itself asks: the tasks with the filter's variables (Company,
        Priority, ...), assignees, candidate groups and process definitions embedded.
Warms up first (WARMUP rounds over every filter, default 30), so the JIT has compiled the request path as on a
service that has been up for a while.
usage: queues.py BASE_URL USER PASSWORD REPETITIONS [WARMUP]"""
import base64, json, sys, time, urllib.request

base, user, password, repetitions = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
warmup = int(sys.argv[5]) if len(sys.argv) > 5 else 30
auth = 'Basic ' + base64.b64encode(f'{user}:{password}'.encode()).decode()
sorting = [{'sortBy': 'dueDate', 'sortOrder': 'asc'}]

def call(path, data=None, accept='application/json'):
    request = urllib.request.Request(base + path, data=data, method='POST' if data else 'GET',
                                     headers={'Content-Type': 'application/json', 'Accept': accept,
                                              'Authorization': auth})
    with urllib.request.urlopen(request, timeout=300) as response:
        return json.loads(response.read())

def calls(f):
    body = json.dumps({'sorting': sorting}).encode()
    return {'json': (body, 'application/json'), 'hal': (body, 'application/hal+json')}

def shown(result):
    return len(result.get('_embedded', {}).get('task', [])) if isinstance(result, dict) else len(result)

filters = call('/engine-rest/filter?resourceType=Task')
path = lambda f: f"/engine-rest/filter/{f['id']}/list?firstResult=0&maxResults=50"
for _ in range(warmup):
    for f in filters:
        for body, accept in calls(f).values():
            call(path(f), body, accept)
results = []
for f in filters:
    count = call(f"/engine-rest/filter/{f['id']}/count")['count']
    for kind, (body, accept) in calls(f).items():
        times, listed = [], 0
        for _ in range(repetitions):
            start = time.perf_counter()
            listed = shown(call(path(f), body, accept))
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        pct = lambda p: times[min(len(times) - 1, int(len(times) * p))]
        results.append({'filter': f['name'], 'call': kind, 'count': count, 'shown': listed,
                        'p50ms': round(pct(0.5), 1), 'p95ms': round(pct(0.95), 1)})
print(json.dumps(results))
