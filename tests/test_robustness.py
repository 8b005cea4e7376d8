"""Students click in any order and work on networks that block everything.

For every lesson and exercise notebook, in ONE kernel whose sockets to anything but
this machine are refused:
1. Run All, then Run All again (the second pass must not fail: re-running is normal);
2. then re-run every cell on its own, in order (a student re-running "that one cell");
3. and no cell may even *try* to open a connection to another host.

nbval (run separately over the same notebooks) checks a plain first pass; this test
checks what happens after it. One kernel per notebook keeps it quick.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from conftest import ROOT
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

NOTEBOOKS = sorted(
    [*(ROOT / "notebooks").glob("*/*.ipynb"), *(ROOT / "exercises").glob("*/*.ipynb")]
)

# Runs first in the kernel: refuse (and record) every connection that leaves the machine.
# The kernel's own channels are ZeroMQ sockets made in C, which this does not touch.
NETWORK_GUARD = r"""
import socket as _socket
_medsos_blocked = []
_LOCAL = ("127.", "::1", "localhost", "0.0.0.0")
def _medsos_is_local(address):
    if not isinstance(address, tuple):
        return True  # AF_UNIX paths are local
    return str(address[0]).startswith(_LOCAL)
_original_connect = _socket.socket.connect
_original_connect_ex = _socket.socket.connect_ex
def _guarded_connect(self, address):
    if not _medsos_is_local(address):
        _medsos_blocked.append(repr(address))
        raise ConnectionRefusedError("network blocked by the course's no-network test")
    return _original_connect(self, address)
def _guarded_connect_ex(self, address):
    if not _medsos_is_local(address):
        _medsos_blocked.append(repr(address))
        return 111
    return _original_connect_ex(self, address)
_socket.socket.connect = _guarded_connect
_socket.socket.connect_ex = _guarded_connect_ex
"""


def _run(client: NotebookClient, cell, index: int, what: str, path: Path) -> None:
    try:
        client.execute_cell(cell, index)
    except CellExecutionError as error:
        pytest.fail(
            f"{path.parent.name}/{path.name}, cell {index}, {what}:\n{error}"
        )  # guard is cell 0


@pytest.mark.parametrize(
    "path", NOTEBOOKS, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}/{p.name}"
)
def test_notebook_survives_run_all_twice_single_reruns_and_no_network(path):
    nb = nbformat.read(path, as_version=4)
    guard = nbformat.v4.new_code_cell(NETWORK_GUARD)
    probe = nbformat.v4.new_code_cell("print(len(_medsos_blocked), _medsos_blocked)")
    nb.cells = [guard, *nb.cells, probe]  # nbclient looks cells up by their index
    code = [
        (i, c)
        for i, c in enumerate(nb.cells)
        if c.cell_type == "code" and c is not guard and c is not probe
    ]
    client = NotebookClient(
        nb,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    )
    with client.setup_kernel():
        _run(client, guard, 0, "network guard", path)
        for attempt in ("first Run All", "second Run All", "single-cell re-run"):
            for index, cell in code:
                _run(client, cell, index, attempt, path)
        _run(client, probe, len(nb.cells) - 1, "probe", path)
    printed = "".join(o.get("text", "") for o in probe.outputs)
    assert printed.startswith("0 "), f"tried to reach the network: {printed}"


def test_the_network_guard_really_refuses_outside_connections():
    namespace: dict = {}
    exec(NETWORK_GUARD, namespace)  # noqa: S102 - our own constant
    import socket

    try:
        with socket.socket() as s, pytest.raises(ConnectionRefusedError):
            s.connect(("192.0.2.1", 80))  # TEST-NET-1: never routed; refused before sending
        assert namespace["_medsos_blocked"] == ["('192.0.2.1', 80)"]
    finally:
        socket.socket.connect = namespace["_original_connect"]
        socket.socket.connect_ex = namespace["_original_connect_ex"]


def test_the_library_has_no_networking_code():
    forbidden = (
        "import requests",
        "import urllib",
        "from urllib",
        "import http.client",
        "import socket",
        "urlopen(",
        "import httpx",
    )
    offenders = [
        f"{path.relative_to(ROOT)}: {word}"
        for path in (ROOT / "src" / "medsos").rglob("*.py")
        if path.name != "build.py"  # the build serves nothing and fetches nothing; checked below
        for word in forbidden
        if word in path.read_text(encoding="utf-8")
    ]
    assert not offenders, offenders
    build = ROOT / "src" / "medsos" / "build.py"
    if build.exists():
        text = build.read_text(encoding="utf-8")
        assert "urlopen(" not in text and "import requests" not in text
