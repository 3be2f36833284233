#!/usr/bin/env bash
# The scale run of `make bench` (bench/run.sh calls it; BENCH_SCALE=0 skips it): a year of
# news in its own database, 1,000,000 sources beside 100,000 announcements, then
#   - the importer's per-article checks: wire-copy recall and precision on planted copies,
#     de-duplication and wire look-ups in ms (bench/scale_checks.py);
#   - the editors' desk from outside, over HTTP, as a superuser (bench/desk_pages.py);
#   - import through a real worker into that store and into an empty one, in alternating
#     runs (bench/import_pairs.py: the medians of BENCH_SCALE_IMPORT_PAIRS pairs, 3).
# Knobs: BENCH_SCALE_ANNOUNCEMENTS (100000), BENCH_SCALE_SOURCES (800000; with the
# announcements' own ~217,000 that is a million), BENCH_SCALE_DB_NAME (tracker_scale),
# BENCH_SKIP_SEED=1 (reuse the seeded database), BENCH_PORT (8765).
set -euo pipefail
cd "$(dirname "$0")/.."

PY=.venv/bin/python
DB_NAME=${BENCH_SCALE_DB_NAME:-tracker_scale}
OUT=bench/results
PORT=${BENCH_PORT:-8765}
BASE=http://127.0.0.1:$PORT
mkdir -p "$OUT"
export DATABASE_URL=postgres://postgres@127.0.0.1:5432/$DB_NAME REDIS_URL=${BENCH_SCALE_REDIS_URL:-redis://127.0.0.1:6379/8}
export DEBUG=false SECURE_SSL_REDIRECT=false LOG_LEVEL=ERROR ALLOWED_HOSTS=127.0.0.1,localhost
export SECRET_KEY=bench-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz

psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB_NAME'" | grep -q 1 \
  || createdb -h 127.0.0.1 -U postgres "$DB_NAME"
$PY manage.py migrate --no-input -v0
if [ "${BENCH_SKIP_SEED:-0}" != 1 ]; then
  echo "== seeding a year of news: ${BENCH_SCALE_ANNOUNCEMENTS:-100000} announcements, ${BENCH_SCALE_SOURCES:-800000} more sources"
  /usr/bin/time -f "%e s wall, %U s user, %M KB max RSS" $PY manage.py seed_bench --reset \
    --announcements "${BENCH_SCALE_ANNOUNCEMENTS:-100000}" --sources "${BENCH_SCALE_SOURCES:-800000}" 2>&1 \
    | grep -v '^  [0-9]' | tee "$OUT/scale-seed.txt"
  # The announcements' own sources are written without bands: index them as an upgrade would.
  /usr/bin/time -f "%e s wall" $PY manage.py index_wire_bands 2>&1 | tee -a "$OUT/scale-seed.txt"
fi

echo "== per-article checks at a million sources"
$PY bench/scale_checks.py | tee "$OUT/scale-checks.txt"

echo "== the desk at a million sources (gunicorn on $BASE)"
$PY manage.py collectstatic --no-input -v0
.venv/bin/gunicorn -c python:tracker.gunicorn tracker.wsgi:application --bind "127.0.0.1:$PORT" --workers 2 \
  --timeout 120 --access-logfile /dev/null --error-logfile "$OUT/scale-gunicorn.log" &
GUNICORN=$!
trap 'kill $GUNICORN 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -fs "$BASE/healthz" >/dev/null && break; sleep 0.2; done
$PY bench/desk_pages.py "$BASE" | tee "$OUT/scale-desk.txt"
kill $GUNICORN 2>/dev/null || true
trap - EXIT

echo "== import through a real worker: into an empty store and into the full one, alternating"
REDIS_URL=redis://127.0.0.1:6379/6 $PY bench/import_pairs.py --pairs "${BENCH_SCALE_IMPORT_PAIRS:-3}" \
  | tee "$OUT/scale-import.txt" || echo "scale import benchmark failed" | tee -a "$OUT/scale-import.txt"
