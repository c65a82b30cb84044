#!/usr/bin/env bash
# Runs the whole test suite (unit, pipeline, founding example, browser tests where Chromium is present).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$ROOT/scripts/jdk.sh"
cd "$ROOT"
exec ./mvnw -B -ntp test "$@"
