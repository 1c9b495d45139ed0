"""A hostile HTTP server on 127.0.0.1 for the reliability and fuzz tests: it answers every connection with
``respond(conn, stop)`` (by default the bytes of ``reply``), each on its own thread; bounded, it stops with
the test."""

from __future__ import annotations

import socket
import threading


class Hostile:
    """A local server (127.0.0.1) that answers every connection with ``respond(conn)``; bounded: it
    stops with the test."""

    def __init__(self, respond=None):
        self.reply = b""  # what the default ``respond`` sends
        self.respond = respond or (lambda conn, stop: conn.sendall(self.reply))
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/a.html"

    def _serve(self):
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            threading.Thread(target=self._one, args=(conn,), daemon=True).start()

    def _one(self, conn):
        try:
            conn.settimeout(5)
            conn.recv(65536)
            self.respond(conn, self.stop)
        except OSError:
            pass
        finally:
            conn.close()

    def close(self):
        self.stop.set()
        self.thread.join(5)
        self.sock.close()
