"""Serve a built site on 127.0.0.1 the way GitHub Pages does: under the
site's base path, gzip-compressed, with 404.html for missing pages."""

from __future__ import annotations

import gzip
import mimetypes
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

COMPRESSIBLE = (".html", ".css", ".js", ".mjs", ".json", ".xml", ".svg", ".txt", ".map")


def _handler(root: Path, base: str):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # keep test output clean
            pass

        def do_GET(self):
            path = unquote(urlsplit(self.path).path)
            status, file = 404, root / "404.html"
            if path.startswith(base):
                candidate = (root / path[len(base):]).resolve()
                if candidate.is_dir():
                    candidate = candidate / "index.html"
                if candidate.is_file() and root in candidate.parents:
                    status, file = 200, candidate
            body = file.read_bytes() if file.is_file() else b"Not found"
            self.send_response(status)
            self.send_header("Content-Type", mimetypes.guess_type(file.name)[0] or "application/octet-stream")
            if file.suffix in COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", ""):
                body = gzip.compress(body, 6)
                self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "max-age=600")
            self.end_headers()
            self.wfile.write(body)

    return Handler


@contextmanager
def serve(root: Path, base: str = "/"):
    """Yield the URL of `root` served at `base` on a free local port."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(Path(root).resolve(), base))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}{base}"
    finally:
        server.shutdown()
        server.server_close()
