"""A class on one JupyterHub, on 127.0.0.1: the hub, the course repository, and students.

Used by ``tests/hub/test_hub.py`` (``make test-hub``; CI runs five students) and by
``bench/hub.py`` (the figures in the README's "Teaching a whole class").

What runs is what a workshop runs: JupyterHub with its configurable-http-proxy (from npm,
``node_modules/.bin``), the shared-password authenticator (one password for the class),
the simple local process spawner (one ``jupyterhub-singleuser`` per student, each with its
own home folder under a temporary folder) and nbgitpuller. The course is served from a
local git repository made from the checkout's committed files. Each :class:`Student`
does over HTTP what a browser does: log in with the form, follow the nbgitpuller link (the
OAuth redirects, then the pull's event stream that the link's page would read), open a
lesson (contents API + a kernel session), run its cells through the kernel's websocket,
change a widget by sending the comm message a click sends, and save the notebook.

Every address is 127.0.0.1; every wait has a deadline; everything started is stopped by
its process id.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import psutil
import requests
import websocket

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
PROXY = ROOT / "node_modules" / ".bin" / "configurable-http-proxy"
PASSWORD = "kelas-medsos-2026"  # the class's shared password (a workshop hands it out)
LESSON = "notebooks/en/01-real-cases.ipynb"
HOST = "127.0.0.1"


def free_port() -> int:
    """A port nobody listens on now (the hub, the proxy API and the hub API need one each)."""
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def wait_for(check, what: str, timeout: float, every: float = 0.25):
    """Call ``check`` until it returns something true; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            result = check()
        except (requests.ConnectionError, requests.Timeout):
            result = None
        if result:
            return result
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up after {timeout:.0f} s waiting for {what}")
        time.sleep(every)


def git(*args: str, cwd: Path | None = None) -> str:
    """Run git quietly with a fixed identity (the facilitator's)."""
    command = ["git", "-c", "user.name=Facilitator", "-c", "user.email=facilitator@localhost"]
    command += ["-c", "init.defaultBranch=main", "-c", "protocol.file.allow=always", *args]
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=True)
    return done.stdout


class Course:
    """The course's git repository as a facilitator hosts it: a bare repo plus a working clone.

    Made from the checkout's committed files (``git archive HEAD``), so it works in a shallow
    CI clone and never writes to the checkout.
    """

    def __init__(self, folder: Path) -> None:
        self.bare = (
            folder / "medsos-course"
        )  # a bare repository; its name is the folder students get
        self.work = folder / "facilitator-clone"
        self.work.mkdir(parents=True)
        archive = subprocess.run(
            ["git", "-c", "safe.directory=*", "archive", "--format=tar", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(self.work)], input=archive, check=True)
        git("init", "-q", "-b", "main", cwd=self.work)
        git("add", "-A", cwd=self.work)
        git("commit", "-q", "-m", "The course", cwd=self.work)
        git("clone", "-q", "--bare", str(self.work), str(self.bare))
        git("remote", "add", "hub", str(self.bare), cwd=self.work)

    @property
    def url(self) -> str:
        return self.bare.as_uri()

    @property
    def folder_name(self) -> str:
        """The folder nbgitpuller clones into, in each student's home."""
        return self.bare.name

    def commit(self, changes: dict[str, Any], message: str) -> None:
        """Write files (text, or a function of the old text) and push them to the hub's repo."""
        for path, change in changes.items():
            target = self.work / path
            target.parent.mkdir(parents=True, exist_ok=True)
            text = change(target.read_text(encoding="utf-8")) if callable(change) else change
            target.write_text(text, encoding="utf-8")
        git("add", "-A", cwd=self.work)
        git("commit", "-q", "-m", message, cwd=self.work)
        git("push", "-q", "hub", "main", cwd=self.work)


