"""Helpers of the tests of ``python -m codegen update``: temp copies of the repository and a
local HTTP server (real sockets on 127.0.0.1) that mimics raw.githubusercontent.com and the
GitHub API, with overrides to serve corrupt or short responses."""

from __future__ import annotations

import hashlib
import http.server
import io
import json
import shutil
import threading
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def copy_repo(dest: Path, *, binaries: bool = False) -> Path:
    """Copy what the update needs (codegen/, sbe/, schemas/, setup.py, pyproject.toml)."""
    def ignore(folder, names):
        skip = {"__pycache__", "build", "client", "testing", "ws"}
        out = [n for n in names if n in skip]
        if not binaries:
            out += [n for n in names if n.endswith((".so", ".pyd", ".c")) and n != "_rt.c"]
        return out

    dest.mkdir(parents=True, exist_ok=True)
    for name in ("codegen", "sbe", "schemas"):
        shutil.copytree(REPO_ROOT / name, dest / name, ignore=ignore, dirs_exist_ok=True)
    for name in ("setup.py", "pyproject.toml"):
        shutil.copy2(REPO_ROOT / name, dest / name)
    return dest


def snapshot(root: Path) -> dict[str, bytes]:
    """{relative path: bytes} of the generated sources and the pins."""
    out = {}
    for p in sorted((root / "sbe" / "_generated").glob("*")):
        if p.suffix in (".py", ".pyx", ".pxd", ".pyi"):
            out[str(p.relative_to(root))] = p.read_bytes()
    out["schemas/pins.json"] = (root / "schemas" / "pins.json").read_bytes()
    return out


def run_update(argv: list[str]) -> tuple[int, str, str]:
    """Run ``python -m codegen update ARGV`` in-process: (exit code, stdout, stderr)."""
    from codegen.update import main
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        rc = main(argv)
    return rc, out.getvalue(), err.getvalue()


def git_blob_sha1(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


class FakeGitHub:
    """``/raw/<ref>/sbe/schemas/<file>`` and ``/api/commits`` + ``/api/contents/...``.

    ``files``: {(ref, file): bytes}; ``commits``: {file: sha} answered by /api/commits;
    ``blobs``: {(commit, file): (git blob sha1, size)} for /api/contents (defaults to the
    served bytes'); ``short``: {path: declared Content-Length} to close the connection early.
    """

    def __init__(self):
        self.files: dict[tuple[str, str], bytes] = {}
        self.commits: dict[str, str] = {}
        self.blobs: dict[tuple[str, str], tuple[str, int]] = {}
        self.short: dict[str, int] = {}
        self.api_down = False
        self.requests: list[str] = []

    def add(self, commit: str, file: str, data: bytes, *, master: bool = True):
        self.files[(commit, file)] = data
        if master:
            self.files[("master", file)] = data
            self.commits[file] = commit

    @contextmanager
    def serve(self):
        gh = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def send(self, code, body: bytes, declared=None):
                self.send_response(code)
                self.send_header("Content-Length", str(declared if declared else len(body)))
                self.end_headers()
                self.wfile.write(body)
                self.wfile.flush()
                if declared:
                    self.close_connection = True

            def do_GET(self):
                from urllib.parse import parse_qs, urlsplit
                u = urlsplit(self.path)
                q = {k: v[0] for k, v in parse_qs(u.query).items()}
                gh.requests.append(self.path)
                parts = u.path.strip("/").split("/")
                if parts[0] == "raw" and len(parts) == 5:
                    data = gh.files.get((parts[1], parts[4]))
                    if data is None:
                        return self.send(404, b"404: Not Found")
                    return self.send(200, data, gh.short.get(u.path))
                if parts[0] == "api" and not gh.api_down:
                    if parts[1] == "commits":
                        file = q.get("path", "").rsplit("/", 1)[-1]
                        if file in gh.commits:
                            return self.send(200, json.dumps([{"sha": gh.commits[file]}]).encode())
                    if parts[1] == "contents":
                        file, ref = parts[-1], q.get("ref", "master")
                        data = gh.files.get((ref, file))
                        if data is not None:
                            blob, size = gh.blobs.get((ref, file), (git_blob_sha1(data),
                                                                    len(data)))
                            return self.send(200, json.dumps({"sha": blob, "size": size})
                                             .encode())
                return self.send(404, b'{"message": "Not Found"}')

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            host, port = server.server_address[:2]
            yield f"http://{host}:{port}"
        finally:
            server.shutdown()
            server.server_close()
            thread.join(5)
