"""Real SPARQL servers for the store tests, each on loopback and stopped after its module."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kg.serve import free_port
from tests.conftest import wait_until_up

#: the configuration Debian's virtuoso-opensource installs (the template of a private one)
VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")
#: lets the anonymous SPARQL user update graphs and use the Graph Store Protocol
VIRTUOSO_GRANTS = ('GRANT SPARQL_UPDATE TO "SPARQL"; '
                   "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);")


def virtuoso_spec(url: str) -> str:
    """The --store URL of a Virtuoso at ``url`` (as the README gives it)."""
    return f"sparql:{url}/sparql;update={url}/sparql;data={url}/sparql-graph-crud"


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    """A private Virtuoso 7 (Debian's virtuoso-opensource) with its database in a
    temporary folder, its SQL and HTTP ports on loopback; the store spec of it."""
    binary, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if binary is None or isql is None or not VIRTUOSO_INI.is_file():
        pytest.skip("Virtuoso is not installed (Debian: apt-get install virtuoso-opensource; "
                    ".ci/run installs it)")
    folder = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = free_port(), free_port()
    ini = VIRTUOSO_INI.read_text()
    ini = ini.replace("/var/lib/virtuoso-opensource-7/db", str(folder))
    sections = re.split(r"(?m)^(?=\[)", ini)
    for i, section in enumerate(sections):
        port = {"[Parameters]": sql_port, "[HTTPServer]": http_port}.get(
            section.split("\n", 1)[0].strip())
        if port is not None:
            sections[i] = re.sub(r"(?m)^ServerPort\s*=.*$", f"ServerPort = 127.0.0.1:{port}",
                                 section)
    (folder / "virtuoso.ini").write_text("".join(sections))
    log = (folder / "server.log").open("wb")
    process = subprocess.Popen([binary, "-f", "-c", str(folder / "virtuoso.ini")], cwd=folder,
                               stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{http_port}"
    try:
        try:
            wait_until_up(f"{url}/sparql?query=ASK%7B%7D", seconds=90)
        except TimeoutError:
            pytest.skip("Virtuoso did not start within 90 s: "
                        + (folder / "server.log").read_text(errors="replace")[-500:])
        subprocess.run([isql, f"127.0.0.1:{sql_port}", "dba", "dba", f"exec={VIRTUOSO_GRANTS}"],
                       check=True, capture_output=True, timeout=60)
        yield virtuoso_spec(url)
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        log.close()
