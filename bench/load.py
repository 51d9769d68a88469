#!/usr/bin/env python3
"""Posts lead.mql events to a running Lifecycle Ops and reports latency percentiles and throughput.
usage: load.py BASE_URL EVENTS CONCURRENCY"""
import base64, json, sys, threading, time, urllib.request, uuid

base, total, concurrency = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
auth = 'Basic ' + base64.b64encode(b'demo:demo').decode()
countries = ['DE', 'US', 'SG', 'FR', 'CA', 'AU', 'GB', 'BR']
latencies, failures, lock = [], [], threading.Lock()
counter = iter(range(total))

def event(i):
    return json.dumps({'specversion': '1.0', 'id': f'bench-{uuid.uuid4()}', 'type': 'lead.mql', 'source': 'bench',
        'data': {'leadId': f'B-{uuid.uuid4().hex[:10]}', 'email': f'buyer{i}@bench{i % 500}.example.com',
                 'company': f'Bench Co {i % 500}', 'employees': [20, 300, 1500][i % 3], 'annualRevenue': 1e7 * (i % 50),
                 'industry': ['Software', 'Retail', 'Logistics'][i % 3], 'country': countries[i % len(countries)],
                 'engagementScore': (i * 7) % 100}}).encode()

def worker():
    while True:
        with lock:
            i = next(counter, None)
        if i is None:
            return
        request = urllib.request.Request(base + '/api/events', data=event(i), method='POST',
                                         headers={'Content-Type': 'application/json', 'Authorization': auth})
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                ok = response.status == 202
        except Exception as e:  # noqa: BLE001 - every failure counts
            ok = False
        elapsed = (time.perf_counter() - start) * 1000
        with lock:
            (latencies if ok else failures).append(elapsed)

threads = [threading.Thread(target=worker) for _ in range(concurrency)]
began = time.perf_counter()
for t in threads: t.start()
for t in threads: t.join()
wall = time.perf_counter() - began
latencies.sort()
pct = lambda p: latencies[min(len(latencies) - 1, int(len(latencies) * p))] if latencies else float('nan')
print(json.dumps({'events': total, 'concurrency': concurrency, 'accepted': len(latencies), 'failed': len(failures),
                  'seconds': round(wall, 1), 'eventsPerSecond': round(len(latencies) / wall, 1),
                  'p50ms': round(pct(0.50), 1), 'p95ms': round(pct(0.95), 1), 'p99ms': round(pct(0.99), 1),
                  'maxms': round(latencies[-1], 1) if latencies else None}))
