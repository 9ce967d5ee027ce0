#!/bin/bash
# Runs inside the booted Debian root (see scripts/systemd-boot-test): checks
# the installed service the way an operator would, writes one line per check
# to /probe-out/results ("ok NAME" or "FAIL NAME: why"), then powers off.
set -u
out=/probe-out/results
: > "$out"
check() { # NAME COMMAND...
    local name=$1; shift
    if "$@" >> /probe-out/log 2>&1; then echo "ok $name" >> "$out"; else echo "FAIL $name: $*" >> "$out"; fi
}
waitfor() { # SECONDS COMMAND...
    local n=$(( $1 * 10 )); shift
    for _ in $(seq "$n"); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
    "$@"
}
journaled() { grep -h -c '"type":"article"' /var/lib/byline/journal/*.jsonl 2>/dev/null | awk '{s+=$1} END {exit !(s >= '"$1"')}'; }

check enable systemctl enable --now byline
check active waitfor 30 systemctl is-active --quiet byline
check status-line waitfor 10 bash -c "systemctl show -p StatusText byline | grep -q 'watching /var/lib/byline/inbox'"
for f in /probe-in/seeds/*.txt; do
    cp "$f" /var/lib/byline/inbox/.incoming && mv /var/lib/byline/inbox/.incoming "/var/lib/byline/inbox/$(basename "$f")"
done
check journaled waitfor 60 journaled 5
check settled waitfor 10 bash -c "[ \$(ls /var/lib/byline/inbox/processed | wc -l) -eq 5 ]"
check verify /usr/local/bin/byline verify /var/lib/byline/journal
check metrics waitfor 10 bash -c "/usr/local/bin/byline stats --config /etc/byline/byline.toml | grep -q 'outcome=article 5'"
check journalctl-entity waitfor 10 bash -c "journalctl -u byline BYLINE_ENTITY=Iran -o json | grep -q BYLINE_SHA256"
check journalctl-source waitfor 10 bash -c "journalctl -u byline BYLINE_TYPE=article -o verbose | grep -q BYLINE_SOURCE="
check runs-as-byline bash -c "[ \"\$(stat -c %U /proc/\$(systemctl show -p MainPID --value byline))\" = byline ]"
check reload systemctl reload byline
check active-after-reload waitfor 10 systemctl is-active --quiet byline
check reload-record waitfor 10 bash -c "grep -q '\"type\":\"reload\"' /var/lib/byline/journal/*.jsonl"
check stop systemctl stop byline
check inactive-after-stop bash -c "! systemctl is-active --quiet byline"
check clean-exit bash -c "systemctl show -p Result --value byline | grep -qx success"
check stop-record bash -c "grep -q '\"type\":\"stop\"' /var/lib/byline/journal/*.jsonl"
journalctl -u byline --no-pager > /probe-out/byline.journal 2>&1
echo done >> "$out"
systemctl poweroff
