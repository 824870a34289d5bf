"""Result rows and the plain-text table."""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from time import perf_counter


@dataclass
class Row:
    """One line of the table: a peerdesk figure next to its baseline."""

    name: str
    peerdesk: float | None
    baseline: float | None
    unit: str = "s"  # "s" or "bytes"
    #: Counted in the geometric mean of the SQLCipher/SQLite section.
    in_geomean: bool = False

    @property
    def ratio(self) -> float | None:
        if self.peerdesk is None or not self.baseline:
            return None
        return self.peerdesk / self.baseline


@dataclass
class Section:
    title: str
    rows: list[Row]
    notes: list[str]


def timed(fn: Callable[[], object]) -> float:
    start = perf_counter()
    fn()
    return perf_counter() - start


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def geomean(values: Iterable[float]) -> float:
    vals = list(values)
    return math.exp(sum(math.log(v) for v in vals) / len(vals)) if vals else float("nan")


def fmt_value(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "bytes":
        return f"{value / 1e6:.1f} MB"
    if value < 1e-3:
        return f"{value * 1e6:.0f} µs"
    if value < 1.0:
        return f"{value * 1e3:.1f} ms"
    return f"{value:.2f} s"


def render(sections: Sequence[Section]) -> str:
    header = ("benchmark", "peerdesk", "baseline", "ratio")
    lines: list[tuple[str, str, str, str] | str] = []
    for section in sections:
        lines.append(f"== {section.title}")
        for row in section.rows:
            ratio = row.ratio
            lines.append(
                (
                    "  " + row.name,
                    fmt_value(row.peerdesk, row.unit),
                    fmt_value(row.baseline, row.unit),
                    "-" if ratio is None else f"{ratio:.2f}x",
                )
            )
        lines.extend(f"   {note}" for note in section.notes)
    cells = [header, *(line for line in lines if isinstance(line, tuple))]
    widths = [max(len(c[i]) for c in cells) for i in range(4)]

    def fmt(cols: tuple[str, str, str, str]) -> str:
        return "  ".join(
            col.ljust(widths[i]) if i == 0 else col.rjust(widths[i]) for i, col in enumerate(cols)
        )

    rule = "-" * (sum(widths) + 6)
    out = [fmt(header), rule]
    for line in lines:
        out.append(line if isinstance(line, str) else fmt(line))
    out.append(rule)
    return "\n".join(out)
