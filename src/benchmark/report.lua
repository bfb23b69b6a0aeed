-- wrk script for src/benchmark/run.sh: after the run, prints one line that run.sh reads,
-- with throughput, latency percentiles in milliseconds and every kind of error wrk counts
-- (connect, read, write, timeout, and HTTP status 4xx/5xx).
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format(
    "WAYMARK requests=%d rps=%.1f p50=%.1f p95=%.1f p99=%.1f errors=%d\n",
    summary.requests,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000,
    latency:percentile(95) / 1000,
    latency:percentile(99) / 1000,
    errors))
end
