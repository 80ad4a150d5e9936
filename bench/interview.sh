#!/usr/bin/env bash
# Interview efficiency: for each documented scenario, an interview started from nothing and answered from the
# scenario's example file; prints the questions asked and whether the top cause is right, then the two groups.
# Targets (issues 4 and 13): right in all, at most 8 questions for any scenario, at most 5 on average for the OCS 2007
# R2 scenarios (examples that name no product) and at most 6 for the Lync and Skype for Business ones.
#   bench/interview.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test -Dtest=InterviewScenariosTest -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
cat target/interview-scenarios.txt
