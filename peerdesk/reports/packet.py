"""The participant transition packet for release: what the consent on file lets us hand over.

The packet prints what it is given (``PacketData`` is already filtered by consent and role).
Substance-use treatment information sits in its own section, opened by the full 42 CFR 2.32
notice; every page it lands on carries the short notice at the foot (``SudBegin``/``SudEnd``).
When there is none, nothing in the packet hints that any exists.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from peerdesk.reports.data import GoalLine, NoteLine, PacketData, ReferralLine
from peerdesk.reports.i18n_catalog import Catalog
from peerdesk.reports.i18n_texts import SUD_NOTICE_FULL
from peerdesk.reports.layout import (
    INK,
    SudBegin,
    SudEnd,
    build_pdf,
    chrome_for,
    content_width,
    facts,
    gap,
    heading,
    para,
    styles,
    table,
)


def _person(tr: Catalog, data: PacketData, width: float) -> list[Flowable]:
    p = data.person
    pairs = [
        (tr("f_name"), f"{p.legal_first_name} {p.legal_last_name}"),
        (tr("f_doc"), p.doc_number),
        (tr("f_dob"), tr.date(p.date_of_birth)),
    ]
    if data.general:
        pairs.insert(1, (tr("f_preferred"), p.preferred_name or tr("none")))
        pairs += [
            (tr("f_facility"), p.facility or tr("none")),
            (tr("f_unit"), p.housing_unit or tr("none")),
            (tr("f_language"), p.primary_language or tr("none")),
            (tr("f_projected"), tr.date(p.projected_release_date)),
            (tr("f_actual"), tr.date(p.actual_release_date)),
            (tr("f_county"), p.release_county or tr("none")),
            (tr("f_city"), p.release_city or tr("none")),
            (tr("f_status"), tr.enum("status", p.status)),
            (tr("f_risk"), tr.enum("risk", p.risk_level) if p.risk_level else tr("none")),
        ]
    return [heading(tr("sec_person")), facts(pairs, width)]


def _pathway(tr: Catalog, data: PacketData, width: float) -> list[Flowable]:
    out: list[Flowable] = [heading(tr("sec_pathway"))]
    pw = data.pathway
    if pw is None:
        return [*out, para(tr("no_pathway"), styles().small)]
    out.append(para(tr("pathway_line", pathway=pw.name, done=pw.achieved, total=pw.total)))
    rows = [
        [
            ("▸ " if ph.name == pw.current_phase else "") + ph.name,
            tr.date(ph.entered_on) if ph.entered_on else tr("not_yet"),
            f"{ph.achieved} / {ph.total}",
        ]
        for ph in pw.phases
    ]
    header = [tr("col_phase"), tr("col_entered"), tr("col_milestones")]
    out += [gap(3), table(header, rows, [width * 0.5, width * 0.25, width * 0.25], right=(2,))]
    return out


def _goals(tr: Catalog, goals: tuple[GoalLine, ...], width: float) -> Flowable:
    if not goals:
        return para(tr("none_recorded"), styles().small)
    header = [tr("col_goal"), tr("col_area"), tr("col_status"), tr("col_set"), tr("col_target")]
    rows = [
        [
            g.description,
            tr.enum("domain", g.domain) if g.domain else tr("none"),
            tr.enum("goal", g.status),
            tr.date(g.set_on),
            tr.date(g.target_on),
        ]
        for g in goals
    ]
    widths = [width * 0.42, width * 0.16, width * 0.14, width * 0.14, width * 0.14]
    return table(header, rows, widths)


def _referrals(tr: Catalog, referrals: tuple[ReferralLine, ...], width: float) -> Flowable:
    if not referrals:
        return para(tr("none_recorded"), styles().small)
    header = [
        tr("col_service"),
        tr("col_organization"),
        tr("col_contact"),
        tr("col_status"),
        tr("col_made"),
    ]
    rows = []
    for r in referrals:
        contact = "\n".join(x for x in (r.contact_name, r.phone, r.address) if x) or tr("none")
        rows.append(
            [
                tr.enum("service", r.service_type),
                r.organization,
                contact,
                tr.enum("referral", r.status),
                tr.date(r.made_on),
            ]
        )
    widths = [width * 0.17, width * 0.21, width * 0.32, width * 0.16, width * 0.14]
    return table(header, rows, widths)


def _notes(tr: Catalog, notes: tuple[NoteLine, ...], width: float) -> Flowable:
    if not notes:
        return para(tr("none_recorded"), styles().small)
    header = [tr("col_date"), tr("col_kind"), tr("col_note")]
    rows = [[tr.date(n.written_on), tr.enum("sensitivity", n.sensitivity), n.body] for n in notes]
    return table(header, rows, [width * 0.14, width * 0.16, width * 0.70])


def _mentor(tr: Catalog, data: PacketData, width: float) -> list[Flowable]:
    out: list[Flowable] = [heading(tr("sec_mentor"))]
    m = data.mentor
    if m is None:
        return [*out, para(tr("no_mentor"), styles().small)]
    since = (
        tr("mentor_since", date=tr.date(m.started_on))
        if m.started_on
        else tr("mentor_proposed", date=tr.date(m.proposed_on))
    )
    pairs = [
        (tr("f_name"), m.name),
        (tr("col_status"), tr.enum("match", m.status)),
        (tr("col_date"), since),
        ("", tr("mentor_cadence", days=m.cadence_days)),
    ]
    return [*out, facts(pairs, width)]


def _notice_box(tr: Catalog, width: float) -> Table:
    st = styles()
    inner: list[Flowable] = [
        para(tr("sud_notice_title"), st.heading),
        para(SUD_NOTICE_FULL, st.notice),
    ]
    if tr.language == "es":
        inner += [gap(3), para(tr("sud_notice_es"), st.notice)]
    box = Table([[inner]], colWidths=[width])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return box


def _sud(tr: Catalog, data: PacketData, width: float) -> list[Flowable]:
    sud = data.sud
    if sud.empty:
        return []
    out: list[Flowable] = [SudBegin(), heading(tr("sec_sud")), _notice_box(tr, width), gap(6)]
    if sud.goals:
        out += [heading(tr("sec_goals")), _goals(tr, sud.goals, width)]
    if sud.referrals:
        out += [heading(tr("sec_packet_referrals")), _referrals(tr, sud.referrals, width)]
    if sud.notes:
        out += [heading(tr("sec_notes")), _notes(tr, sud.notes, width)]
    return [*out, SudEnd()]


def _consents(tr: Catalog, data: PacketData, width: float) -> list[Flowable]:
    out: list[Flowable] = []
    for i, c in enumerate(data.consents):
        covers = [tr("c_general")] if c.scope_general else []
        covers += [tr("c_sud")] if c.scope_sud else []
        expires = tr.date(c.expires_on) if c.expires_on else ""
        if c.expires_event:
            event = tr("c_event", event=c.expires_event)
            expires = f"{expires}; {event}" if expires else event
        pairs = [
            (tr("c_recipient"), c.recipient_name),
            (tr("c_discloser"), c.discloser),
            (tr("c_information"), c.information),
            (tr("c_purpose"), c.purpose),
            (tr("c_covers"), ", ".join(covers)),
            (tr("c_signed"), tr.date(c.signed_on)),
            (tr("c_expires"), expires or tr("none")),
        ]
        block: list[Flowable] = [heading(tr("sec_consent"))] if i == 0 else []
        out += [KeepTogether([*block, facts(pairs, width)]), gap(6)]
    return out


def build_packet(data: PacketData) -> bytes:
    """The transition packet as PDF bytes."""
    ctx = data.context
    tr = Catalog(ctx.language)
    st = styles()
    width = content_width()
    story: list[Flowable] = [
        para(tr("packet_title"), st.title),
        para(tr("packet_for", recipient=data.recipient), st.subtitle),
        *_person(tr, data, width),
    ]
    if data.general:
        story += _pathway(tr, data, width)
        story += [heading(tr("sec_goals")), _goals(tr, data.goals, width)]
        story += [heading(tr("sec_packet_referrals")), _referrals(tr, data.referrals, width)]
        story += _mentor(tr, data, width)
        story += [heading(tr("sec_notes")), _notes(tr, data.notes, width)]
    story += _sud(tr, data, width)
    story += _consents(tr, data, width)
    chrome = chrome_for(
        ctx.site_name, tr("packet_title"), tr, tr.instant(ctx.generated_at), ctx.generated_by
    )
    return build_pdf(story, chrome)
