"""The SQLite store: sessions, answers, per-point results, the embedding cache."""

from interviewer.store.db import StoreError, open_db, schema_version
from interviewer.store.store import AnswerRow, SessionRow, Store, utc_now

__all__ = [
    "AnswerRow",
    "SessionRow",
    "Store",
    "StoreError",
    "open_db",
    "schema_version",
    "utc_now",
]
