#!/usr/bin/env python3
"""Status benchmarks against the real onestream-server (issue 5).

Prints, each against a baseline measured in the same run:
  1. push latency from an operator's incident update (POST) to the SSE event at a subscriber,
     p50/p99 over 100 updates (baseline: a plain GET /healthz round trip);
  2. memory and CPU of the server holding 2,000 idle SSE subscribers (baseline: the same server
     with none);
  3. bytes on the wire for 100 polls of an unchanged summary.json with If-None-Match
     (baseline: 100 polls without it).

Usage: bench/status_bench.py [--build build] [--subscribers 2000] [--updates 100]
Standard library only; Linux (reads /proc).
"""
import argparse
import json
import os
import resource
import selectors
import socket
import statistics
import subprocess
import sys
import tempfile
import time

PASSWORD = "Bench-Passw0rd"


def request(port, method, path, body=None, headers=None):
    """One HTTP/1.1 exchange on a fresh connection: (status, headers dict, body, wire bytes)."""
    sock = socket.create_connection(("127.0.0.1", port))
    data = json.dumps(body).encode() if body is not None else b""
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", "Connection: close"]
    for key, value in (headers or {}).items():
        lines.append(f"{key}: {value}")
    if body is not None:
        lines += ["Content-Type: application/json", f"Content-Length: {len(data)}"]
    sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode() + data)
    raw = b""
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            break
        raw += chunk
    sock.close()
    head, _, payload = raw.partition(b"\r\n\r\n")
    status = int(head.split(b" ")[1])
    hdrs = {}
    for line in head.split(b"\r\n")[1:]:
        k, _, v = line.partition(b":")
        hdrs[k.strip().lower().decode()] = v.strip().decode()
    return status, hdrs, payload, len(raw)


def open_sse(port, token=None):
    sock = socket.create_connection(("127.0.0.1", port))
    auth = f"Authorization: Bearer {token}\r\n" if token else ""
    sock.sendall(f"GET /v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
                 f"{auth}\r\n".encode())
    return sock


def proc_stats(pid):
    with open(f"/proc/{pid}/status") as f:
        rss_kb = next(int(l.split()[1]) for l in f if l.startswith("VmRSS:"))
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    cpu_s = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return rss_kb, cpu_s


