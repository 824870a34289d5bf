"""Group paperwork: the sign-in sheet for a session and the attendance summary per group."""

from __future__ import annotations

from datetime import timedelta

from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from peerdesk.reports.data import AttendanceData, GroupAttendance, RosterLine, SigninData
from peerdesk.reports.i18n_catalog import Catalog
from peerdesk.reports.layout import (
    RULE,
    Cell,
    build_pdf,
    chrome_for,
    content_width,
    facts,
    gap,
    para,
    styles,
    table,
)

SIGNING_ROW = 26


def roster_name(r: RosterLine) -> str:
    """ "Last, First (Preferred)" as a sign-in sheet lists people."""
    name = f"{r.legal_last_name}, {r.legal_first_name}"
    if r.preferred_name and r.preferred_name != r.legal_first_name:
        name += f" ({r.preferred_name})"
    return name


def signature_lines(tr: Catalog, labels: list[tuple[str, bool]], width: float) -> Table:
    """Blank lines to write on, one row per (label, also a date line) pair."""
    small = styles().small
    rows = [
        [para(label, small), "", para(tr("sig_date"), small) if dated else "", ""]
        for label, dated in labels
    ]
    grid = Table(
        rows, colWidths=[width * 0.24, width * 0.44, width * 0.08, width * 0.24], rowHeights=30
    )
    commands = [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LINEBELOW", (1, 0), (1, -1), 0.6, RULE)]
    commands += [
        ("LINEBELOW", (3, i), (3, i), 0.6, RULE) for i, (_, dated) in enumerate(labels) if dated
    ]
    grid.setStyle(TableStyle(commands))
    return grid


def build_signin(data: SigninData) -> bytes:
    """A sign-in sheet: session details, the roster with blank signature cells, spare lines."""
    ctx = data.context
    tr = Catalog(ctx.language)
    st = styles()
    width = content_width()
    details = [
        (tr("f_group"), data.group_name),
        (tr("f_date"), tr.date(data.held_on)),
        (tr("f_time"), data.start_time or tr("none")),
        (tr("f_module"), data.module or tr("none")),
        (tr("f_location"), data.location or tr("none")),
        (tr("f_facilitators"), ", ".join(data.facilitators) or tr("none")),
    ]
    story: list[Flowable] = [para(tr("signin_title"), st.title), gap(4), facts(details, width)]
    if data.cancel_reason:
        reason = tr.enum("cancel", data.cancel_reason)
        story += [gap(4), para(tr("signin_cancelled", reason=reason), st.disclaimer)]
    story += [gap(6), para(tr("signin_instructions"), st.small), gap(4)]
    header = [tr("col_no"), tr("col_name"), tr("col_doc"), tr("col_unit"), tr("col_signature")]
    rows = [
        [str(i), roster_name(r), r.doc_number, r.housing_unit, ""]
        for i, r in enumerate(data.roster, start=1)
    ]
    start = len(rows) + 1
    rows += [[str(start + i), "", "", "", ""] for i in range(data.blank_lines)]
    widths = [width * 0.06, width * 0.36, width * 0.16, width * 0.1, width * 0.32]
    story.append(
        table(
            header,
            rows,
            widths,
            zebra=False,
            row_height=SIGNING_ROW,
            extra=[("LINEAFTER", (0, 0), (-2, -1), 0.3, RULE)],
        )
    )
    story += [
        gap(14),
        KeepTogether([signature_lines(tr, [(tr("facilitator_signature"), True)], width)]),
    ]
    chrome = chrome_for(
        ctx.site_name, tr("signin_title"), tr, tr.instant(ctx.generated_at), ctx.generated_by
    )
    return build_pdf(story, chrome)


def _totals(groups: tuple[GroupAttendance, ...], name: str) -> GroupAttendance:
    return GroupAttendance(
        name,
        sum(g.held for g in groups),
        sum(g.cancelled for g in groups),
        sum(g.present for g in groups),
        sum(g.absent for g in groups),
        sum(g.excused for g in groups),
    )


def _attendance_row(tr: Catalog, g: GroupAttendance) -> list[Cell]:
    return [
        g.group_name,
        tr.integer(g.held),
        tr.integer(g.cancelled),
        tr.integer(g.present),
        tr.integer(g.absent),
        tr.integer(g.excused),
        tr.share(g.attendance_rate),
    ]


def build_attendance(data: AttendanceData) -> bytes:
    """Sessions and attendance per group over a period, with the all-groups total."""
    ctx = data.context
    tr = Catalog(ctx.language)
    st = styles()
    width = content_width()
    last_day = data.period.end - timedelta(days=1)
    story: list[Flowable] = [
        para(tr("attendance_title"), st.title),
        para(ctx.site_name, st.subtitle),
        para(tr("period", start=tr.date(data.period.start), end=tr.date(last_day)), st.small),
        gap(8),
    ]
    if not data.groups:
        story.append(para(tr("no_groups"), st.body))
    else:
        header = [
            tr("f_group"),
            tr("col_held"),
            tr("col_cancelled"),
            tr("col_present"),
            tr("col_absent"),
            tr("col_excused"),
            tr("col_rate"),
        ]
        rows: list[list[Cell]] = [_attendance_row(tr, g) for g in data.groups]
        total = _attendance_row(tr, _totals(data.groups, tr("all_groups")))
        rows.append(
            [
                para(str(v), st.cell_bold if i == 0 else st.cell_bold_right)
                for i, v in enumerate(total)
            ]
        )
        widths = [width * 0.27] + [width * 0.12] * 5 + [width * 0.13]
        padding = [("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
        story.append(table(header, rows, widths, right=(1, 2, 3, 4, 5, 6), extra=padding))
    story += [gap(8), para(tr("attendance_note"), st.small)]
    chrome = chrome_for(
        ctx.site_name, tr("attendance_title"), tr, tr.instant(ctx.generated_at), ctx.generated_by
    )
    return build_pdf(story, chrome)
