"""Grading: sentence embeddings, reference points, flags. Never imports textual."""

from interviewer.grading.calibration import Calibration, CalibrationError, load_calibration
from interviewer.grading.embedder import Embedder, ModelLoadError, load_embedder
from interviewer.grading.grader import GRADER_VERSION, Grader
from interviewer.grading.result import Flag, FlagCode, Grade, PointResult, Status

__all__ = [
    "GRADER_VERSION",
    "Calibration",
    "CalibrationError",
    "Embedder",
    "Flag",
    "FlagCode",
    "Grade",
    "Grader",
    "ModelLoadError",
    "PointResult",
    "Status",
    "load_calibration",
    "load_embedder",
]