def wait_all(sockets, marker, timeout_s):
    """Reads every socket until each has shown marker; returns how many did."""
    selector = selectors.DefaultSelector()  # epoll: no 1024-descriptor limit
    seen = {}
    for s in sockets:
        selector.register(s, selectors.EVENT_READ)
        seen[s] = b""
    done = 0
    deadline = time.time() + timeout_s
    while done < len(sockets) and time.time() < deadline:
        for key, _ in selector.select(1):
            s = key.fileobj
            seen[s] += s.recv(65536)
            if marker in seen[s]:
                selector.unregister(s)
                done += 1
    selector.close()
    return done


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100.0 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default="build")
    parser.add_argument("--subscribers", type=int, default=2000)
    parser.add_argument("--updates", type=int, default=100)
    args = parser.parse_args()
    server_bin = os.path.join(args.build, "bin", "onestream-server")
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = min(hard, max(soft, args.subscribers * 2 + 256))
    resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))

    data = tempfile.mkdtemp(prefix="onestream-status-bench-")
    subprocess.run([server_bin, "init", "--data", data, "--email", "op@bench.test",
                    "--password-stdin"], input=PASSWORD + "\n", text=True, check=True,
                   capture_output=True)
    env = dict(os.environ, QT_LOGGING_RULES="*.info=false")
    server = subprocess.Popen([server_bin, "--data", data, "--listen", "127.0.0.1:0",
                               "--monitor-interval-ms", "0", "--sse-heartbeat-ms", "15000"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                              env=env)
    try:
        line = server.stdout.readline().strip()
        port = int(line.rsplit(":", 1)[1])
        status, _, body, _ = request(port, "POST", "/v1/auth/login",
                                     {"email": "op@bench.test", "password": PASSWORD})
        assert status == 200, body
        token = json.loads(body)["access_token"]
        auth = {"Authorization": f"Bearer {token}"}

        # 1. Push latency.
        rtt = []
        for _ in range(args.updates):
            t0 = time.perf_counter()
            request(port, "GET", "/healthz")
            rtt.append((time.perf_counter() - t0) * 1000)
        status, _, body, _ = request(port, "POST", "/v1/status/incidents",
                                     {"name": "Bench", "body": "start"}, auth)
        assert status == 201, body
        incident = json.loads(body)["id"]
        sse = open_sse(port)
        buffer = b""
        while b": connected" not in buffer:
            buffer += sse.recv(65536)
        latencies = []
        for i in range(args.updates):
            buffer = b""
            t0 = time.perf_counter()
            status, _, body, _ = request(port, "POST", f"/v1/status/incidents/{incident}/updates",
                                         {"status": "identified", "body": f"update {i}"}, auth)
            assert status == 201, body
            while b"event: incident.updated" not in buffer or not buffer.endswith(b"\n\n"):
                buffer += sse.recv(65536)
            latencies.append((time.perf_counter() - t0) * 1000)
        sse.close()
        p50, p99 = statistics.median(latencies), percentile(latencies, 99)
        base = statistics.median(rtt)
        print(f"push latency over {args.updates} updates: p50 {p50:.2f} ms, p99 {p99:.2f} ms "
              f"(baseline GET /healthz round trip p50 {base:.2f} ms; ratio {p50 / base:.1f}x)")

        # 2. Idle subscribers.
        rss0, cpu0 = proc_stats(server.pid)
        time.sleep(5)
        rss0b, cpu0b = proc_stats(server.pid)
        idle_cpu0 = (cpu0b - cpu0) / 5 * 100
        sockets = []
        t0 = time.perf_counter()
        for _ in range(args.subscribers):
            sockets.append(open_sse(port))
        connected = wait_all(sockets, b": connected", 60)
        connect_s = time.perf_counter() - t0
        assert connected == args.subscribers, f"only {connected} subscribers connected"
        rss1, cpu1 = proc_stats(server.pid)
        time.sleep(10)
        rss2, cpu2 = proc_stats(server.pid)
        idle_cpu = (cpu2 - cpu1) / 10 * 100
        per_sub = (rss2 - rss0b) / args.subscribers
        print(f"{args.subscribers} idle SSE subscribers (connected in {connect_s:.1f} s): "
              f"server RSS {rss2 / 1024:.1f} MiB vs {rss0b / 1024:.1f} MiB with none "
              f"(+{per_sub:.1f} KiB per subscriber); CPU while idle {idle_cpu:.2f}% vs "
              f"{idle_cpu0:.2f}% with none")
        # One update fanned out to all of them.
        t0 = time.perf_counter()
        request(port, "POST", f"/v1/status/incidents/{incident}/updates",
                {"status": "monitoring", "body": "fan-out"}, auth)
        got = wait_all(sockets, b"event: incident.updated", 60)
        fan_ms = (time.perf_counter() - t0) * 1000
        print(f"one update reached {got}/{args.subscribers} subscribers in {fan_ms:.0f} ms")
        for s in sockets:
            s.close()

        # 3. Bytes on the wire for polling.
        status, headers, _, _ = request(port, "GET", "/api/v2/summary.json")
        etag = headers["etag"]
        full = sum(request(port, "GET", "/api/v2/summary.json")[3] for _ in range(100))
        conditional = sum(request(port, "GET", "/api/v2/summary.json",
                                  headers={"If-None-Match": etag})[3] for _ in range(100))
        codes = {request(port, "GET", "/api/v2/summary.json",
                         headers={"If-None-Match": etag})[0]}
        print(f"100 polls of an unchanged summary: {conditional} bytes with If-None-Match "
              f"(status {sorted(codes)}) vs {full} bytes without "
              f"(ratio {full / conditional:.1f}x smaller)")
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    sys.exit(main())
