"""interviewer: an offline mock-interview coach for ML engineering interviews."""

__version__ = "0.1.0"
