"""Question banks: the schema and the loader."""

from interviewer.bank.loader import BankProblem, LoadedQuestion, QuestionBank, load_banks
from interviewer.bank.schema import Pitfall, Point, Question, Stage, adhoc_question

__all__ = [
    "BankProblem",
    "LoadedQuestion",
    "Pitfall",
    "Point",
    "Question",
    "QuestionBank",
    "Stage",
    "adhoc_question",
    "load_banks",
]
