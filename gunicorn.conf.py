"""gunicorn settings for `make serve` (the numbers behind them: README, Performance)."""

import multiprocessing
import os

# Measured on the 2-core machine with wrk, 20 connections (README, Performance):
# one sync worker per core served the most (cached home 2,076 req/s, p99 16 ms;
# 4 workers: 1,254-1,777 req/s, p99 44 ms; gthread 2x2: 922 req/s). The work is
# CPU-bound, so more processes or threads only add switching.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count()))
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "sync")
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
# A worker silent for 30 s is killed and replaced: no page takes a second, and the
# slowest request, a 10 MB photo re-encoded into its renditions, takes a few; nginx
# waits 35 s (proxy_read_timeout) so it reports the worker's failure, not its own.
timeout = 30
# On a restart (a deploy, `kill -HUP`), workers get 20 s to finish what they serve.
graceful_timeout = 20
# Behind the TLS proxy only the proxy talks to us; trust its X-Forwarded-* headers.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = None  # the site logs one JSON line per request itself
errorlog = "-"
# gunicorn 27 opens a control socket at one fixed path per user: a second instance on
# the machine (a test, or a blue-green deploy) would take it over. Nothing here uses it.
control_socket_disable = True
