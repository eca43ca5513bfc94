#!/bin/sh
# Fuzzes every Jazzer target (issue 13) for a set time each, one JVM per target (Jazzer fuzzes one
# @FuzzTest per run), niced so that it shares a machine politely. Prints one line per target:
# executions, seconds, coverage and the finding, if any. Logs go to generator/target/fuzz/.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     (default 60 seconds; targets as Class#method)
#
# A finding stops that target's run: Jazzer saves the input as crash-<sha1> in the target's
# folder under generator/src/test/resources/dev/playbook/.../<Class>Inputs/<method>/, where the
# normal test run replays it from then on. Fix the bug (or report it), then keep the file, renamed
# to say what it shows, as a regression input. The generated corpus (inputs that reached new code)
# is kept in generator/.cifuzz-corpus/ for the next run and is not committed.
set -eu

seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-"build.PageFuzzTest#page config.SiteConfigFuzzTest#playbookYml model.DataFileFuzzTest#course
model.DataFileFuzzTest#glossary model.LimitFuzzTest#amount model.LimitFuzzTest#limits render.LinkFuzzTest#destination
safety.SanitizerFuzzTest#clean"}

repo=$(cd "$(dirname "$0")/.." && pwd)
logs="$repo/generator/target/fuzz"
mkdir -p "$logs"
cd "$repo"
mvn -B -q -o -pl generator test-compile

status=0
printf '%-34s %10s %8s %8s  %s\n' target executions seconds coverage finding
for target in $targets; do
    log="$logs/$(echo "$target" | tr '#' '.').log"
    # jazzer.internal.arg.*: libFuzzer's arguments (the first is its program name); a later
    # -max_total_time overrides the 5 minutes of @FuzzTest's maxDuration.
    if JAZZER_FUZZ=1 nice -n 10 mvn -B -o -pl generator surefire:test -Dtest="dev.playbook.$target" \
            -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.internal.arg.0=fuzz \
            -Djazzer.internal.arg.1=-max_total_time="$seconds" >"$log" 2>&1; then
        finding=none
    else
        finding=$(grep -m1 -E '^== Java Exception|FuzzTestFindingException|Caused by' "$log" | cut -c1-120 || true)
        finding=${finding:-"see $log"}
        status=1
    fi
    runs=$(grep -Eo '^#[0-9]+' "$log" | tail -1 | tr -d '#')
    done_line=$(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1)
    [ -n "$done_line" ] && runs=$(echo "$done_line" | awk '{print $2}')
    took=$(echo "$done_line" | awk '{print $5}')
    cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1 | awk '{print $2}')
    printf '%-34s %10s %8s %8s  %s\n' "$target" "${runs:-?}" "${took:-?}" "${cov:-?}" "$finding"
done
exit $status
