"""Report texts in English and Spanish: legal notices, agreement clauses, definitions, codes.

Texts made of several items (a list of expectations) keep one item per line. The 42 CFR 2.32
statements are the regulation's own words (2024 final rule); the Spanish is a courtesy
translation printed *with* the English, never instead of it.
"""

from __future__ import annotations

SUD_NOTICE_FULL = (
    "This record which has been disclosed to you is protected by Federal confidentiality "
    "rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, or "
    "testimony that describes the information contained in this record, in any civil, "
    "criminal, administrative, or legislative proceedings by any Federal, State, or local "
    "authority, against the patient, unless authorized by the consent of the patient, except "
    "as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR "
    "2.64 or 2.65. In addition, the Federal rules prohibit you from making any other use or "
    "disclosure of this record unless at least one of the following applies: (i) Further use "
    "or disclosure is expressly permitted by the written consent of the individual whose "
    "information is being disclosed in this record or as otherwise permitted by 42 CFR part "
    "2. (ii) You are a covered entity or business associate and have received the record for "
    "treatment, payment, or health care operations, or (iii) You have received the record "
    "from a covered entity or business associate as permitted by 45 CFR part 164, subparts A "
    "and E. A general authorization for the release of medical or other information is NOT "
    "sufficient to meet the required elements of written consent to further use or "
    "redisclose the record (see 42 CFR 2.31)."
)

#: The short statement the rule allows; printed at the foot of every page with Part 2 records.
SUD_NOTICE_SHORT = "42 CFR part 2 prohibits unauthorized use or disclosure of these records."

LONG_TEXTS: dict[str, tuple[str, str]] = {
    "sud_notice_es": (
        "",
        "Traducción de cortesía: estos registros están protegidos por las normas federales de "
        "confidencialidad (42 CFR parte 2). No puede usarlos ni divulgarlos, ni usarlos en "
        "procedimientos contra el paciente, salvo con su consentimiento escrito o en los "
        "casos que permite la norma. Una autorización general para divulgar información "
        "médica NO basta.",
    ),
    "sud_short_es": (
        "",
        "La norma 42 CFR parte 2 prohíbe el uso o la divulgación no autorizados de estos "
        "registros.",
    ),
    "agreement_role": (
        "A mentor is a person with lived experience who walks beside a participant before and "
        "after release: listening, encouraging, helping them keep their plan and connecting "
        "them with the people and services that can help. A mentor is not a counselor, a "
        "case manager, an officer or a lender.",
        "Un mentor es una persona con experiencia vivida que acompaña a un participante antes "
        "y después de la excarcelación: escucha, anima, le ayuda a cumplir su plan y le pone "
        "en contacto con las personas y los servicios que pueden ayudarle. Un mentor no es "
        "consejero, gestor de casos, agente ni prestamista.",
    ),
    "agreement_mentor": (
        "Meet each mentee as often as the match plan says, and record every contact.\n"
        "Take part in the initial training and in the ongoing training and supervision.\n"
        "Follow the program's rules and the facility's rules at all times.\n"
        "Tell the coordinator at once about any safety concern or any risk of harm.\n"
        "Keep what mentees share confidential, except where the law or safety requires "
        "otherwise.\n"
        "Give notice before stopping, so a mentee can be handed on with care.",
        "Reunirse con cada persona mentorizada con la frecuencia que fija el plan, y registrar "
        "cada encuentro.\n"
        "Participar en la formación inicial y en la formación y supervisión continuas.\n"
        "Respetar en todo momento las normas del programa y del centro.\n"
        "Avisar de inmediato al coordinador de cualquier preocupación de seguridad o riesgo "
        "de daño.\n"
        "Mantener la confidencialidad de lo que comparten las personas mentorizadas, salvo "
        "cuando la ley o la seguridad exijan otra cosa.\n"
        "Avisar con antelación antes de dejarlo, para que la persona pase a otro mentor con "
        "cuidado.",
    ),
    "agreement_program": (
        "Train the mentor before the first match, and keep training them.\n"
        "Hold regular supervision check-ins and be reachable when a question comes up.\n"
        "Match with care, and listen when the mentor asks for a change.\n"
        "Recognize the mentor's work and keep their records accurate and private.",
        "Formar al mentor antes de la primera asignación, y seguir formándolo.\n"
        "Mantener reuniones de supervisión periódicas y estar disponible cuando surja una duda.\n"
        "Asignar con cuidado, y escuchar cuando el mentor pida un cambio.\n"
        "Reconocer el trabajo del mentor y mantener sus datos exactos y privados.",
    ),
    "agreement_boundaries": (
        "No money, gifts, loans or business with mentees or their families.\n"
        "No romantic or sexual relationship with a mentee.\n"
        "No contact outside the program's channels without the coordinator's approval.\n"
        "Never carry messages or items for a mentee into or out of a facility.",
        "Nada de dinero, regalos, préstamos ni negocios con las personas mentorizadas o sus "
        "familias.\n"
        "Ninguna relación sentimental ni sexual con una persona mentorizada.\n"
        "Ningún contacto fuera de los canales del programa sin la aprobación del coordinador.\n"
        "No llevar nunca mensajes ni objetos de una persona mentorizada dentro o fuera de un "
        "centro.",
    ),
    "grant_definitions": (
        "Served: participants in the program on any day of the period (enrolled, active or "
        "released at its start, or entering one of those or completing during it), counted "
        "once by their record id.\n"
        "Risk: the risk level on the participant's record (moderate counts as medium).\n"
        "Eligible and admitted: screened eligible in the period; admitted if enrolled by its "
        "end.\n"
        "New mentoring relationships: matches started in the period, before or after the "
        "participant's actual release date.\n"
        "Services: referrals made in the period by service type; a participant is counted "
        "once per type.\n"
        "Completion: exits in the period. Completed, or left without completing (withdrawn); "
        "transfers are not counted. Before or after release by the exit date.",
        "Atendidos: participantes en el programa algún día del período (inscritos, activos o "
        "excarcelados al inicio, o que pasan a uno de esos estados o finalizan durante él), "
        "contados una vez por su identificador.\n"
        "Riesgo: el nivel de riesgo del registro del participante (moderado cuenta como "
        "medio).\n"
        "Elegibles y admitidos: evaluados como elegibles en el período; admitidos si se "
        "inscriben antes de su fin.\n"
        "Nuevas relaciones de mentoría: asignaciones iniciadas en el período, antes o después "
        "de la excarcelación efectiva.\n"
        "Servicios: derivaciones realizadas en el período por tipo de servicio; cada "
        "participante cuenta una vez por tipo.\n"
        "Finalización: salidas del período. Finalizado, o salida sin finalizar (retirado); "
        "los traslados no cuentan. Antes o después de la excarcelación según la fecha de "
        "salida.",
    ),
}

