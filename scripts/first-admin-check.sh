#!/usr/bin/env bash
# The first start of a real installation, checked end to end: the production jar on a fresh
# PostgreSQL server (Debian's, in a throw-away folder, on a spare port) with AUDITIO_ADMIN_EMAIL and
# no SMTP server. It must log a single-use link; Chromium opens it and chooses the password; the
# administrator logs in; a restart creates nothing more; and with the database stopped under it,
# /actuator/health says DOWN within seconds, then UP again once the database is back.
#
# Needs: Debian's postgresql (initdb, pg_ctl, psql), chromium, node (>= 20), curl, a JDK >= 21.
# Builds the jar (mvn -Pproduction -DskipTests package) unless JAR names one. Leaves nothing running.
#   scripts/first-admin-check.sh            # APP_PORT=18090 PG_PORT=55432 by default
set -euo pipefail
JAR="${JAR:+$(realpath "$JAR")}"
cd "$(dirname "${BASH_SOURCE[0]}")/.."

APP_PORT="${APP_PORT:-18090}"
PG_PORT="${PG_PORT:-55432}"
ADMIN_EMAIL="${ADMIN_EMAIL:-first.admin@example.org}"
ADMIN_PASSWORD="sopranos hold the long final chord"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[[ -x "$PG_BIN/initdb" ]] || { echo "Debian's PostgreSQL is missing: apt-get install -y postgresql" >&2; exit 1; }
command -v chromium >/dev/null || { echo "chromium is missing: apt-get install -y chromium" >&2; exit 1; }

work="$(mktemp -d /tmp/first-admin-check.XXXXXX)"
chmod 755 "$work"
app_pid=""
as_pg() { if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
    [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
    as_pg "$PG_BIN/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
step() { echo "== $*"; }
now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc | xargs printf '%.1f'; }

if [[ -z "$JAR" ]]; then
    step "Building the production jar"
    mvn -B -q -Pproduction -DskipTests package
    JAR="$(ls target/auditio-*.jar | grep -v original | head -n 1)"
fi
[[ -f "$JAR" ]] || { echo "No jar at $JAR" >&2; exit 1; }
if unzip -l "$JAR" | grep -q devdefaults; then
    echo "$JAR carries the development defaults: not a production jar" >&2
    exit 1
fi

step "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') in $work/pg on port $PG_PORT"
mkdir -p "$work/pg"
[[ "$(id -u)" == 0 ]] && chown postgres "$work/pg"
as_pg "$PG_BIN/initdb" -D "$work/pg" -U postgres --auth-local=trust --auth-host=scram-sha-256 >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w \
    -o "-p $PG_PORT -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null
as_pg psql -h "$work/pg" -p "$PG_PORT" -U postgres -q \
    -c "create role auditio login password 'auditio-check'" -c "create database auditio owner auditio"

start_app() {
    local log="$1" started
    started="$(now)"
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/auditio" \
        SPRING_DATASOURCE_USERNAME=auditio SPRING_DATASOURCE_PASSWORD=auditio-check \
        AUDITIO_ADMIN_EMAIL="$ADMIN_EMAIL" AUDITIO_BASE_URL="http://localhost:$APP_PORT" \
        AUDITIO_STORAGE_ROOT="$work/uploads" \
        java -jar "$JAR" --server.port="$APP_PORT" >"$log" 2>&1 &
    app_pid=$!
    for _ in $(seq 1 600); do
        if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$APP_PORT/actuator/health")" == 200 ]]; then
            echo "   healthy $(since "$started") s after java -jar (pid $app_pid)"
            return 0
        fi
        kill -0 "$app_pid" 2>/dev/null || { tail -n 40 "$log"; echo "The application stopped" >&2; exit 1; }
        sleep 0.5
    done
    echo "No healthy application after 300 s" >&2
    exit 1
}
stop_app() { kill "$app_pid"; wait "$app_pid" || true; app_pid=""; }

step "First start with AUDITIO_ADMIN_EMAIL=$ADMIN_EMAIL and no SMTP server"
start_app "$work/first.log"
grep -E "First administrator" "$work/first.log" | sed 's/^/   log: /'
links="$(grep -oE "http://localhost:$APP_PORT/password/[A-Za-z0-9_-]{43}" "$work/first.log" || true)"
[[ "$(echo "$links" | grep -c password || true)" == 1 ]] || { echo "Expected exactly one link in the log" >&2; exit 1; }

