"""A private Virtuoso server on loopback for the remote-store tests (issue 8).

``VirtuosoServer`` starts Debian's ``virtuoso-t`` (package ``virtuoso-opensource``, installed by
``.ci/install-virtuoso``) on a fresh database in a temporary folder, on two free ports of 127.0.0.1,
sets the ``dba`` password from ``KG_VIRTUOSO_PASSWORD`` (or a random one) and stops it again::

    with VirtuosoServer() as server:
        server.gsp_url        # http://127.0.0.1:PORT/sparql-graph-crud-auth  (Graph Store Protocol)
        server.update_url     # http://127.0.0.1:PORT/sparql-auth             (SPARQL Update, queries)
        server.sparql_url     # http://127.0.0.1:PORT/sparql                  (read-only, anonymous)
        server.user, server.password   # HTTP *digest* auth on the two -auth endpoints

The ``virtuoso_server`` fixture (session scope) yields one and skips the test with the reason when
``virtuoso-t`` is not installed, unless ``KG_REQUIRE_VIRTUOSO=1``, where it fails instead (for CI).
``virtuoso_clean`` (function scope) yields the same server after dropping every graph the tests
wrote. Register both with ``pytest_plugins = ["tests.virtuoso"]`` in tests/conftest.py.

Only the standard library is used here, so importing this module never fails.
"""

from __future__ import annotations

import configparser
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

PASSWORD_ENV = "KG_VIRTUOSO_PASSWORD"
REQUIRE_ENV = "KG_REQUIRE_VIRTUOSO"
DEFAULT_INI = Path("/usr/share/virtuoso-opensource-7/virtuoso.ini")
SERVER_BIN = "virtuoso-t"
ISQL_BINS = ("isql-vt", "isql")
INSTALL_HINT = "install Debian's virtuoso-opensource (bash .ci/install-virtuoso)"

# The factory password of a new database; valid only until start() replaces it.
_FACTORY_DBA = "dba"
# Graphs Virtuoso keeps for itself; drop_graphs() never touches them.
_SYSTEM_GRAPH_PREFIXES = ("http://www.openlinksw.com/", "http://www.w3.org/ns/ldp#")


def _isql_bin() -> str | None:
    for name in ISQL_BINS:
        path = shutil.which(name)
        if path and name == "isql" and "virtuoso" not in _version_text(path):
            continue  # unixODBC's isql has the same name
        if path:
            return path
    return None


