"""The fence around a submitted notebook while the gradebook runs it (``python -m medsos report``).

The report runs each student's notebook in a fresh kernel, in a temporary copy. Before the first
cell, the kernel calls :func:`install`, which adds a Python *audit hook* (PEP 578): CPython calls
it before every file opening, removal, rename, program start and socket call, whoever makes it
(``open``, ``pathlib``, ``shutil``, ``os``, pandas, IPython's ``!cmd``), and an exception raised
there stops the call before it happens. The hook refuses:

- opening for writing, removing, renaming, truncating or changing a file outside the copy's
  folder (reading anywhere stays allowed: the course's data and libraries are read-only to it);
- starting another program (``subprocess``, ``os.system``, ``!rm ...``): a program would be
  outside the hook's sight;
- any socket call to an address that is not this machine (loopback and Unix sockets are fine),
  including name look-ups, so a submission never sends traffic off the machine.

An audit hook cannot be removed once added. It is a fence against mistakes and mischief, not a
security boundary against a determined attacker (C code loaded through ``ctypes`` is not
audited); the report also runs the kernel with ``HOME`` and ``TMPDIR`` inside the copy.
Refusals are recorded in :data:`REFUSED`, which the report reads when the notebook has run.
"""

from __future__ import annotations

import ipaddress
import os
import sys
import threading
from typing import Any

REFUSED: list[dict[str, str]] = []
"""What the hook refused, in order: ``{"kind": "files"|"network"|"program", "target": ...}``."""

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC
_PATH_EVENTS = {  # event -> positions of the paths it changes
    "os.remove": (0,),
    "os.rmdir": (0,),
    "os.mkdir": (0,),
    "os.rename": (0, 1),
    "os.truncate": (0,),
    "os.chmod": (0,),
    "os.chown": (0,),
    "os.utime": (0,),
    "os.symlink": (1,),
    "os.link": (1,),
    "os.setxattr": (0,),
    "os.removexattr": (0,),
    "shutil.rmtree": (0,),
    "shutil.chown": (0,),
}
_PROGRAM_EVENTS = {
    "subprocess.Popen",
    "os.system",
    "os.exec",
    "os.posix_spawn",
    "os.spawn",
    "os.fork",
    "os.forkpty",
    "pty.spawn",
    "os.startfile",
}
_NETWORK_EVENTS = {
    "socket.connect": 1,  # event -> position of the address
    "socket.sendto": 1,
    "socket.sendmsg": 1,
    "socket.getaddrinfo": 0,
    "socket.gethostbyname": 0,
    "socket.gethostbyname_ex": 0,
    "socket.gethostbyaddr": 0,
}
_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", ""}


class Refused(PermissionError):
    """Raised by the hook: the notebook tried something the report does not allow."""


def _is_local_host(host: Any) -> bool:
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    text = str(host).strip().lower().strip("[]")
    if text in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(text.split("%")[0]).is_loopback
    except ValueError:
        return False


def _address_host(address: Any) -> Any:
    """The host of a socket address: ``("1.2.3.4", 80)`` → ``"1.2.3.4"``; a Unix path → None."""
    if isinstance(address, tuple) and address:
        return address[0]
    if isinstance(address, (str, bytes)):  # AF_UNIX path, or a host name (getaddrinfo)
        return None if str(address).startswith(("/", "\0")) else address
    return None


