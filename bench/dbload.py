"""Benchmark 2: the same ORM workload on SQLCipher (peerdesk's engine) and on plain SQLite.

The keyed engine is ``peerdesk.db.engine.make_engine`` with a random 32-byte raw key. The
baseline is an unencrypted SQLAlchemy engine with the same pragmas, the same pool and the same
explicit ``BEGIN``, so the keyed/plain ratio shows what encryption costs the app.
"""

from __future__ import annotations

import gc
import random
import secrets
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from time import perf_counter
from typing import Any

from sqlalchemy import Engine, func, insert, select, text, tuple_
from sqlalchemy.orm import Session

from bench.models import BenchBase, BenchNote, BenchParticipant
from bench.report import Row, Section, geomean, median, timed

SITE_ID = "5f0c8a52-7d0e-4d6b-9b8e-2f3c1a4b5c6d"
OTHER_SITE_ID = "0b1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"
BATCH = 10_000
PAGE = 50

#: The same settings as ``peerdesk.db.engine.connect_raw``, minus the key.
PLAIN_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA cache_size = -131072",
    "PRAGMA busy_timeout = 10000",
)

_SURNAMES_TEXT = (
    "Garcia Smith Johnson Rodriguez Williams Martinez Brown Hernandez Lopez Jones Gonzalez "
    "Davis Miller Perez Wilson Sanchez Anderson Ramirez Taylor Torres Thomas Flores Moore "
    "Rivera Jackson Gomez Martin Diaz Lee Reyes Thompson Cruz White Morales Harris Gutierrez "
    "Clark Ortiz Lewis Ramos Robinson Chavez Walker Mendoza Young Ruiz Allen Alvarez King "
    "Castillo Wright Jimenez Scott Moreno Green Romero Baker Vasquez Adams Herrera Nelson "
    "Medina Hill Aguilar Campbell Vargas Mitchell Garza Roberts Castro Carter Guzman Phillips "
    "Fernandez Evans Mendez Turner Munoz Parker Salazar Collins Soto Edwards Delgado Stewart "
    "Nguyen Morris Gardner Murphy Garner Cook Garrett Rogers Garrison Washington Tran Nunez"
)
SURNAMES = tuple(_SURNAMES_TEXT.split())
_FIRST_NAMES_TEXT = (
    "James Maria John Jose Robert Juan Michael Luis David Carlos William Jesus Richard Ana "
    "Joseph Miguel Thomas Rosa Charles Francisco Christopher Jorge Daniel Pedro Matthew Carmen "
    "Anthony Antonio Mark Manuel Donald Ricardo Steven Elena Paul Alejandro Andrew Sofia "
    "Joshua Diego Kenneth Lucia Kevin Fernando Brian Laura George Raul Timothy Patricia Ronald "
    "Sergio Edward Gabriel Jason Isabel Jeffrey Marco Ryan Teresa Jacob Rafael Gary Angel "
    "Nicholas Andres Eric Victor Jonathan Adriana Stephen Roberto Larry Hector Justin Ruben"
)
FIRST_NAMES = tuple(_FIRST_NAMES_TEXT.split())
PREFIXES = ("Gar", "Smi", "Her", "Ngu", "Wil", "Mar", "Bro", "Lop", "Dav", "Rod")
UNITS = tuple(f"{block}-{tier}" for block in "ABCDEF" for tier in range(1, 5))
STATUSES = ("active", "released", "transferred", "inactive")
STATUS_WEIGHTS = (70, 20, 6, 4)
AUTHORS = tuple(f"staff{i:02d}" for i in range(25))
RELEASE_START = date(2024, 1, 1)
RELEASE_DAYS = 6 * 365


@dataclass(frozen=True)
class Sizes:
    participants: int
    notes_per_participant: int
    doc_lookups: int
    prefix_searches: int
    deep_pages: int
    timelines: int
    rounds: int
    cold_rounds: int


