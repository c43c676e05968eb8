"""gunicorn settings for `make serve`."""

import multiprocessing
import os

# Two processes per core keeps both cores busy while one worker waits on the database.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2))
worker_class = "sync"
timeout = 30
# Behind the TLS proxy only the proxy talks to us; trust its X-Forwarded-* headers.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
errorlog = "-"
