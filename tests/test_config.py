"""Settings and calibration files: defaults, overrides, and clear messages for bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interviewer import paths
from interviewer.config import DEFAULT_MODEL, Settings, load_settings
from interviewer.grading.calibration import Calibration, CalibrationError, load_calibration


def test_missing_config_gives_defaults(interviewer_home: Path) -> None:
    assert paths.config_path() == interviewer_home / "config.toml"
    assert load_settings() == Settings()
    assert Settings().model == DEFAULT_MODEL


def test_config_values_and_problems(interviewer_home: Path) -> None:
    interviewer_home.mkdir(parents=True)
    paths.config_path().write_text(
        'model = "/models/x"\nmode = "interview"\nlength = "forever"\ncolour = "red"\n',
        encoding="utf-8",
    )
    settings = load_settings()
    assert settings.model == "/models/x" and settings.mode == "interview"
    assert settings.length == "standard"  # the bad value falls back to the default
    assert any("length: must be one of quick, standard, full" in p for p in settings.problems)
    assert any("colour: unknown setting" in p for p in settings.problems)


def test_broken_toml_names_the_line(interviewer_home: Path) -> None:
    interviewer_home.mkdir(parents=True)
    paths.config_path().write_text('mode = "coach"\nmodel = \n', encoding="utf-8")
    settings = load_settings()
    assert settings == Settings()
    (problem,) = settings.problems
    assert str(paths.config_path()) in problem and "line 2" in problem


def test_shipped_calibration_is_what_the_grader_uses() -> None:
    shipped = json.loads((paths.builtin_data_dir() / "calibration.json").read_text())
    calibration = load_calibration()
    for key, value in shipped.items():
        if key not in {"version", "note"}:
            assert getattr(calibration, key) == value, key
    assert calibration == Calibration()  # the code defaults mirror the shipped file


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "Expecting property name"),
        ("[1, 2]", "expected a JSON object"),
        ('{"covered": "high"}', "covered: must be a number"),
        ('{"coverd": 0.5}', "coverd: unknown calibration field"),
        ('{"covered": 0.3, "partial": 0.5}', "floor < partial < covered"),
    ],
)
def test_bad_calibration_file_is_reported(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "calibration.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CalibrationError, match=message) as error:
        load_calibration(path)
    assert str(path) in str(error.value)
