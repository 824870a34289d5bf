; Inno Setup 6 script for peerdesk on Windows 10 (1809) and 11, x64.
;
; Build (Windows, after building dist\peerdesk\ with PyInstaller; see installer\README.md):
;
;   $v = .venv\Scripts\python -c "import peerdesk; print(peerdesk.__version__)"
;   & "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=$v installer\peerdesk.iss
;
; Signed build (signtool from the Windows SDK; the timestamp server is contacted at BUILD
; time only, peerdesk itself never connects anywhere):
;
;   & ISCC.exe /DAppVersion=$v /DSign '/Speerdesk=signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /n $qYour Organisation$q $f' installer\peerdesk.iss
;
; (single quotes: PowerShell must not expand $q and $f, which Inno Setup replaces by a quote
; and the file to sign)
;
; Output: dist\peerdesk-<version>-setup.exe
;
; One installer, two ways to install (PrivilegesRequiredOverridesAllowed):
;   per user, no admin rights (default):   peerdesk-<v>-setup.exe            -> %LOCALAPPDATA%\Programs\peerdesk
;   per machine, by IT (admin):            peerdesk-<v>-setup.exe /ALLUSERS  -> C:\Program Files\peerdesk
;   silent:                                add /VERYSILENT /SUPPRESSMSGBOXES /NORESTART (/LOG=file for a log)
;
; The installer never downloads anything and the uninstaller never deletes the data folder
; (%LOCALAPPDATA%\peerdesk, or whatever PEERDESK_DATA_DIR names): it removes only the files
; it installed. Upgrades keep the data; peerdesk backs the database up before a migration.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z installer\peerdesk.iss (from peerdesk/__init__.py)
#endif
#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed (x64compatible architecture identifier)
#endif

#define AppName "peerdesk"
#define AppExe "peerdesk.exe"
; Built by `pyinstaller installer\peerdesk.spec` (relative to this script's folder).
#define BundleDir "..\dist\peerdesk"

[Setup]
; The AppId identifies peerdesk to Windows across versions: NEVER change it, or upgrades
; would install side by side. (The doubled brace is Inno Setup's escape for "{".)
AppId={{6F725C64-0F3F-4421-B6D8-E25F8F16592F}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=peerdesk
AppComments=Offline records for peer-mentoring programs. Opens no network connection.
; Per-user install without admin rights by default; IT may choose per-machine on the command
; line (/ALLUSERS) or in the first dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
; {autopf} is %LOCALAPPDATA%\Programs for a per-user install, Program Files for per-machine.
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
; Qt 6 needs Windows 10 1809 (build 17763) or later, 64-bit.
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Close a running peerdesk (Restart Manager) before replacing its files; do not restart it.
CloseApplications=yes
RestartApplications=no
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir=..\dist
OutputBaseFilename=peerdesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
SetupLogging=yes
#ifdef Sign
; "peerdesk" is the sign tool given to ISCC with /Speerdesk=... (see the top of this file).
SignTool=peerdesk
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Libraries of the previous version go before the new ones are copied, so that nothing stale
; is left in the program folder. Only the program's own _internal folder: never data.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole PyInstaller one-folder build: peerdesk.exe, peerdesk-cli.exe and _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section, on purpose: the data folder (the encrypted database, key slots
; and backups) survives uninstalling. Delete it by hand only after a verified backup.
