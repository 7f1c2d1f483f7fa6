; Inno Setup 6 script for IKI Desktop: per-user install, no administrator rights needed.
;
;   ISCC /DAppVersion=0.1.0 "/DBundleDir=..\dist\IKI Desktop" /O..\dist installer\iki_desktop.iss
;
; installer/build.py runs this on Windows after PyInstaller, passing the version read from
; pyproject.toml and the onedir bundle folder. Output: dist\iki-desktop-<versi>-setup.exe.
;
; Reviewed against the Inno Setup 6 documentation (jrsoftware.org/ishelp): PrivilegesRequired,
; auto constants ({autopf} = {userpf} = %LOCALAPPDATA%\Programs in non-administrative mode),
; HKA under Software\Classes for associations, ChangesAssociations, architecture
; identifiers (x64compatible needs 6.3+), ISPP #ifndef/#ifexist/#error. CI compiles it with
; the pinned Inno Setup 6.4.1 under wine and installs, upgrades and uninstalls the result
; (installer/wine_check.sh); Indonesian.isl beside this script matches that version.
;
; Test-only defines (the defaults are what users get):
;   /DDefaultDir=...   install folder; wine 8 cannot expand {autopf} for a per-user install
;   /DCompression=...  lzma2/fast in CI (a max compile takes minutes longer)

#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is required (architecture identifier x64compatible).
#endif

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=0.1.0 (installer/build.py does this).
#endif

#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\dist\IKI Desktop"
#endif
#ifnexist AddBackslash(BundleDir) + "IKI Desktop.exe"
  #error The PyInstaller bundle is missing: run "py installer\build.py" first.
#endif

#define AppName "IKI Desktop"
#define AppExe "IKI Desktop.exe"
#define AppCli "iki-desktop-cli.exe"
#define PaketExt ".ikipaket"
#define PaketProgId "IKIDesktop.Paket"

#ifndef DefaultDir
  #define DefaultDir "{autopf}\" + AppName
#endif
#ifndef Compression
  #define Compression "lzma2/max"
#endif

; VersionInfoVersion (the setup file's Windows version resource) takes only numbers: a
; release such as 0.2.0rc1 or 1.0.0.dev3 uses its leading numeric part (0.2.0, 1.0.0).
#define NumericPrefix(str S, int I) \
  I > Len(S) ? S : (Pos(Copy(S, I, 1), "0123456789.") > 0 ? NumericPrefix(S, I + 1) : Copy(S, 1, I - 1))
#define VersionNumbers NumericPrefix(AppVersion, 1)
#if Copy(VersionNumbers, Len(VersionNumbers), 1) == "."
  #define VersionNumbers Copy(VersionNumbers, 1, Len(VersionNumbers) - 1)
#endif
#if VersionNumbers == ""
  #error AppVersion must start with a number, e.g. 0.2.0 or 0.2.0rc1
#endif

; Indonesian is not among Inno Setup's bundled languages; Indonesian.isl beside this script
; is the translation from Inno Setup's own repository matching the pinned compiler 6.4.1
; (a newer one gives warnings and leaves texts in English).
#ifnexist AddBackslash(SourcePath) + "Indonesian.isl"
  #error Indonesian.isl is missing beside iki_desktop.iss (see its header for where it comes from).
#endif

[Setup]
; Fixed forever: upgrades and the uninstaller find earlier installs by this id.
AppId={{18026D07-77FE-4E3D-BFC0-46FB6A48CAB4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#VersionNumbers}
VersionInfoProductName={#AppName}
; Office PCs often give no administrator rights: install for the current user only.
PrivilegesRequired=lowest
; {autopf} is %LOCALAPPDATA%\Programs in non-administrative mode.
DefaultDirName={#DefaultDir}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; The bundle is 64-bit (PySide6 and Python x64); Arm64 Windows 11 runs it emulated.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 1809 or newer.
MinVersion=10.0.17763
Compression={#Compression}
SolidCompression=yes
WizardStyle=modern
; Relative paths are relative to this script's folder.
SetupIconFile=..\resources\icons\iki-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputBaseFilename=iki-desktop-{#AppVersion}-setup
; Tell Explorer to refresh icons and the .ikipaket association at the end of (un)install.
ChangesAssociations=yes
#ifexist AddBackslash(SourcePath) + "..\LICENSE.txt"
LicenseFile=..\LICENSE.txt
#endif

[Languages]
Name: "id"; MessagesFile: "Indonesian.isl"

[Messages]
; Say plainly that uninstalling keeps the office's data.
UninstalledAll=%1 telah dihapus dari komputer ini.%n%nData Anda (basis data, cadangan, catatan) tidak ikut dihapus; tetap tersimpan di folder data pengguna (AppData\Local\{#AppName}).

[Tasks]
Name: "ikondesktop"; Description: "Buat ikon di &desktop"; GroupDescription: "Ikon tambahan:"; Flags: unchecked
Name: "kaitpaket"; Description: "Buka berkas paket kiriman (*{#PaketExt}) dengan {#AppName}"; GroupDescription: "Jenis berkas:"

[InstallDelete]
; An upgrade first removes the previous version's libraries and modules: a DLL or module
; that the new version no longer ships must not be loaded next to the new Qt or Python.
; Only the bundle's own folder; the user's data is never under {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole PyInstaller onedir bundle. The program never writes here: its data lives in
; %LOCALAPPDATA%\IKI Desktop (platformdirs), so an upgrade simply replaces these files.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: ikondesktop

[Registry]
; .ikipaket -> our ProgID, per user (HKA is HKCU in this non-administrative install; the
; documentation recommends HKA + Software\Classes over HKCR). Double-click runs
; `"IKI Desktop.exe" terima "<file>"`, which opens the window on the receive dialog.
Root: HKA; Subkey: "Software\Classes\{#PaketExt}"; ValueType: string; ValueName: ""; ValueData: "{#PaketProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: kaitpaket
Root: HKA; Subkey: "Software\Classes\{#PaketExt}\OpenWithProgids"; ValueType: string; ValueName: "{#PaketProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: kaitpaket
Root: HKA; Subkey: "Software\Classes\{#PaketProgId}"; ValueType: string; ValueName: ""; ValueData: "Paket kiriman {#AppName}"; Flags: uninsdeletekey; Tasks: kaitpaket
Root: HKA; Subkey: "Software\Classes\{#PaketProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: kaitpaket
Root: HKA; Subkey: "Software\Classes\{#PaketProgId}\shell\open"; ValueType: string; ValueName: ""; ValueData: "&Terima dengan {#AppName}"; Tasks: kaitpaket
Root: HKA; Subkey: "Software\Classes\{#PaketProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" terima ""%1"""; Tasks: kaitpaket
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; Flags: uninsdeletekey; Tasks: kaitpaket
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#PaketExt}"; ValueData: ""; Flags: uninsdeletekey; Tasks: kaitpaket

[Run]
Filename: "{app}\{#AppExe}"; Description: "Jalankan {#AppName} sekarang"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only what Setup installed into {app}. The
; user's data folder (%LOCALAPPDATA%\IKI Desktop: database, automatic backups, log) is never
; under {app} and is deliberately kept, so reinstalling or upgrading loses nothing.
