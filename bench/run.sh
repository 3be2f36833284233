#!/usr/bin/env bash
# `make bench`: seed PostgreSQL, serve the app with gunicorn as deployed, measure it from
# outside with wrk, then measure import and extraction throughput. Results: bench/results/.
#
# Knobs: BENCH_ANNOUNCEMENTS (100000), BENCH_SKIP_SEED=1 (reuse the seeded database),
# BENCH_DURATION (30 s per concurrent run), BENCH_LOAD_DURATION (60 s mixed load at 32
# connections), BENCH_WORKERS (gunicorn workers, 4), BENCH_THREADS (threads per worker, 1),
# BENCH_DATABASE_URL, BENCH_REDIS_URL, BENCH_SCALE=0 (skip the million-source run, bench/scale.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
N=${BENCH_ANNOUNCEMENTS:-100000}
DB_NAME=${BENCH_DB_NAME:-tracker_bench}
DB=${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/$DB_NAME}
REDIS=${BENCH_REDIS_URL:-redis://127.0.0.1:6379/9}
PORT=${BENCH_PORT:-8765}
DURATION=${BENCH_DURATION:-30}
LOAD_DURATION=${BENCH_LOAD_DURATION:-60}
WORKERS=${BENCH_WORKERS:-4}
THREADS=${BENCH_THREADS:-1}
OUT=bench/results
BASE=http://127.0.0.1:$PORT
mkdir -p "$OUT"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
if ! pg_isready -q -h 127.0.0.1; then pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start; fi
redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 || redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB_NAME'" | grep -q 1 \
  || createdb -h 127.0.0.1 -U postgres "$DB_NAME"

export DATABASE_URL=$DB REDIS_URL=$REDIS DEBUG=false SECURE_SSL_REDIRECT=false LOG_LEVEL=ERROR
export SECRET_KEY=bench-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz ALLOWED_HOSTS=127.0.0.1,localhost
# wrk sends everything from one address, which the per-client limits on search and exports
# would answer with 429 after a few seconds: they are off for the benchmark only.
export RATE_LIMIT_EXPORTS=0 RATE_LIMIT_SEARCHES=0

$PY manage.py migrate --no-input -v0
if [ "${BENCH_SKIP_SEED:-0}" != 1 ]; then
  echo "== seeding $N announcements"
  /usr/bin/time -f "%e s wall, %M KB max RSS" $PY manage.py seed_bench --announcements "$N" --reset 2>&1 \
    | grep -v '^  [0-9]' | tee "$OUT/seed.txt"
fi
$PY manage.py collectstatic --no-input -v0
$PY bench/make_paths.py "$OUT/paths"
redis-cli -u "$REDIS" flushdb >/dev/null

echo "== starting gunicorn ($WORKERS workers x $THREADS threads) on $BASE"
# --timeout 120: a sync worker is killed after --timeout seconds on one request (30 by
# default), which would cut off a large export on a slow disk.
.venv/bin/gunicorn -c python:tracker.gunicorn tracker.wsgi:application --bind "127.0.0.1:$PORT" --workers "$WORKERS" --threads "$THREADS" \
  --timeout 120 --access-logfile /dev/null --error-logfile "$OUT/gunicorn.log" &
GUNICORN=$!
trap 'kill $GUNICORN 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fs "$BASE/healthz" >/dev/null && break; sleep 0.2; done

wait_idle() {  # requests wrk left queued are still served after it stops: wait them out
  curl -s -o /dev/null --max-time 300 "$BASE/healthz" || true
}

run_wrk() {  # name connections threads seconds paths-file
  local name=$1 conns=$2 threads=$3 secs=$4 paths=$5
  wrk -t"$threads" -c"$conns" -d"${secs}s" --timeout 10s --latency -s bench/paths.lua "$BASE" -- "$paths" \
    >"$OUT/wrk-$name.txt" 2>&1
  echo "   $name: $(grep -E 'Requests/sec' "$OUT/wrk-$name.txt")"
}

for scenario in timeline announcement filtered figures; do
  paths="$OUT/paths/$scenario.txt"
  warmup="$OUT/paths/$scenario-warmup.txt"
  [ -f "$warmup" ] || warmup=$paths
  echo "== $scenario"
  run_wrk "$scenario-warmup" 2 1 3 "$warmup" >/dev/null
  # One client on an empty page cache, over more paths than it gets through: first visits.
  redis-cli -u "$REDIS" flushdb >/dev/null
  run_wrk "$scenario-c1" 1 1 10 "$paths"
  run_wrk "$scenario-c16" 16 2 "$DURATION" "$paths"
  wait_idle
  # The same paths again for one client, now that the runs above have filled the caches:
  # what a repeat visitor (or anyone after the first, until the next publish) gets.
  run_wrk "$scenario-c1-warm" 1 1 10 "$paths"
done

echo "== conditional GET"
etag=$(curl -sI "$BASE/" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
printf 'timeline with If-None-Match: %s\n' \
  "$(curl -s -o /dev/null -w '%{http_code} in %{time_total}s' -H "If-None-Match: $etag" "$BASE/")" | tee "$OUT/conditional.txt"

wait_idle
echo "== CSV export"
$PY bench/export_probe.py "$BASE/figures/export.csv?metric=pardoned&metric=released" "$GUNICORN" | tee "$OUT/export.txt"

wait_idle
echo "== mixed load: 32 connections, ${LOAD_DURATION}s (timeline, filtered lists, exports)"
cat "$OUT/paths/timeline.txt" "$OUT/paths/filtered.txt" > "$OUT/paths/mixed.txt"
sed -n '1,40p' "$OUT/paths/filtered.txt" | sed 's#^/announcements/?#/announcements/export.csv?#' >> "$OUT/paths/mixed.txt"
run_wrk "mixed-c32" 32 2 "$LOAD_DURATION" "$OUT/paths/mixed.txt"

echo "== SQL queries per page"
$PY bench/query_counts.py | tee "$OUT/queries.txt"
echo "== where a first visit's time goes (SQL, template alone, the rest)"
$PY bench/first_visit_parts.py "$OUT/paths" | tee "$OUT/first-visit-parts.txt"

kill $GUNICORN 2>/dev/null || true
trap - EXIT

echo "== Datasette on the same rows (the filtered list's comparison)"
DS=bench/.datasette-venv
[ -x $DS/bin/datasette ] || { "$(readlink -f $PY)" -m venv $DS && $DS/bin/pip install -q -r bench/requirements-datasette.txt; }
BENCH_DATASETTE=$DS/bin/datasette $PY bench/datasette_compare.py "$OUT" | tee "$OUT/datasette.txt" \
  || echo "Datasette comparison failed" | tee -a "$OUT/datasette.txt"

echo "== extraction"
$PY bench/bench_extraction.py | tee "$OUT/extraction.txt" || echo "extraction benchmark failed" | tee -a "$OUT/extraction.txt"
echo "== import through a real worker"
env -u DATABASE_URL -u REDIS_URL -u DEBUG -u SECRET_KEY -u ALLOWED_HOSTS -u SECURE_SSL_REDIRECT \
  $PY bench/bench_import.py | tee "$OUT/import.txt" || echo "import benchmark failed" | tee -a "$OUT/import.txt"

if [ "${BENCH_SCALE:-1}" != 0 ]; then
  echo "== the scale run: a year of news (bench/scale.sh; BENCH_SCALE=0 skips it)"
  bash bench/scale.sh || echo "scale run failed" | tee "$OUT/scale-failed.txt"
fi

$PY bench/report.py "$OUT" | tee "$OUT/summary.md"
