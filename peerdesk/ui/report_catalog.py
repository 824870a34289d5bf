"""The reports the Reports section offers, in order, each with its parameter form."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from peerdesk.domain.roles import Action
from peerdesk.ui.report_forms import ExportForm, GrantForm, MonthReportForm, ReportForm
from peerdesk.ui.report_people_forms import (
    AgreementForm,
    CertificateForm,
    PacketForm,
    SigninForm,
)

if TYPE_CHECKING:
    from peerdesk.ui.session import UiSession


@dataclass(frozen=True)
class ReportKind:
    """One entry of the list of reports."""

    key: str
    title: str
    description: str
    form: ReportForm


def report_kinds(session: UiSession) -> list[ReportKind]:
    """The reports ``session``'s role may make (the section is shown only with report.run)."""
    kinds = [
        ReportKind(
            "monthly",
            QCoreApplication.translate("ReportCatalog", "Monthly program report"),
            QCoreApplication.translate(
                "ReportCatalog",
                "The month's impact measures against the month before, with charts.",
            ),
            MonthReportForm(session, "monthly"),
        ),
        ReportKind(
            "grant",
            QCoreApplication.translate("ReportCatalog", "Grant performance report"),
            QCoreApplication.translate(
                "ReportCatalog", "Second Chance Act style figures for a reporting period."
            ),
            GrantForm(session),
        ),
        ReportKind(
            "packet",
            QCoreApplication.translate("ReportCatalog", "Transition packet"),
            QCoreApplication.translate(
                "ReportCatalog",
                "A participant's records for release, with only what the recorded consent allows.",
            ),
            PacketForm(session),
        ),
        ReportKind(
            "signin",
            QCoreApplication.translate("ReportCatalog", "Sign-in sheet"),
            QCoreApplication.translate(
                "ReportCatalog", "A group's roster with blank signature lines."
            ),
            SigninForm(session),
        ),
        ReportKind(
            "attendance",
            QCoreApplication.translate("ReportCatalog", "Attendance summary"),
            QCoreApplication.translate(
                "ReportCatalog", "Sessions and attendance per group for a month."
            ),
            MonthReportForm(session, "attendance"),
        ),
        ReportKind(
            "agreement",
            QCoreApplication.translate("ReportCatalog", "Mentor agreement"),
            QCoreApplication.translate(
                "ReportCatalog", "Roles and expectations, for a peer educator to sign."
            ),
            AgreementForm(session),
        ),
        ReportKind(
            "certificate",
            QCoreApplication.translate("ReportCatalog", "Certificate of completion"),
            QCoreApplication.translate(
                "ReportCatalog",
                "For a participant who completed the program, or a peer educator's training.",
            ),
            CertificateForm(session),
        ),
    ]
    if session.may(Action.EXPORT_CSV):
        kinds.append(
            ReportKind(
                "export",
                QCoreApplication.translate("ReportCatalog", "CSV export of the lists"),
                QCoreApplication.translate(
                    "ReportCatalog",
                    "Participants, matches, sessions, referrals and measures, for spreadsheets.",
                ),
                ExportForm(session),
            )
        )
    return kinds