step "Chromium opens the link and chooses the password"
cat >"$work/choose-password.mjs" <<'JS'
// Drives Chromium through the DevTools protocol (no browser download, no library).
import { spawn } from 'node:child_process';
const [link, password, profile] = process.argv.slice(2);
const chrome = spawn(process.env.CHROMIUM || 'chromium', ['--headless=new', '--no-sandbox', '--disable-gpu',
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
try {
    const browser = await new Promise((resolve, reject) => {
        let text = '';
        chrome.stderr.on('data', chunk => {
            const found = (text += chunk).match(/DevTools listening on (ws:\/\/\S+)/);
            if (found) resolve(new URL(found[1]));
        });
        setTimeout(() => reject(new Error('Chromium did not start')), 30000);
    });
    const pages = await (await fetch(`http://127.0.0.1:${browser.port}/json/list`)).json();
    const socket = new WebSocket(pages.find(page => page.type === 'page').webSocketDebuggerUrl);
    await new Promise(resolve => socket.onopen = resolve);
    let last = 0;
    const waiting = new Map();
    socket.onmessage = event => {
        const message = JSON.parse(event.data);
        if (waiting.has(message.id)) { waiting.get(message.id)(message); waiting.delete(message.id); }
    };
    const send = (method, params = {}) => new Promise(resolve => {
        waiting.set(++last, resolve);
        socket.send(JSON.stringify({ id: last, method, params }));
    });
    const value = async expression =>
        (await send('Runtime.evaluate', { expression, returnByValue: true })).result?.result?.value;
    const until = async (expression, what) => {
        for (const end = Date.now() + 60000; Date.now() < end; await new Promise(r => setTimeout(r, 200))) {
            if (await value(expression)) return;
        }
        throw new Error(`Timed out waiting for ${what}`);
    };
    await send('Page.navigate', { url: link });
    // Wait until Vaadin has upgraded the field and button, then type as a person would.
    await until(`!!customElements.get('vaadin-password-field') && !!customElements.get('vaadin-button')
        && !!document.querySelector('vaadin-password-field input')`, 'the password form');
    console.log(`   page: ${await value(`document.querySelector('h1').textContent`)}`);
    console.log(`   text: ${await value(`document.querySelector('p').textContent`)}`);
    await value(`document.querySelector('vaadin-password-field input').focus()`);
    await send('Input.insertText', { text: password });
    await value(`document.querySelector('vaadin-password-field input').dispatchEvent(new Event('change', { bubbles: true }))`);
    // The save button follows the field (the header has buttons of its own).
    await value(`document.querySelector('vaadin-password-field').nextElementSibling.click()`);
    try {
        await until(`location.pathname === '/login'`, 'the login page once the password is saved');
    } catch (error) {
        console.log(`   field: ${await value(`(() => { const f = document.querySelector('vaadin-password-field');
            return JSON.stringify({ value: f.value.length, invalid: f.invalid, error: f.errorMessage }); })()`)}`);
        throw error;
    }
    console.log(`   saved; the browser is now on ${await value('location.pathname')}`);
    socket.close();
} finally {
    chrome.kill();
}
JS
node --experimental-websocket --no-warnings "$work/choose-password.mjs" "$links" "$ADMIN_PASSWORD" "$work/chromium"

login() {
    local jar="$work/cookies-$RANDOM"
    curl -s -o /dev/null -c "$jar" "http://localhost:$APP_PORT/login"
    curl -s -o /dev/null -b "$jar" -c "$jar" -w '%{redirect_url}' \
        --data-urlencode "username=$ADMIN_EMAIL" --data-urlencode "password=$1" "http://localhost:$APP_PORT/login"
}
step "The administrator logs in"
wrong="$(login "not the password at all")"
right="$(login "$ADMIN_PASSWORD")"
echo "   wrong password -> $wrong"
echo "   chosen password -> $right"
[[ "$wrong" == *error* && "$right" != *error* ]] || { echo "Login did not behave" >&2; exit 1; }
echo "   the link again -> $(curl -s "$links" -o /dev/null -w '%{http_code}') (a Vaadin page; the view says the link is used)"

step "A restart creates nothing and logs no link"
stop_app
start_app "$work/second.log"
grep -E "FirstAdministrator" "$work/second.log" | sed 's/^.*FirstAdministrator *: /   log: /'
if grep -qE "/password/" "$work/second.log"; then echo "A link was logged again" >&2; exit 1; fi
count="$(as_pg psql -h "$work/pg" -p "$PG_PORT" -U postgres -d auditio -Atc \
    "select count(*) from user_account_role where role = 'ADMIN'")"
echo "   administrators in the database: $count"
[[ "$count" == 1 ]]

step "The database stops under the application"
as_pg "$PG_BIN/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null
echo "   /actuator/health: $(curl -s -m 60 -o /dev/null -w '%{http_code} in %{time_total} s' "http://localhost:$APP_PORT/actuator/health")"
as_pg "$PG_BIN/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w \
    -o "-p $PG_PORT -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null
back="$(now)"
until [[ "$(curl -s -m 10 -o /dev/null -w '%{http_code}' "http://localhost:$APP_PORT/actuator/health")" == 200 ]]; do
    (( $(echo "$(now) - $back > 30" | bc) )) && { echo "Not healthy 30 s after the database is back" >&2; exit 1; }
    sleep 0.2
done
echo "   UP again $(since "$back") s after the database is back"
stop_app
step "All checks passed"