@dataclass
class Hub:
    """JupyterHub + configurable-http-proxy on 127.0.0.1, state kept in ``folder``."""

    folder: Path
    students: list[str]
    port: int = field(default_factory=free_port)
    token: str = field(default_factory=lambda: secrets.token_hex(16))
    process: subprocess.Popen | None = None
    # A niceness for the hub and everything it starts (proxy, servers, kernels): the test
    # suite runs the class at 10 so that tests sharing the machine keep their CPU.
    nice: int = 0

    def __post_init__(self) -> None:
        self.homes = self.folder / "homes"
        self.homes.mkdir(parents=True, exist_ok=True)
        self.log = self.folder / "hub.log"
        self.config = self.folder / "jupyterhub_config.py"
        self.config.write_text(self._config(), encoding="utf-8")

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def _config(self) -> str:
        settings = {
            "ip": HOST,
            "port": self.port,
            "hub_ip": HOST,
            "hub_port": free_port(),
            "proxy_api": f"http://{HOST}:{free_port()}",
            "proxy": str(PROXY),
            "db": f"sqlite:///{self.folder / 'jupyterhub.sqlite'}",
            "state": str(self.folder),
            "homes": str(self.homes / "{username}"),
            "singleuser": str(BIN / "jupyterhub-singleuser"),
            "students": self.students,
            "password": PASSWORD,
            "token": self.token,
            "root": hasattr(os, "geteuid") and os.geteuid() == 0,
            "path": os.environ.get("PATH", ""),
        }
        return f"import json\ns = json.loads({json.dumps(json.dumps(settings))})\n" + HUB_CONFIG

    def start(self, timeout: float = 90) -> None:
        """Start the hub (which starts the proxy) and wait until its API answers."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("JUPYTERHUB_")}
        with self.log.open("a") as log:
            self.process = subprocess.Popen(
                [str(BIN / "jupyterhub"), "-f", str(self.config)],
                cwd=self.folder,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                preexec_fn=(lambda: os.nice(self.nice)) if self.nice else None,
            )
        try:
            wait_for(
                lambda: self._died() or self.api("GET", "/").status_code == 200,
                "the hub to start",
                timeout,
            )
        except BaseException:
            self.stop()
            raise

    def _died(self) -> bool:
        if self.process is not None and self.process.poll() is not None:
            raise RuntimeError(f"the hub exited; its log:\n{self.log.read_text()[-3000:]}")
        return False

    def stop(self, timeout: float = 60) -> None:
        """Stop the hub as a facilitator would (Ctrl+C); students' servers keep running."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self._stop_orphaned_proxy()

    def _stop_orphaned_proxy(self) -> None:
        """If the hub died without stopping the proxy it started, stop it (by its pid file)."""
        pid_file = self.folder / "proxy.pid"
        if not pid_file.exists():
            return
        try:
            proxy = psutil.Process(int(pid_file.read_text().strip()))
            if any("configurable-http-proxy" in part for part in proxy.cmdline()):
                kill_tree(proxy.pid)
        except (ValueError, psutil.Error):
            pass

    def api(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        """The hub's REST API as the facilitator's service (token in the hub's config)."""
        headers = {"Authorization": f"token {self.token}"}
        return requests.request(
            method, f"{self.url}/hub/api{path}", headers=headers, timeout=30, **kwargs
        )

    def server(self, name: str) -> dict[str, Any] | None:
        """The student's running (or starting) server as the hub sees it, with its state."""
        reply = self.api("GET", f"/users/{name}")
        reply.raise_for_status()
        return reply.json().get("servers", {}).get("")

    def server_pid(self, name: str) -> int:
        server = self.server(name)
        assert server and server.get("state", {}).get("pid"), f"no running server for {name}"
        return int(server["state"]["pid"])

    def stop_all(self) -> None:
        """Stop every student's server through the hub, then anything left by its pid."""
        pids = []
        for name in self.students:
            try:
                server = self.server(name)
                if server and server.get("state", {}).get("pid"):
                    pids.append(int(server["state"]["pid"]))
                self.api("DELETE", f"/users/{name}/server")
            except (requests.RequestException, AssertionError):
                pass
        deadline = time.monotonic() + 30
        for pid in pids:
            while psutil.pid_exists(pid) and time.monotonic() < deadline:
                time.sleep(0.2)
            kill_tree(pid)


def kill_tree(pid: int) -> None:
    """End a process we started (a student's server) and its children (the kernels)."""
    try:
        parent = psutil.Process(pid)
        family = [parent, *parent.children(recursive=True)]
    except psutil.NoSuchProcess:
        return
    for proc in family:
        try:
            proc.kill()
        except psutil.NoSuchProcess:
            pass
    psutil.wait_procs(family, timeout=10)


def tree_rss(pid: int) -> int:
    """Resident memory of a student's server and its kernels, in bytes."""
    try:
        parent = psutil.Process(pid)
        family = [parent, *parent.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for proc in family:
        try:
            total += proc.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total


HUB_CONFIG = r"""
# A workshop hub on one machine (written by tests/hub/classroom.py).
import sys
c = get_config()  # noqa: F821
c.JupyterHub.ip = s["ip"]
c.JupyterHub.port = s["port"]
c.JupyterHub.hub_ip = s["hub_ip"]
c.JupyterHub.hub_port = s["hub_port"]
c.JupyterHub.db_url = s["db"]
c.JupyterHub.cookie_secret_file = s["state"] + "/jupyterhub_cookie_secret"
c.JupyterHub.pid_file = s["state"] + "/jupyterhub.pid"
c.ConfigurableHTTPProxy.command = [s["proxy"]]
c.ConfigurableHTTPProxy.api_url = s["proxy_api"]
c.ConfigurableHTTPProxy.pid_file = s["state"] + "/proxy.pid"
c.ConfigurableHTTPProxy.auth_token = s["token"] + "-proxy"
# Restarting the hub must not stop the students' servers (their kernels and unsaved work).
c.JupyterHub.cleanup_servers = False
# One shared password for the class; only the students on the list may log in.
c.JupyterHub.authenticator_class = "shared-password"
c.SharedPasswordAuthenticator.user_password = s["password"]
c.Authenticator.allowed_users = set(s["students"])
# One server per student, each in their own home folder.
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = s["homes"]
c.Spawner.cmd = [s["singleuser"]]
c.Spawner.args = ["--allow-root"] if s["root"] else []
c.Spawner.default_url = "/lab"
c.Spawner.environment = {"MPLBACKEND": "Agg", "PATH": s["path"]}
c.Spawner.start_timeout = 180
c.Spawner.http_timeout = 180
c.Spawner.poll_interval = 2
c.JupyterHub.concurrent_spawn_limit = 0
c.JupyterHub.last_activity_interval = 30
# The facilitator's script: starts and stops servers, reads their state (the pid).
c.JupyterHub.services = [{"name": "facilitator", "api_token": s["token"]}]
c.JupyterHub.load_roles = [
    {
        "name": "facilitator",
        "scopes": ["admin:users", "admin:servers", "admin:server_state", "list:users"],
        "services": ["facilitator"],
    }
]
"""


class KernelSocket:
    """One kernel's websocket channels, spoken as JupyterLab speaks them (JSON messages)."""

    def __init__(self, url: str, cookies: str, timeout: float = 180) -> None:
        self.session = uuid.uuid4().hex
        self.timeout = timeout
        self.ws = websocket.create_connection(
            f"{url}?session_id={self.session}", cookie=cookies, timeout=timeout
        )
        self.comms: dict[str, dict[str, Any]] = {}  # widget models the kernel opened

    def close(self) -> None:
        self.ws.close()

    def _send(self, channel: str, msg_type: str, content: dict[str, Any]) -> str:
        msg_id = uuid.uuid4().hex
        header = {
            "msg_id": msg_id,
            "msg_type": msg_type,
            "username": "student",
            "session": self.session,
            "date": datetime.now(UTC).isoformat(),
            "version": "5.3",
        }
        message = {
            "header": header,
            "parent_header": {},
            "metadata": {},
            "content": content,
            "channel": channel,
            "buffers": [],
        }
        self.ws.send(json.dumps(message))
        return msg_id

    def _until_idle(self, msg_id: str, reply_wanted: bool) -> tuple[dict | None, list[dict]]:
        """Messages answering ``msg_id`` until the kernel is idle (and, if wanted, has replied).

        Widget models the kernel opens (``comm_open``) are remembered on the way, as the
        browser's widget manager remembers them.
        """
        reply, answered, idle = None, [], False
        deadline = time.monotonic() + self.timeout  # pings keep a silent socket alive: bound it
        while not (idle and (reply is not None or not reply_wanted)):
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no answer from the kernel within {self.timeout:.0f} s")
            message = self._next_message(left)
            if message.get("msg_type") == "comm_open":
                data = message["content"].get("data", {})
                self.comms[message["content"]["comm_id"]] = data.get("state", {})
            if message.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            answered.append(message)
            kind = message.get("msg_type", "")
            if message.get("channel") == "shell" and kind.endswith("_reply"):
                reply = message["content"]
            elif kind == "status" and message["content"].get("execution_state") == "idle":
                idle = True
        return reply, answered

    def _next_message(self, left: float) -> dict[str, Any]:
        """The next JSON message, within ``left`` seconds.

        ``recv()`` answers the server's pings itself and keeps reading, so with a ping every
        30 s a socket that never delivers a message would never time out. Reading frame by
        frame (pings and pongs included) lets the deadline be checked between frames.
        """
        deadline = time.monotonic() + left
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no answer from the kernel within {self.timeout:.0f} s")
            self.ws.settimeout(left)
            try:
                opcode, frame = self.ws.recv_data_frame(control_frame=True)
            except websocket.WebSocketTimeoutException as error:
                raise TimeoutError(
                    f"no answer from the kernel within {self.timeout:.0f} s"
                ) from error
            if opcode == websocket.ABNF.OPCODE_CLOSE:
                raise ConnectionError("the kernel's websocket was closed")
            if opcode == websocket.ABNF.OPCODE_TEXT:  # binary frames carry buffers: not read
                return json.loads(frame.data.decode("utf-8"))

    def execute(self, code: str) -> tuple[dict, list[dict]]:
        content = {
            "code": code,
            "silent": False,
            "store_history": True,
            "user_expressions": {},
            "allow_stdin": False,
            "stop_on_error": True,
        }
        return self._until_idle(self._send("shell", "execute_request", content), True)

    def click(self, comm_id: str, state: dict[str, Any]) -> list[dict]:
        """Change a widget as the browser does when a student clicks it: a comm update."""
        content = {
            "comm_id": comm_id,
            "data": {"method": "update", "state": state, "buffer_paths": []},
        }
        return self._until_idle(self._send("shell", "comm_msg", content), False)[1]


class StudentError(RuntimeError):
    """Something a student would have seen go wrong (an error cell, a failed pull...)."""


class Student:
    """One student, driving the hub over HTTP like a browser."""

    def __init__(self, hub: Hub, course: Course, name: str) -> None:
        self.hub, self.course, self.name = hub, course, name
        self.http = requests.Session()
        self.kernel: KernelSocket | None = None
        self.kernel_id: str | None = None

    # --- the hub -------------------------------------------------------------------
    @property
    def server_url(self) -> str:
        return f"{self.hub.url}/user/{self.name}"

    def login(self) -> None:
        """The login form, with its XSRF token, and the class's shared password."""
        self.http = requests.Session()
        page = self.http.get(f"{self.hub.url}/hub/login", timeout=30)
        page.raise_for_status()
        xsrf = self.http.cookies.get("_xsrf", path="/hub/")
        reply = self.http.post(
            f"{self.hub.url}/hub/login?next=",
            data={"username": self.name, "password": PASSWORD, "_xsrf": xsrf},
            allow_redirects=False,
            timeout=60,
        )
        if reply.status_code != 302 or not any(
            c.name.startswith("jupyterhub-hub-login") for c in self.http.cookies
        ):
            raise StudentError(f"{self.name}: login failed ({reply.status_code})")

    def start_server(self, timeout: float = 240) -> None:
        """What the hub's spawn page does: ask for the server and wait until it is ready."""
        xsrf = self.http.cookies.get("_xsrf", path="/hub/")
        reply = self.http.post(
            f"{self.hub.url}/hub/api/users/{self.name}/server",
            headers={"X-XSRFToken": xsrf},
            timeout=60,
        )
        if reply.status_code not in (201, 202, 400):  # 400: already running
            raise StudentError(f"{self.name}: spawn refused ({reply.status_code}: {reply.text})")

        def ready() -> bool:
            server = self.hub.server(self.name)
            return bool(server and server.get("ready"))

        wait_for(ready, f"{self.name}'s server", timeout, every=0.5)

    def link(self) -> str:
        """The nbgitpuller link the facilitator hands out (opens lesson 1)."""
        query = urlencode(
            {
                "repo": self.course.url,
                "branch": "main",
                "urlpath": f"lab/tree/{self.course.folder_name}/{LESSON}",
            }
        )
        return f"{self.hub.url}/hub/user-redirect/git-pull?{query}"

    def follow_link(self) -> None:
        """Open the link (hub → server OAuth → nbgitpuller's page), then run the pull it starts."""
        page = self.http.get(self.link(), timeout=120)
        if page.status_code != 200 or "git-pull" not in page.url:
            raise StudentError(f"{self.name}: the link ended at {page.url} ({page.status_code})")
        query = page.url.split("?", 1)[1]
        phases = []
        with self.http.get(
            f"{self.server_url}/git-pull/api?{query}", stream=True, timeout=300
        ) as stream:
            stream.raise_for_status()
            for line in stream.iter_lines(decode_unicode=True):
                if line and line.startswith("data:"):
                    event = json.loads(line[5:])
                    phases.append(event.get("phase"))
                    if event.get("phase") == "error":
                        raise StudentError(f"{self.name}: pull failed: {event.get('message')}")
                    if event.get("phase") == "finished":
                        break
        if "finished" not in phases:
            raise StudentError(f"{self.name}: the pull did not finish ({phases})")

    # --- the server's APIs -----------------------------------------------------------
    def _xsrf(self) -> str:
        token = self.http.cookies.get("_xsrf", path=f"/user/{self.name}/")
        if token is None:
            self.http.get(f"{self.server_url}/lab", timeout=60)
            token = self.http.cookies.get("_xsrf", path=f"/user/{self.name}/")
        return token or ""

    def api(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        headers = {"X-XSRFToken": self._xsrf()}
        return self.http.request(
            method, f"{self.server_url}/api{path}", headers=headers, timeout=120, **kwargs
        )

    def path(self, relative: str) -> str:
        return f"{self.course.folder_name}/{relative}"

    def read(self, relative: str) -> dict[str, Any]:
        reply = self.api("GET", f"/contents/{quote(self.path(relative))}?content=1")
        if reply.status_code != 200:
            raise StudentError(f"{self.name}: cannot open {relative} ({reply.status_code})")
        return reply.json()

    def open_lesson(self) -> dict[str, Any]:
        """Open lesson 1 as JupyterLab does: read the notebook, start its kernel session."""
        notebook = self.read(LESSON)["content"]
        reply = self.api(
            "POST",
            "/sessions",
            json={
                "path": self.path(LESSON),
                "name": Path(LESSON).name,
                "type": "notebook",
                "kernel": {"name": "python3"},
            },
        )
        if reply.status_code != 201:
            raise StudentError(f"{self.name}: no kernel ({reply.status_code}: {reply.text})")
        self.kernel_id = reply.json()["kernel"]["id"]
        cookies = "; ".join(f"{c.name}={c.value}" for c in self.http.cookies)
        ws_url = self.server_url.replace("http://", "ws://")
        self.kernel = KernelSocket(f"{ws_url}/api/kernels/{self.kernel_id}/channels", cookies)
        return notebook

    def run_all(self, notebook: dict[str, Any], after_cell=None) -> float:
        """Run every code cell in order, as Run → Run All Cells does; seconds taken."""
        assert self.kernel is not None
        started = time.perf_counter()
        cells = [c for c in notebook["cells"] if c["cell_type"] == "code"]
        for number, cell in enumerate(cells, 1):
            source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
            reply, _ = self.kernel.execute(source)
            if reply is None or reply.get("status") != "ok":
                detail = (reply or {}).get("evalue", reply)
                raise StudentError(f"{self.name}: cell {number} failed: {detail}")
            if after_cell is not None:
                after_cell(number, len(cells))
        return time.perf_counter() - started

    def change_explorer(self) -> None:
        """Click the explorer's 'milestones' checkbox; the kernel must redraw its chart."""
        assert self.kernel is not None
        boxes = [
            (comm_id, state)
            for comm_id, state in self.kernel.comms.items()
            if state.get("_model_name") == "CheckboxModel" and state.get("value") is True
        ]
        if not boxes:
            raise StudentError(f"{self.name}: lesson 1 showed no explorer checkbox")
        comm_id, state = boxes[-1]
        answered = self.kernel.click(comm_id, {"value": False})
        redrawn = [
            m
            for m in answered
            if m.get("msg_type") == "comm_msg"
            and "outputs" in m["content"].get("data", {}).get("state", {})
        ]
        if not redrawn:
            raise StudentError(f"{self.name}: the explorer did not redraw after a click")

    def save_edit(self, notebook: dict[str, Any]) -> str:
        """Edit a code cell and add a note of their own, then save (as Ctrl+S does)."""
        mine = f"My own note ({self.name}): the peak came before the biggest marches."
        for cell in notebook["cells"]:
            source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
            if cell["cell_type"] == "code" and "peak_day" in source:
                cell["source"] = source + f"\n# {mine}"
                break
        notebook["cells"].append({"cell_type": "markdown", "metadata": {}, "source": mine})
        reply = self.api(
            "PUT",
            f"/contents/{quote(self.path(LESSON))}",
            json={"type": "notebook", "format": "json", "content": notebook},
        )
        if reply.status_code not in (200, 201):
            raise StudentError(f"{self.name}: save failed ({reply.status_code}: {reply.text})")
        return mine

    def lesson_text(self) -> str:
        """Lesson 1 as the student's server has it now: all cell sources, joined."""
        cells = self.read(LESSON)["content"]["cells"]
        return "\n".join(
            c["source"] if isinstance(c["source"], str) else "".join(c["source"]) for c in cells
        )

    def has_note(self, note: str) -> bool:
        """Both halves of the student's edit are in the saved lesson (code cell and note)."""
        return self.lesson_text().count(note) == 2

    def reconnect(self) -> None:
        """Open the lesson's running kernel again (a new browser tab does this)."""
        self.close_kernel()
        cookies = "; ".join(f"{c.name}={c.value}" for c in self.http.cookies)
        ws_url = self.server_url.replace("http://", "ws://")
        self.kernel = KernelSocket(f"{ws_url}/api/kernels/{self.kernel_id}/channels", cookies)

    def close_kernel(self) -> None:
        if self.kernel is not None:
            try:
                self.kernel.close()
            except Exception:  # noqa: BLE001 - the server may be gone (the fault test)
                pass
        self.kernel = None


class MemoryWatch:
    """Samples each student's server (+ kernels) resident memory; keeps the peak."""

    def __init__(self, hub: Hub, names: list[str], every: float = 0.5) -> None:
        self.hub, self.names, self.every = hub, names, every
        self.peak: dict[str, int] = dict.fromkeys(names, 0)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._pids: dict[str, int] = {}

    def __enter__(self) -> MemoryWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            for name in self.names:
                if name not in self._pids:
                    try:
                        self._pids[name] = self.hub.server_pid(name)
                    except (AssertionError, requests.RequestException):
                        continue
                self.peak[name] = max(self.peak[name], tree_rss(self._pids[name]))
