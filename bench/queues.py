#!/usr/bin/env python3
"""Measures Tasklist's queues as a rep sees them: every shared task filter, listed the way Tasklist lists it
(POST /engine-rest/filter/{id}/list?firstResult=0&maxResults=50, sorted by due date), as USER.
Warms up first (WARMUP rounds over every filter, default 30), so the JIT has compiled the request path as on a
service that has been up for a while.
usage: queues.py BASE_URL USER PASSWORD REPETITIONS [WARMUP]"""
import base64, json, sys, time, urllib.request

base, user, password, repetitions = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
warmup = int(sys.argv[5]) if len(sys.argv) > 5 else 30
auth = 'Basic ' + base64.b64encode(f'{user}:{password}'.encode()).decode()
body = json.dumps({'sorting': [{'sortBy': 'dueDate', 'sortOrder': 'asc'}]}).encode()

def call(path, data=None):
    request = urllib.request.Request(base + path, data=data, method='POST' if data else 'GET',
                                     headers={'Content-Type': 'application/json', 'Accept': 'application/json',
                                              'Authorization': auth})
    with urllib.request.urlopen(request, timeout=300) as response:
        return json.loads(response.read())

filters = call('/engine-rest/filter?resourceType=Task')
for _ in range(warmup):
    for f in filters:
        call(f"/engine-rest/filter/{f['id']}/list?firstResult=0&maxResults=50", body)
results = []
for f in filters:
    path = f"/engine-rest/filter/{f['id']}/list?firstResult=0&maxResults=50"
    times, shown = [], 0
    for _ in range(repetitions):
        start = time.perf_counter()
        shown = len(call(path, body))
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    pct = lambda p: times[min(len(times) - 1, int(len(times) * p))]
    count = call(f"/engine-rest/filter/{f['id']}/count")['count']
    results.append({'filter': f['name'], 'count': count, 'shown': shown, 'p50ms': round(pct(0.5), 1),
                    'p95ms': round(pct(0.95), 1)})
print(json.dumps(results))
