"""Report text in English and Spanish: a small catalog, since Qt's tr() lives above reports/.

``Catalog(language)`` looks a key up and fills its ``{placeholders}``; it also formats
numbers, shares, dates and months the same way in every report. Both languages write numbers
with a decimal point and dates as YYYY-MM-DD, which readers in US programs expect whatever
their language. Stored codes in words (statuses, service types) and longer texts (agreement
clauses, the 42 CFR 2.32 notice) are in ``i18n_texts``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from types import MappingProxyType

from peerdesk.domain.errors import ValidationError
from peerdesk.reports.i18n_texts import ENUM_TEXTS, LONG_TEXTS

LANGUAGES = ("en", "es")

_MONTHS = (
    ("January", "enero"),
    ("February", "febrero"),
    ("March", "marzo"),
    ("April", "abril"),
    ("May", "mayo"),
    ("June", "junio"),
    ("July", "julio"),
    ("August", "agosto"),
    ("September", "septiembre"),
    ("October", "octubre"),
    ("November", "noviembre"),
    ("December", "diciembre"),
)

_SHORT: dict[str, tuple[str, str]] = {
    # --- page furniture ------------------------------------------------------------------
    "confidential": ("CONFIDENTIAL", "CONFIDENCIAL"),
    "page_of": ("Page {page} of {pages}", "Página {page} de {pages}"),
    "generated": ("Generated {when} by {user}", "Generado el {when} por {user}"),
    "month_title": ("{month} {year}", "{month} de {year}"),
    "none": ("—", "—"),
    "none_recorded": ("None recorded.", "Nada registrado."),
    "yes": ("yes", "sí"),
    "no": ("no", "no"),
    # --- monthly report --------------------------------------------------------------------
    "monthly_title": ("Monthly program report", "Informe mensual del programa"),
    "period": ("Period: {start} to {end}", "Período: del {start} al {end}"),
    "disclaimer": (
        "These are performance-monitoring figures, not evidence of effect.",
        "Estas cifras sirven para el seguimiento del desempeño; no son evidencia de efecto.",
    ),
    "col_measure": ("Measure", "Indicador"),
    "col_change": ("Change", "Cambio"),
    "sec_participation": ("Participation", "Participación"),
    "sec_mentoring": ("Mentoring", "Mentoría"),
    "sec_groups": ("Group sessions", "Sesiones de grupo"),
    "sec_completions": ("Completions", "Finalizaciones"),
    "sec_referrals": ("Referrals by type", "Derivaciones por tipo"),
    "sec_outcomes": ("Outcomes at follow-ups", "Resultados en los seguimientos"),
    "sec_custody": (
        "Return to custody within one year",
        "Reingreso en custodia en el plazo de un año",
    ),
    "sec_charts": ("This month and the previous month", "Este mes y el mes anterior"),
    "chart_counts": ("Participants and matches", "Participantes y asignaciones"),
    "chart_activity": (
        "Sessions, contacts and completions",
        "Sesiones, encuentros y finalizaciones",
    ),
    "chart_rates": ("Rates (%)", "Tasas (%)"),
    "m_enrolled": ("Enrolled", "Inscritos"),
    "m_eligible": ("Screened eligible", "Evaluados como elegibles"),
    "m_admitted": ("Eligible and admitted", "Elegibles y admitidos"),
    "m_admission_rate": ("Admitted of eligible", "Admitidos de los elegibles"),
    "m_active": ("Active (attended or met)", "Activos (asistieron o se reunieron)"),
    "m_matched": ("Participants with a match", "Participantes con mentor"),
    "m_new_pre": ("New matches before release", "Nuevas asignaciones antes de salir"),
    "m_new_post": ("New matches after release", "Nuevas asignaciones después de salir"),
    "m_sessions": ("Group sessions held", "Sesiones de grupo realizadas"),
    "m_attendance": ("Attendance rate", "Tasa de asistencia"),
    "m_contacts": ("One-on-one contacts held", "Encuentros individuales realizados"),
    "m_contacts_rate": ("Contacts per match per month", "Encuentros por asignación al mes"),
    "m_median": ("Median match length (days)", "Duración mediana de la asignación (días)"),
    "m_comp_pre": ("Completions before release", "Finalizaciones antes de salir"),
    "m_comp_post": ("Completions after release", "Finalizaciones después de salir"),
    "m_custody_cohort": (
        "Released in the cohort, with a one-year answer",
        "Excarcelados de la cohorte, con respuesta al año",
    ),
    "m_custody_returned": ("Returned to custody", "Reingresaron en custodia"),
    "m_custody_rate": ("Return-to-custody rate", "Tasa de reingreso en custodia"),
    "custody_cohort": (
        "Cohort: released from {start} to {end}.",
        "Cohorte: excarcelados del {start} al {end}.",
    ),
    "short_eligible": ("Eligible", "Elegibles"),
    "short_admitted": ("Admitted", "Admitidos"),
    "short_enrolled": ("Enrolled", "Inscritos"),
    "short_active": ("Active", "Activos"),
    "short_new_pre": ("New pre", "Nuevas antes"),
    "short_new_post": ("New post", "Nuevas después"),
    "short_sessions": ("Sessions", "Sesiones"),
    "short_contacts": ("Contacts", "Encuentros"),
    "short_comp_pre": ("Done pre", "Fin antes"),
    "short_comp_post": ("Done post", "Fin después"),
    "short_attendance": ("Attendance", "Asistencia"),
    "short_admission": ("Admission", "Admisión"),
    "short_custody": ("Custody", "Custodia"),
    "col_service": ("Service", "Servicio"),
    "col_made": ("Made", "Realizadas"),
    "col_completed": ("Completed", "Completadas"),
    "col_followup": ("Follow-up", "Seguimiento"),
    "col_month": ("Month", "Mes"),
    "col_recorded": ("Recorded", "Registrados"),
    "col_housing": ("Stable housing", "Vivienda estable"),
    "col_employed": ("Employed", "Con empleo"),
    "col_returned": ("Returned to custody", "Reingreso"),
    "checkpoint_0": ("At release", "Al salir"),
    "checkpoint_n": ("{days} days", "{days} días"),
    "no_referrals": ("No referrals in either month.", "Sin derivaciones en ninguno de los meses."),
    "no_outcomes": (
        "No follow-ups recorded in either month.",
        "Sin seguimientos registrados en ninguno de los meses.",
    ),
    # --- grant report ----------------------------------------------------------------------
    "grant_title": ("Grant performance report", "Informe de desempeño de la subvención"),
    "grant_period": (
        "Reporting period: {start} to {end} (both days included)",
        "Período del informe: del {start} al {end} (ambos incluidos)",
    ),
    "grant_intro": (
        "Second Chance Act style figures. Each line is numbered; copy the number into the "
        "matching field of the grant's reporting tool.",
        "Cifras al estilo de la Second Chance Act. Cada línea está numerada; copie la cifra en "
        "el campo correspondiente de la herramienta de informes de la subvención.",
    ),
    "col_item": ("#", "#"),
    "col_figure": ("Figure", "Cifra"),
    "col_value": ("Value", "Valor"),
    "col_participants": ("Participants", "Participantes"),
    "col_referrals": ("Referrals", "Derivaciones"),
    "g_served": ("Participants served (unique IDs)", "Participantes atendidos (ID únicos)"),
    "g_risk_mh": ("Medium or high risk", "Riesgo medio o alto"),
    "g_risk_mh_share": ("Medium or high risk, share of served", "Riesgo medio o alto, proporción"),
    "g_risk_low": ("Low risk", "Riesgo bajo"),
    "g_risk_none": ("Risk not assessed", "Riesgo sin evaluar"),
    "g_eligible": ("Screened eligible", "Evaluados como elegibles"),
    "g_admitted": ("Of those, admitted", "De ellos, admitidos"),
    "g_admission_rate": ("Admission rate of the eligible", "Tasa de admisión de los elegibles"),
    "g_new_pre": (
        "New mentoring relationships before release",
        "Nuevas relaciones de mentoría antes de salir",
    ),
    "g_new_post": (
        "New mentoring relationships after release",
        "Nuevas relaciones de mentoría después de salir",
    ),
    "g_mentored": (
        "Participants who met their mentor",
        "Participantes que se reunieron con su mentor",
    ),
    "g_contacts": ("One-on-one mentoring contacts held", "Encuentros individuales de mentoría"),
    "g_grouped": ("Participants attending group sessions", "Participantes en sesiones de grupo"),
    "g_sessions": ("Group sessions held", "Sesiones de grupo realizadas"),
    "g_comp_pre": ("Completed before release", "Finalizaron antes de salir"),
    "g_exit_pre": ("Left before release without completing", "Salieron antes sin finalizar"),
    "g_rate_pre": ("Completion rate before release", "Tasa de finalización antes de salir"),
    "g_comp_post": ("Completed after release", "Finalizaron después de salir"),
    "g_exit_post": ("Left after release without completing", "Salieron después sin finalizar"),
    "g_rate_post": ("Completion rate after release", "Tasa de finalización después de salir"),
    "sec_grant_people": ("Participants and risk", "Participantes y riesgo"),
    "sec_grant_mentoring": ("Mentoring relationships", "Relaciones de mentoría"),
    "sec_grant_services": ("Services by type", "Servicios por tipo"),
    "sec_grant_completion": ("Completion", "Finalización"),
    "sec_definitions": ("How the figures are counted", "Cómo se cuentan las cifras"),
    # --- transition packet -----------------------------------------------------------------
    "packet_title": ("Transition packet", "Paquete de transición"),
    "packet_for": ("Prepared for {recipient}", "Preparado para {recipient}"),
    "sec_person": ("Participant", "Participante"),
    "sec_pathway": ("Pathway progress", "Progreso en el itinerario"),
    "sec_goals": ("Goals", "Metas"),
    "sec_packet_referrals": ("Referrals and partner contacts", "Derivaciones y contactos"),
    "sec_mentor": ("Post-release mentor", "Mentor después de la excarcelación"),
    "sec_notes": ("Recent notes", "Notas recientes"),
    "sec_sud": (
        "Substance-use treatment information",
        "Información sobre tratamiento por consumo de sustancias",
    ),
    "sec_consent": ("Consent on file for this disclosure", "Consentimiento para esta divulgación"),
    "f_name": ("Name", "Nombre"),
    "f_preferred": ("Preferred name", "Nombre preferido"),
    "f_doc": ("DOC number", "Número de DOC"),
    "f_dob": ("Date of birth", "Fecha de nacimiento"),
    "f_facility": ("Facility", "Centro"),
    "f_unit": ("Housing unit", "Unidad"),
    "f_language": ("Primary language", "Idioma principal"),
    "f_projected": ("Projected release", "Salida prevista"),
    "f_actual": ("Actual release", "Salida efectiva"),
    "f_county": ("Release county", "Condado de destino"),
    "f_city": ("Release city", "Ciudad de destino"),
    "f_status": ("Program status", "Situación en el programa"),
    "f_risk": ("Risk level", "Nivel de riesgo"),
    "pathway_line": (
        "{pathway}: {done} of {total} milestones",
        "{pathway}: {done} de {total} hitos",
    ),
    "col_phase": ("Phase", "Fase"),
    "col_entered": ("Entered", "Inicio"),
    "col_milestones": ("Milestones reached", "Hitos alcanzados"),
    "not_yet": ("not yet", "todavía no"),
    "no_pathway": ("Not on a pathway yet.", "Todavía sin itinerario."),
    "col_goal": ("Goal", "Meta"),
    "col_area": ("Area", "Área"),
    "col_status": ("Status", "Estado"),
    "col_set": ("Set", "Fijada"),
    "col_target": ("Target", "Plazo"),
    "col_organization": ("Organization", "Organización"),
    "col_contact": ("Contact", "Contacto"),
    "col_date": ("Date", "Fecha"),
    "col_kind": ("Kind", "Tipo"),
    "col_note": ("Note", "Nota"),
    "mentor_since": ("Since {date}", "Desde el {date}"),
    "mentor_proposed": ("Proposed on {date}", "Propuesto el {date}"),
    "mentor_cadence": ("Meets every {days} days", "Se reúnen cada {days} días"),
    "no_mentor": ("No post-release mentor is assigned yet.", "Todavía no hay mentor asignado."),
    "c_recipient": ("Recipient", "Destinatario"),
    "c_discloser": ("Disclosed by", "Divulga"),
    "c_information": ("Information", "Información"),
    "c_purpose": ("Purpose", "Finalidad"),
    "c_signed": ("Signed", "Firmado"),
    "c_expires": ("Expires", "Vence"),
    "c_covers": ("Covers", "Cubre"),
    "c_general": ("program records", "registros del programa"),
    "c_sud": ("substance-use treatment records", "registros de tratamiento por consumo"),
    "c_event": ("when: {event}", "cuando: {event}"),
    "sud_notice_title": (
        "Notice to the recipient (42 CFR 2.32)",
        "Aviso al destinatario (42 CFR 2.32)",
    ),
    # --- sign-in sheet and attendance ------------------------------------------------------
    "signin_title": ("Group sign-in sheet", "Hoja de firmas del grupo"),
    "f_group": ("Group", "Grupo"),
    "f_date": ("Date", "Fecha"),
    "f_time": ("Time", "Hora"),
    "f_module": ("Module", "Módulo"),
    "f_location": ("Location", "Lugar"),
    "f_facilitators": ("Facilitators", "Facilitadores"),
    "col_no": ("#", "#"),
    "col_name": ("Name", "Nombre"),
    "col_doc": ("DOC number", "Número de DOC"),
    "col_unit": ("Unit", "Unidad"),
    "col_signature": ("Signature", "Firma"),
    "signin_instructions": (
        "Sign on your own line. Anyone not listed signs on a blank line at the end.",
        "Firme en su propia línea. Quien no figure en la lista firma en una línea en blanco "
        "al final.",
    ),
    "signin_cancelled": (
        "This session was recorded as cancelled ({reason}).",
        "Esta sesión se registró como cancelada ({reason}).",
    ),
    "facilitator_signature": ("Facilitator signature", "Firma del facilitador"),
    "attendance_title": ("Attendance summary by group", "Resumen de asistencia por grupo"),
    "col_held": ("Held", "Realizadas"),
    "col_cancelled": ("Cancelled", "Canceladas"),
    "col_present": ("Present", "Presentes"),
    "col_absent": ("Absent", "Ausentes"),
    "col_excused": ("Excused", "Justificadas"),
    "col_rate": ("Attendance rate", "Tasa de asistencia"),
    "all_groups": ("All groups", "Todos los grupos"),
    "attendance_note": (
        "Attendance rate = present / (present + absent). Excused absences (lockdown, count, "
        "medical, court...) are caused by the facility and left out.",
        "Tasa de asistencia = presentes / (presentes + ausentes). Las ausencias justificadas "
        "(cierre, recuento, médico, juzgado...) las causa el centro y no se cuentan.",
    ),
    "no_groups": ("No group sessions in this period.", "Sin sesiones de grupo en este período."),
    # --- recovery code sheet (setup wizard) -----------------------------------------------
    "recovery_title": ("peerdesk recovery code", "Código de recuperación de peerdesk"),
    "recovery_site": ("Site: {site}", "Sitio: {site}"),
    "recovery_made": ("Made {when}", "Creado el {when}"),
    "recovery_what": (
        "This code opens the records of this site if every coordinator forgets their "
        "passphrase. Typing it back, case, spaces and dashes do not matter.",
        "Este código abre los registros de este sitio si todos los coordinadores olvidan su "
        "frase de contraseña. Al escribirlo, no importan las mayúsculas, los espacios ni los "
        "guiones.",
    ),
    "recovery_keep": (
        "Anyone who has this code can open every record. Keep this paper locked away, like a "
        "key. Do not photograph it, scan it or save it on a computer.",
        "Cualquiera que tenga este código puede abrir todos los registros. Guarde este papel "
        "en un lugar cerrado con llave, como si fuera una llave. No lo fotografíe, no lo "
        "escanee ni lo guarde en una computadora.",
    ),
    "recovery_kept_by": ("Kept by", "Lo guarda"),
    "recovery_kept_where": ("Where it is kept", "Dónde se guarda"),
    # --- agreement and certificate ---------------------------------------------------------
    "agreement_title": ("Mentor agreement", "Acuerdo de mentoría"),
    "agreement_intro": (
        "This agreement sets out the role of {name} as a {side} mentor with {program}, and "
        "what the mentor and the program expect of each other.",
        "Este acuerdo establece el papel de {name} como mentor {side} en {program}, y lo que "
        "el mentor y el programa esperan el uno del otro.",
    ),
    "side_facility": ("facility-based", "dentro del centro"),
    "side_community": ("community-based", "en la comunidad"),
    "agreement_capacity": (
        "Mentees at a time: up to {n}.",
        "Personas mentorizadas a la vez: hasta {n}.",
    ),
    "sec_role": ("Role", "Función"),
    "sec_mentor_agrees": ("The mentor agrees to", "El mentor se compromete a"),
    "sec_program_agrees": ("The program agrees to", "El programa se compromete a"),
    "sec_boundaries": ("Boundaries and confidentiality", "Límites y confidencialidad"),
    "sec_signatures": ("Signatures", "Firmas"),
    "sig_mentor": ("Mentor", "Mentor"),
    "sig_coordinator": ("Program coordinator", "Coordinador del programa"),
    "sig_signature": ("Signature", "Firma"),
    "sig_printed": ("Printed name", "Nombre en letra de imprenta"),
    "sig_date": ("Date", "Fecha"),
    "cert_title": ("Certificate of Completion", "Certificado de finalización"),
    "cert_presented": ("This certifies that", "Se certifica que"),
    "cert_participant": (
        "has completed the {program} program on {date}.",
        "ha completado el programa {program} el {date}.",
    ),
    "cert_pathway": ("Pathway: {pathway}", "Itinerario: {pathway}"),
    "cert_mentor": (
        "has completed peer educator training with {program}: {hours} hours in {courses} "
        "courses, the last on {date}.",
        "ha completado la formación de educador de pares en {program}: {hours} horas en "
        "{courses} cursos, el último el {date}.",
    ),
}

CATALOG: Mapping[str, tuple[str, str]] = MappingProxyType({**_SHORT, **ENUM_TEXTS, **LONG_TEXTS})


def check_language(language: str) -> str:
    """``language`` if reports can be written in it; ``ValidationError`` otherwise."""
    if language not in LANGUAGES:
        raise ValidationError("language", "Reports can be written in English (en) or Spanish (es).")
    return language


class Catalog:
    """The report text and number formats of one language."""

    def __init__(self, language: str) -> None:
        self.language = check_language(language)
        self._index = LANGUAGES.index(language)

    def __call__(self, key: str, **values: object) -> str:
        text = CATALOG[key][self._index]
        return text.format(**values) if values else text

    def enum(self, prefix: str, value: str) -> str:
        """A stored code (a status, a service type) in words; unknown codes are shown as is."""
        entry = CATALOG.get(f"{prefix}.{value}")
        return entry[self._index] if entry else value.replace("_", " ")

    def month(self, year: int, month: int) -> str:
        name = _MONTHS[month - 1][self._index]
        return self("month_title", month=name, year=year)

    @staticmethod
    def date(value: date | None) -> str:
        return value.isoformat() if value else "—"

    @staticmethod
    def instant(value: datetime) -> str:
        return value.strftime("%Y-%m-%d %H:%M UTC")

    @staticmethod
    def integer(value: int) -> str:
        return f"{value:,}"

    @staticmethod
    def share(value: float | None) -> str:
        """A share in [0, 1] as a percentage with one decimal, or a dash."""
        return "—" if value is None else f"{value * 100:.1f}%"

    @staticmethod
    def decimal(value: float | None, digits: int = 1) -> str:
        return "—" if value is None else f"{value:,.{digits}f}"
