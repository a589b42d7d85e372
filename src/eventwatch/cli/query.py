"""`eventwatch events`, `claims`, `timeline` and `export`: read the store."""

from __future__ import annotations

import sys
from typing import Any

import click

from eventwatch.cli.common import db_option, print_table, write_jsonl
from eventwatch.link import contested
from eventwatch.link.contested import DEFAULT_THRESHOLD
from eventwatch.store import Store


def _names(actors: list[dict[str, Any]]) -> str:
    return "; ".join(
        f"{a.get('name') or a.get('entity_text')}" + (f" ({a['code']})" if a.get("code") else "")
        for a in actors
    )


def _place(ev: dict[str, Any]) -> str:
    loc = ev.get("event_loc")
    return loc["resolved_place"] if loc else ""


def _when(ev: dict[str, Any]) -> str:
    date = ev.get("date") or "?"
    if ev.get("status") == "ongoing":
        return f"since {date}"
    if ev.get("enddate"):
        return f"{date}..{ev['enddate']}"
    return date + ("~" if ev.get("date_precision") == "approximate" else "")


EVENT_COLUMNS = [
    ("date", _when),
    ("event", lambda e: e["event"] + (f"/{e['mode']}" if e.get("mode") else "")),
    ("status", lambda e: e["status"] + (f" by {e['claimed_by']}" if e.get("claimed_by") else "")),
    ("actor", lambda e: _names(e["actor"])),
    ("recipient", lambda e: _names(e["recipient"])),
    ("place", _place),
    ("doc", lambda e: e["doc_id"]),
]