class _Fence:
    def __init__(self, roots: list[str]) -> None:
        self.roots = [os.path.realpath(r) for r in roots]
        self.busy = threading.local()

    def inside(self, path: Any) -> bool:
        if isinstance(path, int) or path is None:  # an open file descriptor: opened earlier
            return True
        full = os.path.realpath(os.path.join(os.getcwd(), os.fsdecode(path)))
        if full == os.devnull:
            return True
        return any(full == r or full.startswith(r + os.sep) for r in self.roots)

    def refuse(self, kind: str, target: Any) -> None:
        if isinstance(target, bytes):
            target = os.fsdecode(target)
        REFUSED.append({"kind": kind, "target": str(target)[:200], "cell": _cell_number()})
        messages = {
            "files": "The report does not allow changing files outside the notebook's copy "
            "(Laporan tidak mengizinkan mengubah berkas di luar salinan notebook)",
            "network": "The report does not allow network connections "
            "(Laporan tidak mengizinkan koneksi jaringan)",
            "program": "The report does not allow starting other programs "
            "(Laporan tidak mengizinkan menjalankan program lain)",
        }
        raise Refused(f"{messages[kind]}: {str(target)[:200]}")

    def __call__(self, event: str, args: tuple) -> None:
        if getattr(self.busy, "on", False):
            return
        self.busy.on = True
        try:
            self._check(event, args)
        finally:
            self.busy.on = False

    def _check(self, event: str, args: tuple) -> None:
        if event == "open":
            path, mode, flags = (list(args) + [None, None, None])[:3]
            writing = (isinstance(flags, int) and flags & _WRITE_FLAGS) or (
                isinstance(mode, str) and any(c in mode for c in "wax+")
            )
            if writing and not self.inside(path):
                self.refuse("files", path)
        elif event in _PATH_EVENTS:
            if event == "os.mkdir" and args and os.path.isdir(os.fsdecode(args[0])):
                return  # makedirs(..., exist_ok=True) of a folder that exists changes nothing
            for position in _PATH_EVENTS[event]:
                if position < len(args) and not self.inside(args[position]):
                    self.refuse("files", args[position])
        elif event in _PROGRAM_EVENTS:
            self.refuse("program", args[0] if args else event)
        elif event in _NETWORK_EVENTS:
            position = _NETWORK_EVENTS[event]
            target = args[position] if position < len(args) else None
            host = target if position == 0 else _address_host(target)
            if not _is_local_host(host):
                self.refuse("network", host)


def _cell_number() -> str:
    """The number of the cell running now (IPython's ``In [n]``), or "" outside IPython."""
    try:
        from IPython import get_ipython

        shell = get_ipython()
    except ImportError:  # pragma: no cover - the kernel is IPython
        return ""
    # while a cell runs, IPython's counter already names the next one
    return str(shell.execution_count - 1) if shell is not None else ""


class OutputLimit(Exception):
    """Raised by ``print`` in a cell that has printed more than the report allows."""


def limit_output(limit: int) -> None:
    """Stop a cell that prints more than ``limit`` characters (counted afresh for each cell).

    The kernel stops it where it prints, before megabytes queue up between kernel and report.
    """
    try:
        from IPython import get_ipython

        shell = get_ipython()
    except ImportError:  # pragma: no cover - the kernel is IPython
        return
    if shell is None:
        return
    printed = [0]

    def capped(stream: Any) -> Any:
        plain = type(stream).write.__get__(stream)  # the stream's own write, not a wrapper

        def write(text: str, *args: Any, **kwargs: Any) -> Any:
            printed[0] += len(text)
            if printed[0] > limit:
                entry = {"kind": "output", "target": str(limit), "cell": _cell_number()}
                if entry not in REFUSED:
                    REFUSED.append(entry)
                raise OutputLimit(
                    f"This cell printed more than {limit} characters "
                    f"(Sel ini mencetak lebih dari {limit} karakter)"
                )
            return plain(text, *args, **kwargs)

        return write

    def before_cell(*_args: Any) -> None:
        # IPython wraps the streams' write around each cell (to keep outputs in its history)
        # and puts it back afterwards: so the cap is put in place anew as each cell starts.
        printed[0] = 0
        for name in ("stdout", "stderr"):
            stream = getattr(sys, name)
            stream.write = capped(stream)

    shell.events.register("pre_run_cell", before_cell)


_installed: list[_Fence] = []


def install(*roots: str, output_limit: int | None = None) -> None:
    """Fence this Python process: from now on it may change files only under ``roots``.

    Called once, by the report, in the kernel that runs a submission; calling it again does
    nothing (a hook cannot be removed, and one is enough). ``output_limit`` caps what each cell
    may print.
    """
    if _installed:
        return
    fence = _Fence(list(roots))
    _installed.append(fence)
    sys.addaudithook(fence)
    if output_limit:
        limit_output(output_limit)