#: Stored codes in words, by "kind.code" (see ``Catalog.enum``).
ENUM_TEXTS: dict[str, tuple[str, str]] = {
    # service types
    "service.housing": ("Housing", "Vivienda"),
    "service.healthcare": ("Health care", "Atención médica"),
    "service.substance_use_treatment": (
        "Substance-use treatment",
        "Tratamiento por consumo de sustancias",
    ),
    "service.employment": ("Employment", "Empleo"),
    "service.education": ("Education", "Educación"),
    "service.id_documents": ("ID documents", "Documentos de identidad"),
    "service.legal": ("Legal", "Asistencia legal"),
    "service.benefits": ("Benefits", "Prestaciones"),
    "service.mental_health": ("Mental health", "Salud mental"),
    "service.transportation": ("Transportation", "Transporte"),
    "service.family": ("Family", "Familia"),
    # need domains (goal areas)
    "domain.housing": ("Housing", "Vivienda"),
    "domain.healthcare": ("Health care", "Atención médica"),
    "domain.mental_health": ("Mental health", "Salud mental"),
    "domain.substance_use": ("Substance use", "Consumo de sustancias"),
    "domain.employment": ("Employment", "Empleo"),
    "domain.education": ("Education", "Educación"),
    "domain.id_documents": ("ID documents", "Documentos de identidad"),
    "domain.transportation": ("Transportation", "Transporte"),
    "domain.family": ("Family", "Familia"),
    # statuses
    "status.referred": ("Referred", "Derivado"),
    "status.screened": ("Screened", "Evaluado"),
    "status.enrolled": ("Enrolled", "Inscrito"),
    "status.active": ("Active", "Activo"),
    "status.released": ("Released", "Excarcelado"),
    "status.completed": ("Completed", "Finalizado"),
    "status.withdrawn": ("Withdrawn", "Retirado"),
    "status.transferred": ("Transferred", "Trasladado"),
    "risk.low": ("Low", "Bajo"),
    "risk.moderate": ("Medium", "Medio"),
    "risk.high": ("High", "Alto"),
    "goal.open": ("Open", "Abierta"),
    "goal.in_progress": ("In progress", "En curso"),
    "goal.achieved": ("Achieved", "Lograda"),
    "goal.dropped": ("Dropped", "Abandonada"),
    "referral.made": ("Made", "Realizada"),
    "referral.accepted": ("Accepted", "Aceptada"),
    "referral.completed": ("Completed", "Completada"),
    "referral.declined": ("Declined", "Rechazada"),
    "match.proposed": ("Proposed", "Propuesta"),
    "match.active": ("Active", "Activa"),
    "match.paused": ("Paused", "En pausa"),
    "match.closed": ("Closed", "Cerrada"),
    "sensitivity.general": ("General", "General"),
    "sensitivity.sensitive": ("Sensitive", "Delicada"),
    "sensitivity.sud": ("Substance-use treatment", "Tratamiento por consumo"),
    "cancel.lockdown": ("lockdown", "cierre"),
    "cancel.count": ("count", "recuento"),
    "cancel.staff_shortage": ("staff shortage", "falta de personal"),
    "cancel.facilitator_unavailable": ("facilitator unavailable", "facilitador no disponible"),
    "cancel.participant_unavailable": ("participant unavailable", "participante no disponible"),
    "cancel.room_unavailable": ("room unavailable", "sala no disponible"),
    "cancel.holiday": ("holiday", "festivo"),
    "cancel.other": ("other", "otro"),
}
