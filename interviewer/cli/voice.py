"""``interviewer transcribe``: a recording to text and delivery figures; and what ``interviewer
grade --audio`` shares with it (transcribe a file or fail in one line, print the figures)."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import click

from interviewer.cli.base import _fail, main


def transcribe_file(path: Path) -> tuple[Any, float]:
    """The transcript of a recording and the seconds it took, or exit with one line (the voice
    extra missing, the model broken, the file unreadable)."""
    from interviewer.voice import VoiceError, transcribe

    started = time.perf_counter()
    try:
        transcript = transcribe(path)
    except VoiceError as exc:
        _fail(str(exc))
    return transcript, time.perf_counter() - started


def serving_spans(grade: Any) -> list[tuple[int, int]]:
    """The character spans of the evidence of the covered and partial points of a grade."""
    return [
        (p.evidence_start, p.evidence_end)
        for p in grade.points
        if p.status.value in ("covered", "partial")
        and p.evidence_start is not None
        and p.evidence_end is not None
    ]


def print_delivery(delivery: Any) -> None:
    click.echo(click.style("Delivery", bold=True))
    for line in delivery.lines():
        click.echo(f"  {line}")


@main.command("transcribe")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the transcript, words and figures as JSON.")
@click.option(
    "--time",
    "-t",
    "suggested",
    type=click.FloatRange(min=1),
    help="The question's suggested time in seconds, to compare the talk time with.",
)
def transcribe_command(file: Path, as_json: bool, suggested: float | None) -> None:
    """Transcribe a recording offline and measure its delivery.

    Prints what was said, then the pace (words per minute), filler words, long pauses (2 s or
    more between words) and talk time. Speech recognition is Whisper tiny.en on the CPU, from
    the 'voice' extra: nothing is sent anywhere. FILE is a WAV file (16 kHz mono is what the
    model hears; other rates and channels are converted), or any format PyAV reads.

    \b
    interviewer transcribe answer.wav
    interviewer transcribe answer.wav --time 120 --json
    """
    from interviewer.voice import spoken_delivery
    from interviewer.voice.transcribe import model_version

    transcript, seconds = transcribe_file(file)
    delivery = spoken_delivery(transcript, suggested_seconds=suggested)
    if as_json:
        data = {
            "file": str(file),
            **transcript.to_dict(),
            "delivery": delivery.to_dict(),
            "model": model_version(),
            "transcribe_s": round(seconds, 2),
        }
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    click.echo(transcript.text or click.style("(nothing was heard)", dim=True))
    click.echo()
    print_delivery(delivery)
    click.echo(f"\n{transcript.duration:.1f} s of audio transcribed in {seconds:.1f} s ({model_version()})")