def event_filters(func: Any) -> Any:
    options = [
        click.option("--actor", help="Actor or recipient name contains this (case-insensitive)."),
        click.option("--country", help="ISO alpha-3 code of an actor, recipient or the place."),
        click.option("--type", "type_", metavar="CATEGORY", help="PLOVER category, e.g. PROTEST."),
        click.option(
            "--status", help="occurred, ongoing, planned, prevented, denied, alleged, hypothetical."
        ),
        click.option("--since", help="Events on or after this date (YYYY-MM-DD)."),
        click.option("--until", help="Events on or before this date (YYYY-MM-DD)."),
        click.option("--place", help="Place name contains this (any side's name of the place)."),
        click.option("--limit", type=int, help="At most this many."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _filters(**kw: Any) -> dict[str, Any]:
    kw["type"] = kw.pop("type_", None)
    return {k: v for k, v in kw.items() if v is not None}


def _side(entries: list[dict[str, Any]]) -> list[str]:
    lines = []
    for e in entries:
        who = (e["speaker"] or "(unnamed)") + (f" ({e['code']})" if e.get("code") else "")
        lines.append(f"    {who}, {e['doc_id']}, {e['date'] or '?'}: “{e['sentence']}”")
    return lines


def _contested(
    db_path: str,
    as_json: bool,
    threshold: float,
    *,
    speaker: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
    **_: Any,
) -> None:
    """`claims --contested`: the store's inputs through link.contested, printed."""
    with Store(db_path, read_only=True) as store:
        inputs = store.contested_inputs(since=since, until=until)
    topics = contested(inputs["claims"], inputs["events"], threshold=threshold)
    if speaker:
        who = speaker.lower()
        topics = [
            t
            for t in topics
            if any(who in (e["speaker"] or "").lower() for e in t["asserted_by"] + t["denied_by"])
        ]
    topics = topics[:limit] if limit is not None else topics
    if as_json:
        write_jsonl(topics, sys.stdout)
        return
    if not topics:
        click.echo("(no contested claims)", err=True)
    for n, t in enumerate(topics, start=1):
        when = t["first_date"] or "?"
        if t["last_date"] and t["last_date"] != t["first_date"]:
            when += f"..{t['last_date']}"
        click.echo(f"{n}. {t['topic']}")
        click.echo(f"   {when}; {len(t['doc_ids'])} document(s); linked by {', '.join(t['links'])}")
        click.echo("   asserted by:")
        click.echo("\n".join(_side(t["asserted_by"])))
        click.echo("   denied by:")
        click.echo("\n".join(_side(t["denied_by"])))


def register(cli: click.Group) -> None:
    @cli.command()
    @db_option
    @event_filters
    @click.option("--json", "as_json", is_flag=True, help="JSON Lines instead of a table.")
    def events(db_path: str, as_json: bool, **kw: Any) -> None:
        """List stored events, filtered.

        \b
        Example:
          eventwatch events --country AZE --type PROTEST --since 2022-12-01
          eventwatch events --status alleged --json
        """
        with Store(db_path, read_only=True) as store:
            rows = store.events(**_filters(**kw))
        if as_json:
            write_jsonl(rows, sys.stdout)
        else:
            print_table(rows, EVENT_COLUMNS)

    @cli.command()
    @db_option
    @event_filters
    def timeline(db_path: str, **kw: Any) -> None:
        """Events in date order, one line each with status and the source sentence.

        \b
        Example:
          eventwatch timeline --place Lachin
        """
        with Store(db_path, read_only=True) as store:
            rows = store.timeline(**_filters(**kw))
        if not rows:
            click.echo("(no events)", err=True)
        for ev in rows:
            who = _names(ev["actor"]) or "(unnamed)"
            to = f" → {_names(ev['recipient'])}" if ev["recipient"] else ""
            where = f" @ {_place(ev)}" if _place(ev) else ""
            status = ev["status"] + (f", claimed by {ev['claimed_by']}" if ev.get("claimed_by") else "")
            if ev.get("disputed_by"):
                status += f", disputed by {', '.join(ev['disputed_by'])}"
            click.echo(f"{_when(ev):<24} {ev['event']:<9} [{status}] {who}{to}{where}")
            click.echo(f"{'':<24} “{ev['sentence']}” ({ev['doc_id']})")

    @cli.command()
    @db_option
    @click.option("--speaker", help="Speaker name contains this (case-insensitive).")
    @click.option("--stance", type=click.Choice(["assert", "deny"]), help="The speaker's stance.")
    @click.option("--since", help="Claims on or after this date.")
    @click.option("--until", help="Claims on or before this date.")
    @click.option("--limit", type=int, help="At most this many.")
    @click.option("--json", "as_json", is_flag=True, help="JSON Lines instead of a table.")
    @click.option(
        "--contested",
        is_flag=True,
        help="Group by topic what one speaker asserts and another denies, within and across documents.",
    )
    @click.option(
        "--similarity",
        type=click.FloatRange(0.0, 1.0),
        default=DEFAULT_THRESHOLD,
        show_default=True,
        help="With --contested: the least content similarity that links two claims.",
    )
    def claims(db_path: str, as_json: bool, contested: bool, similarity: float, **kw: Any) -> None:
        """List stored claims: who said what, with stance and nesting.

        \b
        Example:
          eventwatch claims --speaker minister --stance deny
          eventwatch claims --contested --since 2023-01-01
          eventwatch claims --contested --json

        \b
        --contested lists topics, each with who asserts and who denies it (doc id,
        date, sentence). --since/--until/--limit apply; --speaker keeps topics in
        which that speaker takes a side; --stance is ignored.
        """
        if contested:
            _contested(db_path, as_json, similarity, **kw)
            return
        with Store(db_path, read_only=True) as store:
            rows = store.claims(**{k: v for k, v in kw.items() if v is not None})
        if as_json:
            write_jsonl(rows, sys.stdout)
            return
        print_table(
            rows,
            [
                ("date", lambda c: c.get("date")),
                ("speaker", lambda c: (c.get("speaker") or {}).get("name") or "(unknown)"),
                ("cue", lambda c: c.get("cue")),
                ("mode", lambda c: c["mode"]),
                ("stance", lambda c: c["stance"]),
                ("content", lambda c: c["content"]),
            ],
        )

    @cli.command()
    @db_option
    @click.option("--format", "fmt", required=True, help="plover, acled, csv, parquet or geojson.")
    @click.option(
        "--what",
        type=click.Choice(["events", "claims", "places", "times"]),
        default="events",
        show_default=True,
        help="Which table.",
    )
    @click.option("-o", "--output", default="-", help="Output file (default: standard output).")
    def export(db_path: str, fmt: str, what: str, output: str) -> None:
        """Export the store's events (or claims) in a standard format.

        \b
        Example:
          eventwatch export --format acled -o events.csv
          eventwatch export --format parquet --what claims -o claims.parquet
          eventwatch export --format geojson -o events.geojson
        """
        from eventwatch.export import export as run_export

        with Store(db_path, read_only=True) as store:
            n = run_export(store, fmt, sys.stdout if output == "-" else output, what)
        click.echo(f"exported {n} {what}", err=True)
