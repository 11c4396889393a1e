"""``interviewer override`` and ``interviewer calibration``: the user's word on a point, and what
it taught."""

from __future__ import annotations

import json

import click

from interviewer.cli.base import Context, _fail, _open_store, main, pass_context


@main.command()
@click.argument("answer_id", type=int)
@click.argument("point_id")
@click.argument("status", type=click.Choice(["covered", "partial", "missed", "clear"]))
@pass_context
def override(obj: Context, answer_id: int, point_id: str, status: str) -> None:
    """Overrule the grader on one point of a saved answer ('clear' undoes it).

    The override is stored with the answer, changes that answer's score, and shifts the
    covered / partial thresholds used for later grades (see 'interviewer calibration').
    """
    from interviewer.grading.overrides import apply_overrides
    from interviewer.grading.result import Status
    from interviewer.services import user_calibration

    store = _open_store(obj)
    answer = store.answer(answer_id)
    if answer is None:
        _fail(f"no saved answer with id {answer_id}")
    assert answer is not None
    if answer.grade is None:
        _fail(f"answer {answer_id} has not been graded yet")
    assert answer.grade is not None
    point_ids = [p.point_id for p in answer.grade.points]
    if point_id not in point_ids:
        _fail(f"answer {answer_id} has no point {point_id!r}; its points: {', '.join(point_ids)}")
    before = user_calibration(store)
    store.override_point(answer_id, point_id, None if status == "clear" else Status(status))
    after = user_calibration(store)
    regraded = apply_overrides(answer.grade, store.overrides(answer_id))
    grader_status = next(p.status.value for p in answer.grade.points if p.point_id == point_id)
    verdict = "restored the grader's verdict" if status == "clear" else f"now {status}"
    click.echo(f"Answer {answer_id}, point {point_id}: grader said {grader_status}, {verdict}.")
    click.echo(f"Score of this answer: {answer.grade.score} -> {regraded.score}")
    click.echo(
        f"Thresholds for later grades: covered {before.covered:.3f} -> {after.covered:.3f}, "
        f"partial {before.partial:.3f} -> {after.partial:.3f}"
    )
    if status != "clear" and (before.covered, before.partial) == (after.covered, after.partial):
        similarity = next(p.similarity for p in answer.grade.points if p.point_id == point_id)
        click.echo(
            f"(This point's similarity, {similarity:.2f}, is already on your side of the "
            "thresholds, or further than they may move: the thresholds stay.)"
        )


@main.command()
@click.option("--reset", is_flag=True, help="Forget what overrides taught (overrides are kept).")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@pass_context
def calibration(obj: Context, reset: bool, as_json: bool) -> None:
    """Show the grader's thresholds: shipped, and as shifted by your overrides."""
    from interviewer.grading.calibration import load_calibration
    from interviewer.grading.overrides import MAX_SHIFT
    from interviewer.services import user_calibration

    store = _open_store(obj)
    if reset:
        store.reset_thresholds()
    shipped = load_calibration()
    current = user_calibration(store)
    count = len(store.threshold_overrides())
    data = {
        "shipped": {"covered": shipped.covered, "partial": shipped.partial},
        "current": {"covered": current.covered, "partial": current.partial},
        "overrides": count,
        "max_shift": MAX_SHIFT,
        "contradiction": {name: getattr(current, name) for name in CONTRADICTION_RULES},
        "reset_at": store.get_meta("calibration_reset_at"),
    }
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return
    if reset:
        click.echo("Reset: later grades use the shipped thresholds again (overrides are kept).")
    click.echo(f"{'':<10} {'shipped':>8} {'yours':>8}")
    click.echo(f"{'covered':<10} {shipped.covered:>8.3f} {current.covered:>8.3f}")
    click.echo(f"{'partial':<10} {shipped.partial:>8.3f} {current.partial:>8.3f}")
    click.echo(
        f"Shaped by {count} override{'s' if count != 1 else ''}"
        f" (each threshold moves at most {MAX_SHIFT} from the shipped value; once you mark a"
        " credited point down, that threshold only gets stricter)."
    )
    rules = ", ".join(f"{name} {getattr(current, name):g}" for name in CONTRADICTION_RULES)
    click.echo(f"Contradictions and missed points (fixed): {rules}.")


# What decides a contradicted point and what a point not made earns (data/calibration.md).
CONTRADICTION_RULES = (
    "wrong_min",
    "wrong_margin",
    "edit_margin",
    "negation_min",
    "negation_margin",
    "contradiction_cost",
    "missed_credit",
)
