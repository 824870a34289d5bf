"""The monthly program report: every impact measure for a month against the month before."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta

from reportlab.platypus import Flowable, KeepTogether

from peerdesk.domain.measures import Measures, Period, rate
from peerdesk.reports.charts import comparison_chart
from peerdesk.reports.data import MonthlyData
from peerdesk.reports.i18n_catalog import Catalog
from peerdesk.reports.layout import (
    build_pdf,
    chrome_for,
    content_width,
    gap,
    heading,
    para,
    styles,
    table,
)

Getter = Callable[[Measures], float | int | None]
#: (label key, value, kind): kind "n" a count, "%" a share, "d1"/"d2" a decimal.
Row = tuple[str, Getter, str]

SECTIONS: tuple[tuple[str, tuple[Row, ...]], ...] = (
    (
        "sec_participation",
        (
            ("m_enrolled", lambda m: m.enrolled, "n"),
            ("m_eligible", lambda m: m.eligible, "n"),
            ("m_admitted", lambda m: m.admitted, "n"),
            ("m_admission_rate", lambda m: rate(m.admitted, m.eligible), "%"),
            ("m_active", lambda m: m.active, "n"),
        ),
    ),
    (
        "sec_mentoring",
        (
            ("m_matched", lambda m: m.matched, "n"),
            ("m_new_pre", lambda m: m.new_matches_pre_release, "n"),
            ("m_new_post", lambda m: m.new_matches_post_release, "n"),
            ("m_contacts", lambda m: m.contacts_held, "n"),
            ("m_contacts_rate", lambda m: m.contacts_per_match_month, "d2"),
            ("m_median", lambda m: m.median_match_days, "d1"),
        ),
    ),
    (
        "sec_groups",
        (
            ("m_sessions", lambda m: m.sessions_held, "n"),
            ("m_attendance", lambda m: m.attendance_rate, "%"),
        ),
    ),
    (
        "sec_completions",
        (
            ("m_comp_pre", lambda m: m.completions_pre_release, "n"),
            ("m_comp_post", lambda m: m.completions_post_release, "n"),
        ),
    ),
    (
        "sec_custody",
        (
            ("m_custody_cohort", lambda m: m.custody_cohort, "n"),
            ("m_custody_returned", lambda m: m.custody_returned, "n"),
            ("m_custody_rate", lambda m: m.return_to_custody_rate, "%"),
        ),
    ),
)


def fmt(tr: Catalog, value: float | int | None, kind: str) -> str:
    """A figure as the report prints it."""
    if value is None:
        return tr("none")
    if kind == "%":
        return tr.share(float(value))
    if kind == "n":
        return tr.integer(int(value))
    return tr.decimal(float(value), int(kind[1:]))


def change(value: float | int | None, before: float | int | None, kind: str) -> str:
    """This period minus the last: "+3", "-2", "0", "+5.0 pts" for shares, or a dash."""
    if value is None or before is None:
        return "—"
    diff = float(value) - float(before)
    if kind == "%":
        points = round(diff * 100, 1)
        return f"{points:+.1f} pts" if points else "0.0 pts"
    if kind == "n":
        return f"{int(diff):+,}" if diff else "0"
    digits = int(kind[1:])
    rounded = round(diff, digits)
    return f"{rounded:+,.{digits}f}" if rounded else f"{0:.{digits}f}"


def month_label(tr: Catalog, period: Period) -> str:
    return tr.month(period.start.year, period.start.month)


def _measure_tables(tr: Catalog, data: MonthlyData, width: float) -> list[Flowable]:
    now, before = data.current, data.previous
    header = [
        tr("col_measure"),
        month_label(tr, now.period),
        month_label(tr, before.period),
        tr("col_change"),
    ]
    widths = [width * 0.46, width * 0.18, width * 0.18, width * 0.18]
    out: list[Flowable] = []
    for section, rows in SECTIONS:
        lines = [
            [
                tr(key),
                fmt(tr, get(now), kind),
                fmt(tr, get(before), kind),
                change(get(now), get(before), kind),
            ]
            for key, get, kind in rows
        ]
        block: list[Flowable] = [heading(tr(section))]
        if section == "sec_custody":
            year = timedelta(days=365)
            end = now.period.end
            block.append(
                para(
                    tr(
                        "custody_cohort",
                        start=tr.date(end - 2 * year),
                        end=tr.date(end - year - timedelta(days=1)),
                    ),
                    styles().small,
                )
            )
        block.append(table(header, lines, widths, right=(1, 2, 3)))
        out.append(KeepTogether(block))
    return out


def _referral_table(tr: Catalog, data: MonthlyData, width: float) -> list[Flowable]:
    now = {r.service_type: r for r in data.current.referrals}
    before = {r.service_type: r for r in data.previous.referrals}
    kinds = sorted(set(now) | set(before), key=lambda k: tr.enum("service", k))
    out: list[Flowable] = [heading(tr("sec_referrals"))]
    if not kinds:
        return [*out, para(tr("no_referrals"), styles().small)]
    this_m = month_label(tr, data.current.period)
    prev_m = month_label(tr, data.previous.period)
    header = [
        tr("col_service"),
        f"{tr('col_made')}: {this_m}",
        f"{tr('col_completed')}: {this_m}",
        f"{tr('col_made')}: {prev_m}",
        f"{tr('col_completed')}: {prev_m}",
    ]
    rows = []
    for k in kinds:
        a, b = now.get(k), before.get(k)
        rows.append(
            [
                tr.enum("service", k),
                tr.integer(a.made if a else 0),
                tr.integer(a.completed if a else 0),
                tr.integer(b.made if b else 0),
                tr.integer(b.completed if b else 0),
            ]
        )
    widths = [width * 0.32] + [width * 0.17] * 4
    return [*out, table(header, rows, widths, right=(1, 2, 3, 4))]


def _outcome_table(tr: Catalog, data: MonthlyData, width: float) -> list[Flowable]:
    out: list[Flowable] = [heading(tr("sec_outcomes"))]
    months = [
        (data.current, month_label(tr, data.current.period)),
        (data.previous, month_label(tr, data.previous.period)),
    ]
    checkpoints = sorted({o.checkpoint_days for m, _ in months for o in m.outcomes})
    if not checkpoints:
        return [*out, para(tr("no_outcomes"), styles().small)]
    header = [
        tr("col_followup"),
        tr("col_month"),
        tr("col_recorded"),
        tr("col_housing"),
        tr("col_employed"),
        tr("col_returned"),
    ]
    rows = []
    for day in checkpoints:
        name = tr("checkpoint_0") if day == 0 else tr("checkpoint_n", days=day)
        for m, label in months:
            o = next((x for x in m.outcomes if x.checkpoint_days == day), None)
            counts = (
                (o.recorded, o.stable_housing, o.employed, o.returned_to_custody) if o else (0,) * 4
            )
            rows.append([name, label, *(tr.integer(c) for c in counts)])
    widths = [width * 0.17, width * 0.19] + [width * 0.16] * 4
    return [*out, table(header, rows, widths, right=(2, 3, 4, 5))]


#: The charts: (title key, [(bar label key, value), ...], kind). Rates are drawn in percent.
CHARTS: tuple[tuple[str, tuple[tuple[str, Getter], ...], str], ...] = (
    (
        "chart_counts",
        (
            ("short_eligible", lambda m: m.eligible),
            ("short_admitted", lambda m: m.admitted),
            ("short_enrolled", lambda m: m.enrolled),
            ("short_active", lambda m: m.active),
            ("short_new_pre", lambda m: m.new_matches_pre_release),
            ("short_new_post", lambda m: m.new_matches_post_release),
        ),
        "n",
    ),
    (
        "chart_activity",
        (
            ("short_sessions", lambda m: m.sessions_held),
            ("short_contacts", lambda m: m.contacts_held),
            ("short_comp_pre", lambda m: m.completions_pre_release),
            ("short_comp_post", lambda m: m.completions_post_release),
        ),
        "n",
    ),
    (
        "chart_rates",
        (
            ("short_attendance", lambda m: m.attendance_rate),
            ("short_admission", lambda m: rate(m.admitted, m.eligible)),
            ("short_custody", lambda m: m.return_to_custody_rate),
        ),
        "%",
    ),
)


def _values(m: Measures, bars: Sequence[tuple[str, Getter]], scale: float) -> list[float | None]:
    found = [get(m) for _, get in bars]
    return [None if v is None else float(v) * scale for v in found]


def _charts(tr: Catalog, data: MonthlyData, width: float) -> list[Flowable]:
    now, before = data.current, data.previous
    out: list[Flowable] = [heading(tr("sec_charts"))]
    for title, bars, kind in CHARTS:
        scale = 100.0 if kind == "%" else 1.0

        out += [
            comparison_chart(
                tr(title),
                [tr(key) for key, _ in bars],
                _values(now, bars, scale),
                _values(before, bars, scale),
                current_label=month_label(tr, now.period),
                previous_label=month_label(tr, before.period),
                width=width,
                value_format="{:.1f}" if kind == "%" else "{:,.0f}",
                value_max=100 if kind == "%" else None,
            ),
            gap(8),
        ]
    return out


def build_monthly(data: MonthlyData) -> bytes:
    """The monthly report as PDF bytes."""
    ctx = data.context
    tr = Catalog(ctx.language)
    st = styles()
    width = content_width()
    month = month_label(tr, data.current.period)
    last_day = data.current.period.end - timedelta(days=1)
    story: list[Flowable] = [
        para(tr("monthly_title"), st.title),
        para(f"{ctx.site_name} — {month}", st.subtitle),
        para(
            tr("period", start=tr.date(data.current.period.start), end=tr.date(last_day)), st.small
        ),
        gap(4),
        para(tr("disclaimer"), st.disclaimer),
        gap(2),
        *_measure_tables(tr, data, width),
        *_referral_table(tr, data, width),
        *_outcome_table(tr, data, width),
        *_charts(tr, data, width),
        gap(10),
        para(tr("disclaimer"), st.disclaimer),
    ]
    chrome = chrome_for(
        ctx.site_name, tr("monthly_title"), tr, tr.instant(ctx.generated_at), ctx.generated_by
    )
    return build_pdf(story, chrome)
