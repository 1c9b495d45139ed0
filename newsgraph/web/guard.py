"""What the web server refuses and adds to every answer: a ``Host`` allow-list (a DNS-rebinding page
cannot read the local API), security headers on every response, error pages without paths, and a
connection that has not sent its request headers within ``HEADER_TIMEOUT`` seconds closed."""

from __future__ import annotations

from urllib.parse import urlsplit

#: names a local server answers to by default (``--allow-host`` adds more)
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
#: seconds a connection may take to send a request's headers, or stay idle between requests
HEADER_TIMEOUT = 10.0

CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


def host_name(host: str) -> str:
    """The name in a Host header, without port or IPv6 brackets, lower-cased."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def allowed_hosts(bind: str | None = None, extra: tuple[str, ...] = ()) -> frozenset[str]:
    names = {*LOCAL_HOSTS, *(host_name(h) for h in extra)}
    if bind and bind not in ("0.0.0.0", "::", ""):
        names.add(host_name(bind))
    return frozenset(names)


def safe_link(url: object) -> str | None:
    """``url`` when it is an http(s) URL (what a page may link to), else None (``javascript:``, ``data:``)."""
    if not isinstance(url, str):
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


class Guard:
    """ASGI middleware: refuses a request whose Host is not allowed (400) and adds the security headers
    to every response (pages, JSON, static files, errors)."""

    def __init__(self, app, hosts: frozenset[str] | None):
        self.app = app
        self.hosts = hosts  # None: any (the app used in-process, behind something that checks)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if self.hosts is not None:
            host = next((v.decode("latin-1") for k, v in scope.get("headers", ()) if k == b"host"), "")
            if host_name(host) not in self.hosts:
                return await _plain(send, 400, b"Host not allowed (newsgraph serve --allow-host NAME adds one)\n")

        async def with_headers(message):
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *((k, v) for k, v in SECURITY_HEADERS if k not in present)]
            await send(message)

        return await self.app(scope, receive, with_headers)


async def _plain(send, status: int, body: bytes) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})


def protocol():
    """uvicorn's h11 protocol with a header timeout: a connection that has no request in flight and has
    not completed one within ``HEADER_TIMEOUT`` seconds is closed (uvicorn's own keep-alive timeout is
    cancelled by any byte received, so a client sending its headers a byte at a time kept it forever)."""
    from uvicorn.protocols.http.h11_impl import H11Protocol

    class Protocol(H11Protocol):
        _ng_timer = None

        def _ng_arm(self) -> None:
            if self._ng_timer is not None:
                self._ng_timer.cancel()
            self._ng_timer = self.loop.call_later(HEADER_TIMEOUT, self._ng_expire)

        def _ng_expire(self) -> None:
            self._ng_timer = None
            if self.transport.is_closing():
                return
            if self.cycle is not None and not self.cycle.response_complete:
                self._ng_arm()  # a request is being answered: not the client's delay
                return
            self.transport.close()

        def connection_made(self, transport):
            super().connection_made(transport)
            self._ng_arm()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._ng_arm()

        def connection_lost(self, exc):
            if self._ng_timer is not None:
                self._ng_timer.cancel()
                self._ng_timer = None
            super().connection_lost(exc)

    return Protocol
