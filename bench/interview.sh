#!/usr/bin/env bash
# Interview efficiency: for each documented scenario, an interview started from nothing and answered from the
# scenario's example file; prints the questions asked and whether the top cause is right. Targets (issue 4): right
# in all, at most 8 questions for any scenario, at most 5 on average.
#   bench/interview.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test -Dtest=InterviewScenariosTest -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
cat target/interview-scenarios.txt
