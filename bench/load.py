#!/usr/bin/env python3
"""Starts leads on a running service and reports latency percentiles and throughput.
usage: load.py BASE_URL EVENTS CONCURRENCY [MODE] [SECONDS]
  MODE events (default): POST /api/events lead.mql, as integrations do;
       engine-rest: the same lead's lead-to-opportunity started straight through /engine-rest (no intake);
       reference: bench/reference's lead-like process through its /engine-rest (the bare engine).
  SECONDS: run for this long instead of EVENTS (a warm-up)."""
import base64, json, sys, threading, time, urllib.request, uuid

base, total, concurrency = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
mode = sys.argv[4] if len(sys.argv) > 4 else 'events'
until = time.perf_counter() + float(sys.argv[5]) if len(sys.argv) > 5 else None
if until is not None:
    total = 10 ** 9
auth = 'Basic ' + base64.b64encode(b'demo:demo').decode()
countries = ['DE', 'US', 'SG', 'FR', 'CA', 'AU', 'GB', 'BR']
latencies, failures, lock = [], [], threading.Lock()
counter = iter(range(total))

def lead(i):
    return {'leadId': f'B-{uuid.uuid4().hex[:10]}', 'email': f'buyer{i}@bench{i % 500}.example.com',
            'company': f'Bench Co {i % 500}', 'employees': [20, 300, 1500][i % 3], 'annualRevenue': 1e7 * (i % 50),
            'industry': ['Software', 'Retail', 'Logistics'][i % 3], 'country': countries[i % len(countries)],
            'engagementScore': (i * 7) % 100}

# The lead-to-opportunity start variables the intake sets (LeadToOpportunityProcess.Start), typed as Camunda's REST wants.
START_FIELDS = {'leadId': 'String', 'email': 'String', 'firstName': 'String', 'lastName': 'String', 'company': 'String',
                'domain': 'String', 'employees': 'Integer', 'annualRevenue': 'Double', 'industry': 'String',
                'country': 'String', 'source': 'String', 'engagementScore': 'Integer'}

def start_body(data):
    variables = {name: {'value': data.get(name), 'type': kind} for name, kind in START_FIELDS.items()}
    variables['domain']['value'] = data['email'].split('@')[1]
    return json.dumps({'businessKey': data['leadId'], 'variables': variables}).encode()

def request(i):
    data = lead(i)
    if mode == 'events':
        body = json.dumps({'specversion': '1.0', 'id': f'bench-{uuid.uuid4()}', 'type': 'lead.mql', 'source': 'bench',
                           'data': data}).encode()
        return urllib.request.Request(base + '/api/events', data=body, method='POST',
                                      headers={'Content-Type': 'application/json', 'Authorization': auth}), 202
    key = 'lead-to-opportunity' if mode == 'engine-rest' else 'lead-like'
    return urllib.request.Request(f'{base}/engine-rest/process-definition/key/{key}/start', data=start_body(data),
                                  method='POST', headers={'Content-Type': 'application/json', 'Authorization': auth}), 200

def worker():
    while True:
        with lock:
            i = next(counter, None)
        if i is None or (until is not None and time.perf_counter() > until):
            return
        call, expected = request(i)
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(call, timeout=30) as response:
                ok = response.status == expected
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
print(json.dumps({'mode': mode, 'events': len(latencies) + len(failures), 'concurrency': concurrency, 'accepted': len(latencies), 'failed': len(failures),
                  'seconds': round(wall, 1), 'eventsPerSecond': round(len(latencies) / wall, 1),
                  'p50ms': round(pct(0.50), 1), 'p95ms': round(pct(0.95), 1), 'p99ms': round(pct(0.99), 1),
                  'maxms': round(latencies[-1], 1) if latencies else None}))
