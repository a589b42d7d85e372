"""Store: documents and their records in one embedded DuckDB file.

One transaction per ingested batch, so a batch is stored whole or not at all (a run killed with
`kill -9` leaves the batches it committed and nothing of the one it was writing). Ingesting is
idempotent: a document whose id is stored already is skipped, and records are keyed on their stable
ids (events, claims) or on (doc_id, start, end) (places, times), so nothing is stored twice.

Queries return the records' contract dicts (../shared/docs/records.md) exactly as they were stored;
the flat columns next to them exist for filtering and for the CSV and Parquet exports.
"""

from __future__ import annotations

import datetime as dt
import inspect
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from eventwatch.errors import StoreError
from eventwatch.model import Actor, Claim, Document, Event, Place, Rejection, Time
from eventwatch.store.schema import (
    LIST_SEPARATOR,
    RECORD,
    RECORD_TABLES,
    SCHEMA_VERSION,
    TABLES,
    columns_of,
    ddl,
    quote,
)

Filter = tuple[str, list[Any]]  # (SQL condition, its parameters)
Row = tuple[Any, ...]

# Order of each table's rows in query results and exports (deterministic, reading order).
_ORDER = {
    "events": '"doc_id", "start", "id"',
    "claims": '"doc_id", "content_start", "id"',
    "places": '"doc_id", "start", "end"',
    "times": '"doc_id", "start", "end"',
}
_TIMELINE_ORDER = '"date" NULLS LAST, "doc_id", "start", "id"'
_FETCH = 1000


@dataclass(slots=True)
class IngestCounts:
    """What one ingest call stored: new documents and records, documents skipped as known, rejections."""

    documents: int = 0
    skipped: int = 0
    events: int = 0
    claims: int = 0
    places: int = 0
    times: int = 0
    rejected: int = 0

    def add(self, other: IngestCounts) -> None:
        """Add another batch's counts to these (for totals over a run)."""
        for name, value in asdict(other).items():
            setattr(self, name, getattr(self, name) + value)

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


# ---------------------------------------------------------------- records → flat rows


