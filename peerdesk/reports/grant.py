"""The grant performance report: Second Chance Act style figures, numbered, ready to copy.

Counts are printed without thousands separators so they paste into numeric fields as they are.
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.platypus import Flowable, KeepTogether

from peerdesk.reports.data import GrantData, GrantFigures
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


def _n(value: int) -> str:
    return str(value)


def grant_lines(tr: Catalog, f: GrantFigures) -> list[tuple[str, list[tuple[str, str]]]]:
    """The numbered figures by section: (section title, [(label, value), ...])."""
    return [
        (
            tr("sec_grant_people"),
            [
                (tr("g_served"), _n(f.served)),
                (tr("g_risk_mh"), _n(f.risk_medium_high)),
                (tr("g_risk_mh_share"), tr.share(f.risk_medium_high_share)),
                (tr("g_risk_low"), _n(f.risk_low)),
                (tr("g_risk_none"), _n(f.risk_not_assessed)),
                (tr("g_eligible"), _n(f.eligible)),
                (tr("g_admitted"), _n(f.admitted)),
                (tr("g_admission_rate"), tr.share(f.admission_rate)),
            ],
        ),
        (
            tr("sec_grant_mentoring"),
            [
                (tr("g_new_pre"), _n(f.new_matches_pre_release)),
                (tr("g_new_post"), _n(f.new_matches_post_release)),
                (tr("g_mentored"), _n(f.mentored)),
                (tr("g_contacts"), _n(f.contacts_held)),
                (tr("g_grouped"), _n(f.grouped)),
                (tr("g_sessions"), _n(f.sessions_held)),
            ],
        ),
        (
            tr("sec_grant_completion"),
            [
                (tr("g_comp_pre"), _n(f.completed_pre)),
                (tr("g_exit_pre"), _n(f.left_pre)),
                (tr("g_rate_pre"), tr.share(f.completion_rate_pre)),
                (tr("g_comp_post"), _n(f.completed_post)),
                (tr("g_exit_post"), _n(f.left_post)),
                (tr("g_rate_post"), tr.share(f.completion_rate_post)),
            ],
        ),
    ]


def build_grant(data: GrantData) -> bytes:
    """The grant performance report as PDF bytes."""
    ctx, f = data.context, data.figures
    tr = Catalog(ctx.language)
    st = styles()
    width = content_width()
    last_day = f.period.end - timedelta(days=1)
    story: list[Flowable] = [
        para(tr("grant_title"), st.title),
        para(ctx.site_name, st.subtitle),
        para(tr("grant_period", start=tr.date(f.period.start), end=tr.date(last_day)), st.body),
        gap(4),
        para(tr("grant_intro"), st.small),
        para(tr("disclaimer"), st.disclaimer),
    ]
    header = [tr("col_item"), tr("col_figure"), tr("col_value")]
    widths = [width * 0.08, width * 0.67, width * 0.25]
    number = 0
    for section, lines in grant_lines(tr, f):
        rows = []
        for label, value in lines:
            number += 1
            rows.append([str(number), label, value])
        story.append(KeepTogether([heading(section), table(header, rows, widths, right=(2,))]))
        if section == tr("sec_grant_people"):
            story += _services(tr, f, width)
    story.append(heading(tr("sec_definitions")))
    story += [para(line, st.small) for line in tr("grant_definitions").splitlines()]
    chrome = chrome_for(
        ctx.site_name, tr("grant_title"), tr, tr.instant(ctx.generated_at), ctx.generated_by
    )
    return build_pdf(story, chrome)


def _services(tr: Catalog, f: GrantFigures, width: float) -> list[Flowable]:
    header = [tr("col_service"), tr("col_participants"), tr("col_referrals"), tr("col_completed")]
    rows = [
        [tr.enum("service", s.service_type), _n(s.participants), _n(s.made), _n(s.completed)]
        for s in sorted(f.services, key=lambda s: tr.enum("service", s.service_type))
    ]
    block: list[Flowable] = [heading(tr("sec_grant_services"))]
    if not rows:
        block.append(para(tr("none_recorded"), styles().small))
    else:
        widths = [width * 0.43, width * 0.19, width * 0.19, width * 0.19]
        block.append(table(header, rows, widths, right=(1, 2, 3)))
    return [KeepTogether(block)]
