#!/bin/sh
# Builds the sample playbook as two releases, to try the version switcher, the outdated-release
# banner and the release notes. It copies playbook/ into a scratch git repository, commits an
# earlier state of it as release 2026.1 (tag release/2026.1), then the sample as it is as 2026.2,
# and builds both with --all-releases.
#
#   scripts/sample-releases.sh [SCRATCH_DIR]      (default /tmp/playbook-releases; needs git and perl)
#
# 2026.1 differs from 2026.2: the agent's goodwill credit limit is $15 (25 USD in 2026.2), the
# warm hand-offs standard is at standards/hand-offs.html (same id, so it is "moved"), the story
# "The stove at the trailhead" is not written yet, and the release has its own title and date.
set -eu

repo=$(cd "$(dirname "$0")/.." && pwd)
jar="$repo/generator/target/playbook.jar"
scratch=${1:-/tmp/playbook-releases}
[ -f "$jar" ] || { echo "build the jar first: mvn -B -q package -DskipTests" >&2; exit 2; }

rm -rf "$scratch"
mkdir -p "$scratch"
cp -R "$repo/playbook" "$scratch/playbook"
cd "$scratch"
git init -q
git config user.name "Sample editor"
git config user.email "editor@example.org"
git config commit.gpgsign false
git config tag.gpgsign false
printf '/site-out/\n' > .gitignore

# Release 2026.1: the pilot.
perl -pi -e 's/^release: .*/release: "2026.1"/; s/^release-title: .*/release-title: Pilot in three stores/; s/^release-date: .*/release-date: 2026-04-01/' playbook/playbook.yml
perl -0pi -e 's/(- role: agent\n    extra: Goodwill credit on a purchase\n    up-to: )25 USD/${1}15 USD/' playbook/parameters/goodwill-credits.md
mv playbook/standards/warm-hand-offs.md playbook/standards/hand-offs.md
perl -pi -e 's/^title: Warm hand-offs$/id: warm-hand-offs\ntitle: Warm hand-offs/' playbook/standards/hand-offs.md
grep -rl 'warm-hand-offs\.md' playbook | xargs perl -pi -e 's/warm-hand-offs\.md/hand-offs.md/g'
rm playbook/stories/the-stove-at-the-trailhead.md
grep -rl 'the-stove-at-the-trailhead\.md' playbook | xargs perl -0pi -e 's/^\| \[The stove at the trailhead\]\(the-stove-at-the-trailhead\.md\).*\n//mg; s/, \[The stove at the trailhead\]\([^)]*\)//g; s/\[The stove at the trailhead\]\([^)]*\), //g'
git add -A
git commit -qm "Release 2026.1: pilot in three stores"
git tag release/2026.1

# Release 2026.2: the sample as it ships.
rm -rf playbook
cp -R "$repo/playbook" playbook
git add -A
git commit -qm "Release 2026.2: service recovery protocols"
git tag release/2026.2

java -jar "$jar" build --all-releases --source playbook --out site-out
echo "Open $scratch/site-out/index.html, then choose release 2026.1 in the header, or read $scratch/site-out/2026.2/release-notes.html"
