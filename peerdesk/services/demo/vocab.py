"""Words the demo generator draws from: names (shipped as text files), places, courses, phrases.

Everything here is made up for peerdesk. Note texts are composed from short template phrases
and never name anyone.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def names(kind: str) -> tuple[str, ...]:
    """A shipped name list: ``first_male``, ``first_female`` or ``last`` (no repeats)."""
    text = (
        resources.files("peerdesk")
        .joinpath("resources", "names", f"{kind}.txt")
        .read_text(encoding="utf-8")
    )
    seen: dict[str, None] = {}
    for line in text.splitlines():
        name = line.strip()
        if name and not name.startswith("#"):
            seen.setdefault(name, None)
    return tuple(seen)


NICKNAMES = {
    "Robert": "Bobby",
    "William": "Will",
    "Anthony": "Tony",
    "Michael": "Mike",
    "Christopher": "Chris",
    "Jonathan": "Jon",
    "Francisco": "Paco",
    "José": "Pepe",
    "Alejandro": "Alex",
    "Jesús": "Chuy",
    "Guadalupe": "Lupe",
    "Margarita": "Maggie",
    "Elizabeth": "Liz",
    "Katherine": "Kate",
    "Patricia": "Patty",
    "Demetrius": "Meech",
    "Reginald": "Reggie",
    "Terrence": "Terry",
}

#: (language, weight)
LANGUAGES = (
    ("English", 780),
    ("Spanish", 160),
    ("Vietnamese", 12),
    ("Haitian Creole", 10),
    ("Arabic", 8),
    ("Portuguese", 6),
    ("Somali", 6),
    ("Chinese", 6),
    ("Russian", 6),
    ("American Sign Language", 6),
)
#: (county, city)
PLACES = (
    ("Harlan County", "Millbrook"),
    ("Harlan County", "Eastfield"),
    ("Oakridge County", "Cedar Falls"),
    ("Oakridge County", "Pine Hollow"),
    ("Riverside County", "Port Landing"),
    ("Marlow County", "Fairview"),
    ("Marlow County", "Glenwood"),
    ("Stanton County", "Ashford"),
    ("Brookline County", "Lakeview"),
    ("Brookline County", "Northgate"),
    ("Kessler County", "Red Mesa"),
    ("Vance County", "Springdale"),
)
FACILITIES = ("Riverside Correctional Center", "Harlan County Jail", "Oakridge Reentry Facility")
UNITS = tuple(f"{block}-{n}" for block in "ABCDEFGH" for n in range(1, 7))
LIVED_EXPERIENCE = (
    "recovery",
    "veteran",
    "parent",
    "homelessness",
    "foster_care",
    "long_sentence",
    "gang_exit",
    "faith",
    "domestic_violence_survivor",
    "first_generation_student",
)
INTERESTS = (
    "music",
    "fitness",
    "art",
    "reading",
    "cooking",
    "sports",
    "writing",
    "chess",
    "gardening",
    "business",
    "computers",
    "carpentry",
)
NEED_DOMAINS = (
    "housing",
    "healthcare",
    "mental_health",
    "substance_use",
    "employment",
    "education",
    "id_documents",
    "transportation",
    "family",
)
SCREENING_QUESTIONS = (
    "interest_confirmed",
    "time_remaining_months_ok",
    "no_disqualifying_incident",
    "agrees_to_expectations",
)
SCREENING_DEFERRED = "Release date more than two years away; screen again in six months."
#: (question answered "no", the reason written) for an ineligible decision.
SCREENING_INELIGIBLE = (
    ("interest_confirmed", "Declined to take part after the orientation."),
    ("no_disqualifying_incident", "Serious incident on the unit this year; may apply again."),
    ("agrees_to_expectations", "Did not agree to the program expectations."),
)
KEEP_SEPARATE_REASONS = (
    "Prior conflict reported by housing staff.",
    "Co-defendants in the same case.",
    "Separation order from facility security.",
)

# --- mentors ------------------------------------------------------------------------------------
COURSES = (
    ("Peer Mentor Core Training", 40.0),
    ("Motivational Interviewing", 16.0),
    ("Trauma-Informed Care", 8.0),
    ("Boundaries and Ethics", 4.0),
    ("Naloxone Administration", 2.0),
    ("Suicide Prevention Gatekeeper Training", 3.0),
    ("Documentation Basics", 2.0),
    ("Group Facilitation Skills", 12.0),
)
#: (certification, months valid or 0 for no expiry)
CERTIFICATIONS = (
    ("Certified Peer Recovery Specialist", 24),
    ("CPR and First Aid", 24),
    ("Mental Health First Aid", 36),
    ("Peer Mentor Program Certificate", 0),
)
STEP_NOTES = {
    "application": "Application received and complete.",
    "interview": "Panel interview held.",
    "reference": "Two references contacted.",
    "background": "Facility clearance checked.",
}
APPROVE_REASONS = (
    "Strong interview, good references, clear motivation to help others.",
    "Meets all selection criteria; recommended by unit staff.",
    "Lived experience and steady conduct record; approved by the selection panel.",
)
DECLINE_REASONS = (
    "Did not pass the facility clearance.",
    "Withdrew the application during the interview stage.",
    "References could not be confirmed.",
)
SUPERVISION_SUMMARIES = (
    "Reviewed caseload and upcoming releases; no concerns.",
    "Discussed boundaries with a mentee; plan agreed.",
    "Went over documentation; notes are up to date.",
    "Talked about self-care and workload.",
    "Prepared for two handoffs to community mentors.",
)

# --- groups, sessions, contacts ---------------------------------------------------------------
CURRICULA = (
    (
        "Pathways to Change",
        (
            "Welcome and group agreements",
            "Thinking patterns",
            "Managing stress",
            "Problem solving",
            "Communication skills",
            "Handling conflict",
            "Goal setting",
            "Planning for release",
        ),
    ),
    (
        "Recovery Circle",
        (
            "Sharing our stories",
            "Triggers and cravings",
            "Building a support network",
            "Healthy routines",
            "Relapse prevention plan",
            "Recovery in the community",
        ),
    ),
    (
        "Family Connections",
        (
            "Staying connected from inside",
            "Letters and visits",
            "Parenting from a distance",
            "Rebuilding trust",
            "Coming home",
        ),
    ),
    (
        "Job Readiness",
        (
            "Skills inventory",
            "Writing a resume",
            "Talking about a record",
            "Interview practice",
            "Keeping a job",
            "Money management",
        ),
    ),
)
LOCATIONS = ("Program room 1", "Program room 2", "Education building", "Chapel", "Library")
START_TIMES = ("09:00", "10:30", "13:00", "14:30", "18:00")
ABSENCE_REASONS = ("lockdown", "count", "medical", "court", "visit", "work", "other")
SESSION_CANCEL_REASONS = ("lockdown", "count", "staff_shortage", "room_unavailable", "holiday")
CONTACT_CANCEL_REASONS = (
    "lockdown",
    "participant_unavailable",
    "facilitator_unavailable",
    "count",
    "other",
)

# --- notes --------------------------------------------------------------------------------------
NOTE_OPENERS = (
    "Met for the scheduled check-in.",
    "Weekly one-on-one meeting.",
    "Short meeting after the group session.",
    "Follow-up meeting as planned last time.",
    "Participant asked to meet this week.",
)
NOTE_GENERAL = (
    "We reviewed progress on the reentry plan.",
    "We talked about the upcoming education class and study habits.",
    "Participant shared an update on the job skills course.",
    "We went over the steps to get an ID card after release.",
    "We practiced answering interview questions.",
    "Participant talked about goals for the next month.",
    "We discussed ways to stay in touch with family.",
    "We looked at housing options in the release county.",
)
NOTE_SENSITIVE = (
    "Participant talked about a recent loss in the family and how they are coping.",
    "Participant described trouble sleeping and stress; encouraged to see medical staff.",
    "We discussed a conflict on the unit and ways to stay safe.",
    "Participant shared worries about child custody after release.",
    "Participant asked about counseling services; referral discussed.",
)
NOTE_SUD = (
    "Participant reports attending recovery meetings twice a week.",
    "We reviewed the relapse prevention plan and warning signs.",
    "Participant talked about cravings this week and the coping skills that helped.",
    "We discussed continuing treatment after release and the intake appointment.",
)
NOTE_CLOSERS = (
    "Next meeting planned in one week.",
    "Will follow up in two weeks.",
    "Participant will bring the completed form next time.",
    "Agreed on one small step before the next meeting.",
    "No concerns at this time.",
)
GROUP_NOTES = (
    "Took an active part in the discussion.",
    "Quiet today but stayed engaged.",
    "Helped a newer member with the exercise.",
    "Left early for a scheduled appointment.",
    "Shared a personal example that helped the group.",
)

# --- pathways, goals, partners, referrals, incentives -----------------------------------------
PATHWAY_NAME = "Reentry Pathway"
PATHWAY_DESCRIPTION = "From orientation inside the facility to completion in the community."
#: (phase name, kind, milestones)
PHASES = (
    (
        "Orientation",
        "orientation",
        ("Program orientation attended", "Participation agreement signed", "Needs assessed"),
    ),
    (
        "Pre-release preparation",
        "pre_release",
        (
            "Reentry plan drafted",
            "ID documents requested",
            "Mentor match started",
            "Core group completed",
        ),
    ),
    (
        "Transition",
        "transition",
        ("Housing plan confirmed", "First appointments scheduled", "Community mentor introduced"),
    ),
    (
        "Post-release support",
        "post_release",
        ("Contact within 72 hours of release", "Benefits applied for", "Work or training started"),
    ),
    ("Completion", "completion", ("Ninety days of stable housing", "Completion celebrated")),
)
#: domain -> goal descriptions
GOALS = {
    "housing": ("Find stable housing before release.", "Keep the current lease for six months."),
    "employment": ("Get a job offer within 60 days of release.", "Finish the forklift course."),
    "education": ("Pass the high school equivalency exam.", "Enroll in a community college class."),
    "family": ("Call the children every week.", "Attend the family reunification class."),
    "substance_use": ("Attend recovery meetings twice a week.", "Complete the treatment program."),
    "id_documents": ("Get a state ID card.", "Replace the birth certificate."),
    "healthcare": ("Keep the clinic appointments after release.", "Apply for health coverage."),
}
SERVICE_TYPES = (
    "housing",
    "healthcare",
    "substance_use_treatment",
    "employment",
    "education",
    "id_documents",
    "legal",
    "benefits",
    "mental_health",
    "transportation",
    "family",
)
PARTNER_NAMES = (
    ("Harbor Street Housing Services", ("housing", "benefits")),
    ("New Dawn Recovery Center", ("substance_use_treatment", "mental_health")),
    ("Northgate Community Health Clinic", ("healthcare", "mental_health")),
    ("Second Start Workforce Partnership", ("employment", "education")),
    ("Lakeview Adult Learning Center", ("education",)),
    ("County Legal Aid Society", ("legal", "id_documents")),
    ("Open Door Family Services", ("family", "mental_health")),
    ("Bridgeway Transitional Housing", ("housing",)),
    ("Cedar Falls Benefits Help Desk", ("benefits", "id_documents")),
    ("Ride Together Transit Vouchers", ("transportation",)),
    ("Pine Hollow Counseling Collective", ("mental_health", "family")),
    ("Millbrook Job Training Institute", ("employment",)),
)
PARTNER_PLACES = ("Millbrook", "Cedar Falls", "Port Landing", "Fairview", "Ashford", "Lakeview")
PARTNER_KINDS = (
    ("Reentry Housing Network", ("housing",)),
    ("Recovery Services", ("substance_use_treatment",)),
    ("Workforce Center", ("employment", "education")),
    ("Family Resource Center", ("family", "benefits")),
    ("Health Partners", ("healthcare", "mental_health")),
)
STREETS = ("Main St", "Oak Ave", "River Rd", "Church St", "Market St", "Elm St", "2nd Ave")
INCENTIVES_PARTICIPANT = (
    ("certificate", "Completed a group curriculum."),
    ("certificate", "Reached a pathway phase."),
    ("commissary_credit", "Perfect attendance for a month."),
    ("privilege", "Extra phone call for steady participation."),
    ("recognition", "Recognized at the program celebration."),
)
INCENTIVES_MENTOR = (
    ("recognition", "Mentor of the month."),
    ("certificate", "One year of service as a mentor."),
    ("commissary_credit", "Co-facilitated a full group cycle."),
)
CONSENT_INFORMATION = (
    "Program participation, attendance, mentoring contacts, goals, referrals and outcomes."
)
CONSENT_PURPOSE = "Continuity of reentry support and services after release."
CONSENT_EXPIRES_EVENT = "One year after the end of community supervision"
DEFAULT_RECIPIENT = "County Reentry Office"
