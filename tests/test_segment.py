"""Sentence and clause splitting, with offsets that point back into the answer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from interviewer.grading.segment import MAX_SENTENCE_WORDS, clean_text, split_sentences, words


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(clean_text(text))]


def test_sentences_abbreviations_decimals_and_bullets() -> None:
    assert texts("Bias underfits, e.g. a line on a curve. The cut-off is 0.05 here! Why?") == [
        "Bias underfits, e.g. a line on a curve.",
        "The cut-off is 0.05 here!",
        "Why?",
    ]
    assert texts("Steps:\n- forward pass\n- backward pass\n\n1. update weights") == [
        "Steps:",
        "forward pass",
        "backward pass",
        "update weights",
    ]


def test_long_sentences_get_clauses_short_ones_do_not() -> None:
    (short,) = split_sentences("High bias underfits the data.")
    assert short.clauses == ()
    (long,) = split_sentences(
        "High bias makes the model underfit; variance is sensitivity to the sample, "
        "which leads to overfitting when the model is too flexible for the data."
    )
    assert [long.text[a:b] for a, b in long.clauses] == [
        "High bias makes the model underfit",
        "variance is sensitivity to the sample",
        "which leads to overfitting when the model is too flexible for the data.",
    ]


def test_run_on_text_is_cut_into_bounded_pieces() -> None:
    run_on = " ".join(["word"] * (MAX_SENTENCE_WORDS * 3 + 5))
    pieces = split_sentences(run_on)
    assert len(pieces) == 4
    assert all(len(words(p.text)) <= MAX_SENTENCE_WORDS for p in pieces)


def test_control_characters_are_dropped_but_lines_kept() -> None:
    assert clean_text("a\x00b\x1bc\nd\te") == "a b c\nd\te"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_splits_without_error_and_offsets_are_exact(raw: str) -> None:
    text = clean_text(raw)
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text.strip() == sentence.text and sentence.text
        for a, b in sentence.clauses:
            assert 0 <= a < b <= len(sentence.text)
