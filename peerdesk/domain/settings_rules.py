"""Site settings people can change, with their defaults and allowed ranges."""

from __future__ import annotations

from dataclasses import dataclass

from peerdesk.domain.errors import ValidationError


@dataclass(frozen=True)
class SettingSpec:
    name: str
    default: int
    minimum: int
    maximum: int
    label: str


SPECS: dict[str, SettingSpec] = {
    s.name: s
    for s in (
        SettingSpec(
            "idle_lock_minutes", 15, 1, 30, "Minutes without input before the window locks"
        ),
        SettingSpec("alert_no_contact_days", 14, 1, 90, "Days without a contact before an alert"),
        SettingSpec("alert_release_days", 30, 1, 180, "Days before release to check readiness"),
        SettingSpec("alert_cert_expiry_days", 30, 1, 365, "Days before a certification expires"),
        SettingSpec("retention_years", 7, 1, 50, "Years after closing before records are purged"),
        SettingSpec("backups_to_keep", 7, 0, 100, "Automatic backups kept"),
    )
}


def check(name: str, value: int) -> int:
    """The value if allowed for setting ``name``; otherwise ``ValidationError``."""
    spec = SPECS.get(name)
    if spec is None:
        raise ValidationError("name", f"There is no setting called '{name}'.")
    if not spec.minimum <= value <= spec.maximum:
        raise ValidationError(
            name, f"{spec.label} must be between {spec.minimum} and {spec.maximum}."
        )
    return value
