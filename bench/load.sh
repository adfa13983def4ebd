#!/usr/bin/env bash
# Load test (issue 12), on this machine only: `serve --loc` (512 MB heap) over a store of
# ARTICLES variants of the bundled articles, CLIENTS clients for DURATION seconds sending the
# example queries and fetching the pages (bench --load), while `publish --to` writes 20 changed
# articles into the served store. Prints the load figures, the server's memory every 5 s and the
# publish result; exits 0 when there was no error but documented 503s and the publish succeeded.
# Not part of the default build; ServeUnderLoadIT runs a 10-second version of it.
#   bench/load.sh                       # 50 clients, 60 s, 1000 articles
#   CLIENTS=20 DURATION=30 ARTICLES=200 bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS=${CLIENTS:-50}
DURATION=${DURATION:-60}
ARTICLES=${ARTICLES:-1000}
PORT=${PORT:-3931}
JAR=target/diplokg.jar
work=$(mktemp -d)
server=""
sampler=""
cleanup() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package
java -jar "$JAR" bench --variants "$ARTICLES" -o "$work/articles"
start=$(date +%s)
java -jar "$JAR" publish -q --loc "$work/db" --no-dumps --no-compact "$work/articles"
echo "store built in $(( $(date +%s) - start )) s"
echo "publisher: pa55word" > "$work/users"
echo "pa55word" > "$work/secret"
java -Xmx512m -jar "$JAR" serve --loc "$work/db" --port "$PORT" --update --password-file "$work/users" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 120); do
  curl -sf "http://localhost:$PORT/\$/ping" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log"; exit 1; }
  sleep 1
done
i=0
for f in "$work"/articles/*.txt; do
  if [ $(( i % 50 )) -eq 7 ]; then printf '\nTalks resumed after a pause of %d hours.\n' "$i" >> "$f"; fi
  i=$(( i + 1 ))
done
( while kill -0 "$server" 2>/dev/null; do
    echo "$(date +%T) rss $(( $(awk '/VmRSS/ {print $2}' "/proc/$server/status") / 1024 )) MB," \
      "anonymous $(( $(awk '/RssAnon/ {print $2}' "/proc/$server/status") / 1024 )) MB"
    sleep 5
  done ) > "$work/rss.log" &
sampler=$!
java -jar "$JAR" publish -q --to "http://localhost:$PORT/diplokg/data" --user publisher --password-file "$work/secret" \
  "$work/articles" > "$work/publish.log" 2>&1 &
publisher=$!
set +e
java -jar "$JAR" bench --load "http://localhost:$PORT" --clients "$CLIENTS" --seconds "$DURATION"
load=$?
wait "$publisher"
published=$?
set -e
echo "publish --to during the load (exit $published): $(cat "$work/publish.log")"
echo "server memory every 5 s (rss counts the store's mapped files; anonymous is heap and the rest of the JVM):"
cat "$work/rss.log"
[ "$load" -eq 0 ] && [ "$published" -eq 0 ]
