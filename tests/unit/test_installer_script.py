"""The Windows installer script and the build spec keep the settings IT relies on.

Inno Setup cannot run here, so its script is read as text: per-user without admin rights,
per-machine when IT asks, Windows 10 1809 or later, a fixed AppId, the version passed by the
build, nothing deleted at uninstall, nothing downloaded.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from peerdesk import paths

INSTALLER = Path(__file__).parents[2] / "installer"


def iss_sections(text: str) -> dict[str, list[str]]:
    """Lines of each ``[Section]`` of an Inno Setup script, comments and blanks left out."""
    sections: dict[str, list[str]] = {"": []}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1).lower()
            sections.setdefault(current, [])
        else:
            sections[current].append(line)
    return sections


def setup_directives(sections: dict[str, list[str]]) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in sections["setup"] if "=" in line)
    return {key.strip().lower(): value.strip() for key, value in pairs}


@pytest.fixture(scope="module")
def iss() -> str:
    return (INSTALLER / "peerdesk.iss").read_text(encoding="utf-8")


def test_per_user_by_default_and_per_machine_on_request(iss: str) -> None:
    setup = setup_directives(iss_sections(iss))
    assert setup["privilegesrequired"] == "lowest"
    assert set(setup["privilegesrequiredoverridesallowed"].split()) == {"commandline", "dialog"}
    assert setup["defaultdirname"].startswith("{autopf}\\")
    assert setup["minversion"] == "10.0.17763"
    assert setup["architecturesinstallin64bitmode"] == "x64compatible"


def test_app_id_is_a_fixed_guid_and_the_version_comes_from_the_build(iss: str) -> None:
    setup = setup_directives(iss_sections(iss))
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["appid"])
    assert setup["appversion"] == "{#AppVersion}"
    assert "peerdesk-{#AppVersion}-setup" in setup["outputbasefilename"]
    # Without /DAppVersion=... the compiler stops with a message.
    assert re.search(r"^#ifndef AppVersion\s*\n\s*#error .*DAppVersion", iss, re.MULTILINE)


def test_uninstall_keeps_data_and_nothing_is_downloaded(iss: str) -> None:
    sections = iss_sections(iss)
    assert "uninstalldelete" not in sections
    deleted = " ".join(sections.get("installdelete", []))
    assert deleted.count("Name:") == 1 and '"{app}\\_internal"' in deleted
    code = " ".join(sections.get("code", []))
    assert not re.search(r"Download|http", code, re.IGNORECASE)


def test_the_installer_ships_the_built_folder_and_a_start_menu_entry(iss: str) -> None:
    sections = iss_sections(iss)
    files = " ".join(sections["files"])
    assert 'Source: "{#BundleDir}\\*"' in files and "recursesubdirs" in files
    assert '#define BundleDir "..\\dist\\peerdesk"' in iss
    assert any(line.startswith('Name: "{autoprograms}\\') for line in sections["icons"])
    assert '#define AppExe "peerdesk.exe"' in iss


def test_the_spec_builds_the_programs_the_installer_and_smoke_test_name() -> None:
    spec = (INSTALLER / "peerdesk.spec").read_text(encoding="utf-8")
    assert '_exe("peerdesk", console=sys.platform != "win32")' in spec
    assert '_exe("peerdesk-cli", console=True)' in spec
    assert "exclude_binaries=True" in spec  # one folder, not one file
    assert 'name="peerdesk"' in spec
    smoke = (INSTALLER / "smoke_test.sh").read_text(encoding="utf-8")
    assert paths.PORTABLE_MARKER in smoke


def test_the_portable_marker_shipped_and_documented_has_the_name_the_code_looks_for() -> None:
    assert (INSTALLER / paths.PORTABLE_MARKER).is_file()
    assert paths.PORTABLE_MARKER in (INSTALLER / "README.md").read_text(encoding="utf-8")
