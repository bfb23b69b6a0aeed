#!/usr/bin/env bash
# Measures Waymark's pages on a large generated installation (docs/performance.md).
#
#  1. builds the application jar and, with the generator in the test sources, (re)creates
#     the PostgreSQL database $BENCH_DB_NAME, migrates it and fills it with 10 plans,
#     70 programmes, 12 quarters, 5,000 actions, 700 measures x 12 values and 500 risks;
#  2. starts the jar on it (postgres profile, a free port) and signs in as the generated
#     admin with curl;
#  3. runs wrk against every page to warm the JVM up, then measures each page in turn, and
#     prints a table of requests/second, latency percentiles, errors and the application's
#     CPU time per request; then stops the application.
#
# Usage: src/benchmark/run.sh          (from anywhere; needs Java 17, curl and wrk)
#
# Settings (environment variables, defaults in brackets):
#   BENCH_DB_HOST [localhost]  BENCH_DB_PORT [5432]  BENCH_DB_NAME [waymark_bench]
#   BENCH_DB_USER [postgres]   BENCH_DB_PASSWORD []   (the user must be able to create databases)
#   BENCH_SCALE [1]            how many times the installation's 10 plans to generate
#   BENCH_THREADS [2]          wrk threads       BENCH_CONNECTIONS [20]   open connections
#   BENCH_DURATION [15s]       measured run per page   BENCH_WARMUP [10s] unmeasured run of each page first
#   BENCH_APP_ARGS []          extra arguments for the application, to compare a setting
#                              (e.g. --spring.jpa.open-in-view=true); split on spaces
#   WAYMARK_BUILD_DIRECTORY [target]   where Maven builds, and results go (benchmark/ under it)
#
# Nothing here asserts on time: the figures depend on the machine.
set -euo pipefail

cd "$(dirname "$0")/../.."
root=$(pwd)

export BENCH_DB_HOST=${BENCH_DB_HOST:-localhost}
export BENCH_DB_PORT=${BENCH_DB_PORT:-5432}
export BENCH_DB_NAME=${BENCH_DB_NAME:-waymark_bench}
export BENCH_DB_USER=${BENCH_DB_USER:-postgres}
export BENCH_DB_PASSWORD=${BENCH_DB_PASSWORD:-}
export BENCH_SCALE=${BENCH_SCALE:-1}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-20}
duration=${BENCH_DURATION:-15s}
warmup=${BENCH_WARMUP:-10s}
build_dir=${WAYMARK_BUILD_DIRECTORY:-$root/target}
out=$build_dir/benchmark
app_pid=

log() {
	printf '[benchmark] %s\n' "$*" >&2
}

fail() {
	log "$*"
	exit 1
}

require_wrk() {
	if command -v wrk > /dev/null; then
		return
	fi
	if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
		log "Installing wrk (Debian package)"
		apt-get install -y -q wrk > /dev/null || { apt-get update -q > /dev/null && apt-get install -y -q wrk > /dev/null; }
		return
	fi
	fail "wrk is not installed. On Debian or Ubuntu: sudo apt-get install wrk (elsewhere: https://github.com/wg/wrk)"
}

stop_app() {
	if [ -n "$app_pid" ] && kill -0 "$app_pid" 2> /dev/null; then
		log "Stopping the application (pid $app_pid)"
		kill "$app_pid"
		wait "$app_pid" 2> /dev/null || true
	fi
}

# Starts the jar on a port the system picks, and waits until it serves the sign-in page.
start_app() {
	local jar app_args
	read -r -a app_args <<< "${BENCH_APP_ARGS:-}"
	jar=$(find "$build_dir" -maxdepth 1 -name 'waymark-*.jar' ! -name '*-plain.jar' | head -n 1)
	[ -n "$jar" ] || fail "No application jar in $build_dir"
	log "Starting $jar on $BENCH_DB_NAME (log: $out/app.log)"
	SPRING_PROFILES_ACTIVE=postgres \
		SPRING_DATASOURCE_URL="jdbc:postgresql://$BENCH_DB_HOST:$BENCH_DB_PORT/$BENCH_DB_NAME" \
		SPRING_DATASOURCE_USERNAME="$BENCH_DB_USER" SPRING_DATASOURCE_PASSWORD="$BENCH_DB_PASSWORD" \
		java -jar "$jar" --server.port=0 ${app_args[@]+"${app_args[@]}"} > "$out/app.log" 2>&1 &
	app_pid=$!
	local waited=0
	port=
	while [ -z "$port" ]; do
		kill -0 "$app_pid" 2> /dev/null || { tail -n 40 "$out/app.log" >&2; fail "The application stopped"; }
		[ "$waited" -lt 180 ] || fail "The application did not start within 180 s"
		sleep 1
		waited=$((waited + 1))
		port=$(sed -n 's/.*Tomcat started on port \([0-9][0-9]*\).*/\1/p' "$out/app.log" | head -n 1)
	done
	base="http://127.0.0.1:$port"
	log "Application up at $base after ${waited} s"
}

