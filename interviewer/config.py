"""User settings, read from ``config.toml`` in the config directory.

Example::

    model = "/models/all-mpnet-base-v2"   # any sentence-transformers name or local path
    precision = "auto"                      # auto | fp32 | bf16
    theme = "textual-dark"
    mode = "coach"                          # coach | interview
    length = "standard"                     # quick | standard | full
    interview_date = "2026-12-15"           # optional: readiness and reviews per day until then

Every key is optional. A broken file never stops the app: the defaults are used and the problem
is reported with its file and line.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from interviewer import paths

DEFAULT_MODEL = "bundled:all-MiniLM-L6-v2"
PRECISIONS = ("auto", "fp32", "bf16")
MODES = ("coach", "interview")
LENGTHS = ("quick", "standard", "full")


@dataclass(frozen=True)
class Settings:
    model: str = DEFAULT_MODEL
    precision: str = "auto"
    theme: str = "textual-dark"
    mode: str = "coach"
    length: str = "standard"
    interview_date: str = ""  # YYYY-MM-DD, or empty
    problems: tuple[str, ...] = field(default=(), compare=False)

    def with_overrides(self, **overrides: Any) -> Settings:
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})

    @property
    def interview_on(self) -> date | None:
        try:
            return date.fromisoformat(self.interview_date) if self.interview_date else None
        except ValueError:
            return None


_CHOICES: dict[str, tuple[str, ...]] = {
    "precision": PRECISIONS,
    "mode": MODES,
    "length": LENGTHS,
}


def load_settings(path: Path | None = None) -> Settings:
    """Read settings; unknown keys and bad values are reported in ``Settings.problems``."""
    path = path or paths.config_path()
    if not path.exists():
        return Settings()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        return Settings(problems=(f"{path}: cannot read: {exc}; using defaults",))
    except tomllib.TOMLDecodeError as exc:
        return Settings(problems=(f"{path}: {exc}; using defaults",))
    except RecursionError:
        return Settings(problems=(f"{path}: nested too deeply to read; using defaults",))

    known = {f.name for f in fields(Settings)} - {"problems"}
    values: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in data.items():
        if key not in known:
            problems.append(f"{path}: {key}: unknown setting (known: {', '.join(sorted(known))})")
            continue
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{path}: {key}: must be a non-empty string")
            continue
        choices = _CHOICES.get(key)
        if choices and value not in choices:
            problems.append(f"{path}: {key}: must be one of {', '.join(choices)}, not {value!r}")
            continue
        if key == "interview_date":
            try:
                date.fromisoformat(value.strip())
            except ValueError:
                problems.append(f"{path}: {key}: must be a date like 2026-12-15, not {value!r}")
                continue
        values[key] = value.strip()
    return Settings(**values, problems=tuple(problems))


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings (all plain strings) to config.toml, private to the user."""
    path = path or paths.config_path()
    paths.ensure_private_dir(path.parent)
    lines = ["# interviewer settings (see README)"]
    for item in fields(Settings):
        if item.name == "problems":
            continue
        value = getattr(settings, item.name)
        if (item.name == "model" and value == DEFAULT_MODEL) or value == "":
            continue
        escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
        lines.append(f'{item.name} = "{escaped}"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
