<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>App</name>
    <message>
        <location filename="../../peerdesk/app.py" line="+44"/>
        <source>peerdesk cannot write to its data folder:
%1

Ask IT for write access to it, or start peerdesk with --data-dir pointing to a folder you can write.</source>
        <translation>peerdesk no puede escribir en su carpeta de datos:
%1

Pida al personal de informática permiso de escritura en esa carpeta, o inicie peerdesk con --data-dir indicando una carpeta en la que usted pueda escribir.</translation>
    </message>
</context>
<context>
    <name>AppFlow</name>
    <message>
        <location filename="../../peerdesk/ui/app_flow.py" line="+105"/>
        <source>peerdesk is locked. Sign in to continue.</source>
        <translation>peerdesk está bloqueado. Inicie sesión para continuar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have signed out.</source>
        <translation>Cerró la sesión.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../peerdesk/ui/change_passphrase_dialog.py" line="+48"/>
        <location line="+56"/>
        <source>Choose your passphrase</source>
        <translation>Elija su frase de contraseña</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>A coordinator gave you a temporary passphrase. Choose your own now: only you should know it.</source>
        <translation>Un(a) coordinador(a) le dio una frase de contraseña temporal. Elija ahora la suya: solo usted debe conocerla.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Temporary passphrase:</source>
        <translation>Frase de contraseña temporal:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New passphrase:</source>
        <translation>Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At least %1 characters; a few ordinary words with spaces work well.</source>
        <translation>Al menos %1 caracteres; unas cuantas palabras comunes separadas por espacios funcionan bien.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type it again:</source>
        <translation>Escríbala otra vez:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+64"/>
        <source>Save passphrase</source>
        <translation>Guardar frase de contraseña</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the passphrase you signed in with.</source>
        <translation>Escriba la frase de contraseña con la que inició sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a new passphrase.</source>
        <translation>Escriba una nueva frase de contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two new passphrases are not the same.</source>
        <translation>Las dos frases de contraseña nuevas no son iguales.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Caps Lock is on.</source>
        <translation>Bloq Mayús está activado.</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <location filename="../../peerdesk/ui/setup_pages.py" line="+104"/>
        <source>The first coordinator</source>
        <translation>El primer coordinador o coordinadora</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2 to 32 letters or digits, no spaces; for example: mgarcia</source>
        <translation>De 2 a 32 letras o números, sin espacios; por ejemplo: mgarcia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At least %1 characters; a few ordinary words with spaces work well.</source>
        <translation>Al menos %1 caracteres; unas cuantas palabras comunes separadas por espacios funcionan bien.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type it again:</source>
        <translation>Escríbala otra vez:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This account belongs to the program coordinator, who can add everyone else&apos;s accounts later. The passphrase unlocks all of this site&apos;s records.</source>
        <translation>Esta cuenta es de quien coordina el programa y podrá crear después las cuentas de las demás personas. La frase de contraseña abre todos los registros de esta sede.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Setting up… this can take a few seconds.</source>
        <translation>Configurando… esto puede tardar unos segundos.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type a user name for the coordinator.</source>
        <translation>Escriba un nombre de usuario para quien coordina.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a passphrase.</source>
        <translation>Escriba una frase de contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no son iguales.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Caps Lock is on.</source>
        <translation>Bloq Mayús está activado.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../peerdesk/ui/messages.py" line="+76"/>
        <source>Coordinator</source>
        <translation>Coordinador(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer educator</source>
        <translation>Educador(a) par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reentry staff</source>
        <translation>Personal de reinserción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditor</source>
        <translation>Auditor(a)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facility (prison or jail)</source>
        <translation>Centro penitenciario (prisión o cárcel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reentry office (in the community)</source>
        <translation>Oficina de reinserción (en la comunidad)</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../peerdesk/ui/login_window.py" line="+61"/>
        <source>Sign in to peerdesk</source>
        <translation>Iniciar sesión en peerdesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Forgot your passphrase? A coordinator can set a new one for you.</source>
        <translation>¿Olvidó su frase de contraseña? Un(a) coordinador(a) puede asignarle una nueva.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Caps Lock is on.</source>
        <translation>Bloq Mayús está activado.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="+36"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock peerdesk now (Ctrl+L)</source>
        <translation>Bloquear peerdesk ahora (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This site is a:</source>
        <translation>Esta sede es:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as:</source>
        <translation>Sesión iniciada como:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Función:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants, mentors, groups and reports are not in this version yet. When you step away, choose Lock (Ctrl+L) so nobody else can use your session.</source>
        <translation>Los participantes, mentores, grupos e informes todavía no están en esta versión. Cuando se aleje del equipo, elija Bloquear (Ctrl+L) para que nadie más pueda usar su sesión.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <location filename="../../peerdesk/ui/messages.py" line="+32"/>
        <source>Too many failed attempts. Sign-in is locked for %n minute(s), or until a coordinator unlocks the account.</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. El inicio de sesión está bloqueado por %n minuto, o hasta que un(a) coordinador(a) desbloquee la cuenta.</numerusform>
            <numerusform>Demasiados intentos fallidos. El inicio de sesión está bloqueado por %n minutos, o hasta que un(a) coordinador(a) desbloquee la cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The user name or passphrase is not right.</source>
        <translation>El nombre de usuario o la frase de contraseña no son correctos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something went wrong inside peerdesk. Nothing more was changed. Please tell a coordinator; the details are in the log file.</source>
        <translation>Algo falló dentro de peerdesk. No se cambió nada más. Avise a un(a) coordinador(a); los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../peerdesk/ui/recovery_code_page.py" line="+17"/>
        <source>Your recovery code</source>
        <translation>Su código de recuperación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have written it down</source>
        <translation>Ya lo anoté</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The site is ready. This code can open the records if every coordinator forgets their passphrase. It is shown only this once.</source>
        <translation>La sede está lista. Este código permite abrir los registros si todas las personas que coordinan olvidan su frase de contraseña. Se muestra solo esta vez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write it down and keep it locked away.</source>
        <translation>Anótelo y guárdelo bajo llave.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anyone who has this code can open every record, so treat the paper like a key. Do not save it on this computer.</source>
        <translation>Cualquier persona que tenga este código puede abrir todos los registros, así que cuide el papel como si fuera una llave. No lo guarde en esta computadora.</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../peerdesk/ui/messages.py" line="-105"/>
        <source>Use at least 15 characters. A few ordinary words with spaces work well.</source>
        <extracomment>English sentences raised by services, kept in step with them by tests/ui/test_messages.py.</extracomment>
        <translation>Use al menos 15 caracteres. Unas cuantas palabras comunes separadas por espacios funcionan bien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use at most 256 characters.</source>
        <translation>Use como máximo 256 caracteres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase contains invisible characters.</source>
        <translation>La frase de contraseña contiene caracteres invisibles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This passphrase is on a list of common or leaked passwords.</source>
        <translation>Esta frase de contraseña está en una lista de contraseñas comunes o filtradas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This passphrase is made of your user name, the site&apos;s name or program words. Add a few unrelated words.</source>
        <translation>Esta frase de contraseña está hecha con su nombre de usuario, el nombre de la sede o palabras del programa. Agregue algunas palabras que no tengan relación entre sí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This passphrase is too easy to guess (a repeat, a sequence, a common phrase or your own name). Add a few unrelated words.</source>
        <translation>Esta frase de contraseña es demasiado fácil de adivinar (una repetición, una secuencia, una frase común o su propio nombre). Agregue algunas palabras que no tengan relación entre sí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A user name is 2 to 32 letters or digits (dots, dashes and underscores allowed), starting with a letter or digit.</source>
        <translation>Un nombre de usuario tiene de 2 a 32 letras o números (se permiten puntos, guiones y guiones bajos) y empieza con una letra o un número.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The site name cannot be empty.</source>
        <translation>El nombre de la sede no puede quedar vacío.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site name is too long (at most 200 characters).</source>
        <translation>El nombre de la sede es demasiado largo (máximo 200 caracteres).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site name contains control characters.</source>
        <translation>El nombre de la sede contiene caracteres de control.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site kind is &apos;facility&apos; or &apos;office&apos;.</source>
        <translation>El tipo de sede es «centro penitenciario» u «oficina».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current passphrase is not right.</source>
        <translation>La frase de contraseña actual no es correcta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a passphrase different from the current one.</source>
        <translation>Elija una frase de contraseña distinta de la actual.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file is damaged and cannot be read. Nothing was changed. Run &apos;peerdesk check&apos; and restore from a backup.</source>
        <translation>El archivo de la base de datos está dañado y no se puede leer. No se cambió nada. Ejecute «peerdesk check» y restaure una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key file (keyslots.json) is damaged, so the database cannot be unlocked. Restore the data folder from a backup.</source>
        <translation>El archivo de claves (keyslots.json) está dañado, así que no se puede desbloquear la base de datos. Restaure la carpeta de datos desde una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key file (keyslots.json) is missing from the data folder, so the database cannot be unlocked. Restore the data folder from a backup.</source>
        <translation>Falta el archivo de claves (keyslots.json) en la carpeta de datos, así que no se puede desbloquear la base de datos. Restaure la carpeta de datos desde una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database was written by a newer version of peerdesk. It has not been changed. Install the newer version to open it.</source>
        <translation>Esta base de datos fue creada por una versión más reciente de peerdesk. No se modificó. Instale la versión más reciente para abrirla.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../peerdesk/ui/setup_wizard.py" line="+43"/>
        <source>Set up peerdesk</source>
        <extracomment>``create_site(site_name=, site_kind=, admin_username=, admin_passphrase=)``</extracomment>
        <translation>Configurar peerdesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create site</source>
        <translation>Crear sede</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <location filename="../../peerdesk/ui/setup_pages.py" line="-196"/>
        <source>Set up peerdesk</source>
        <translation>Configurar peerdesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>for example: Riverside Unit peer program</source>
        <translation>por ejemplo: Programa de pares Unidad Riverside</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Site name:</source>
        <translation>Nombre de la sede:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This site is a:</source>
        <translation>Esta sede es:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>peerdesk keeps your program&apos;s records on this computer, locked with a passphrase. First, give this site a name that everyone here will recognize.</source>
        <translation>peerdesk guarda los registros de su programa en esta computadora, protegidos con una frase de contraseña. Primero, dé a esta sede un nombre que todos aquí reconozcan.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type the name of this site.</source>
        <translation>Escriba el nombre de esta sede.</translation>
    </message>
</context>
</TS>
