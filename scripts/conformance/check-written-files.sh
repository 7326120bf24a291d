#!/usr/bin/env bash
# Conformance of every file the kit writes (issue 10): writes them (write-files.ts), then checks
# every .xlsx and .docx under <out>/written/ with two strict consumers:
#   1. ooxml-check (ECMA-376 transitional schemas with Jing + the package rules Excel enforces);
#   2. openpyxl load_workbook, normal and read_only (every cell iterated), for workbooks.
# First it feeds the checker one known-bad file (styles.xml with vertical="middle") and expects it
# caught, so a checker that passes everything fails the run.
#
# Usage: scripts/conformance/check-written-files.sh [OUT]   (default test-output/conformance)
#   OOXML_CHECK  path of ooxml-check (default $SAKIP_SHARED/tools/ooxml-check, else ../shared/tools/ooxml-check)
#   PYTHON       a python3 with openpyxl (default: the first of python3, /usr/bin/python3 that has it)
#   CONFORMANCE_ONLY_CHECK=1  check the files already in OUT/written (no writing)
# Exit 0 when every file is clean; 1 on any problem; 2 when a tool is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

OUT="${1:-test-output/conformance}"
CHECK="${OOXML_CHECK:-${SAKIP_SHARED:-../shared}/tools/ooxml-check}"
HERE=scripts/conformance

if [ ! -x "$CHECK" ]; then echo "conformance: ooxml-check not found at $CHECK (set OOXML_CHECK)" >&2; exit 2; fi
for tool in jing xmllint; do
  command -v "$tool" >/dev/null 2>&1 || { echo "conformance: $tool is missing (Debian: jing libxml2-utils)" >&2; exit 2; }
done
PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  for candidate in python3 /usr/bin/python3; do
    if "$candidate" -c 'import openpyxl' >/dev/null 2>&1; then PY="$candidate"; break; fi
  done
fi
[ -n "$PY" ] || { echo "conformance: no python3 with openpyxl (Debian: python3-openpyxl)" >&2; exit 2; }

# 1. The checker must catch a known-bad file.
BAD="$(mktemp -d)"
trap 'rm -rf "$BAD"' EXIT
"$PY" "$HERE/make-bad-file.py" "$BAD/vertical-middle.xlsx"
if "$CHECK" --quiet "$BAD/vertical-middle.xlsx" >"$BAD/out.txt" 2>&1; then
  echo "conformance: ooxml-check passed a styles.xml with vertical=\"middle\"; the checker is not working" >&2
  cat "$BAD/out.txt" >&2
  exit 1
fi
grep -q 'middle' "$BAD/out.txt" || { echo "conformance: ooxml-check failed the bad file for another reason:" >&2; cat "$BAD/out.txt" >&2; exit 1; }
if "$PY" "$HERE/open-with-openpyxl.py" "$BAD/vertical-middle.xlsx" >/dev/null 2>&1; then
  echo "conformance: openpyxl opened a styles.xml with vertical=\"middle\"; the second check is not working" >&2
  exit 1
fi
echo "conformance: the known-bad file is caught by both checks"

# 2. Write every kind of file.
if [ "${CONFORMANCE_ONLY_CHECK:-0}" != 1 ]; then
  rm -rf "$OUT"
  npx tsx "$HERE/write-files.ts" "$OUT"
fi

# 3. Check every written file.
mapfile -d '' FILES < <(find "$OUT/written" -type f \( -name '*.xlsx' -o -name '*.docx' \) -print0 | sort -z)
if [ ${#FILES[@]} -eq 0 ]; then echo "conformance: no files in $OUT/written" >&2; exit 1; fi
status=0
"$CHECK" "${FILES[@]}" || status=1
WORKBOOKS=()
for f in "${FILES[@]}"; do case "$f" in *.xlsx) WORKBOOKS+=("$f") ;; esac; done
if [ ${#WORKBOOKS[@]} -gt 0 ]; then "$PY" "$HERE/open-with-openpyxl.py" "${WORKBOOKS[@]}" || status=1; fi
if [ $status -ne 0 ]; then echo "conformance: FAILED (${#FILES[@]} files)" >&2; exit 1; fi
echo "conformance: ${#FILES[@]} files clean (ooxml-check, openpyxl)"
