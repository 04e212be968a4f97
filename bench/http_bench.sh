#!/usr/bin/env bash
# Load figures of the host's API (not a test: it prints, it asserts nothing).
# Uses the real executable on 127.0.0.1 with a temporary data folder, first
# with the 2014 register (33 partnerships), then with 5000 partnerships.
# Usage: bench/http_bench.sh [path/to/samenwerkingsmonitor]
set -euo pipefail
exe=${1:-build/native/native-host/samenwerkingsmonitor}
dir=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$dir"' EXIT

start() {
  "$exe" --no-browser --port 0 --data-dir "$dir" > "$dir/out" 2>/dev/null &
  pid=$!
  for _ in $(seq 100); do grep -q '#login=' "$dir/out" 2>/dev/null && break; sleep 0.05; done
  url=$(grep -o 'http://[0-9.:]*/' "$dir/out" | head -n1)
  # Signed in as README tells scripts: the printed one-time secret traded for the credential.
  secret=$(grep -o '#login=[0-9a-f]*' "$dir/out" | head -n1 | cut -d= -f2)
  credential=$(curl -sf -X POST -H 'Content-Type: application/json' -d "{\"secret\":\"$secret\"}" "${url}api/login" |
               node -e 'process.stdin.on("data", d => process.stdout.write(JSON.parse(d).credential))')
}

load() {  # name path
  local line
  line=$(wrk -t2 -c8 -d4s --timeout 10s --latency -H "Authorization: Bearer $credential" "${url%/}$2" | awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {print rps, p50, p99}')
  set -- "$1" $line
  printf '  %-34s %10s req/s   median %8s   p99 %8s\n' "$1" "$2" "$3" "$4"
}

start
echo "2014 register (33 partnerships):"
load "GET /api/partnerships" /api/partnerships
load "GET /api/partnerships?scale=MT" "/api/partnerships?scale=MT"
load "GET /api/partnerships/24" /api/partnerships/24
load "GET /api/analysis" /api/analysis
load "GET / (UI page, gzip)" /
sleep 5
before=$(awk '{print $14+$15}' /proc/$pid/stat)
sleep 10
after=$(awk '{print $14+$15}' /proc/$pid/stat)
echo "  idle CPU over 10 s: $(( (after - before) * 10 )) ms"
kill $pid; wait $pid 2>/dev/null || true

# 5000 partnerships: the 2014 register's rows repeated with new numbers.
"$exe" export --data-dir "$dir" > "$dir/base.json"
node -e '
const d = JSON.parse(require("fs").readFileSync(process.argv[1]));
const rows = d.partnerships; d.partnerships = [];
for (let i = 0; i < 5000; i++) d.partnerships.push({...rows[i % rows.length], number: i + 1, revision: 1});
d.strategy.layers.forEach(l => { l.successes.forEach(s => s.partnerships = s.partnerships.filter(n => n <= 5000)); });
require("fs").writeFileSync(process.argv[2], JSON.stringify(d));' "$dir/base.json" "$dir/big.json"
t0=$(date +%s%N)
"$exe" import --data-dir "$dir" "$dir/big.json" > /dev/null
echo "5000 partnerships: import $(( ($(date +%s%N) - t0) / 1000000 )) ms (validation, backup, one transaction)"
start
load "GET /api/partnerships" /api/partnerships
load "GET /api/partnerships?q=werkplein" "/api/partnerships?q=werkplein"
load "GET /api/partnerships/2400" /api/partnerships/2400
load "GET /api/analysis" /api/analysis
