"""When two participant records probably describe the same person."""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.domain.text_keys import fold

#: token_sort_ratio (0-100) at or above which two names with the same birth date are "close".
NAME_THRESHOLD = 85.0


@dataclass(frozen=True)
class NameRecord:
    last: str
    first: str
    aliases: tuple[str, ...] = ()


def _variants(rec: NameRecord) -> list[str]:
    names = [f"{rec.last} {rec.first}", *rec.aliases]
    return [fold(n) for n in names if fold(n)]


def name_similarity(a: NameRecord, b: NameRecord) -> float:
    """Best similarity (0-100) between any name or alias of ``a`` and any of ``b``.

    Word order does not matter ("Luis Garcia" = "Garcia Luis"), nor do accents or case.
    """
    from rapidfuzz import fuzz

    best = 0.0
    for x in _variants(a):
        for y in _variants(b):
            best = max(best, float(fuzz.token_sort_ratio(x, y)))
    return best


def is_close_name(a: NameRecord, b: NameRecord) -> bool:
    return name_similarity(a, b) >= NAME_THRESHOLD
