"""kg.app.hosts.HostCheck, the app's DNS-rebinding protection, on ASGI scopes."""

from __future__ import annotations

import asyncio

import pytest

from kg.app.hosts import ALLOW_HOSTS, HostCheck


def answer(host_headers: list[str], kind: str = "http",
           server: tuple[str, int] | None = ("127.0.0.1", 8501)) -> object:
    """What HostCheck does with a request: "passed" on to the app, or what it sent."""
    sent: list[dict] = []

    async def app(scope, receive, send) -> None:
        sent.append({"passed": True})

    async def send(message) -> None:
        sent.append(message)

    scope = {"type": kind, "server": server,
             "headers": [(b"host", h.encode()) for h in host_headers]}
    asyncio.run(HostCheck(app)(scope, None, send))
    if sent[0].get("passed"):
        return "passed"
    return sent[0].get("status") or sent[0]["type"]


@pytest.mark.parametrize("hosts,expect", [
    (["127.0.0.1:8501"], "passed"), (["localhost:8501"], "passed"), (["[::1]:8501"], "passed"),
    (["127.0.0.1"], "passed"),  # no port: the default one, as a browser writes it
    ([], "passed"),  # HTTP/1.0: a browser always sends Host
    (["evil.example"], 421), (["evil.example:8501"], 421), (["127.0.0.1:8502"], 421),
    (["127.0.0.1:8501", "evil.example"], 421),  # two: which one would be read?
    (["proxy.example"], 421),
])
def test_only_requests_naming_the_server_pass(hosts, expect) -> None:
    assert answer(hosts) == expect


def test_a_websocket_upgrade_to_another_host_is_closed_unaccepted() -> None:
    assert answer(["evil.example"], "websocket") == "websocket.close"
    assert answer(["127.0.0.1:8501"], "websocket") == "passed"


def test_names_given_to_kg_app_pass(monkeypatch) -> None:
    monkeypatch.setenv(ALLOW_HOSTS, "proxy.example, other.example")
    assert answer(["proxy.example"]) == "passed"
    assert answer(["other.example:8501"]) == "passed"
    assert answer(["evil.example"]) == 421


def test_lifespan_passes_and_a_socket_without_an_address_is_refused() -> None:
    assert answer([], "lifespan") == "passed"
    assert answer(["127.0.0.1:8501"], server=None) == 421