# Signs in with the form, as a browser does: the CSRF token from the sign-in page, then the
# POST. Leaves the session cookie in $session.
sign_in() {
	local cookies=$out/cookies.txt csrf location
	rm -f "$cookies"
	csrf=$(curl -fsS -c "$cookies" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
	[ -n "$csrf" ] || fail "No CSRF token on the sign-in page"
	location=$(curl -sS -o /dev/null -w '%{redirect_url}' -b "$cookies" -c "$cookies" \
		--data-urlencode "username=$ADMIN_USERNAME" --data-urlencode "password=$ADMIN_PASSWORD" \
		--data-urlencode "_csrf=$csrf" "$base/login")
	case "$location" in
		*/login*) fail "Signing in as $ADMIN_USERNAME failed (sent to $location)" ;;
	esac
	session=$(awk '$6 == "JSESSIONID" { print $7 }' "$cookies" | tail -n 1)
	[ -n "$session" ] || fail "No session cookie after signing in"
	log "Signed in as $ADMIN_USERNAME"
}

# The page must answer 200 to the signed-in session (not a redirect to sign in), before
# and after it is measured: wrk counts redirects as successes.
check_page() {
	local status
	status=$(curl -sS -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$session" "$base$1")
	[ "$status" = 200 ] || fail "$1 answered $status, not 200"
}

# Other work on the machine skews the figures: the results say how busy it was.
load_average() {
	if [ -r /proc/loadavg ]; then cut -d ' ' -f 1-3 /proc/loadavg; else echo unknown; fi
}

memory() {
	if [ -r /proc/meminfo ]; then
		awk '/^MemTotal:/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo
	else
		echo "unknown memory"
	fi
}

java_version() {
	java -version 2>&1 | head -n 1
}

# CPU time the application has used, in clock ticks (Linux); empty elsewhere.
app_cpu_ticks() {
	if [ -r "/proc/$app_pid/stat" ]; then
		# utime and stime, counted after the ")" that ends the command name.
		sed 's/.*) //' "/proc/$app_pid/stat" | awk '{ print $12 + $13 }'
	fi
}

warm_up() {
	check_page "$1"
	wrk -t"$threads" -c"$connections" -d"$warmup" --timeout 10s -H "Cookie: JSESSIONID=$session" \
		"$base$1" > /dev/null
}

# Prints "requests/s p50 p95 p99 errors cpu-ms-per-request" for one page.
measure() {
	local path=$1 line cpu_before cpu_after
	check_page "$path"
	cpu_before=$(app_cpu_ticks)
	line=$(wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s -H "Cookie: JSESSIONID=$session" \
		-s "$root/src/benchmark/report.lua" "$base$path" | grep '^WAYMARK ')
	cpu_after=$(app_cpu_ticks)
	check_page "$path"
	printf '%s cpu_before=%s cpu_after=%s ticks=%s\n' "$line" "${cpu_before:-0}" "${cpu_after:-0}" \
		"$(getconf CLK_TCK)" | awk '{
			for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
			cpu = (v["cpu_after"] > 0 && v["requests"] > 0) \
				? sprintf("%.1f", (v["cpu_after"] - v["cpu_before"]) * 1000 / v["ticks"] / v["requests"]) : "n/a"
			print v["rps"], v["p50"], v["p95"], v["p99"], v["errors"], cpu
		}'
}

# Times one document at a time: the committee pack takes too long per request for wrk's
# 20 connections to finish any within its time limits, and it is made one at a time in
# practice. Prints the fastest, median and slowest of BENCH_DOCUMENT_RUNS requests in ms
# and the file's size in KB.
time_document() {
	local path=$1 runs=${BENCH_DOCUMENT_RUNS:-7} i times=() size
	check_page "$path"
	curl -sS -o /dev/null -H "Cookie: JSESSIONID=$session" "$base$path"
	for ((i = 0; i < runs; i++)); do
		read -r t size <<< "$(curl -sS -o /dev/null -w '%{time_total} %{size_download}' \
			-H "Cookie: JSESSIONID=$session" "$base$path")"
		times+=("$(awk -v t="$t" 'BEGIN { printf "%.0f", t * 1000 }')")
	done
	printf '%s\n' "${times[@]}" | sort -n | awk -v size="$size" \
		'{ v[NR] = $1 } END { printf "%s %s %s %.0f\n", v[1], v[int((NR + 1) / 2)], v[NR], size / 1024 }'
}

