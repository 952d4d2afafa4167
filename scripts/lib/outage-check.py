#!/usr/bin/env python3
"""The measuring half of scripts/check-db-outage.sh: light load on the application, the database
taken away and given back through the proxy, and the verdict.

    outage-check.py APP_PORT PROXY_PID DATABASE TOKEN OUTAGE_SECONDS"""
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

port, proxy_pid, database, token, outage = (
    int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], float(sys.argv[5]))
base = f"http://127.0.0.1:{port}"
results = []  # (kind, started, elapsed, status, content_type, retry_after, body, code)
lock = threading.Lock()
stop = threading.Event()
run_id = str(int(time.time()))[-6:]


def call(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Authorization", "Bearer " + token)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=30) as r:
            status, headers, payload = r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        status, headers, payload = e.code, e.headers, e.read()
    except OSError as e:
        status, headers, payload = 0, {}, str(e).encode()
    return started, time.monotonic() - started, status, headers, payload.decode("utf-8", "replace")


def record(kind, outcome, code=None):
    started, elapsed, status, headers, body = outcome
    with lock:
        results.append((kind, started, elapsed, status, headers.get("Content-Type", ""),
                        headers.get("Retry-After"), body[:300], code))


def writer():
    n = 0
    while not stop.is_set():
        n += 1
        code = f"OT{run_id}{n:04d}"
        record("write", call("POST", "/api/v1/partners", {
            "code": code, "nameEn": f"Outage Check {n}", "nameZh": f"故障检查{n}",
            "kind": "PRIVATE_COMPANY", "country": "CN", "city": "Chongqing",
            "roles": ["INTERNSHIP_HOST"], "contacts": []}), code)
        time.sleep(0.3)


def reader():
    while not stop.is_set():
        record("read", call("GET", "/api/v1/partners?limit=5"))
        time.sleep(0.2)


def sql(query):
    return subprocess.run(["mariadb", "-h127.0.0.1", "-P3306", "-uroot", "--protocol=TCP", "-N", "-B",
                           database, "-e", query], check=True, capture_output=True, text=True).stdout.split()


threads = [threading.Thread(target=f, daemon=True) for f in (writer, reader, reader)]
for t in threads:
    t.start()
time.sleep(8)
cut_at = time.monotonic()
os.kill(proxy_pid, signal.SIGUSR1)
print(f"   database cut off for {outage:.0f} s")
time.sleep(outage)
back_at = time.monotonic()
os.kill(proxy_pid, signal.SIGUSR2)
# recovery: the first request that starts after the database is back and succeeds
recovered_at = None
while time.monotonic() - back_at < 30:
    outcome = call("GET", "/api/v1/partners?limit=1")
    if outcome[2] == 200:
        recovered_at = outcome[0] + outcome[1]
        break
    time.sleep(0.25)
time.sleep(5)
stop.set()
for t in threads:
    t.join(35)

failures = []
during = [r for r in results if cut_at + 0.5 <= r[1] and r[1] + r[2] <= back_at]
if not during:
    failures.append("no request was made during the outage")
for kind, started, elapsed, status, ctype, retry, body, code in during:
    if status != 503 or "application/problem+json" not in ctype or not retry:
        failures.append(f"{kind} during the outage answered {status} {ctype} Retry-After={retry}: {body[:120]}")
    elif elapsed >= 5:
        failures.append(f"{kind} during the outage took {elapsed:.1f} s")
slowest = max((r[2] for r in during), default=0)
statuses = sorted({r[3] for r in results})
stray = [r for r in results if r[3] not in (200, 201, 503)]
for kind, started, elapsed, status, ctype, retry, body, code in stray:
    failures.append(f"{kind} at {started - cut_at:+.1f} s from the cut answered {status}: {body[:160]}")
if recovered_at is None:
    failures.append("the application did not recover within 30 s after the database came back")
recovery = None if recovered_at is None else recovered_at - back_at
if recovery is not None and recovery > 10:
    failures.append(f"recovery took {recovery:.1f} s (more than 10 s)")

acknowledged = {r[7] for r in results if r[0] == "write" and r[3] == 201}
refused = {r[7] for r in results if r[0] == "write" and r[3] != 201}
stored = set(sql(f"SELECT code FROM ptn_partner WHERE code LIKE 'OT{run_id}%'"))
lost = acknowledged - stored
if lost:
    failures.append(f"committed writes lost: {sorted(lost)}")
in_doubt = stored - acknowledged
chain = json.loads(call("GET", "/api/v1/audit/verification")[4])
if not chain.get("intact"):
    failures.append(f"audit chain broken: {chain}")

print(f"   {len(results)} requests; {len(during)} during the outage, all 503 problem+json with Retry-After: "
      f"{'yes' if not [f for f in failures if 'during the outage' in f] else 'NO'}; slowest {slowest:.2f} s")
print(f"   recovered {recovery:.1f} s after the database came back" if recovery is not None else "   no recovery")
print(f"   writes: {len(acknowledged)} acknowledged (201), all {len(acknowledged) - len(lost)} in the database; "
      f"{len(refused)} refused with 503, of which {len(in_doubt)} committed anyway (in doubt)")
print(f"   audit chain intact over {chain.get('linksChecked')} entries" if chain.get("intact") else "   audit chain BROKEN")
for f in failures[:15]:
    print("FAIL: " + f)
sys.exit(1 if failures else 0)
