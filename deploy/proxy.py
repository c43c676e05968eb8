"""nginx in front of gunicorn on the loopback: the production stack on one machine.

    python deploy/proxy.py --port 8080 --upstream-port 8000

writes an nginx configuration (deploy/nginx/local.conf with the production limits
and locations beside it) into .cache/proxy/ and runs nginx in the foreground
against the gunicorn already listening on the upstream port. `make serve-proxy`
starts both. The tests use write_config() and nginx_command() the same way.
"""

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

NGINX_DIR = Path(__file__).resolve().parent / "nginx"
SHARED = ("main.conf", "limits.conf", "locations.conf", "proxy_to_site.conf", "netclinic.conf")


def find_nginx() -> str | None:
    return shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if Path(p).exists()), None)


def write_config(run: Path, port: int, upstream_port: int, admin_url: str = "admin/") -> Path:
    """The configuration for nginx on 127.0.0.1:port in front of 127.0.0.1:upstream_port."""
    run.mkdir(parents=True, exist_ok=True)
    shared = run / "netclinic"
    shared.mkdir(exist_ok=True)
    for name in SHARED:
        text = (NGINX_DIR / name).read_text()
        if name == "locations.conf":
            text = text.replace("location = /admin/login/", f"location = /{admin_url.strip('/')}/login/")
        (shared / name).write_text(text)
    for folder in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (run / folder).mkdir(exist_ok=True)
    config = (NGINX_DIR / "local.conf").read_text()
    config = config.replace("@RUN@", str(run)).replace("@PORT@", str(port))
    config = config.replace("@UPSTREAM_PORT@", str(upstream_port))
    target = run / "nginx.conf"
    target.write_text(config)
    return target


def nginx_command(nginx: str, config: Path) -> list[str]:
    return [nginx, "-p", str(config.parent), "-c", str(config), "-e", str(config.parent / "error.log")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--upstream-port", type=int, default=8000)
    parser.add_argument("--run", type=Path, default=Path(".cache/proxy").resolve())
    args = parser.parse_args()
    nginx = find_nginx()
    if nginx is None:
        sys.exit("nginx is not installed: apt-get install nginx (make serve-proxy does it)")
    config = write_config(args.run, args.port, args.upstream_port, os.environ.get("DJANGO_ADMIN_URL", "admin/"))
    subprocess.run(nginx_command(nginx, config) + ["-t", "-q"], check=True)
    print(f"  Site through nginx: http://127.0.0.1:{args.port}/  (gunicorn: 127.0.0.1:{args.upstream_port})")
    os.execv(nginx, nginx_command(nginx, config))


if __name__ == "__main__":
    main()
