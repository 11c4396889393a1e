"""Nothing leaves the machine: with every IPv4/IPv6 socket refused, the model loads from scratch,
grades, the app starts and runs an interview, and ``interviewer grade`` works.

The guard refuses (and records) every connect, DNS lookup and datagram on an internet socket;
Unix sockets stay allowed (asyncio uses them inside the process). Code that catches the refusal
and falls back to the cache would still pass unnoticed, so each test asserts that nothing even
tried. The session fixtures may have loaded the model already: every test here loads its own
(a fresh ``build_grader``, the app's own loader, a fresh process).
"""

from __future__ import annotations

import errno
import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import OptionList, TextArea

from interviewer.app import InterviewerApp
from interviewer.bank.loader import QuestionBank, load_banks
from interviewer.config import Settings
from interviewer.grading.result import Status
from interviewer.screens.feedback import FeedbackScreen
from interviewer.screens.interview import InterviewScreen
from interviewer.services import build_grader, load_question_bank
from interviewer.store import Store, open_db

BANK = Path(__file__).parent / "data" / "interview-bank.yaml"
SIZE = (100, 32)
QUESTION = "ml.bias_variance"
ANSWER = (
    "High bias means the model's assumptions are too simple, so it underfits and does badly even "
    "on the training data. High variance means it is too sensitive to the training set and "
    "overfits. More capacity lowers bias but raises variance, so we pick the complexity with the "
    "lowest validation error."
)
INTERNET = (socket.AF_INET, socket.AF_INET6)

# The same guard, for a fresh interpreter (python -c): no sitecustomize, nothing imported yet.
GUARD = """
import socket, sys
INTERNET = (socket.AF_INET, socket.AF_INET6)
probing = True
def refuse(what):
    if not probing:
        sys.stderr.write(f"NETWORK ATTEMPT: {what}\\n")
    raise OSError(101, "network refused by the offline test")
real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
real_sendto = socket.socket.sendto
def connect(self, address):
    if self.family in INTERNET:
        refuse(f"connect {address!r}")
    return real_connect(self, address)
def connect_ex(self, address):
    if self.family in INTERNET:
        refuse(f"connect_ex {address!r}")
    return real_connect_ex(self, address)
def sendto(self, *args):
    if self.family in INTERNET:
        refuse(f"sendto {args[-1]!r}")
    return real_sendto(self, *args)
def create_connection(address, *args, **kwargs):
    refuse(f"create_connection {address!r}")
def getaddrinfo(host, *args, **kwargs):
    refuse(f"getaddrinfo {host!r}")
socket.socket.connect, socket.socket.connect_ex, socket.socket.sendto = connect, connect_ex, sendto
socket.create_connection, socket.getaddrinfo = create_connection, getaddrinfo
for attempt in (
    lambda: socket.create_connection(("127.0.0.1", 9)),
    lambda: socket.getaddrinfo("localhost", 80),
    lambda: socket.socket(socket.AF_INET6).connect(("::1", 9)),
):
    try:
        attempt()
    except OSError:
        continue
    raise SystemExit("the network guard let a connection through")
probing = False
sys.stderr.write("guard armed\\n")
"""


