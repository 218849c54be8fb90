"""DNS-rebinding protection for the app: requests (pages, assets, the health check and
the websocket at /_stcore/stream) whose ``Host`` does not name the server are refused.

Streamlit checks no Host on HTTP, and on the websocket only against
``server.allowedHosts`` when that is set (empty, the default, accepts any), ignoring
the port.  Its supported hook is ``st.App(script, middleware=...)``, which ``streamlit
run`` serves when the file it runs holds ``app = st.App(...)`` (``app.py`` and
:mod:`kg.app.server`): :class:`HostCheck` is that middleware, around every request.
Names beyond the bound address and port (a reverse proxy's) come from
``CLAIMGRAPH_ALLOW_HOSTS`` (``kg app --allow-host NAME`` sets it), matched by
:func:`kg.serve.host_allowed` like the SPARQL endpoint's ``--allow-host``; not from
``server.allowedHosts``, which Streamlit would then enforce on the websocket too, without
the bound address unless listed.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from kg.serve import host_allowed

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


#: the extra names the app answers to, separated by commas or spaces
ALLOW_HOSTS = "CLAIMGRAPH_ALLOW_HOSTS"


def allowed_names() -> tuple[str, ...]:
    """The extra names the app answers to (``CLAIMGRAPH_ALLOW_HOSTS``)."""
    return tuple(os.environ.get(ALLOW_HOSTS, "").replace(",", " ").split())


class HostCheck:
    """ASGI middleware: a request whose ``Host`` names neither the address and port the
    server is bound to (for loopback, any loopback name) nor an allowed name gets 421
    Misdirected Request; a websocket upgrade is closed before it is accepted (403)."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]]) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket") and not self.allowed(scope):
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
                return
            body = b"421 Misdirected Request: this server does not answer to that Host\n"
            await send({"type": "http.response.start", "status": 421, "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, send)

    @staticmethod
    def allowed(scope: Scope) -> bool:
        hosts = [v.decode("latin-1") for k, v in scope.get("headers", ()) if k == b"host"]
        if len(hosts) > 1:
            return False  # which one would a proxy or Starlette read?
        server = scope.get("server")  # the socket's own address and port
        if not server or server[1] is None:
            return False
        return host_allowed(hosts[0] if hosts else None, server[0], server[1],
                            allowed_names())
