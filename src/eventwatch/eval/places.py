"""Score place recognition and resolution against LGL, TR-News and GeoVirus (../shared/data).

- Recall: gold toponyms (with coordinates) overlapped by some place record.
- Precision (approximate: the corpora do not annotate every place name): place records that overlap any
  gold toponym.
- On the recalled toponyms (the record overlapping it that starts closest): acc@161 km (distance from
  the record's point to the gold point ≤ 161 km, the usual geoparsing measure), mean error in km, exact
  GeoNames id where gold has one, and country accuracy where gold names a country (LGL, TR-News).
- Articles are split by position: even ones are the development half, odd ones the held-out half.
  Both are reported; tune on `dev` only.

Run: `python -m eventwatch.eval.places [DATA_DIR] [--which lgl|tr-news|geovirus] [--errors N]`.
Refit the place ranker on the development halves: `... --train src/eventwatch/resources/gazetteer/ranker.tsv`;
with `--with-studied`, on the studied hand-coded place sets too (tests/data/places_hand_coded, never the
measured ones). Choose the fit's L2 strength by cross-validation on the same texts:
`... --cross-validate 0.002 0.0005 0.0001 --with-studied`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import statistics
import textwrap
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from eventwatch.analysis import english_words
from eventwatch.eval.hand_coded import PlaceSpan
from eventwatch.extract.gazetteer import Candidate, Gazetteer
from eventwatch.extract.places import FEATURES, PlaceExtractor, load_weights
from eventwatch.model import Document, Place

SETS = {
    "lgl": Path("lgl") / "lgl.xml",
    "tr-news": Path("tr-news") / "TR-News.xml",
    "geovirus": Path("geovirus") / "GeoVirus.xml",
}
ACC_KM = 161.0
MAX_DRIFT = 60  # characters a gold offset may be off (see _realign)


@dataclass(frozen=True, slots=True)
class GoldToponym:
    """One gold place mention: offsets, coordinates and, where given, GeoNames and country ids."""

    start: int
    end: int
    text: str
    lat: float
    lon: float
    geonameid: int | None
    country_geonameid: int | None


@dataclass(frozen=True, slots=True)
class Article:
    """One gold article: its text, toponyms and what a user's document would carry in its meta.

    meta (dict[str, str]): `url` and `source` (the site's domain) as the corpus gives them; never gold.
    """

    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]
    meta: dict[str, str] = field(default_factory=dict)


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text is not None and text.strip() else None
    except ValueError:
        return None


def _realign(text: str, start: int, end: int, name: str) -> tuple[int, int]:
    """Offsets of `name` nearest to (start, end) when the gold offsets have drifted.

    Some TR-News articles' offsets drift by up to a few dozen characters and some GeoVirus ones are a
    character late; the gold name (TR-News <phrase>, GeoVirus <name>) says where the mention really is.
    """
    if not name or text[start:end] == name:
        return start, end
    for shift in range(1, MAX_DRIFT + 1):
        for moved in (start - shift, start + shift):
            if moved >= 0 and text[moved : moved + len(name)] == name:
                return moved, moved + len(name)
    return start, end


def read_articles(file: Path) -> list[Article]:
    """Articles of an LGL/TR-News (toponym/gaztag) or GeoVirus (location) XML file."""
    root = ET.parse(file).getroot()
    articles: list[Article] = []
    for number, node in enumerate(root.iter("article")):
        text = node.findtext("text") or ""
        gold: list[GoldToponym] = []
        for top in node.iter("toponym"):
            tag = top.find("gaztag")
            if tag is None:
                continue
            lat, lon = _float(tag.findtext("lat")), _float(tag.findtext("lon"))
            start, end = int(top.findtext("start") or 0), int(top.findtext("end") or 0)
            if lat is None or lon is None:
                continue
            start, end = _realign(text, start, end, (top.findtext("phrase") or "").strip())
            gid = tag.get("geonameid")
            country = tag.find("country")
            cgid = country.get("geonameid") if country is not None else None
            gold.append(
                GoldToponym(
                    start,
                    end,
                    text[start:end],
                    lat,
                    lon,
                    int(gid) if gid else None,
                    int(cgid) if cgid else None,
                )
            )
        for loc in node.iter("location"):
            lat, lon = _float(loc.findtext("lat")), _float(loc.findtext("lon"))
            if lat is None or lon is None:
                continue
            start, end = int(loc.findtext("start") or 0), int(loc.findtext("end") or 0)
            start, end = _realign(text, start, end, (loc.findtext("name") or "").strip())
            gold.append(GoldToponym(start, end, text[start:end], lat, lon, None, None))
        meta = {
            key: value
            for key, value in (
                ("url", (node.findtext("url") or node.findtext("source") or "").strip()),
                ("source", (node.findtext("domain") or "").strip()),
            )
            if value
        }
        articles.append(Article(node.get("docid") or str(number), text, tuple(gold), meta))
    return articles


def _document(article: Article, sdoc: Any) -> Document:
    """The Document a user would have: text and meta (url, source), no gold; the date is not used."""
    return Document(
        id=article.id, date=dt.date(2000, 1, 1), text=article.text, meta=dict(article.meta), spacy_doc=sdoc
    )


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


class _Tally:
    def __init__(self) -> None:
        self.gold = 0
        self.found = 0
        self.predicted = 0
        self.predicted_ok = 0
        self.within = 0
        self.errors_km: list[float] = []
        self.id_total = 0
        self.id_ok = 0
        self.country_total = 0
        self.country_ok = 0
        self.articles = 0

    def result(self) -> dict[str, Any]:
        n = len(self.errors_km)
        return {
            "articles": self.articles,
            "gold": self.gold,
            "recall": self.found / self.gold if self.gold else 0.0,
            "precision": self.predicted_ok / self.predicted if self.predicted else 0.0,
            "resolved": n,
            "acc161": self.within / n if n else 0.0,
            "mean_km": statistics.fmean(self.errors_km) if n else 0.0,
            "median_km": statistics.median(self.errors_km) if n else 0.0,
            "id_acc": self.id_ok / self.id_total if self.id_total else None,
            "country_acc": self.country_ok / self.country_total if self.country_total else None,
        }


def _country_ids(gazetteer: Gazetteer) -> dict[str, int]:
    """alpha-3 → the GeoNames id of the country (gold sets give countries by id)."""
    ids: dict[str, int] = {}
    for alpha3 in gazetteer.country_entry:
        entry = gazetteer.country(alpha3)
        if entry is not None and entry.geonameid is not None:
            ids[alpha3] = entry.geonameid
    return ids


def _score_article(
    article: Article, places: list[Place], tally: _Tally, country_ids: dict[str, int], errors: list[str]
) -> None:
    tally.articles += 1
    tally.gold += len(article.toponyms)
    tally.predicted += len(places)
    for place in places:
        if any(g.start < place.end and place.start < g.end for g in article.toponyms):
            tally.predicted_ok += 1
    for gold in article.toponyms:
        overlapping = [p for p in places if p.start < gold.end and gold.start < p.end]
        if not overlapping:
            continue
        tally.found += 1
        place = min(overlapping, key=lambda p: (abs(p.start - gold.start), abs(p.end - gold.end)))
        if place.lat is None or place.lon is None:
            tally.errors_km.append(20000.0)
            continue
        km = haversine_km(place.lat, place.lon, gold.lat, gold.lon)
        tally.errors_km.append(km)
        if km <= ACC_KM:
            tally.within += 1
        else:
            errors.append(
                f"{article.id}:{gold.start} {gold.text!r} → {place.name} ({place.country_code}, "
                f"{place.feature_code}) {km:.0f} km off"
            )
        if gold.geonameid is not None:
            tally.id_total += 1
            tally.id_ok += int(place.geonameid == gold.geonameid)
        if gold.country_geonameid is not None:
            tally.country_total += 1
            predicted = country_ids.get(place.country_code or "")
            tally.country_ok += int(predicted == gold.country_geonameid)


def evaluate(
    data_dir: Path, which: str, *, limit: int | None = None, errors: int = 0, text_only: bool = False
) -> dict[str, Any]:
    """Run the real place extractor over one gold set and score it.

    data_dir (Path): the shared data folder (holding lgl/, tr-news/, geovirus/).
    which (str): 'lgl', 'tr-news' or 'geovirus'.
    limit (int | None): score only the first `limit` articles.
    errors (int): how many development-half resolution errors (> 161 km) to list.
    text_only (bool): drop the articles' url and source, so that no source prior helps — the figure
        comparable to geoparsers that read the text alone (the outlets in source_domains.tsv include
        many of these corpora's, in both halves).
    RETURNS (dict): {'set', 'dev', 'held_out', 'all'} metrics, 'ms_per_doc', 'errors'.
    """
    from eventwatch.analysis import load_nlp
    from eventwatch.config import Settings

    file = data_dir / SETS[which]
    articles = read_articles(file)[:limit]
    nlp = load_nlp(Settings().spacy_model)
    gazetteer = Gazetteer.load()
    extractor = _extractor(nlp, gazetteer)
    country_ids = _country_ids(gazetteer)
    tallies = {"dev": _Tally(), "held_out": _Tally(), "all": _Tally()}
    listed: list[str] = []
    place_seconds = 0.0
    docs = ((a.text, a) for a in articles)
    for number, (sdoc, article) in enumerate(nlp.pipe(docs, as_tuples=True, batch_size=32)):
        document = _document(article, sdoc)
        if text_only:
            document.meta = {}
        t0 = time.perf_counter()
        extractor(document)
        place_seconds += time.perf_counter() - t0
        half = "dev" if number % 2 == 0 else "held_out"
        dev_errors: list[str] = []
        _score_article(article, document.places, tallies[half], country_ids, dev_errors)
        _score_article(article, document.places, tallies["all"], country_ids, [])
        if half == "dev":
            listed.extend(dev_errors)
    result: dict[str, Any] = {name: t.result() for name, t in tallies.items()}
    result["set"] = which + (" (text only: no url/source prior)" if text_only else "")
    result["ms_per_doc"] = 1000 * place_seconds / max(1, len(articles))
    result["errors"] = listed[:errors]
    return result


# -- training the ranker ------------------------------------------------------------------------

Example = tuple[list[list[float]], list[bool]]
T = TypeVar("T")


def ranking_examples(extractor: PlaceExtractor, article: Article, document: Document) -> list[Example]:
    """Training examples of one article: per gold toponym, its mention's candidates' features and labels.

    A candidate is right when it lies within ACC_KM of the gold point. Mentions whose candidates are all
    right or all wrong teach nothing and are left out.
    """
    gold = [(g.start, g.end, g) for g in article.toponyms]
    return _labelled_examples(
        extractor, document, gold, lambda c, g: haversine_km(c.lat, c.lon, g.lat, g.lon) <= ACC_KM
    )


def _labelled_examples(
    extractor: PlaceExtractor,
    document: Document,
    gold: list[tuple[int, int, T]],
    right: Callable[[Candidate, T], bool],
) -> list[Example]:
    """Per mention that overlaps a gold span (the nearest by start), its candidates' feature rows and
    whether each is `right` for that gold; only mentions with both right and wrong candidates."""
    examples: list[Example] = []
    for start, end, candidates, rows in extractor.ranking_rows(document):
        overlapping = [g for g in gold if g[0] < end and start < g[1]]
        if not overlapping:
            continue
        _, _, label = min(overlapping, key=lambda g: abs(g[0] - start))
        labels = [right(c, label) for c in candidates]
        if any(labels) and not all(labels):
            examples.append((rows, labels))
    return examples


def fit_ranker(
    examples: list[Example],
    *,
    start: list[float],
    l2: float = 0.01,
    steps: int = 3000,
    rate: float = 0.1,
) -> list[float]:
    """Weights of a conditional logit over each mention's candidates (maximise P(a right candidate)).

    examples (list): (feature rows, labels) per mention, from `ranking_examples`.
    start (list[float]): the weights to start from (which only speeds the fit up).
    l2 (float): strength of the L2 penalty towards no weight at all (on features scaled to at most 1 in
        absolute value), so that the fit depends on the examples and `l2` only, never on `start`.
    RETURNS (list[float]): the fitted weights, in FEATURES order.
    """
    import numpy as np

    x = np.array([row for rows, _ in examples for row in rows], dtype=float)
    y = np.array([label for _, labels in examples for label in labels], dtype=bool)
    counts = np.array([len(labels) for _, labels in examples])
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    scale = np.maximum(1.0, np.abs(x).max(axis=0))
    x = x / scale
    w = np.array(start, dtype=float) * scale
    n = len(examples)
    avg = np.zeros_like(w)
    sq = np.zeros_like(w)
    for step in range(1, steps + 1):
        z = x @ w
        z -= np.repeat(np.maximum.reduceat(z, starts), counts)
        e = np.exp(z)
        p = e / np.repeat(np.add.reduceat(e, starts), counts)
        right = np.where(y, e, 0.0)
        q = right / np.repeat(np.add.reduceat(right, starts), counts)
        grad = l2 * w - (q - p) @ x / n
        avg = 0.9 * avg + 0.1 * grad  # Adam
        sq = 0.999 * sq + 0.001 * grad * grad
        w -= rate * (avg / (1 - 0.9**step)) / (np.sqrt(sq / (1 - 0.999**step)) + 1e-8)
    return [float(v) for v in w / scale]


def write_weights(weights: list[float], file: Path, note: str) -> None:
    """Write ranker weights as the TSV that `places.load_weights` reads."""
    lines = [
        "# Weights of the place ranker (src/eventwatch/extract/places.py, FEATURES): a candidate's score",
        "# is the sum of weight × feature; the highest-scoring candidate of a mention wins.",
        *(f"# {line}" for line in textwrap.wrap(note, 104, break_on_hyphens=False)),
    ]
    lines.extend(f"{name}\t{weight:.4f}" for name, weight in zip(FEATURES, weights, strict=True))
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")


def coded_country_examples(
    extractor: PlaceExtractor, document: Document, spans: list[PlaceSpan]
) -> list[Example]:
    """Training examples of one hand-coded text (`hand_coded.read_place_set` spans): per coded mention
    that lies in one country, its candidates' features, right when in that country.

    The hand-coded sets code countries, not points: they teach which country's namesake a text means
    (the choice most wrong picks get wrong), not which of one country's namesakes.
    """
    coded = [(s, e, country) for s, e, country, _ in spans if country is not None]
    return _labelled_examples(extractor, document, coded, lambda c, country: c.country == country)


# The L2 penalty of the ranker's fit (towards no weight at all), chosen by two-fold cross-validation on the
# development halves and the studied hand-coded sets (stop 43: 0.0001 to 0.0005 about even, 0.002 and
# more fitting worse; `cross_validate`).
RANKER_L2 = 0.0005

# With the studied hand-coded sets, each gold-set example counts this many times: the gold sets' labels
# are points (finer than a country), and the hand-coded examples outnumber them about three to one.
GOLD_WEIGHT = 3


@dataclass
class TrainingTexts:
    """The parsed texts a ranker is fitted on, each with its fold (for `cross_validate`).

    gold: (article, document, fold) of the development halves' articles, each twice when it has a
        url/source (with it and without), so that the text's own features keep their say.
    coded: (document, spans, fold) of the studied hand-coded sets' texts, likewise; a set's texts share
        one fold, since the texts of one set are alike.
    """

    gold: list[tuple[Article, Document, int]] = field(default_factory=list)
    coded: list[tuple[Document, list[PlaceSpan], int]] = field(default_factory=list)


def training_texts(
    nlp: Any, data_dir: Path, sets: list[str], studied: Path | None, folds: int = 2
) -> TrainingTexts:
    """Parse the development halves (even articles) of `sets`, and the studied sets (`*-studied.jsonl`,
    never the measured ones) of the hand-coded folder `studied`, for fitting or cross-validation."""
    from eventwatch.eval import hand_coded

    texts = TrainingTexts()
    for which in sets:
        articles = read_articles(data_dir / SETS[which])[::2]
        pairs = nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=32)
        for n, (sdoc, article) in enumerate(pairs):
            texts.gold.append((article, _document(article, sdoc), n % folds))
            if article.meta:
                texts.gold.append((article, replace(_document(article, sdoc), meta={}), n % folds))
    for n, path in enumerate(sorted(studied.glob("*-studied.jsonl")) if studied is not None else []):
        rows = hand_coded.read_place_set(path)
        urls = hand_coded.place_set_urls(path)
        for (doc_id, text, spans), sdoc in zip(rows, nlp.pipe(t for _, t, _ in rows), strict=True):
            document = Document(id=doc_id, date=dt.date(2000, 1, 1), text=text, spacy_doc=sdoc)
            texts.coded.append((document, spans, n % folds))
            if urls.get(doc_id):
                texts.coded.append((replace(document, meta={"url": urls[doc_id]}), spans, n % folds))
    return texts


def _extractor(nlp: Any, gazetteer: Gazetteer, weights: list[float] | None = None) -> PlaceExtractor:
    """A place extractor with the parser's English words; `weights` default to ranker.tsv's."""
    return PlaceExtractor(
        gazetteer=gazetteer,
        weights=weights,
        english_words=english_words(nlp),
        english_adjectives=english_words(nlp, ("adj",)),
        english_common_words=english_words(nlp, ("verb", "adj", "adv")),
    )


def fit_rounds(
    nlp: Any, gazetteer: Gazetteer, texts: TrainingTexts, *, rounds: int, l2: float, skip_fold: int = -1
) -> list[float]:
    """The ranker's weights fitted on `texts` (but those of `skip_fold`), from the current weights.

    Each round resolves the texts with the weights so far (the context features depend on the other
    mentions' picks), then refits; `l2` pulls every weight towards 0, so the weights a refit ends with
    do not drift with those it starts from.
    """
    gold = [(article, doc) for article, doc, fold in texts.gold if fold != skip_fold]
    coded = [(doc, spans) for doc, spans, fold in texts.coded if fold != skip_fold]
    weights = load_weights()
    for _ in range(rounds):
        extractor = _extractor(nlp, gazetteer, weights)
        examples = [e for article, doc in gold for e in ranking_examples(extractor, article, doc)]
        examples *= GOLD_WEIGHT if coded else 1
        examples.extend(e for doc, spans in coded for e in coded_country_examples(extractor, doc, spans))
        weights = fit_ranker(examples, start=weights, l2=l2)
    return weights


def train(
    data_dir: Path,
    sets: list[str],
    *,
    rounds: int = 3,
    l2: float = RANKER_L2,
    out: Path | None = None,
    studied: Path | None = None,
) -> list[float]:
    """Fit the ranker on the development halves (even articles) of `sets`; write it to `out` if given.

    studied (Path | None): a folder of hand-coded place sets; its studied sets are fitted on too, by
        country (`coded_country_examples`), the gold sets' examples then counting GOLD_WEIGHT times.
    See `fit_rounds` for how; `cross_validate` chose `l2`.
    """
    from eventwatch.analysis import load_nlp
    from eventwatch.config import Settings

    nlp = load_nlp(Settings().spacy_model)
    texts = training_texts(nlp, data_dir, sets, studied)
    weights = fit_rounds(nlp, Gazetteer.load(), texts, rounds=rounds, l2=l2)
    if out is not None:
        fitted_on = f"the dev halves of {', '.join(sets)}"
        if texts.coded:
            fitted_on += (
                f" (each example {GOLD_WEIGHT} times) and the studied hand-coded place sets "
                f"({len(texts.coded)} texts, by country)"
            )
        write_weights(
            weights,
            out,
            f"Fitted by eventwatch.eval.places --train (rounds {rounds}, l2 {l2} towards 0) on {fitted_on}, "
            "each text with and without its url/source, starting from the previous weights.",
        )
    return weights


def cross_validate(
    data_dir: Path,
    sets: list[str],
    l2s: list[float],
    *,
    rounds: int = 3,
    studied: Path | None = None,
    folds: int = 2,
) -> dict[float, dict[str, list[int]]]:
    """For each L2 strength, fit on all folds but one and score the one left out, text only.

    The development halves' articles are dealt to the folds in turn, the studied sets whole; the
    held-out halves and the measured sets are never read. (Each fold's fit starts from the current
    weights, whose picks shape the first round's context features: a small leak, the same for every l2.)
    RETURNS (dict): per l2, "gold country" and "gold 161 km" (right, of) on the articles' gold places,
        and "coded country" (right, of) on the hand-coded mentions found.
    """
    from eventwatch.analysis import load_nlp
    from eventwatch.config import Settings
    from eventwatch.eval.hand_coded import coded_countries_right

    nlp = load_nlp(Settings().spacy_model)
    gazetteer = Gazetteer.load()
    country_ids = _country_ids(gazetteer)
    texts = training_texts(nlp, data_dir, sets, studied, folds)
    scores: dict[float, dict[str, list[int]]] = {}
    for l2 in l2s:
        score = scores[l2] = {"gold country": [0, 0], "gold 161 km": [0, 0], "coded country": [0, 0]}
        for fold in range(folds):
            weights = fit_rounds(nlp, gazetteer, texts, rounds=rounds, l2=l2, skip_fold=fold)
            extractor = _extractor(nlp, gazetteer, weights)
            tally = _Tally()
            for article, doc, doc_fold in texts.gold:
                if doc_fold == fold and not doc.meta:
                    _score_article(article, extractor.find(doc), tally, country_ids, [])
            for doc, spans, doc_fold in texts.coded:
                if doc_fold == fold and not doc.meta:
                    right, total = coded_countries_right(extractor.find(doc), spans)
                    score["coded country"][0] += right
                    score["coded country"][1] += total
            score["gold country"][0] += tally.country_ok
            score["gold country"][1] += tally.country_total
            score["gold 161 km"][0] += tally.within
            score["gold 161 km"][1] += len(tally.errors_km)
    return scores


def format_report(result: dict[str, Any]) -> str:
    """A small table of one evaluate() result, plus the listed errors."""
    lines = [
        f"{result['set']}: place extraction {result['ms_per_doc']:.2f} ms/doc (after parsing)",
        f"{'half':<9} {'arts':>5} {'gold':>5} {'recall':>7} {'prec~':>6} {'acc161':>7} {'mean km':>8} "
        f"{'med km':>7} {'id acc':>7} {'country':>8}",
    ]
    for half in ("dev", "held_out", "all"):
        r = result[half]
        id_acc = "-" if r["id_acc"] is None else f"{r['id_acc']:.3f}"
        country = "-" if r["country_acc"] is None else f"{r['country_acc']:.3f}"
        lines.append(
            f"{half:<9} {r['articles']:>5} {r['gold']:>5} {r['recall']:>7.3f} {r['precision']:>6.3f} "
            f"{r['acc161']:>7.3f} {r['mean_km']:>8.0f} {r['median_km']:>7.1f} {id_acc:>7} {country:>8}"
        )
    lines.extend(f"  {e}" for e in result.get("errors", []))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Command line: score one or all sets and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    default = Path(__file__).resolve().parents[4] / "shared" / "data"
    parser.add_argument("data_dir", nargs="?", type=Path, default=default)
    parser.add_argument("--which", choices=sorted(SETS), action="append")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument("--text-only", action="store_true", help="ignore the articles' url and source")
    parser.add_argument(
        "--train", type=Path, metavar="TSV", help="fit the ranker on the dev halves, write it here"
    )
    parser.add_argument("--rounds", type=int, default=3, help="with --train: resolve-and-refit rounds")
    parser.add_argument(
        "--l2", type=float, default=RANKER_L2, help="with --train: strength of the pull of every weight to 0"
    )
    parser.add_argument(
        "--cross-validate",
        type=float,
        nargs="+",
        metavar="L2",
        help="score ranker fits with these L2 strengths by two-fold cross-validation (text only)",
    )
    parser.add_argument(
        "--with-studied",
        action="store_true",
        help="with --train or --cross-validate: fit on the studied hand-coded place sets too "
        "(tests/data/places_hand_coded)",
    )
    args = parser.parse_args(argv)
    if args.cross_validate:
        from eventwatch.eval.hand_coded import PLACES_DIR

        scores = cross_validate(
            args.data_dir,
            args.which or list(SETS),
            args.cross_validate,
            rounds=args.rounds,
            studied=PLACES_DIR if args.with_studied else None,
        )
        for l2, score in scores.items():
            cells = [f"{name} {right}/{of} = {right / of:.4f}" for name, (right, of) in score.items() if of]
            print(f"l2 {l2}: " + ", ".join(cells), flush=True)
        return
    if args.train is not None:
        from eventwatch.eval.hand_coded import PLACES_DIR

        train(
            args.data_dir,
            args.which or list(SETS),
            rounds=args.rounds,
            l2=args.l2,
            out=args.train,
            studied=PLACES_DIR if args.with_studied else None,
        )
        return
    for which in args.which or list(SETS):
        result = evaluate(
            args.data_dir, which, limit=args.limit, errors=args.errors, text_only=args.text_only
        )
        print(format_report(result), flush=True)


if __name__ == "__main__":
    main()