class NetworkGuard:
    """Refuse and record every attempt to reach the network from this process."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.attempts: list[str] = []
        real_connect = socket.socket.connect
        real_connect_ex = socket.socket.connect_ex
        real_sendto = socket.socket.sendto

        def refuse(what: str) -> OSError:
            self.attempts.append(what)
            return OSError(errno.ENETUNREACH, f"network refused by the offline test: {what}")

        def connect(sock: socket.socket, address: Any) -> None:
            if sock.family in INTERNET:
                raise refuse(f"connect {address!r}")
            real_connect(sock, address)

        def connect_ex(sock: socket.socket, address: Any) -> int:
            if sock.family in INTERNET:
                raise refuse(f"connect_ex {address!r}")
            return real_connect_ex(sock, address)

        def sendto(sock: socket.socket, *args: Any) -> int:
            if sock.family in INTERNET:
                raise refuse(f"sendto {args[-1]!r}")
            return real_sendto(sock, *args)  # type: ignore[arg-type]

        def create_connection(address: Any, *args: Any, **kwargs: Any) -> socket.socket:
            raise refuse(f"create_connection {address!r}")

        def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> list[Any]:
            self.attempts.append(f"getaddrinfo {host!r}")
            raise socket.gaierror(socket.EAI_NONAME, "name lookups refused by the offline test")

        monkeypatch.setattr(socket.socket, "connect", connect)
        monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
        monkeypatch.setattr(socket.socket, "sendto", sendto)
        monkeypatch.setattr(socket, "create_connection", create_connection)
        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
        # Prove the guard bites before trusting its silence.
        with pytest.raises(OSError), socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.connect(("127.0.0.1", 9))
        with pytest.raises(OSError):
            socket.create_connection(("localhost", 80))
        left, right = socket.socketpair(socket.AF_UNIX)  # local sockets still work
        left.close()
        right.close()
        assert len(self.attempts) == 2
        self.attempts.clear()


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> NetworkGuard:
    # The model loader must make itself offline; do not do it for it.
    for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"):
        monkeypatch.delenv(name, raising=False)
    return NetworkGuard(monkeypatch)


@pytest.fixture
def bank() -> QuestionBank:
    loaded = load_banks([BANK])
    assert not loaded.problems
    return loaded


def test_the_model_loads_and_grades_offline(no_network: NetworkGuard, tmp_path: Path) -> None:
    store = Store(open_db(tmp_path / "offline.db"))
    grader = build_grader(Settings(), store)  # a fresh load, not the session fixture's
    question = load_question_bank().get(QUESTION)
    assert question is not None
    grade = grader.grade(question, ANSWER)
    assert grade.score >= 50
    assert any(p.status is Status.COVERED for p in grade.points)
    assert no_network.attempts == []


async def test_the_app_starts_loads_the_model_and_grades_an_answer_offline(
    no_network: NetworkGuard, tmp_path: Path, bank: QuestionBank
) -> None:
    store = Store(open_db(tmp_path / "offline.db"))
    app = InterviewerApp(Settings(), store, bank)  # no grader_factory: the app loads the model
    async with app.run_test(size=SIZE) as pilot:
        while app.grader is None and app.grading_error is None:
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert app.grading_error is None and app.model_status == "model ready"
        menu = app.screen.query_one("#menu", OptionList)
        menu.highlighted = next(
            i for i in range(menu.option_count) if menu.get_option_at_index(i).id == "interview"
        )
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        text = "I like the mission of building safe and reliable AI, and my evaluation work fits it."
        while not isinstance(app.screen, FeedbackScreen):  # the answer, then any follow-ups
            screen.query_one("#answer", TextArea).text = text
            await pilot.press("ctrl+s")
            await app.workers.wait_for_complete()
            await pilot.pause()
            text = "My evaluation work on model safety connects directly to this role."
        assert "Score " in str(app.screen.query_one("#score").render())
        assert screen.session.session_id is not None
        (answer,) = store.answers(screen.session.session_id)
        assert answer.grade is not None
    assert no_network.attempts == []


def test_the_cli_grades_offline_in_a_fresh_process(tmp_path: Path) -> None:
    db = tmp_path / "offline.db"
    args = ["--db", str(db), "grade", "--question", QUESTION, "--answer", ANSWER, "--json"]
    code = f"{GUARD}\nfrom interviewer.cli import main\nmain({args!r})\n"
    env = {k: v for k, v in os.environ.items() if k not in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=180
    )
    assert "guard armed" in result.stderr, result.stderr[-3000:]
    assert "NETWORK ATTEMPT" not in result.stderr, result.stderr[-3000:]
    assert result.returncode == 0, result.stderr[-3000:]
    printed = json.loads(result.stdout)
    assert printed["score"] >= 50 and printed["answer_id"] is not None
    answer = Store(open_db(db)).answer(printed["answer_id"])
    assert answer is not None and answer.text == ANSWER and answer.score == printed["score"]