FULL = Sizes(100_000, 2, 1000, 200, 20, 500, 5, 3)
QUICK = Sizes(20_000, 2, 1000, 200, 20, 500, 3, 2)


@dataclass
class Dataset:
    participants: list[dict[str, Any]]
    notes: list[dict[str, Any]]
    lookup_docs: list[str]
    timeline_ids: list[str]
    windows: list[tuple[str, str]]
    deep_offset: int
    keyset_after: tuple[str, str, str] = ("", "", "")
    extra: dict[str, Any] = field(default_factory=dict)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def make_dataset(sizes: Sizes, seed: int = 20260101) -> Dataset:
    rng = random.Random(seed)
    n = sizes.participants
    surname_weights = [1.0 / (i + 1) ** 0.7 for i in range(len(SURNAMES))]
    surnames = rng.choices(SURNAMES, weights=surname_weights, k=n)
    docs = rng.sample(range(1_000_000, 10_000_000), n)
    statuses = rng.choices(STATUSES, weights=STATUS_WEIGHTS, k=n)
    stamp0 = datetime(2025, 1, 1)
    participants: list[dict[str, Any]] = []
    for i in range(n):
        first = rng.choice(FIRST_NAMES)
        release = (
            (RELEASE_START + timedelta(days=rng.randrange(RELEASE_DAYS))).isoformat()
            if rng.random() < 0.9
            else None
        )
        participants.append(
            {
                "id": _uuid(rng),
                # About one in twenty records is a copy from another site (sync).
                "site_id": SITE_ID if rng.random() < 0.95 else OTHER_SITE_ID,
                "doc_number": f"{docs[i]:08d}",
                "last_name": surnames[i],
                "first_name": first,
                "preferred_name": first[:3] if rng.random() < 0.15 else None,
                "date_of_birth": (
                    date(1950, 1, 1) + timedelta(days=rng.randrange(20_000))
                ).isoformat(),
                "facility_unit": rng.choice(UNITS),
                "status": statuses[i],
                "release_date": release,
                "updated_at": (stamp0 + timedelta(seconds=rng.randrange(30_000_000))).isoformat()
                + "+00:00",
            }
        )
    vocab = [
        "".join(rng.choices("abcdefghijklmnoprstuvwy", k=rng.randint(2, 9))) for _ in range(3000)
    ]
    vocab_weights = [1.0 / (i + 1) for i in range(len(vocab))]
    ids = [p["id"] for p in participants]
    notes: list[dict[str, Any]] = []
    for _ in range(n * sizes.notes_per_participant):
        words = rng.choices(vocab, weights=vocab_weights, k=rng.randint(15, 75))
        notes.append(
            {
                "id": _uuid(rng),
                "participant_id": rng.choice(ids),
                "author": rng.choice(AUTHORS),
                "created_at": (stamp0 + timedelta(seconds=rng.randrange(60_000_000))).isoformat()
                + "+00:00",
                "body": " ".join(words).capitalize() + ".",
            }
        )
    local = [p for p in participants if p["site_id"] == SITE_ID]
    windows = []
    for _ in range(5):
        start = RELEASE_START + timedelta(days=rng.randrange(RELEASE_DAYS - 90))
        windows.append((start.isoformat(), (start + timedelta(days=90)).isoformat()))
    return Dataset(
        participants=participants,
        notes=notes,
        lookup_docs=[p["doc_number"] for p in rng.sample(local, sizes.doc_lookups)],
        timeline_ids=rng.sample(ids, sizes.timelines),
        windows=windows,
        deep_offset=(len(local) // 2 // PAGE) * PAGE,
    )


# --- engines ---------------------------------------------------------------------------------
def plain_engine(path: Path, module: Any = None) -> Engine:
    """An unencrypted engine configured like ``peerdesk.db.engine.make_engine``."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import SingletonThreadPool

    extra: dict[str, Any] = {} if module is None else {"module": module}
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"isolation_level": None, "check_same_thread": False},
        hide_parameters=True,
        poolclass=SingletonThreadPool,
        pool_size=8,
        **extra,
    )

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in PLAIN_PRAGMAS:
            dbapi_conn.execute(pragma).fetchall()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def keyed_engine(path: Path, key: bytes) -> Engine:
    from peerdesk.db.engine import make_engine

    return make_engine(path, key)


# --- workload --------------------------------------------------------------------------------
def insert_participants(engine: Engine, ds: Dataset) -> None:
    rows = ds.participants
    for i in range(0, len(rows), BATCH):
        with Session(engine) as s:
            s.add_all([BenchParticipant(**r) for r in rows[i : i + BATCH]])
            s.commit()


def insert_notes(engine: Engine, ds: Dataset) -> None:
    rows = ds.notes
    for i in range(0, len(rows), BATCH):
        with Session(engine) as s:
            s.execute(insert(BenchNote), rows[i : i + BATCH])
            s.commit()


def _name_order() -> tuple[Any, ...]:
    return (BenchParticipant.last_name, BenchParticipant.first_name, BenchParticipant.id)


def op_doc_lookup(s: Session, ds: Dataset) -> object:
    P = BenchParticipant
    for doc in ds.lookup_docs:
        s.scalars(select(P).where(P.site_id == SITE_ID, P.doc_number == doc)).one()
    return None


def op_prefix(s: Session, ds: Dataset) -> object:
    P = BenchParticipant
    n = ds.extra["prefix_searches"]
    for i in range(n):
        stmt = (
            select(P)
            .where(P.site_id == SITE_ID, P.last_name.like(PREFIXES[i % len(PREFIXES)] + "%"))
            .order_by(*_name_order())
            .limit(PAGE)
        )
        s.scalars(stmt).all()
    return None


def op_offset_page(s: Session, ds: Dataset) -> object:
    P = BenchParticipant
    stmt = (
        select(P)
        .where(P.site_id == SITE_ID)
        .order_by(*_name_order())
        .offset(ds.deep_offset)
        .limit(PAGE)
    )
    for _ in range(ds.extra["deep_pages"]):
        s.scalars(stmt).all()
    return None


def op_keyset_page(s: Session, ds: Dataset) -> object:
    P = BenchParticipant
    stmt = (
        select(P)
        .where(P.site_id == SITE_ID, tuple_(*_name_order()) > tuple_(*ds.keyset_after))
        .order_by(*_name_order())
        .limit(PAGE)
    )
    for _ in range(ds.extra["deep_pages"]):
        s.scalars(stmt).all()
    return None


def op_status_counts(s: Session, ds: Dataset) -> object:
    P = BenchParticipant
    stmt = select(P.status, func.count()).where(P.site_id == SITE_ID).group_by(P.status)
    for _ in range(10):
        s.execute(stmt).all()
    return None


def op_release_window(s: Session, ds: Dataset) -> object:
    P = BenchParticipant
    for lo, hi in ds.windows:
        stmt = (
            select(P)
            .where(P.site_id == SITE_ID, P.release_date.between(lo, hi))
            .order_by(P.release_date)
        )
        s.scalars(stmt).all()
    return None


def op_timeline(s: Session, ds: Dataset) -> object:
    N = BenchNote
    for pid in ds.timeline_ids:
        stmt = select(N).where(N.participant_id == pid).order_by(N.created_at.desc()).limit(20)
        s.scalars(stmt).all()
    return None


def op_substring_scan(s: Session, ds: Dataset) -> object:
    P = BenchParticipant
    for pattern in ("%ez%", "%son%", "%ar%"):
        stmt = select(func.count()).where(
            P.site_id == SITE_ID, P.last_name.like(pattern) | P.first_name.like(pattern)
        )
        s.execute(stmt).scalar_one()
    return None


Op = Callable[[Session, Dataset], object]


def operations(sizes: Sizes, ds: Dataset) -> list[tuple[str, Op]]:
    return [
        (f"DOC number lookup x{sizes.doc_lookups}", op_doc_lookup),
        (f"name prefix LIKE 'Gar%' etc. LIMIT {PAGE} x{sizes.prefix_searches}", op_prefix),
        (f"deep page OFFSET {ds.deep_offset} x{sizes.deep_pages}", op_offset_page),
        (f"deep page keyset, same rows x{sizes.deep_pages}", op_keyset_page),
        ("count by status GROUP BY x10", op_status_counts),
        ("release window 90 days (ORM rows) x5", op_release_window),
        (f"note timeline LIMIT 20 x{sizes.timelines}", op_timeline),
        ("substring LIKE '%ez%' (scan) x3", op_substring_scan),
    ]


def _run_op(engine: Engine, op: Op, ds: Dataset) -> float:
    gc.collect()

    def go() -> None:
        with Session(engine) as s:
            op(s, ds)

    return timed(go)


def _first_read(engine: Engine) -> None:
    with engine.connect() as conn:
        conn.execute(text("SELECT count(*) FROM bench_participants WHERE rowid = 1")).all()


def _checkpoint_size(engine: Engine, path: Path) -> int:
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").all()
    return path.stat().st_size


def run(sizes: Sizes, baseline: str = "sqlite3", log: Callable[[str], None] = print) -> Section:
    log(f"  generating {sizes.participants:,} participants and their notes ...")
    ds = make_dataset(sizes)
    ds.extra.update(prefix_searches=sizes.prefix_searches, deep_pages=sizes.deep_pages)
    key = secrets.token_bytes(32)
    module: Any = None
    if baseline == "sqlcipher-nokey":
        import sqlcipher3.dbapi2

        module = sqlcipher3.dbapi2

    with tempfile.TemporaryDirectory(prefix="peerdesk-bench-db-") as tmp:
        keyed_path, plain_path = Path(tmp) / "keyed.db", Path(tmp) / "plain.db"
        factories: dict[str, Callable[[], Engine]] = {
            "keyed": lambda: keyed_engine(keyed_path, key),
            "plain": lambda: plain_engine(plain_path, module),
        }
        engines = {name: make() for name, make in factories.items()}
        try:
            return _run_with(sizes, ds, factories, engines, keyed_path, plain_path, baseline, log)
        finally:
            for engine in engines.values():
                engine.dispose()


def _run_with(
    sizes: Sizes,
    ds: Dataset,
    factories: dict[str, Callable[[], Engine]],
    engines: dict[str, Engine],
    keyed_path: Path,
    plain_path: Path,
    baseline: str,
    log: Callable[[str], None],
) -> Section:
    rows: list[Row] = []
    for engine in engines.values():
        BenchBase.metadata.create_all(engine)

    n_notes = len(ds.notes)
    log("  inserting ...")
    for label, fn in (
        (
            f"insert {sizes.participants:,} participants (ORM add_all, commit/10k)",
            insert_participants,
        ),
        (f"insert {n_notes:,} notes (ORM insert() executemany, commit/10k)", insert_notes),
    ):
        t: dict[str, float] = {}
        for name in ("plain", "keyed"):
            gc.collect()
            start = perf_counter()
            fn(engines[name], ds)
            t[name] = perf_counter() - start
        rows.append(Row(label, t["keyed"], t["plain"], in_geomean=True))

    for engine in engines.values():
        with engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    with Session(engines["plain"]) as s:
        after = s.execute(
            select(*_name_order())
            .where(BenchParticipant.site_id == SITE_ID)
            .order_by(*_name_order())
            .offset(ds.deep_offset - 1)
            .limit(1)
        ).one()
        ds.keyset_after = (after[0], after[1], after[2])

    ops = operations(sizes, ds)
    log(f"  warm queries, {sizes.rounds} rounds ...")
    for _label, op in ops:  # warm-up, untimed
        for engine in engines.values():
            _run_op(engine, op, ds)
    warm: dict[str, dict[str, list[float]]] = {
        label: {"keyed": [], "plain": []} for label, _ in ops
    }
    for r in range(sizes.rounds):
        order = ("plain", "keyed") if r % 2 == 0 else ("keyed", "plain")
        for label, op in ops:
            for name in order:
                warm[label][name].append(_run_op(engines[name], op, ds))
    for label, _ in ops:
        rows.append(
            Row(
                "warm: " + label,
                median(warm[label]["keyed"]),
                median(warm[label]["plain"]),
                in_geomean=True,
            )
        )

    log(f"  cold-ish queries (dispose + reopen engine), {sizes.cold_rounds} rounds ...")
    reopen_label = "reopen engine + first read"
    cold_labels = [reopen_label] + [label for label, _ in ops]
    cold: dict[str, dict[str, list[float]]] = {
        label: {"keyed": [], "plain": []} for label in cold_labels
    }
    totals: dict[str, list[float]] = {"keyed": [], "plain": []}
    for r in range(sizes.cold_rounds):
        order = ("plain", "keyed") if r % 2 == 0 else ("keyed", "plain")
        for name in order:
            engines[name].dispose()
            gc.collect()

            def reopen(n: str = name) -> None:
                engines[n] = factories[n]()
                _first_read(engines[n])

            total = timed(reopen)
            cold[reopen_label][name].append(total)
            for label, op in ops:
                t_op = _run_op(engines[name], op, ds)
                cold[label][name].append(t_op)
                total += t_op
            totals[name].append(total)
    for label in cold_labels:
        rows.append(
            Row(
                "cold: " + label,
                median(cold[label]["keyed"]),
                median(cold[label]["plain"]),
                in_geomean=True,
            )
        )
    rows.append(
        Row("cold: all of the above, total", median(totals["keyed"]), median(totals["plain"]))
    )
    rows.append(
        Row(
            "database file size after checkpoint",
            float(_checkpoint_size(engines["keyed"], keyed_path)),
            float(_checkpoint_size(engines["plain"], plain_path)),
            unit="bytes",
        )
    )

    def gm(prefix: str) -> float:
        return geomean(
            r.ratio for r in rows if r.in_geomean and r.ratio and r.name.startswith(prefix)
        )

    all_ratios = [r.ratio for r in rows if r.in_geomean and r.ratio]
    overall = geomean(all_ratios)
    verdict = "meets" if overall <= 1.3 else "MISSES"
    with engines["keyed"].connect() as conn:
        keyed_ver = conn.exec_driver_sql("select sqlite_version()").scalar()
        provider = conn.exec_driver_sql("PRAGMA cipher_provider").scalar()
        cipher_ver = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
    with engines["plain"].connect() as conn:
        plain_ver = conn.exec_driver_sql("select sqlite_version()").scalar()
    base_desc = "stdlib sqlite3" if baseline == "sqlite3" else "sqlcipher3 without a key"
    return Section(
        title=(
            f"2. SQLAlchemy ORM on SQLCipher (peerdesk) vs plain SQLite (baseline), "
            f"{sizes.participants:,} participants; warm = median of {sizes.rounds}, "
            f"cold = median of {sizes.cold_rounds}"
        ),
        rows=rows,
        notes=[
            f"geometric mean keyed/plain over {len(all_ratios)} operations: {overall:.2f}x "
            f"(target <= 1.30x: {verdict}); inserts {gm('insert'):.2f}x, "
            f"warm {gm('warm'):.2f}x, cold {gm('cold'):.2f}x",
            f"peerdesk: SQLCipher {cipher_ver} ({provider}) on SQLite {keyed_ver}; "
            f"baseline: {base_desc}, SQLite {plain_ver}",
        ],
    )
