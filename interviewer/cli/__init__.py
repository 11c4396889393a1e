"""The ``interviewer`` command: alone it opens the app; subcommands work without the UI. One module
per command group; ``base`` holds the group and what the commands share."""

from __future__ import annotations

from interviewer.cli import banks, bench, grade, overrides, sessions, train, voice
from interviewer.cli.base import main
from interviewer.coding.commands import run_code
from interviewer.doctor import doctor

main.add_command(run_code)
main.add_command(doctor)

__all__ = ["banks", "bench", "grade", "main", "overrides", "sessions", "train", "voice"]
