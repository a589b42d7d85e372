"""`eventwatch eval SET`: score eventwatch against the public gold data in ../shared."""

from __future__ import annotations

import importlib
from pathlib import Path

import click

from eventwatch.config import shared_dir

SETS = {
    "demo": "the defining example(s) in shared/demo, scored by their expected files",
    "times": "MEANTIME TIMEX3 DATE expressions: detection P/R/F1 and value accuracy",
    "places": "toponym resolution on LGL, TR-News and GeoVirus",
    "lgl": "toponym resolution on LGL only",
    "tr-news": "toponym resolution on TR-News only",
    "geovirus": "toponym resolution on GeoVirus only",
    "claims": "MEANTIME attribution cues and speakers, and our own claims gold set",
    "plover-gsr": "PLOVER gold-standard records: category accuracy, actor F1, confusions (dev/held-out)",
    "petrarch": "PETRARCH-2 unit tests reproduced with its validation dictionaries as CAMEO dictionaries",
    "event-location": "Halterman's event locations: is the chosen place the annotated one (dev/held-out)",
    "hand-coded": "eventwatch's own hand-coded event sentences and place paragraphs (tests/data)",
}


def _run(name: str, data: Path, quiet: bool) -> str:
    if name == "demo":
        from eventwatch.eval import demo

        results = demo.run(data)
        if not results:
            raise click.ClickException(f"no demo article with an expected file in {data / 'demo'}")
        return demo.format_report(results, verbose=not quiet)
    if name == "times":
        from eventwatch.eval import times

        return times.format_report(times.evaluate(data / "data"))
    if name in {"places", "lgl", "tr-news", "geovirus"}:
        places = importlib.import_module("eventwatch.eval.places")
        which = ["lgl", "tr-news", "geovirus"] if name == "places" else [name]
        return "\n\n".join(places.format_report(places.evaluate(data / "data", w)) for w in which)
    if name == "event-location":
        from eventwatch.eval import event_location

        return event_location.format_report(event_location.evaluate(data / "data"))
    if name == "claims":
        claims = importlib.import_module("eventwatch.eval.claims")
        return str(claims.format_report(claims.evaluate(data / "data")))
    if name == "plover-gsr":
        gsr = importlib.import_module("eventwatch.eval.plover_gsr")
        return str(gsr.format_report(gsr.evaluate(data)))
    if name == "petrarch":
        petrarch = importlib.import_module("eventwatch.eval.petrarch")
        return str(petrarch.format_report(petrarch.evaluate(data)))
    if name == "hand-coded":
        from eventwatch.eval import hand_coded

        try:
            event_report = hand_coded.format_report(hand_coded.evaluate())
            place_report = hand_coded.format_places_report(hand_coded.evaluate_places())
            return f"{event_report}\n\n{place_report}"
        except FileNotFoundError as exc:
            raise click.ClickException(str(exc)) from exc
    raise click.BadParameter(f"unknown set {name!r}")


def register(cli: click.Group) -> None:
    @cli.command(name="eval")
    @click.argument("sets", nargs=-1, required=True, type=click.Choice(sorted(SETS)))
    @click.option(
        "--shared",
        "shared",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="The shared folder with demo/ and data/ (default: ../shared next to the repo).",
    )
    @click.option("-q", "--quiet", is_flag=True, help="Summary lines only.")
    def evaluate(sets: tuple[str, ...], shared: Path | None, quiet: bool) -> None:
        """Score eventwatch against public gold data.

        \b
        Sets:
          demo      the defining example, found / missed / extra per record kind
          times     MEANTIME DATE expressions
          places    LGL, TR-News and GeoVirus (or one of lgl, tr-news, geovirus)
          claims    MEANTIME attribution and our own claims gold set
          event-location  Halterman: the place chosen for each event verb
          plover-gsr  PLOVER gold-standard records (category, actors; dev and held-out halves)
          petrarch  PETRARCH-2 unit tests with its dictionaries as CAMEO dictionaries
          hand-coded  eventwatch's own hand-coded event sentences and place paragraphs (tests/data)

        \b
        Example:
          eventwatch eval demo
          eventwatch eval times places --shared ../shared
        """
        data = shared or shared_dir()
        if not data.is_dir():
            raise click.ClickException(f"no shared data folder at {data}; pass --shared PATH")
        for i, name in enumerate(sets):
            if i:
                click.echo("")
            click.echo(_run(name, data, quiet))