def _version_text(path: str) -> str:
    try:
        out = subprocess.run([path, "-?"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return ""
    return (out.stdout + out.stderr).lower()


def virtuoso_missing_reason() -> str | None:
    """Why a server cannot be started here, or None when it can."""
    if shutil.which(SERVER_BIN) is None:
        return f"{SERVER_BIN} not found on PATH: {INSTALL_HINT}"
    if _isql_bin() is None:
        return f"isql-vt not found on PATH: {INSTALL_HINT}"
    if not DEFAULT_INI.is_file():
        return f"{DEFAULT_INI} not found: {INSTALL_HINT}"
    return None


def virtuoso_installed() -> bool:
    return virtuoso_missing_reason() is None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _check_password(password: str) -> str:
    if not password or any(ch in password for ch in "'\\\"\r\n\t ;") or not password.isprintable():
        raise ValueError(f"{PASSWORD_ENV} must be non-empty printable text without quotes, backslashes, ';' or spaces")
    return password


class VirtuosoError(RuntimeError):
    pass


class VirtuosoServer:
    """A throwaway Virtuoso instance: its own database folder, ini file and loopback ports."""

    def __init__(
        self,
        workdir: str | os.PathLike[str] | None = None,
        password: str | None = None,
        start_timeout: float = 120.0,
        buffers: int = 2000,
    ) -> None:
        self.password = _check_password(password or os.environ.get(PASSWORD_ENV) or secrets.token_urlsafe(24))
        self.user = "dba"
        self.start_timeout = start_timeout
        self.buffers = buffers
        self._own_workdir = workdir is None
        self.workdir = Path(workdir) if workdir is not None else None
        self.isql_port = 0
        self.http_port = 0
        self.process: subprocess.Popen[bytes] | None = None
        self.startup_seconds: float | None = None

    # -- addresses --------------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def sparql_url(self) -> str:
        return f"{self.base_url}/sparql"

    @property
    def update_url(self) -> str:
        return f"{self.base_url}/sparql-auth"

    @property
    def gsp_url(self) -> str:
        return f"{self.base_url}/sparql-graph-crud-auth"

    @property
    def log_path(self) -> Path:
        assert self.workdir is not None
        return self.workdir / "virtuoso.log"

    # -- life cycle -------------------------------------------------------------------------------
    def __enter__(self) -> VirtuosoServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        reason = virtuoso_missing_reason()
        if reason:
            raise VirtuosoError(reason)
        if self.workdir is None:
            self.workdir = Path(tempfile.mkdtemp(prefix="kg-virtuoso-"))
        self.workdir.mkdir(parents=True, exist_ok=True)
        began = time.monotonic()
        for attempt in range(3):  # a free port can be taken between choosing it and binding it
            self.isql_port, self.http_port = _free_port(), _free_port()
            self._write_ini()
            log = open(self.workdir / "virtuoso.out", "ab")  # noqa: SIM115 - closed by the child's exit
            self.process = subprocess.Popen(
                [shutil.which(SERVER_BIN) or SERVER_BIN, "+foreground", "+configfile", "virtuoso.ini"],
                cwd=self.workdir,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            log.close()
            try:
                self._wait_ready(began + self.start_timeout)
                break
            except VirtuosoError:
                self._terminate()
                if attempt == 2 or "address already in use" not in self._log_tail().lower():
                    self._cleanup_workdir()
                    raise
        self._set_password()
        self.startup_seconds = time.monotonic() - began

    def stop(self) -> None:
        """SIGTERM: Virtuoso logs 'Initiating quick shutdown' and exits within a fraction of a second."""
        self._terminate()
        self._cleanup_workdir()

    def _terminate(self) -> None:
        proc, self.process = self.process, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)

    def _cleanup_workdir(self) -> None:
        if self._own_workdir and self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)
            self.workdir = None

    def _write_ini(self) -> None:
        assert self.workdir is not None
        d = str(self.workdir)
        ini = configparser.RawConfigParser(strict=False, inline_comment_prefixes=(";",), interpolation=None)
        ini.optionxform = str  # type: ignore[assignment,method-assign]  # keep the keys' case
        ini.read(DEFAULT_INI)
        db = ini["Database"]
        for key, name in (
            ("DatabaseFile", "virtuoso.db"),
            ("ErrorLogFile", "virtuoso.log"),
            ("LockFile", "virtuoso.lck"),
            ("TransactionFile", "virtuoso.trx"),
            ("xa_persistent_file", "virtuoso.pxa"),
        ):
            db[key] = f"{d}/{name}"
        ini["TempDatabase"]["DatabaseFile"] = f"{d}/virtuoso-temp.db"
        ini["TempDatabase"]["TransactionFile"] = f"{d}/virtuoso-temp.trx"
        params = ini["Parameters"]
        params["ServerPort"] = f"127.0.0.1:{self.isql_port}"
        params["DirsAllowed"] = f"., {d}"
        params["VADInstallDir"] = f"{d}/vad/"
        params["NumberOfBuffers"] = str(self.buffers)  # 8 KB pages: 2000 = 16 MB
        params["MaxDirtyBuffers"] = str(self.buffers * 3 // 4)
        params["MaxQueryMem"] = "256M"
        params["ThreadsPerQuery"] = "2"
        http = ini["HTTPServer"]
        http["ServerPort"] = f"127.0.0.1:{self.http_port}"
        http["ServerRoot"] = f"{d}/vsp"
        (self.workdir / "vsp").mkdir(exist_ok=True)
        ini["URIQA"]["DefaultHost"] = f"127.0.0.1:{self.http_port}"
        # The default silently truncates every SELECT at 10,000 rows.
        ini["SPARQL"]["ResultSetMaxRows"] = "1000000"
        ini.remove_section("Plugins")  # wiki/wbxml hosting plugins: not needed
        with open(self.workdir / "virtuoso.ini", "w", encoding="utf-8") as fh:
            ini.write(fh)

    def _log_tail(self, lines: int = 30) -> str:
        text = ""
        for name in ("virtuoso.log", "virtuoso.out"):
            path = (self.workdir or Path(".")) / name
            if path.is_file():
                text += "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) + "\n"
        return text

    def _wait_ready(self, deadline: float) -> None:
        """Ready when the anonymous endpoint answers ASK {} (the HTTP server comes up last)."""
        url = f"{self.sparql_url}?" + urllib.parse.urlencode({"query": "ASK {}"})
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise VirtuosoError(f"virtuoso-t exited with {self.process.returncode}:\n{self._log_tail()}")
            try:
                with urllib.request.urlopen(url, timeout=5) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.2)
        raise VirtuosoError(f"virtuoso-t not ready after {self.start_timeout:.0f} s:\n{self._log_tail()}")

    # -- administration ---------------------------------------------------------------------------
    def isql(self, sql: str, password: str | None = None) -> str:
        """Run SQL statements through isql-vt, fed on stdin; raise on any '*** Error'.

        isql-vt exits 0 even when a statement fails, so the output is checked. The password is an
        argument of isql-vt (it has no other way), so it shows in `ps` while the command runs.
        Careful: four failed logins from one IP block logins from it for 60 s.
        """
        isql = _isql_bin()
        assert isql is not None
        out = subprocess.run(
            [isql, f"127.0.0.1:{self.isql_port}", self.user, password or self.password],
            input=sql if sql.endswith("\n") else sql + "\n",
            capture_output=True,
            text=True,
            timeout=120,
        )
        text = out.stdout + out.stderr
        if out.returncode != 0 or "*** Error" in text:
            raise VirtuosoError(f"isql failed ({out.returncode}):\n{text.replace(self.password, '***')}")
        return text

    def _set_password(self) -> None:
        """A new database's dba password is 'dba': replace it, over isql, before anything else."""
        self.isql(
            f"USER_SET_PASSWORD('dba', {_sql_string(self.password)});\ncheckpoint;\n",
            password=_FACTORY_DBA,
        )

    # -- HTTP helpers (stdlib only: tests may use requests/httpx with digest auth instead) ---------
    def opener(self) -> urllib.request.OpenerDirector:
        """A urllib opener that answers the -auth endpoints' digest challenge as dba."""
        mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        mgr.add_password(None, self.base_url, self.user, self.password)
        return urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(mgr))

    def select(self, query: str) -> list[dict[str, dict[str, str]]]:
        """SPARQL SELECT on the anonymous endpoint; the SPARQL JSON results' bindings."""
        url = f"{self.sparql_url}?" + urllib.parse.urlencode({"query": query})
        req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=60) as resp:
            return json.load(resp)["results"]["bindings"]

    def update(self, update: str) -> None:
        """SPARQL Update on /sparql-auth; all operations of one request commit together."""
        req = urllib.request.Request(
            self.update_url,
            data=update.encode("utf-8"),
            headers={"Content-Type": "application/sparql-update"},
            method="POST",
        )
        with self.opener().open(req, timeout=120) as resp:
            resp.read()

    def graphs(self) -> list[str]:
        """Named graphs holding triples, less Virtuoso's own."""
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        names = [row["g"]["value"] for row in rows]
        return [g for g in names if not g.startswith(_SYSTEM_GRAPH_PREFIXES) and not g.startswith(self.base_url)]

    def drop_graphs(self) -> list[str]:
        """Drop every graph the tests wrote (one SPARQL Update request); return their names."""
        names = self.graphs()
        if names:
            self.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in names))
        return names


def _server_or_skip() -> Iterator[VirtuosoServer]:
    reason = virtuoso_missing_reason()
    if reason:
        if os.environ.get(REQUIRE_ENV, "") not in ("", "0"):
            pytest.fail(f"{REQUIRE_ENV} is set but {reason}", pytrace=False)
        pytest.skip(f"Virtuoso tests skipped: {reason}")
    with VirtuosoServer() as server:
        yield server


@pytest.fixture(scope="session")
def virtuoso_server() -> Iterator[VirtuosoServer]:
    """One Virtuoso server for the whole session, on loopback, stopped at the end."""
    yield from _server_or_skip()


@pytest.fixture
def virtuoso_clean(virtuoso_server: VirtuosoServer) -> Iterator[VirtuosoServer]:
    """The session's server, with every non-system graph dropped after the test."""
    yield virtuoso_server
    virtuoso_server.drop_graphs()
