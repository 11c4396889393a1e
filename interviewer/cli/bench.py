"""``interviewer bench``: speed, memory and agreement with human grades, printed."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from interviewer.cli.base import Context, _fail, _grader, main, pass_context
from interviewer.text import clip


@main.group(invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("-n", "--gradings", default=240, show_default=True, help="Warm gradings to time.")
@click.option("--words", default=120, show_default=True, help="Typical answer length to time.")
@click.option(
    "--history",
    default=100_000,
    show_default=True,
    help="Synthetic answers for the progress/history timings (0 skips them).",
)
@click.option(
    "--voice/--no-voice",
    default=True,
    show_default=True,
    help="Time transcription too (in a fresh process, when the voice extra is installed).",
)
@click.pass_context
def bench(ctx: click.Context, as_json: bool, gradings: int, words: int, history: int, voice: bool) -> None:
    """Measure start-up to model ready, warm grade latency (p50/p95), peak memory, how fast
    the progress screen and history open over 100,000 stored answers, and, for spoken answers,
    the transcription real-time factor and the memory the speech model adds.

    \b
    interviewer bench                 all of it
    interviewer bench history         only the history figures
    interviewer bench voice           only the speech figures
    interviewer bench asag FILE       agreement with human graders
    """
    if ctx.invoked_subcommand is not None:
        return
    from interviewer.bench import run_bench
    from interviewer.grading.embedder import ModelLoadError

    obj = ctx.find_object(Context)
    assert obj is not None, "main() sets ctx.obj before any subcommand runs"
    try:
        figures = run_bench(obj.settings, gradings=gradings, answer_words=words)
    except ModelLoadError as exc:
        _fail(str(exc))
    if history:
        from interviewer.bench import run_history_bench

        figures.update(run_history_bench(obj.settings, answers=history))
    if voice:
        figures.update(_voice_figures(obj))
    _print_figures(figures, as_json)


def _voice_figures(obj: Context) -> dict[str, Any]:
    """``bench voice`` in a fresh process, so that its memory is the app's with both models and
    nothing left over from the figures above."""
    import subprocess

    from interviewer.voice import speech_problem

    problem = speech_problem()
    if problem is not None:
        return {"speech": f"not measured: {problem}"}
    command = [sys.executable, "-m", "interviewer", "--model", obj.settings.model, "bench", "voice", "--json"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        lines = (done.stderr or done.stdout).strip().splitlines()
        return {"speech": f"not measured: {lines[-1] if lines else 'exit ' + str(done.returncode)}"}
    figures: dict[str, Any] = json.loads(done.stdout)
    return figures


def _print_figures(figures: dict[str, Any], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(figures, indent=2))
        return
    for key, value in figures.items():
        click.echo(f"{key:<34} {value}")


@bench.command("history")
@click.option("--answers", default=100_000, show_default=True, help="Synthetic answers to generate.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@pass_context
def bench_history(obj: Context, answers: int, as_json: bool) -> None:
    """Time the progress screen, history and due over years of synthetic practice."""
    from interviewer.bench import run_history_bench

    _print_figures(run_history_bench(obj.settings, answers=answers), as_json)


@bench.command("voice")
@click.option(
    "--audio",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The recording to transcribe (default: the test fixtures joined, about 40 s).",
)
@click.option("--repeats", default=3, show_default=True, help="Timed transcriptions after a warm-up.")
@click.option(
    "--neighbours/--no-neighbours",
    default=True,
    show_default=True,
    help="Build the grader with the bank's other questions, as the app does (slower; sets the peak).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@pass_context
def bench_voice(obj: Context, audio: Path | None, repeats: int, neighbours: bool, as_json: bool) -> None:
    """Transcription real-time factor and the memory of the app with both models.

    In this process: the app's modules are imported and the embedding model loaded and warmed
    as the app does, then the speech model; the recording is transcribed once to warm up and
    then timed. Budgets (printed, never asserted): transcription at most 0.3x real time on two
    cores, and the app with both models at most 900 MB resident. The machine's load average is
    printed too: other work on the cores slows the wall-clock figures.
    """
    from interviewer.bench import run_voice_bench
    from interviewer.grading.embedder import ModelLoadError
    from interviewer.voice import VoiceError

    try:
        figures = run_voice_bench(obj.settings, audio=audio, repeats=repeats, neighbours=neighbours)
    except (VoiceError, ModelLoadError, ValueError) as exc:
        _fail(str(exc))
    _print_figures(figures, as_json)


@bench.command("asag")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Summary and every answer's prediction as JSON.")
@click.option("--cv", "folds", type=int, help="K-fold question-level cross-validation of the fit.")
@click.option("--seed", default=0, show_default=True, help="Seed of the cross-validation folds.")
@click.option(
    "--fit-out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Fit the calibration on the whole file and write it here (JSON).",
)
@click.option(
    "--contradiction-model",
    "model_use",
    default="off",
    show_default=True,
    help="'fold' (with --cv, on a labelled file): train a contradiction model for each fold "
    "without it, by the recipe of 'interviewer train contradiction' (about 10 minutes a fold), "
    "and grade the fold with it; a FILE: grade with that trained model; 'off': the rules alone.",
)
@pass_context
def bench_asag(
    obj: Context,
    file: Path,
    as_json: bool,
    folds: int | None,
    seed: int,
    fit_out: Path | None,
    model_use: str,
) -> None:
    """Agreement with human graders on a JSONL file of graded short answers.

    Each line: question_id, answer_id, question, reference_answer, answer, score, max_score,
    and optionally label (correct, contradictory or incorrect). Without --cv the shipped
    calibration is used and nothing is fitted.

    When every line has a label, the 3-way agreement is reported too: point-biserial r,
    macro-F1, contradictory precision / recall / F1 and the confusion matrix. An answer is
    predicted contradictory when a point is contradicted, else correct when its predicted
    fraction reaches a threshold (0.5 without --cv; with --cv, the one that maximises
    macro-F1 on the training folds), else incorrect.
    """
    import time

    from interviewer.grading.asag import (
        LABELS,
        AsagError,
        agreement,
        cross_validate,
        fit_calibration,
        grade_items,
        label_agreement,
        load_asag,
        predict_fraction,
        question_folds,
    )

    started = time.perf_counter()
    try:
        items = load_asag(file)
    except AsagError as exc:
        _fail(str(exc))
    grader = _grader(obj, None)
    loaded = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if not as_json and sys.stderr.isatty() and (done % 50 == 0 or done == total):
            click.echo(f"\rgraded {done}/{total}", nl=done == total, err=True)

    labelled = sum(item.label is not None for item in items)
    if model_use != "off" and not hasattr(grader.embedder, "shared_encoder"):
        _fail(
            f"--contradiction-model {model_use}: a contradiction model runs over the bundled "
            f"embedding model, not {obj.settings.model}"
        )
    if model_use not in ("fold", "off"):
        from interviewer.grading.nli import load_contradiction_model

        if not Path(model_use).is_file():
            _fail(
                f"{model_use}: no such file (--contradiction-model takes fold, off or a trained model file)"
            )
        grader.contradiction_model = load_contradiction_model(grader.embedder, Path(model_use))
        if grader.contradiction_model is None:
            _fail(
                f"{model_use}: not a contradiction model trained for this embedding model "
                f"({grader.embedder.model_id.split('#')[0]}); train one with "
                "'interviewer train contradiction --out FILE'"
            )
    if model_use == "fold":
        if not folds or labelled < len(items):
            _fail("--contradiction-model fold needs --cv and a label on every line")
        from interviewer import paths
        from interviewer.bank.loader import load_banks
        from interviewer.grading import nli_train

        def say(line: str) -> None:
            if not as_json:
                click.echo(line, err=True)

        extra = nli_train.bank_pairs(load_banks([paths.builtin_banks_dir()]).questions, seed)
        split = question_folds(items, int(folds or 0), seed)
        try:
            grades = nli_train.graded_with_fold_models(grader, items, split, extra, seed, say)
        except AsagError as exc:
            _fail(str(exc))
    else:
        grades = grade_items(grader, items, progress)
    graded = time.perf_counter()
    base = grader.calibration
    try:
        if folds:
            predicted, fitted_per_fold = cross_validate(items, grades, base, folds, seed)
            mode = f"{folds}-fold question-level cross-validation (fit on the other folds)"
        else:
            predicted = predict_fraction(grades, base)
            mode = "shipped calibration, nothing fitted"
        labels = None
        if labelled == len(items):
            if folds:
                split = question_folds(items, folds, seed)
                labels = label_agreement(items, grades, predicted, split, fitted_per_fold)
            else:
                labels = label_agreement(items, grades, predicted)
    except AsagError as exc:
        _fail(str(exc))
    result = agreement(items, predicted)
    elapsed = time.perf_counter() - started
    summary = {
        "file": str(file),
        "answers": len(items),
        "questions": len(result.per_question),
        "mode": mode,
        "contradiction_model": {"fold": "trained for each fold without it", "off": "none (rules alone)"}.get(
            model_use, model_use
        ),
        "pearson_r": round(result.pearson, 4),
        "spearman_rho": round(result.spearman, 4),
        "rmse": round(result.rmse, 4),
        "model_load_s": round(loaded - started, 2),
        "grading_s": round(graded - loaded, 2),
        "answers_per_s": round(len(items) / max(graded - loaded, 1e-9), 1),
        "run_time_s": round(elapsed, 2),
        "worst_questions": result.per_question[:10],
    }
    if labels is not None:
        summary.update(_label_summary(labels, bool(folds)))
    elif labelled:
        summary["labels_skipped"] = f"only {labelled} of {len(items)} answers have a label"
    if fit_out is not None:
        fitted = fit_calibration(grades, __import__("numpy").array([i.fraction for i in items]), base)
        write_calibration(fit_out, fitted, note=f"fitted on {file.name} ({len(items)} answers)")
        summary["fitted_calibration"] = str(fit_out)
    if as_json:
        summary["predictions"] = {
            item.answer_id: round(float(p) * item.max_score, 4)
            for item, p in zip(items, result.predicted, strict=True)
        }
        if labels is not None:
            summary["predicted_labels"] = {
                item.answer_id: label for item, label in zip(items, labels.predicted, strict=True)
            }
        click.echo(json.dumps(summary, indent=2, ensure_ascii=False))
        return
    click.echo(f"{len(items)} answers to {summary['questions']} questions; {mode}")
    click.echo(f"Contradiction model: {summary['contradiction_model']}")
    click.echo(f"Pearson r     {result.pearson:.3f}")
    click.echo(f"Spearman rho  {result.spearman:.3f}")
    click.echo(f"RMSE          {result.rmse:.3f} (on each answer's own scale)")
    click.echo(f"Speed         {summary['answers_per_s']} answers/s; run time {elapsed:.1f} s")
    if labels is not None:
        _print_labels(labels, LABELS, bool(folds))
    elif labelled:
        click.echo(f"Labels        skipped: {summary['labels_skipped']}")
    click.echo("\nWorst 10 questions (by mean absolute error):")
    click.echo(f"  {'id':<8} {'n':>4} {'MAE':>6} {'r':>6}  question")
    for q in result.per_question[:10]:
        r = "-" if q["pearson"] is None else f"{q['pearson']:.2f}"
        question = clip(str(q["question"]), 60)
        click.echo(f"  {q['question_id']!s:<8} {q['answers']:>4} {q['mae']:>6.2f} {r:>6}  {question}")
    if fit_out is not None:
        click.echo(f"\nFitted calibration written to {fit_out}")


def _threshold_text(labels: Any, cross_validated: bool) -> str:
    if cross_validated:
        chosen = ", ".join(f"{t:.3f}" for t in labels.thresholds)
        return f"chosen per fold on the training folds' questions (max macro-F1): {chosen}"
    return f"default {labels.thresholds[0]:g}"


def _label_summary(labels: Any, cross_validated: bool) -> dict[str, Any]:
    def r4(value: float) -> float | None:
        return None if value != value else round(value, 4)  # nan -> null

    contradictory = labels.per_label["contradictory"]
    return {
        "point_biserial_r": r4(labels.point_biserial),
        "macro_f1": r4(labels.macro_f1),
        "accuracy_3way": r4(labels.accuracy),
        "contradictory_precision": r4(contradictory["precision"]),
        "contradictory_recall": r4(contradictory["recall"]),
        "contradictory_f1": r4(contradictory["f1"]),
        "per_label": {
            label: {key: r4(value) if isinstance(value, float) else value for key, value in scores.items()}
            for label, scores in labels.per_label.items()
        },
        "confusion_matrix": {
            "rows": "human label",
            "columns": "predicted label",
            "labels": list(labels.per_label),
            "counts": labels.confusion,
        },
        "label_threshold": labels.thresholds if cross_validated else labels.thresholds[0],
        "label_rule": "contradictory if a point is contradicted, else correct if the predicted "
        f"fraction >= the threshold ({_threshold_text(labels, cross_validated)}), else incorrect",
    }


def _print_labels(labels: Any, names: tuple[str, ...], cross_validated: bool) -> None:
    def show(value: float) -> str:
        return "-" if value != value else f"{value:.3f}"

    contradictory = labels.per_label["contradictory"]
    click.echo(
        "\nLabels: contradictory if a point is contradicted, else correct if the predicted fraction"
        f" >= the threshold ({_threshold_text(labels, cross_validated)}), else incorrect"
    )
    click.echo(f"Point-biserial r  {show(labels.point_biserial)} (predicted fraction vs label correct)")
    click.echo(f"Macro-F1 (3-way)  {show(labels.macro_f1)} (accuracy {show(labels.accuracy)})")
    click.echo(
        f"Contradictory     precision {show(contradictory['precision'])}  "
        f"recall {show(contradictory['recall'])}  F1 {show(contradictory['f1'])}"
    )
    width = max(len(name) for name in names)
    click.echo(
        f"\nConfusion (rows: human label, columns: predicted)\n  {'':<{width}}"
        + "".join(f" {name:>{width}}" for name in names)
    )
    for name, row in zip(names, labels.confusion, strict=True):
        click.echo(f"  {name:<{width}}" + "".join(f" {count:>{width}}" for count in row))


def write_calibration(path: Path, calibration: Any, note: str) -> None:
    import dataclasses

    data = {"version": 1, "note": note, **dataclasses.asdict(calibration)}
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