main() {
	local load_at_start
	load_at_start=$(load_average)
	require_wrk
	command -v curl > /dev/null || fail "curl is not installed"
	mkdir -p "$out"
	trap stop_app EXIT

	log "Building the jar and generating the installation into $BENCH_DB_NAME on $BENCH_DB_HOST:$BENCH_DB_PORT"
	./mvnw -B -q -Pbenchmark -DskipTests -Dwaymark.build.directory="$build_dir" package exec:java \
		-Dexec.args="$out/pages.env"
	# shellcheck source=/dev/null
	. "$out/pages.env"

	start_app
	sign_in

	# The sign-in page is the ceiling: it goes through the same filter chain, session,
	# CSRF token and Thymeleaf layout as the other pages but runs no SQL.
	local pages=(
		"sign-in page (ceiling)|/login"
		"home, latest period|/"
		"home, an older period|$OLDER_PERIOD_PATH"
		"programme page|$PROGRAMME_PATH"
		"highlight report|$REPORT_PATH"
		"quarter view|$QUARTER_PATH"
		"RAG view|$RAG_PATH"
		"scrutiny summary|$SUMMARY_PATH"
		"compare two quarters|$COMPARE_PATH"
		"risk register|$RISK_REGISTER_PATH"
		"risk heat map|$HEAT_MAP_PATH"
	)
	local results=$out/results.txt entry name path figures rps p50 p95 p99 errors cpu fastest median slowest size
	for entry in "${pages[@]}"; do
		log "Warming up on ${entry%%|*}"
		warm_up "${entry#*|}"
	done
	{
		printf 'Data set: %s\n' "$DATA_SET"
		printf 'Machine: %s cores, %s; %s\n' "$(getconf _NPROCESSORS_ONLN)" "$(memory)" "$(java_version)"
		printf 'Load average (1, 5, 15 min) when the script started: %s; before measuring: %s\n' \
			"$load_at_start" "$(load_average)"
		printf 'wrk -t%s -c%s, %s per page after a %s warm-up of each; latency in ms\n' "$threads" \
			"$connections" "$duration" "$warmup"
		[ -z "${BENCH_APP_ARGS:-}" ] || printf 'Application arguments: %s\n' "$BENCH_APP_ARGS"
		printf "CPU: the application's CPU time per request in ms (PostgreSQL's not included)\n\n"
		printf '| %-24s | %-18s | %8s | %7s | %7s | %7s | %6s | %6s |\n' Page Path 'Req/s' p50 p95 p99 Errors CPU
		printf '|%s|%s|%s|%s|%s|%s|%s|%s|\n' -------------------------- -------------------- ---------: \
			--------: --------: --------: -------: -------:
	} > "$results"
	for entry in "${pages[@]}"; do
		name=${entry%%|*}
		path=${entry#*|}
		log "Measuring $name ($path)"
		figures=$(measure "$path")
		read -r rps p50 p95 p99 errors cpu <<< "$figures"
		printf '| %-24s | %-18s | %8s | %7s | %7s | %7s | %6s | %6s |\n' "$name" "$path" "$rps" "$p50" "$p95" \
			"$p99" "$errors" "$cpu" >> "$results"
	done
	local documents=(
		"committee pack (PDF)|$PACK_PATH"
		"executive summary (Word)|$SUMMARY_DOCX_PATH"
		"highlight report (Word)|$REPORT_DOCX_PATH"
	)
	{
		printf '\nDocuments, one request at a time (%s runs after one warm-up); ms\n\n' \
			"${BENCH_DOCUMENT_RUNS:-7}"
		printf '| %-24s | %-18s | %7s | %7s | %7s | %7s |\n' Document Path Fastest Median Slowest KB
		printf '|%s|%s|%s|%s|%s|%s|\n' -------------------------- -------------------- --------: --------: \
			--------: --------:
	} >> "$results"
	for entry in "${documents[@]}"; do
		name=${entry%%|*}
		path=${entry#*|}
		log "Timing $name ($path)"
		read -r fastest median slowest size <<< "$(time_document "$path")"
		printf '| %-24s | %-18s | %7s | %7s | %7s | %7s |\n' "$name" "$path" "$fastest" "$median" "$slowest" \
			"$size" >> "$results"
	done
	printf '\nLoad average after measuring: %s\n' "$(load_average)" >> "$results"
	printf '\n'
	cat "$results"
	log "Results saved in $results"
}

main "$@"
