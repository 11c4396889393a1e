"""``interviewer train``: train models from the bundled embedding model (reproducibly, offline)."""

from __future__ import annotations

from pathlib import Path

import click

from interviewer.cli.base import _fail, main


@main.group()
def train() -> None:
    """Train models over the bundled embedding model (fixed seed, offline)."""


@train.command("contradiction")
@click.option(
    "--semeval",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=Path("../shared/asag/semeval2013-train.jsonl"),
    show_default=True,
    help="SemEval-2013 Task 7 train splits (JSONL with labels), read where it is.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Where to write the weights (a .safetensors file; none ships, see data/contradiction/).",
)
@click.option("--seed", default=0, show_default=True)
@click.option("--epochs", default=2, show_default=True)
def train_contradiction(semeval: Path, out: Path, seed: int, epochs: int) -> None:
    """The contradiction model: a cross-encoder over the bundled MiniLM's layers, trained on
    SemEval-2013 and on the banks' points against their wrong versions, examples and
    paraphrases. About 12 minutes on two cores. Measure it with
    'interviewer bench asag FILE --contradiction-model OUT'."""
    from interviewer import paths
    from interviewer.bank.loader import load_banks
    from interviewer.grading import nli, nli_train
    from interviewer.grading.asag import AsagError, load_asag

    try:
        items = load_asag(semeval)
        pairs = nli_train.semeval_pairs(items)
    except AsagError as exc:
        _fail(str(exc))
    pairs += nli_train.bank_pairs(load_banks([paths.builtin_banks_dir()]).questions, seed)
    click.echo(f"{len(pairs)} pairs ({len(items)} from {semeval.name}); seed {seed}, {epochs} epochs")
    base, tokenizer = nli_train.load_training_encoder()
    head = nli_train.train(base, tokenizer, pairs, seed=seed, epochs=epochs, progress=click.echo)
    nli.save_head(head, out, nli_train.training_meta(pairs, seed, epochs, semeval))
    click.echo(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB)")
