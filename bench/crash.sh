#!/usr/bin/env bash
# The standing crash campaign (issue 12): CrashIT's kill -9 trials, TRIALS of them (default 100),
# each killing `publish` (its own JVM) at a random moment and checking that the store holds the old
# release or the new one, never a mix, and that the next publish completes. The build runs 30
# trials (CrashIT under failsafe); this script is for a longer campaign and is not run by CI.
#   bench/crash.sh                 # 100 trials
#   TRIALS=300 SEED=7 bench/crash.sh
set -euo pipefail
cd "$(dirname "$0")/.."
TRIALS=${TRIALS:-100}
SEED=${SEED:-$(date +%s)}
echo "crash campaign: $TRIALS trials, seed $SEED"
./mvnw -B -q -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=CrashIT \
  -Ddiplokg.crash.trials="$TRIALS" -Ddiplokg.crash.seed="$SEED" \
  package failsafe:integration-test@integration-tests failsafe:verify@integration-tests
# CrashIT prints its figures ("crash test (seed S): N kill -9 during publish ...") above
