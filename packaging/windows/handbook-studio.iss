; Inno Setup 6.3+ script: the Windows installer of Handbook Studio, for one user, without administrator rights.
; Saved as UTF-8 with a byte-order mark (the Russian and Bulgarian texts below); keep it so.
;
; packaging/build.py compiles it on Windows when Inno Setup 6 is installed, after PyInstaller has made the bundle
; (dist\handbook-studio: handbook-studio.exe, handbook.exe, _internal\, handbook-studio-defaults.ini). By hand:
;   iscc /DAppVersion=0.1.0 /DBundleDir=C:\src\handbook-studio\dist\handbook-studio /OC:\src\handbook-studio\dist
;        packaging\windows\handbook-studio.iss
;
; Installs into %LOCALAPPDATA%\Programs\Handbook Studio with Start-menu entries and an uninstaller; nothing is
; downloaded. Silent install for IT staff (docs/it-install.md):
;   handbook-studio-0.1.0-windows-x86_64-setup.exe /VERYSILENT /CURRENTUSER /SUPPRESSMSGBOXES /NORESTART
;        [/UILANGUAGE=ru] [/HANDBOOKFOLDER="D:\Handbooks\Innovative technologies"]
; /ALLUSERS instead of /CURRENTUSER installs for every user into Program Files (that one needs administrator rights).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\handbook-studio"
#endif
#define AppName "Handbook Studio"
#define GuiExe "handbook-studio.exe"
#define CliExe "handbook.exe"
#define DefaultsFile "handbook-studio-defaults.ini"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6F1C2A9E-4B7D-4E8A-9C35-2D8B61F0A7C4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Handbook Studio developers
; Per-user by default: {autopf} is %LOCALAPPDATA%\Programs then; /ALLUSERS on the command line switches to
; Program Files for everyone.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#GuiExe}
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6.11 supports Windows 10 1809 (build 17763) and later.
MinVersion=10.0.17763
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputBaseFilename=handbook-studio-{#AppVersion}-windows-x86_64-setup
; The app may be open during an upgrade: ask to close it rather than replace files in use.
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
; Inno Setup ships Bulgarian and Russian; Kazakh, Kyrgyz, Tajik, Turkmen and Uzbek users get Russian or English.
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "bg"; MessagesFile: "compiler:Languages\Bulgarian.isl"

[CustomMessages]
en.CliShortcut=Handbook command line
ru.CliShortcut=Командная строка handbook
bg.CliShortcut=Команден ред handbook

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Excludes: "{#DefaultsFile}"; Flags: ignoreversion recursesubdirs createallsubdirs
; IT staff edit the defaults file after installing: an upgrade keeps their copy.
Source: "{#BundleDir}\{#DefaultsFile}"; DestDir: "{app}"; Flags: onlyifdoesntexist

[INI]
; /UILANGUAGE=ru and /HANDBOOKFOLDER=... on the installer's command line fill in the defaults file.
Filename: "{app}\{#DefaultsFile}"; Section: "defaults"; Key: "ui_language"; String: "{param:UILANGUAGE|}"; Check: ParamGiven('UILANGUAGE')
Filename: "{app}\{#DefaultsFile}"; Section: "defaults"; Key: "handbook_folder"; String: "{param:HANDBOOKFOLDER|}"; Check: ParamGiven('HANDBOOKFOLDER')

[Icons]
; The user's handbooks, settings and caches (%LOCALAPPDATA%\HandbookStudio, the registry) are theirs: the
; uninstaller removes the program folder only.
Name: "{group}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:CliShortcut}"; Filename: "{cmd}"; Parameters: "/k {#CliExe} --help"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function ParamGiven(Name: String): Boolean;
begin
  Result := ExpandConstant('{param:' + Name + '|}') <> '';
end;