def _iso_date(value: str | dt.date | None) -> dt.date | None:
    """The date part of an ISO date or timestamp, None when absent or unreadable (the record keeps it)."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    value = value[:10]
    if len(value) in (4, 7):  # "2023" or "2023-02": the first day, as TimeValue does for coarse dates
        value += "-01-01"[len(value) - 4 :]
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _join(values: Iterable[str | None]) -> str:
    return LIST_SEPARATOR.join(v or "" for v in values)


def _float(value: float | None) -> float | None:
    return None if value is None else float(value)


def _actor_columns(actors: Sequence[Actor]) -> Row:
    return (
        _join(a.name for a in actors),
        _join(a.entity_text for a in actors),
        _join(a.code for a in actors),
        _join(a.sector for a in actors),
    )


def _json(record: Event | Claim | Place | Time) -> str:
    return json.dumps(record.to_dict(), ensure_ascii=False)


def _event_row(e: Event) -> Row:
    loc = e.event_loc
    return (
        e.id,
        e.doc_id,
        e.event,
        e.mode,
        _join(e.context),
        e.cameo,
        e.status,
        _iso_date(e.date),
        _iso_date(e.enddate),
        e.date_precision,
        e.date_text,
        *_actor_columns(e.actor),
        *_actor_columns(e.recipient),
        loc.extracted_place if loc else None,
        loc.resolved_place if loc else None,
        loc.geonameid if loc else None,
        _float(loc.lat) if loc else None,
        _float(loc.lon) if loc else None,
        loc.country_code if loc else None,
        loc.admin1 if loc else None,
        loc.geo_precision if loc else None,
        e.event_text,
        e.sentence,
        e.start,
        e.end,
        e.trigger_start,
        e.trigger_end,
        e.claimed_by,
        _join(e.disputed_by),
        _float(e.confidence),
        _json(e),
    )


def _claim_row(c: Claim, doc_date: dt.date) -> Row:
    s = c.speaker
    return (
        c.id,
        c.doc_id,
        s.entity_text if s else None,
        s.name if s else None,
        s.code if s else None,
        s.sector if s else None,
        c.cue,
        c.mode,
        c.stance,
        c.content,
        c.content_start,
        c.content_end,
        c.sentence_start,
        c.sentence_end,
        c.nested_in,
        _join(c.events),
        _iso_date(c.date) or doc_date,  # a claim is dated by its document unless the text says otherwise
        _json(c),
    )


def _place_row(p: Place) -> Row:
    return (
        p.doc_id,
        p.start,
        p.end,
        p.text,
        p.geonameid,
        p.name,
        _float(p.lat),
        _float(p.lon),
        p.country_code,
        p.admin1,
        p.feature_code,
        _join(p.also_known_as),
        _json(p),
    )


def _time_row(t: Time) -> Row:
    # The flat columns span all values: "December 3 and 7, 2022" → 2022-12-03 .. 2022-12-07.
    starts = [d for d in (_iso_date(v.date) for v in t.values) if d is not None]
    ends = [d for d in (_iso_date(v.enddate or v.date) for v in t.values) if d is not None]
    first = min(starts) if starts else None
    last = max(ends) if ends else None
    return (
        t.doc_id,
        t.start,
        t.end,
        t.text,
        first,
        last if last is not None and last != first else None,
        t.values[0].precision if t.values else None,
        _json(t),
    )


def _document_row(d: Document, now: dt.datetime) -> Row:
    meta = d.meta
    extra = {k: v for k, v in meta.items() if k not in ("title", "source", "url", "language", "origin")}
    return (
        d.id,
        d.date,
        d.text,
        meta.get("title"),
        meta.get("source"),
        meta.get("url"),
        meta.get("language"),
        meta.get("origin"),
        json.dumps(extra, ensure_ascii=False, default=str) if extra else None,
        now,
    )


def _check_provenance(doc: Document) -> None:
    """Every record must point at the document it came with; anything else is an extractor bug."""
    for record in doc.records():
        if record.doc_id != doc.id:
            raise StoreError(
                f"document {doc.id!r} carries a {type(record).__name__} of document {record.doc_id!r}; "
                "records are stored with the document they were extracted from, so this is a bug in the "
                "code that built the document"
            )


# ---------------------------------------------------------------- filters


def _date_param(name: str, value: str | dt.date) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise StoreError(f"{name} must be an ISO date (YYYY-MM-DD), got {value!r}") from None


def _substring(columns: Sequence[str], value: str) -> Filter:
    joined = "concat_ws(chr(10), " + ", ".join(quote(c) for c in columns) + ")"
    return f"contains(lower({joined}), ?)", [value.lower()]


def _in_list(column: str, value: str) -> Filter:
    return f"list_contains(string_split({quote(column)}, '{LIST_SEPARATOR}'), ?)", [value]


def _span(since: str | dt.date | None, until: str | dt.date | None, start: str, end: str) -> list[Filter]:
    """Rows whose [start, end or start] overlaps [since, until]; undated rows match no date filter."""
    out: list[Filter] = []
    if since is not None:
        out.append((f"coalesce({quote(end)}, {quote(start)}) >= ?", [_date_param("since", since)]))
    if until is not None:
        out.append((f"{quote(start)} <= ?", [_date_param("until", until)]))
    return out


def _event_filters(
    actor: str | None = None,
    country: str | None = None,
    type: str | None = None,
    status: str | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    place: str | None = None,
    doc_id: str | None = None,
) -> list[Filter]:
    out: list[Filter] = []
    if actor:
        out.append(_substring(("actor_names", "actor_texts", "recipient_names", "recipient_texts"), actor))
    if country:
        code = country.upper()
        actors, actors_params = _in_list("actor_codes", code)
        recipients, recipients_params = _in_list("recipient_codes", code)
        params = [*actors_params, *recipients_params, code]
        out.append((f'({actors} OR {recipients} OR "country_code" = ?)', params))
    if type:
        out.append(('"event" = ?', [type.upper()]))
    if status:
        out.append(('"status" = ?', [status.lower()]))
    out.extend(_span(since, until, "date", "enddate"))
    if place:
        out.append(_place_named(place))
    if doc_id:
        out.append(('"doc_id" = ?', [doc_id]))
    return out


def _place_named(value: str) -> Filter:
    """Events whose place the text names so, whose resolved name it is, or whose place any stored place
    record knows by that name: "Berdzor" finds the events an Azerbaijani source placed in Lachin, since
    a place is one record whatever side's name the text uses (by GeoNames id; by main name for a curated
    place without one)."""
    sql, params = _substring(("place", "resolved_place"), value)
    aliased = (
        '"geonameid" IN (SELECT "geonameid" FROM places WHERE "geonameid" IS NOT NULL '
        'AND contains(lower("also_known_as"), ?)) '
        'OR ("geonameid" IS NULL AND "resolved_place" IN (SELECT "name" FROM places '
        'WHERE "geonameid" IS NULL AND contains(lower("also_known_as"), ?)))'
    )
    return f"({sql} OR {aliased})", [*params, value.lower(), value.lower()]


def _claim_filters(
    speaker: str | None = None,
    stance: str | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    doc_id: str | None = None,
) -> list[Filter]:
    out: list[Filter] = []
    if speaker:
        out.append(_substring(("speaker_text", "speaker_name"), speaker))
    if stance:
        out.append(('"stance" = ?', [stance.lower()]))
    out.extend(_span(since, until, "date", "date"))
    if doc_id:
        out.append(('"doc_id" = ?', [doc_id]))
    return out


def _place_filters(
    name: str | None = None, country: str | None = None, doc_id: str | None = None
) -> list[Filter]:
    out: list[Filter] = []
    if name:
        out.append(_substring(("text", "name", "also_known_as"), name))
    if country:
        out.append(('"country_code" = ?', [country.upper()]))
    if doc_id:
        out.append(('"doc_id" = ?', [doc_id]))
    return out


def _time_filters(
    since: str | dt.date | None = None, until: str | dt.date | None = None, doc_id: str | None = None
) -> list[Filter]:
    out = _span(since, until, "date", "enddate")
    if doc_id:
        out.append(('"doc_id" = ?', [doc_id]))
    return out


_FILTERS: dict[str, Callable[..., list[Filter]]] = {
    "events": _event_filters,
    "claims": _claim_filters,
    "places": _place_filters,
    "times": _time_filters,
}


def _where(filters: list[Filter]) -> tuple[str, list[Any]]:
    if not filters:
        return "", []
    params = [p for _, ps in filters for p in ps]
    return " WHERE " + " AND ".join(cond for cond, _ in filters), params


def _limit(limit: int | None) -> str:
    if limit is None:
        return ""
    if limit < 0:
        raise StoreError(f"limit must be zero or more, got {limit}")
    return f" LIMIT {int(limit)}"


# ---------------------------------------------------------------- the store


class Store:
    """An eventwatch store: one DuckDB file holding documents, records and rejections.

    path (str | Path): the database file (created with its folder if missing), or ":memory:".
    read_only (bool): open without write access, so several readers can share the file.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = str(path)
        memory = self.path == ":memory:"
        if not memory:
            file = Path(path)
            if read_only and not file.exists():
                raise StoreError(f"no store at {file}; run `eventwatch ingest` to create one")
            if not read_only:
                file.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._con: duckdb.DuckDBPyConnection | None = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(
                f"cannot open store {self.path}: {exc}. Is it a DuckDB file, and is no other eventwatch "
                "process writing to it?"
            ) from exc
        json_loaded = self.con.execute(
            "SELECT count(*) FROM duckdb_extensions() WHERE extension_name = 'json' AND loaded"
        ).fetchone()
        self._record_type = "JSON" if json_loaded and json_loaded[0] else "VARCHAR"
        try:
            self._open_schema(read_only)
        except BaseException:
            self.close()
            raise

    # -- lifecycle

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise StoreError(f"store {self.path} is closed")
        return self._con

    def close(self) -> None:
        """Close the database; closing twice is harmless."""
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r})"

    def _open_schema(self, read_only: bool) -> None:
        """Create the tables in a new file; check the schema version of an existing one."""
        tables = {
            row[0]
            for row in self.con.execute(
                "SELECT table_name FROM duckdb_tables() "
                "WHERE database_name = current_database() AND schema_name = 'main'"
            ).fetchall()
        }
        if not tables:
            if read_only:
                raise StoreError(f"{self.path} is an empty database, not an eventwatch store")
            with self._transaction() as con:
                for statement in ddl(self._record_type):
                    con.execute(statement)
                con.execute(
                    "INSERT INTO meta VALUES ('schema_version', ?), ('created_at', ?)",
                    [str(SCHEMA_VERSION), dt.datetime.now(dt.UTC).isoformat(timespec="seconds")],
                )
            return
        if "meta" not in tables:
            raise StoreError(f"{self.path} is a DuckDB database but not an eventwatch store (no meta table)")
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        version = int(row[0]) if row and str(row[0]).isdigit() else None
        if version is None:
            raise StoreError(f"{self.path} has no schema version; it was not written by eventwatch")
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has store schema version {version}, newer than this eventwatch's "
                f"{SCHEMA_VERSION}; upgrade eventwatch to read it"
            )
        if version < SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has store schema version {version}, older than this eventwatch's "
                f"{SCHEMA_VERSION}; there is no migration for it yet: ingest the documents into a new store"
            )
        missing = set(TABLES) - tables
        if missing:
            names = ", ".join(sorted(missing))
            raise StoreError(f"{self.path} lacks the tables {names}; the store is damaged")

    @contextmanager
    def _transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Everything inside is committed together or rolled back together."""
        con = self.con
        con.begin()
        try:
            yield con
        except BaseException:
            with suppress(duckdb.Error):
                con.rollback()
            raise
        con.commit()

    # -- writing

    def ingest(self, documents: Sequence[Document], rejections: Sequence[Rejection] = ()) -> IngestCounts:
        """Store a batch of documents with their records, and rejections, in one transaction.

        Documents whose id is stored already (or repeats within the batch) are skipped and counted
        as `skipped`; their records are not looked at. Rejections are keyed on (where, code): seeing
        one again updates its reason and last_seen. RETURNS (IngestCounts): what was new.
        """
        for doc in documents:
            _check_provenance(doc)
        counts = IngestCounts()
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        try:
            with self._transaction() as con:
                known = self._known(con, [d.id for d in documents])
                fresh: list[Document] = []
                for doc in documents:
                    if doc.id in known:
                        counts.skipped += 1
                        continue
                    known.add(doc.id)
                    fresh.append(doc)
                before = self._counts(con)
                self._insert(con, "documents", [_document_row(d, now) for d in fresh])
                self._insert(con, "events", [_event_row(e) for d in fresh for e in d.events])
                self._insert(con, "claims", [_claim_row(c, d.date) for d in fresh for c in d.claims])
                self._insert(con, "places", [_place_row(p) for d in fresh for p in d.places])
                self._insert(con, "times", [_time_row(t) for d in fresh for t in d.times])
                self._reject(con, rejections, now)
                after = self._counts(con)
        except duckdb.Error as exc:
            raise StoreError(
                f"cannot write to store {self.path}: {exc}; nothing of this batch was stored"
            ) from exc
        counts.documents = after["documents"] - before["documents"]
        counts.events = after["events"] - before["events"]
        counts.claims = after["claims"] - before["claims"]
        counts.places = after["places"] - before["places"]
        counts.times = after["times"] - before["times"]
        counts.rejected = after["rejected"] - before["rejected"]
        return counts

    def reject(self, rejections: Sequence[Rejection]) -> int:
        """Record rejections alone (documents that could not be read); RETURNS the number of new ones."""
        return self.ingest((), rejections).rejected

    def _insert(self, con: duckdb.DuckDBPyConnection, table: str, rows: list[Row]) -> None:
        """Insert rows column-wise (one list parameter per column: ~100x faster than executemany)."""
        if not rows:
            return
        columns = columns_of(table, self._record_type)
        unnests = ", ".join(
            f"unnest(${i}::{'VARCHAR' if name == RECORD else kind}[])"
            for i, (name, kind) in enumerate(columns.items(), start=1)
        )
        names = ", ".join(quote(c) for c in columns)
        con.execute(
            f"INSERT INTO {quote(table)} ({names}) SELECT {unnests} ON CONFLICT DO NOTHING",
            [list(col) for col in zip(*rows, strict=True)],
        )

    def _reject(
        self, con: duckdb.DuckDBPyConnection, rejections: Sequence[Rejection], now: dt.datetime
    ) -> None:
        latest = {(r.where, r.code): r.reason for r in rejections}  # one row per key, the last reason wins
        if not latest:
            return
        keys = list(latest)
        con.execute(
            'INSERT INTO rejected ("where", code, reason, first_seen, last_seen) '
            "SELECT unnest($1::VARCHAR[]), unnest($2::VARCHAR[]), unnest($3::VARCHAR[]), $4, $4 "
            'ON CONFLICT ("where", code) DO UPDATE '
            "SET reason = excluded.reason, last_seen = excluded.last_seen",
            [[k[0] for k in keys], [k[1] for k in keys], list(latest.values()), now],
        )

    @staticmethod
    def _known(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> set[str]:
        if not ids:
            return set()
        rows = con.execute(
            "SELECT id FROM documents WHERE id IN (SELECT unnest($1::VARCHAR[]))", [list(ids)]
        ).fetchall()
        return {r[0] for r in rows}

    @staticmethod
    def _counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
        sql = " UNION ALL ".join(f"SELECT '{t}', count(*) FROM {quote(t)}" for t in TABLES)
        return {name: int(n) for name, n in con.execute(sql).fetchall()}

    # -- reading

    def has_document(self, doc_id: str) -> bool:
        """Whether a document with this id is stored."""
        return bool(self._known(self.con, [doc_id]))

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """The ids among these that are stored, so a caller can skip parsing them again."""
        return self._known(self.con, list(ids))

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """A stored document (id, date, text, title, source, url, language, origin, ingested_at) or None."""
        cur = self.con.execute(
            "SELECT id, date, text, title, source, url, language, origin, ingested_at "
            "FROM documents WHERE id = ?",
            [doc_id],
        )
        row = cur.fetchone()
        if row is None:
            return None
        names = [d[0] for d in cur.description or ()]
        out = dict(zip(names, row, strict=True))
        out["date"] = out["date"].isoformat()
        out["ingested_at"] = out["ingested_at"].isoformat()
        return out

    def iter_records(
        self, what: str, *, order: str | None = None, limit: int | None = None, **filters: Any
    ) -> Iterator[dict[str, Any]]:
        """Stream the contract dicts of one table ('events', 'claims', 'places', 'times'), filtered.

        filters: the keyword filters of events(), claims(), places() or times() respectively.
        """
        sql, params = self._select(what, RECORD, order, limit, filters)
        cur = self.con.cursor()
        try:
            cur.execute(sql, params)
            while batch := cur.fetchmany(_FETCH):
                for (record,) in batch:
                    yield json.loads(record)
        finally:
            cur.close()

    def events(
        self,
        *,
        actor: str | None = None,
        country: str | None = None,
        type: str | None = None,
        status: str | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        place: str | None = None,
        doc_id: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Event records, in document then text order.

        actor: case-insensitive substring of an actor's or recipient's entity_text or name.
        country: ISO alpha-3 code (or IGO) of an actor, a recipient or the event's place.
        type: PLOVER category. status: occurred, ongoing, planned, ...
        since / until: ISO dates; an event matches when [date, enddate or date] overlaps them.
        place: case-insensitive substring of the extracted or resolved place, or of any other name of it
            (its place records' also_known_as: "Berdzor" finds events in Lachin). doc_id: one document.
        """
        return list(
            self.iter_records(
                "events",
                limit=limit,
                actor=actor,
                country=country,
                type=type,
                status=status,
                since=since,
                until=until,
                place=place,
                doc_id=doc_id,
            )
        )

    def timeline(
        self,
        *,
        actor: str | None = None,
        country: str | None = None,
        type: str | None = None,
        status: str | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        place: str | None = None,
        doc_id: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Event records as events() filters them, ordered by date (undated last), document, offset."""
        return list(
            self.iter_records(
                "events",
                order=_TIMELINE_ORDER,
                limit=limit,
                actor=actor,
                country=country,
                type=type,
                status=status,
                since=since,
                until=until,
                place=place,
                doc_id=doc_id,
            )
        )

    def claims(
        self,
        *,
        speaker: str | None = None,
        stance: str | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        doc_id: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Claim records in document then text order.

        speaker: case-insensitive substring of the speaker's entity_text or name. stance: assert | deny.
        since / until: ISO dates on the claim's date, or its document's date when the claim has none.
        """
        return list(
            self.iter_records(
                "claims", limit=limit, speaker=speaker, stance=stance, since=since, until=until, doc_id=doc_id
            )
        )

    def contested_inputs(
        self,
        *,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
    ) -> dict[str, list[dict[str, Any]]]:
        """What eventwatch.link.contested() reads: claims, and the events that are disputed or claimed.

        since / until: ISO dates on the claim's (or its document's) date and the event's date; a
        disputed event without a date is kept when its document's date matches.
        RETURNS (dict): {"claims": claim records, each with `sentence` (its sentence's text) and
            `doc_date`; "events": event records whose status is alleged or denied, that have
            disputed_by, or that a returned claim is about, each with `doc_date` and `place_names`
            (every name the gazetteer gives its place)}. Both in document then text order.
        """
        where, params = _where(_claim_filters(since=since, until=until))
        claims = self.con.execute(
            f"WITH c AS (SELECT * FROM claims{where}) "
            f'SELECT c.{quote(RECORD)}, d."text", d."date" FROM c JOIN documents d ON c.doc_id = d.id '
            'ORDER BY c."doc_id", c."content_start", c."id"',
            params,
        ).fetchall()
        claim_records: list[dict[str, Any]] = []
        referenced: set[str] = set()
        for record, text, date in claims:
            claim = json.loads(record)
            span = claim.get("text_info") or claim["content_span"]
            claim["sentence"] = str(text)[span["start"] : span["end"]].strip()
            claim["doc_date"] = date.isoformat()
            referenced.update(claim.get("events", []))
            claim_records.append(claim)
        conditions = [
            "(status IN ('alleged', 'denied') OR coalesce(disputed_by, '') <> '' "
            "OR id IN (SELECT unnest($1::VARCHAR[])))"
        ]
        event_params: list[Any] = [sorted(referenced)]
        if since is not None:
            event_params.append(_date_param("since", since))
            conditions.append(f'coalesce("enddate", "date", doc_date) >= ${len(event_params)}')
        if until is not None:
            event_params.append(_date_param("until", until))
            conditions.append(f'coalesce("date", doc_date) <= ${len(event_params)}')
        events = self.con.execute(
            'WITH e AS (SELECT ev.*, d."date" AS doc_date '
            "FROM events ev JOIN documents d ON ev.doc_id = d.id) "
            f"SELECT {quote(RECORD)}, doc_date FROM e WHERE {' AND '.join(conditions)} "
            'ORDER BY "doc_id", "start", "id"',
            event_params,
        ).fetchall()
        event_records = []
        for record, date in events:
            event = json.loads(record)
            event["doc_date"] = date.isoformat()
            event_records.append(event)
        geonameids = sorted(
            {
                e["event_loc"]["geonameid"]
                for e in event_records
                if (e.get("event_loc") or {}).get("geonameid")
            }
        )
        names: dict[int, set[str]] = {}
        if geonameids:
            rows = self.con.execute(
                'SELECT geonameid, "name", "text", also_known_as FROM places '
                "WHERE geonameid IN (SELECT unnest($1::BIGINT[]))",
                [geonameids],
            ).fetchall()
            for geonameid, name, text, aliases in rows:
                known = names.setdefault(int(geonameid), set())
                known.update(n for n in (name, text, *(aliases or "").split(LIST_SEPARATOR)) if n)
        for event in event_records:
            geonameid = (event.get("event_loc") or {}).get("geonameid")
            event["place_names"] = sorted(names.get(geonameid, ())) if geonameid else []
        return {"claims": claim_records, "events": event_records}

    def places(
        self,
        *,
        name: str | None = None,
        country: str | None = None,
        doc_id: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Place records. name: case-insensitive substring of the text, the name or an alias."""
        return list(self.iter_records("places", limit=limit, name=name, country=country, doc_id=doc_id))

    def times(
        self,
        *,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        doc_id: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Time records; since / until match when the expression's span of values overlaps them."""
        return list(self.iter_records("times", limit=limit, since=since, until=until, doc_id=doc_id))

    def rejected(self) -> list[dict[str, Any]]:
        """Rejections (where, code, reason, first_seen, last_seen), oldest first."""
        rows = self.con.execute(
            'SELECT "where", code, reason, first_seen, last_seen FROM rejected '
            'ORDER BY first_seen, "where", code'
        ).fetchall()
        return [
            {"where": w, "code": c, "reason": r, "first_seen": f.isoformat(), "last_seen": last.isoformat()}
            for w, c, r, f, last in rows
        ]

    def stats(self) -> dict[str, int]:
        """Number of rows per table: documents, events, claims, places, times, rejected."""
        return self._counts(self.con)

    # -- flat rows for exports

    def flat(self, what: str, **filters: Any) -> tuple[list[str], Iterator[Row]]:
        """The flat columns of one table (all but the record JSON) and an iterator over its rows.

        Same filters and order as iter_records(); the CSV export writes these.
        """
        columns = [c for c in columns_of(what, self._record_type) if c != RECORD]
        select = ", ".join(quote(c) for c in columns)
        sql, params = self._select(what, select, None, filters.pop("limit", None), filters)

        def rows() -> Iterator[Row]:
            cur = self.con.cursor()
            try:
                cur.execute(sql, params)
                while batch := cur.fetchmany(_FETCH):
                    yield from batch
            finally:
                cur.close()

        return columns, rows()

    def write_parquet(self, what: str, path: str | Path, **filters: Any) -> int:
        """Write one table's flat columns plus the record JSON to a Parquet file; RETURNS rows written."""
        columns = [c for c in columns_of(what, self._record_type) if c != RECORD]
        select = ", ".join(quote(c) for c in columns) + f", {quote(RECORD)}::VARCHAR AS {quote(RECORD)}"
        sql, params = self._select(what, select, None, filters.pop("limit", None), filters)
        target = str(path).replace("'", "''")
        try:
            row = self.con.execute(f"COPY ({sql}) TO '{target}' (FORMAT parquet)", params).fetchone()
        except duckdb.Error as exc:
            raise StoreError(f"cannot write Parquet file {path}: {exc}") from exc
        return int(row[0]) if row else 0

    def _select(
        self, what: str, select: str, order: str | None, limit: int | None, filters: dict[str, Any]
    ) -> tuple[str, list[Any]]:
        if what not in RECORD_TABLES:
            raise StoreError(f"unknown record table {what!r}; choose one of {', '.join(RECORD_TABLES)}")
        build = _FILTERS[what]
        unknown = set(filters) - set(inspect.signature(build).parameters)
        if unknown:
            raise StoreError(f"unknown filter for {what}: {', '.join(sorted(unknown))}")
        conditions = build(**filters)
        where, params = _where(conditions)
        sql = f"SELECT {select} FROM {quote(what)}{where} ORDER BY {order or _ORDER[what]}{_limit(limit)}"
        return sql, params
