#!/usr/bin/env bash
# Keeps src/test/resources/db/migrations.sha256, the list of every migration merged into main, in
# order, with the SHA-256 of its file (sha256sum's format). MigrationLockTest fails when a listed
# migration changed or vanished, or when a new one is numbered below the highest listed: Flyway
# (out-of-order off) would refuse it on every database that already has the higher one.
#
#   scripts/migration-lock.sh            append the new migrations (each numbered above the highest listed)
#   scripts/migration-lock.sh --check    change nothing; say what is wrong or what would be appended
#   scripts/migration-lock.sh --merge    also list unlisted migrations numbered below the highest one,
#                                        in numeric order: only for migrations written before the list
#                                        existed (V51–V59, merged before it); never for a new one
#
# Listed lines are never rewritten: a changed migration is an error in every mode.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
dir=src/main/resources/db/migration
lock=src/test/resources/db/migrations.sha256
mode=${1:---append}
case "$mode" in --append | --check | --merge) ;; *) echo "usage: $0 [--append|--check|--merge]" >&2; exit 2 ;; esac

version() { # V62__selection_x.sql -> 62
    local name=${1##*/}
    name=${name#V}
    echo "${name%%__*}"
}

problems=0
declare -A listed=()
highest=0
if [[ -f "$lock" ]]; then
    while read -r hash name; do
        [[ -z "$hash" || "$hash" == \#* ]] && continue
        listed[$name]=1
        if [[ ! -f "$dir/$name" ]]; then
            echo "MISSING  $name is listed but $dir/$name is gone: restore it (git checkout main -- $dir/$name)" >&2
            problems=1
        elif [[ "$(sha256sum "$dir/$name" | cut -d' ' -f1)" != "$hash" ]]; then
            echo "CHANGED  $name differs from the merged file: restore it (git checkout main -- $dir/$name) and put the change in a new migration" >&2
            problems=1
        fi
        v=$(version "$name")
        ((v > highest)) && highest=$v
    done <"$lock"
fi

new=()
while read -r file; do
    name=${file##*/}
    [[ -n "${listed[$name]:-}" ]] && continue
    if [[ ! "$name" =~ ^V[0-9]+__[a-z]+_[a-z0-9_]+\.sql$ ]]; then
        echo "NAME     $name is not V<n>__<module>_<what>.sql" >&2
        problems=1
    elif (($(version "$name") <= highest)) && [[ "$mode" != --merge ]]; then
        echo "NUMBER   $name is not numbered above V$highest, the highest merged migration: rename it V$((highest + 1))__${name#*__}" >&2
        echo "         (only if it was merged into main before this list existed, as V51–V59 were: $0 --merge)" >&2
        problems=1
    else
        new+=("$name")
    fi
done < <(ls "$dir"/V*.sql | sort -t V -k2 -n)

if ((problems)); then
    echo "Nothing written to $lock." >&2
    exit 1
fi
if ((${#new[@]} == 0)); then
    echo "$lock lists every migration."
    exit 0
fi
lines=$(cd "$dir" && sha256sum "${new[@]}")
if [[ "$mode" == --check ]]; then
    echo "Would append to $lock:"
    echo "$lines"
    exit 1
fi
if [[ "$mode" == --merge ]]; then
    { cat "$lock"; echo "$lines"; } | sort -t V -k2 -n -s >"$lock.tmp"
    mv "$lock.tmp" "$lock"
else
    echo "$lines" >>"$lock"
fi
echo "Listed in $lock:"
echo "$lines"
