"""``interviewer bank import``: an interview-prep article -> a bank draft in the user banks folder."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NoReturn

import click
import yaml

from interviewer.bank.schema import Stage

MAX_ARTICLE_BYTES = 5_000_000
YAML_SUFFIXES = (".yaml", ".yml")


def _fail(message: str) -> NoReturn:
    raise click.ClickException(message)


def read_article(path: Path) -> str:
    """The article's text; ClickException with a clear message when it cannot be read."""
    try:
        if path.is_dir():
            _fail(f"{path} is a folder: give the article's file")
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            _fail(
                f"{path} is too large to be an article ({size:,} bytes; the limit is {MAX_ARTICLE_BYTES:,})"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        _fail(f"cannot read {path}: no such file")
    except OSError as exc:
        _fail(f"cannot read {path}: {exc.strerror or exc}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        _fail(
            f"{path} is not UTF-8 text ({exc.reason} at byte {exc.start}); convert it first, "
            f"e.g. iconv -f latin1 -t utf-8 {path.name} > article.txt"
        )


def target_path(name: str, banks_dir: Path) -> Path:
    """The bank file for ``--name``, always directly inside ``banks_dir``."""
    name = name.strip()
    if not name or "/" in name or "\\" in name or ".." in name or name.startswith(".") or "\0" in name:
        _fail(
            f"invalid --name {name!r}: give a plain file name such as 'my-article' "
            "(no folders, no '..'); the draft always goes into the user banks folder"
        )
    if not name.lower().endswith(YAML_SUFFIXES):
        name += ".yaml"
    path = banks_dir / name
    if path.parent != banks_dir:  # pragma: no cover - excluded by the checks above
        _fail(f"invalid --name {name!r}")
    return path


def write_private_file(path: Path, text: str, force: bool) -> None:
    """Write ``text`` to a file readable by the user only; never replace a file unless ``force``."""
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    flags |= os.O_TRUNC if force else os.O_EXCL
    try:
        fd = os.open(path, flags, 0o600)
    except FileExistsError:
        _fail(f"{path} already exists: use --force to overwrite it, or --name NAME to write another file")
    except OSError as exc:
        _fail(f"cannot write {path}: {exc.strerror or exc}")
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        _fail(f"cannot write {path}: {exc.strerror or exc}")


@click.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option(
    "--stage",
    type=click.Choice([s.value for s in Stage]),
    default=Stage.TECHNICAL.value,
    show_default=True,
    help="Stage of every imported question.",
)
@click.option("--topic", help="Topic of every question (default: from the section headings).")
@click.option("--force", is_flag=True, help="Overwrite the draft if it already exists.")
@click.option("--name", help="File name of the draft in the user banks folder (default: the article's).")
def bank_import(file: Path, stage: str, topic: str | None, force: bool, name: str | None) -> None:
    """Turn an interview-prep article into a bank draft in your banks folder.

    \b
    Reads numbered questions followed by bullets ("Why this question is asked:",
    "Detailed answer:", "Pro tip:"), questions in bold or as Markdown headings followed by
    paragraphs, lists, tables and code blocks, and HTML fragments. Difficulty markers after a
    question (an emoji, "[easy]") are dropped; HTML inside Markdown (<br/>, <details>,
    <summary>, tables, images, comments) is read as the page shows it. Questions without an
    answer are listed (file and line) and left out. Exit 1 when nothing could be imported.

    \b
    interviewer bank import article.md
    interviewer bank import page.html --stage research --topic llm/evaluation --name llm-eval
    """
    from pydantic import ValidationError

    from interviewer import paths
    from interviewer.bank.importer import id_stem, import_article
    from interviewer.bank.loader import load_banks
    from interviewer.bank.schema import BankFile
    from interviewer.services import bank_folders

    banks_dir = paths.user_banks_dir()
    path = target_path(name if name is not None else id_stem(file.stem), banks_dir)
    if path.exists() and not force:
        _fail(f"{path} already exists: use --force to overwrite it, or --name NAME to write another file")
    text = read_article(file)
    try:
        result = import_article(text, file.name, stage, topic, stem=id_stem(path.stem))
    except ValueError as exc:
        _fail(str(exc))
    except Exception as exc:  # noqa: BLE001 - a bug in the importer: a message, not a traceback
        _fail(f"could not import {file} ({type(exc).__name__}: {exc}); please report this")

    if not result.questions:
        for problem in result.problems:
            click.echo(f"  {file}, {problem}", err=True)
        _fail(
            f"no questions imported from {file}: expected numbered, bold or heading questions "
            "(a difficulty marker such as an emoji after the '?' is fine) followed by their answers "
            "(see 'interviewer bank import --help')"
        )

    draft = result.bank()
    try:
        BankFile.model_validate(draft)
    except ValidationError as exc:  # a bug in the importer: say so rather than write a broken file
        _fail(f"the draft does not validate, nothing written:\n{exc}")
    others = load_banks([p for p in bank_folders() if p != banks_dir] + sorted(_other_banks(banks_dir, path)))
    taken = {q["id"]: others.entries[q["id"]].path for q in result.questions if q["id"] in others.entries}
    if taken:
        first, where = next(iter(taken.items()))
        _fail(
            f"{len(taken)} question id(s) already exist in other banks (e.g. {first} in {where}): "
            "use --name to choose another name"
        )

    paths.ensure_private_dir(banks_dir)
    write_private_file(path, yaml.safe_dump(draft, sort_keys=False, allow_unicode=True, width=100), force)
    check = load_banks([path])
    if check.problems:
        for bank_problem in check.problems:
            click.echo(str(bank_problem), err=True)
        _fail(f"{path} was written but does not load; please report this")

    count = len(result.questions)
    click.echo(f"Imported {count} question{'s' if count != 1 else ''} from {file.name} (stage {stage}).")
    click.echo(f"Wrote {path}")
    for topic_name, n in result.topics.items():
        click.echo(f"  {topic_name}: {n}")
    left_out = [p for p in result.problems if p.is_question]
    notes = [p for p in result.problems if not p.is_question]
    if left_out:
        n = len(left_out)
        click.echo(f"Could not import {n} question{'s' if n != 1 else ''}:")
        for problem in left_out:
            click.echo(f"  {file}, {problem}")
    else:
        click.echo("Nothing was left out.")
    if notes:
        click.echo("Check these places in the article:")
        for problem in notes:
            click.echo(f"  {file}, {problem}")
    click.echo("Review the points, then practise them: they load with your other banks.")


def _other_banks(banks_dir: Path, target: Path) -> list[Path]:
    """The user's bank files other than the one being written."""
    if not banks_dir.is_dir():
        return []
    return [p for p in banks_dir.iterdir() if p.suffix in YAML_SUFFIXES and p.name != target.name]
