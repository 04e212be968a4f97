#!/usr/bin/env bash
# The host's API side by side with the Node peer (../shared/peer: Express 5 +
# better-sqlite3), in one run on the same 5,000 records: the peer's own
# generated register, converted to this contract (bench/peer_dataset.py) and
# imported into the host. List and get at 1 and 64 connections with the
# peer's bench-api.sh (wrk, no Accept-Encoding), and RSS; then the host's
# memory idle with the 2014 register. A benchmark: it prints, it asserts
# nothing.
# Usage: bench/http_bench.sh [path/to/samenwerkingsmonitor]  (PEER_DIR=... for the peer)
set -euo pipefail
exe=$(realpath "${1:-build/native/native-host/samenwerkingsmonitor}")
here=$(cd "$(dirname "$0")" && pwd)
peer_dir=${PEER_DIR:-$here/../../shared/peer}
dir=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$dir"' EXIT

rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

# Highest RSS of a process, sampled every 200 ms into a file, until it
# ends; read without starting a process, so as not to take the cores it measures.
watch_rss() {  # pid file
  ( peak=0
    exec 3<> <(:)  # a pipe nobody writes to: read -t on it is a sleep without a process
    while [ -r "/proc/$1/status" ]; do
      while read -r key value _; do
        [ "$key" = VmRSS: ] && [ "$value" -gt "$peak" ] && peak=$value && echo "$peak" > "$2"
      done < "/proc/$1/status" || true
      read -r -t 0.2 -u 3 || true
    done ) &
  pids+=($!)
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

start_host() {  # data-dir; sets host_pid, host_url, credential
  "$exe" --no-browser --port 0 --data-dir "$1" > "$1/out" 2>/dev/null &
  host_pid=$!
  pids+=("$host_pid")
  for _ in $(seq 200); do grep -q '#login=' "$1/out" 2>/dev/null && break; sleep 0.05; done
  host_url=$(grep -o 'http://[0-9.:]*/' "$1/out" | head -n1)
  # Signed in as README tells scripts: the printed one-time secret traded for the credential.
  local secret
  secret=$(grep -o '#login=[0-9a-f]*' "$1/out" | head -n1 | cut -d= -f2)
  credential=$(curl -sf -X POST -H 'Content-Type: application/json' -d "{\"secret\":\"$secret\"}" "${host_url}api/login" |
               python3 -c 'import json, sys; print(json.load(sys.stdin)["credential"])')
}

echo "== the 2014 register (33 partnerships), idle =="
mkdir "$dir/2014"
start_host "$dir/2014"
curl -sf -o /dev/null -H "Authorization: Bearer $credential" "${host_url}api/dataset"
curl -sf -o /dev/null -H "Authorization: Bearer $credential" "${host_url}api/partnerships"
sleep 2
cpu_before=$(awk '{print $14+$15}' "/proc/$host_pid/stat")
sleep 5
cpu_after=$(awk '{print $14+$15}' "/proc/$host_pid/stat")
echo "  RSS $(( $(rss_kb "$host_pid") / 1024 )) MB after its first answers; CPU over 5 s idle: $(( (cpu_after - cpu_before) * 10 )) ms"
"$exe" export --data-dir "$dir/2014" > "$dir/base.json"
kill "$host_pid"; wait "$host_pid" 2>/dev/null || true

echo "== 5,000 partnerships: this host and the Node peer, side by side =="
if ! "$peer_dir/setup.sh" > "$dir/peer-setup.log" 2>&1; then
  echo "  the peer's setup failed (it needs npm, and so the network, once): see below; no comparison"
  tail -5 "$dir/peer-setup.log"
  exit 1
fi
peer_port=$(free_port)
NODE_ENV=production node "$peer_dir/server.js" --port "$peer_port" --db "$dir/peer.db" --seed 5000 --reseed > "$dir/peer.out" 2>&1 &
peer_pid=$!
pids+=("$peer_pid")
for _ in $(seq 200); do curl -sf -o /dev/null "http://127.0.0.1:$peer_port/api/partnerships/1" && break; sleep 0.1; done

python3 "$here/peer_dataset.py" "$dir/peer.db" "$dir/base.json" "$dir/peer-records.json"
mkdir "$dir/5000"
t0=$(date +%s%N)
"$exe" import --data-dir "$dir/5000" "$dir/peer-records.json" > /dev/null
echo "  the peer's 5,000 records imported into the host in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
start_host "$dir/5000"
echo "  idle RSS before load: host $(( $(rss_kb "$host_pid") / 1024 )) MB, peer $(( $(rss_kb "$peer_pid") / 1024 )) MB"
watch_rss "$host_pid" "$dir/host.peak"
watch_rss "$peer_pid" "$dir/peer.peak"

BENCH_HEADERS="Authorization: Bearer $credential" BENCH_PID=$host_pid \
  "$peer_dir/bench-api.sh" "${host_url%/}" host > "$dir/host.jsonl"
BENCH_PID=$peer_pid "$peer_dir/bench-api.sh" "http://127.0.0.1:$peer_port" peer > "$dir/peer.jsonl"
echo "  RSS after the load: host $(( $(rss_kb "$host_pid") / 1024 )) MB, peer $(( $(rss_kb "$peer_pid") / 1024 )) MB"

python3 - "$dir/host.jsonl" "$dir/peer.jsonl" "$(cat "$dir/host.peak")" "$(cat "$dir/peer.peak")" <<'PY'
import json, sys
host = {(r["route"], r["conns"]): r for r in map(json.loads, open(sys.argv[1]))}
peer = {(r["route"], r["conns"]): r for r in map(json.loads, open(sys.argv[2]))}
host_peak, peer_peak = int(sys.argv[3]) / 1024, int(sys.argv[4]) / 1024
print()
print("| route | conns | host req/s | host p50 ms | host p99 ms | peer req/s | peer p50 ms | peer p99 ms | req/s ratio | p99 host/peer |")
print("|---|---|---|---|---|---|---|---|---|---|")
for key in sorted(host, key=lambda k: (k[0] != "list", k[1])):
    h, p = host[key], peer.get(key, {})
    if "error" in h or "error" in p or not p:
        print(f"| {key[0]} | {key[1]} | {h.get('error', '')} {p.get('error', '')} |")
        continue
    ratio = h["rps"] / p["rps"] if p["rps"] else float("inf")
    p99 = h["p99_ms"] / p["p99_ms"] if p["p99_ms"] else float("nan")
    print(f"| {key[0]} | {key[1]} | {h['rps']:,.1f} | {h['p50_ms']:.3f} | {h['p99_ms']:.3f} | "
          f"{p['rps']:,.1f} | {p['p50_ms']:.3f} | {p['p99_ms']:.3f} | {ratio:.1f}x | {p99:.2f} |")
print(f"| peak RSS during the runs | | {host_peak:.0f} MB | | | {peer_peak:.0f} MB | | | {host_peak / peer_peak:.2f} of the peer's | |")
lb = host.get(("list", 1), {}).get("body_bytes"), peer.get(("list", 1), {}).get("body_bytes")
gb = host.get(("get", 1), {}).get("body_bytes"), peer.get(("get", 1), {}).get("body_bytes")
print(f"\nbodies: list {lb[0]:,} B (host) / {lb[1]:,} B (peer); get, mean {gb[0]:,} B / {gb[1]:,} B;"
      " errors or non-2xx: host " + str({k[0] + str(k[1]): (v['errors'], v['non2xx']) for k, v in host.items() if v.get('errors') or v.get('non2xx')}) +
      ", peer " + str({k[0] + str(k[1]): (v['errors'], v['non2xx']) for k, v in peer.items() if v.get('errors') or v.get('non2xx')}))
PY
