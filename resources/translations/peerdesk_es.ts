<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../peerdesk/ui/user_dialogs.py" line="+72"/>
        <source>Add a user</source>
        <translation>Agregar un usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the person their temporary passphrase in private.</source>
        <translation>Entregue a la persona su frase de contraseña temporal en privado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add user</source>
        <translation>Agregar usuario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temporary passphrase:</source>
        <translation>Frase de contraseña temporal:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a user name.</source>
        <translation>Escriba un nombre de usuario.</translation>
    </message>
</context>
<context>
    <name>AdministrationSection</name>
    <message>
        <location filename="../../peerdesk/ui/administration_section.py" line="+33"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../peerdesk/app.py" line="+57"/>
        <source>peerdesk cannot write to its data folder:
%1

Ask IT for write access to it, or start peerdesk with --data-dir pointing to a folder you can write.</source>
        <translation>peerdesk no puede escribir en su carpeta de datos:
%1

Pida al personal de informática permiso de escritura en esa carpeta, o inicie peerdesk con --data-dir indicando una carpeta en la que usted pueda escribir.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>peerdesk is already open with this data folder, under another account or on another computer. Close it there first.</source>
        <translation>peerdesk ya está abierto con esta carpeta de datos, en otra cuenta o en otra computadora. Ciérrelo allí primero.</translation>
    </message>
</context>
<context>
    <name>AppFlow</name>
    <message>
        <location filename="../../peerdesk/ui/app_flow.py" line="+137"/>
        <source>Only %1 or a coordinator can unlock this session.</source>
        <translation>Solo %1 o un coordinador pueden desbloquear esta sesión.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>You have signed out.</source>
        <translation>Cerró la sesión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Session ended. The next person can sign in.</source>
        <translation>La sesión terminó. La siguiente persona puede iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../peerdesk/ui/audit_tab.py" line="+48"/>
        <source>Any user</source>
        <extracomment>How many entries one read shows (the newest). Action families offered in the filter (&quot;&quot; = all); free text works too.</extracomment>
        <translation>Cualquier usuario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action starts with:</source>
        <translation>La acción empieza con:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verify the audit trail</source>
        <translation>Verificar el registro de auditoría</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The end date is before the start date.</source>
        <translation>La fecha final es anterior a la fecha inicial.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The newest %1 entries. Narrow the filters to see older ones.</source>
        <translation>Las %1 entradas más recientes. Limite los filtros para ver las más antiguas.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The audit trail is intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>El registro de auditoría está íntegro: se revisó %n entrada.</numerusform>
            <numerusform>El registro de auditoría está íntegro: se revisaron %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit trail has been altered, starting at entry %1. Tell the program manager and keep a copy of the data folder as it is.</source>
        <translation>El registro de auditoría fue alterado a partir de la entrada %1. Avise al responsable del programa y guarde una copia de la carpeta de datos tal como está.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../peerdesk/ui/admin_models.py" line="+66"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
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
    <name>DateField</name>
    <message>
        <location filename="../../peerdesk/ui/form_fields.py" line="+30"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Type the date as year-month-day, for example 1985-04-23.</source>
        <translation>Escriba la fecha como año-mes-día, por ejemplo 1985-04-23.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no such date.</source>
        <translation>Esa fecha no existe.</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../peerdesk/ui/duplicate_warning.py" line="+41"/>
        <source>This person may already be on file</source>
        <translation>Es posible que esta persona ya esté registrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the records below. Open one if it is the same person; save the new record only if it is someone else.</source>
        <translation>Revise los registros de abajo. Abra uno si es la misma persona; guarde el registro nuevo solo si es otra persona.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open selected record</source>
        <translation>Abrir el registro seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the form</source>
        <translation>Volver al formulario</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>same DOC number</source>
        <translation>mismo número DOC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>similar name, same date of birth</source>
        <translation>nombre parecido, misma fecha de nacimiento</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../peerdesk/ui/form_dialog.py" line="+105"/>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../peerdesk/ui/messages.py" line="+146"/>
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
    <message>
        <location filename="../../peerdesk/ui/labels.py" line="+10"/>
        <source>Referred</source>
        <translation>Referido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screened</source>
        <translation>Evaluado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Liberado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Se retiró</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>Trasladado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No preference</source>
        <translation>Sin preferencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female mentor</source>
        <translation>Mentora mujer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male mentor</source>
        <translation>Mentor hombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonbinary mentor</source>
        <translation>Mentore no binario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused</source>
        <translation>Justificado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Held</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>General note</source>
        <translation>Nota general</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive note</source>
        <translation>Nota confidencial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substance-use treatment note</source>
        <translation>Nota de tratamiento por consumo de sustancias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../peerdesk/ui/login_window.py" line="+67"/>
        <location line="+55"/>
        <location line="+36"/>
        <source>Sign in to peerdesk</source>
        <translation>Iniciar sesión en peerdesk</translation>
    </message>
    <message>
        <location line="-85"/>
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
        <location line="+33"/>
        <location line="+1"/>
        <location line="+36"/>
        <location line="+25"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Forgot your passphrase? A coordinator can set a new one for you.</source>
        <translation>¿Olvidó su frase de contraseña? Un(a) coordinador(a) puede asignarle una nueva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch user…</source>
        <translation>Cambiar de usuario…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A coordinator can sign in here; the locked session then ends.</source>
        <translation>Un coordinador puede iniciar sesión aquí; la sesión bloqueada termina entonces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to unlock</source>
        <translation>Volver a desbloquear</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>peerdesk is locked</source>
        <translation>peerdesk está bloqueado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locked by %1. Type the passphrase of %1 to unlock.</source>
        <translation>Bloqueado por %1. Escriba la frase de contraseña de %1 para desbloquear.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Switch user</source>
        <translation>Cambiar de usuario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a coordinator can end the locked session of %1. Anything %1 had not saved is lost.</source>
        <translation>Solo un coordinador puede terminar la sesión bloqueada de %1. Se pierde todo lo que %1 no había guardado.</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location filename="../../peerdesk/ui/main_window.py" line="+77"/>
        <source>Signed in as</source>
        <translation>Sesión de</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock peerdesk now (Ctrl+L)</source>
        <translation>Bloquear peerdesk ahora (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;witch user</source>
        <translation>&amp;Cambiar de usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End your session so someone else can sign in on this computer</source>
        <translation>Termina su sesión para que otra persona pueda iniciar sesión en esta computadora</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+12"/>
        <source>My groups</source>
        <translation>Mis grupos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My mentees</source>
        <translation>Mis mentorados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer educators</source>
        <translation>Educadores pares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches</source>
        <translation>Emparejamientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups and sessions</source>
        <translation>Grupos y sesiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals and partners</source>
        <translation>Derivaciones y aliados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <location filename="../../peerdesk/ui/messages.py" line="+51"/>
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
        <location line="+2"/>
        <source>Your role does not allow this. Ask a coordinator if you need it.</source>
        <translation>Su rol no permite esto. Pídaselo a un coordinador si lo necesita.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This record no longer exists, or you can no longer see it.</source>
        <translation>Este registro ya no existe, o ya no puede verlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Something went wrong inside peerdesk. Nothing more was changed. Please tell a coordinator; the details are in the log file.</source>
        <translation>Algo falló dentro de peerdesk. No se cambió nada más. Avise a un(a) coordinador(a); los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <location filename="../../peerdesk/ui/participant_form.py" line="+87"/>
        <source>Not assessed</source>
        <extracomment>Longest text each line field takes (the same limits the participant rules check).</extracomment>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>for example A123456</source>
        <translation>por ejemplo A123456</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>words separated by commas</source>
        <translation>palabras separadas por comas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DOC number:</source>
        <translation>Número DOC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal last name:</source>
        <translation>Apellido legal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal first name:</source>
        <translation>Nombre legal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name:</source>
        <translation>Nombre preferido:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names:</source>
        <translation>Otros nombres:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One name per line.</source>
        <translation>Un nombre por línea.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where and release</source>
        <translation>Ubicación y liberación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facility:</source>
        <translation>Centro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projected release:</source>
        <translation>Liberación prevista:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actual release:</source>
        <translation>Liberación real:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Release county:</source>
        <translation>Condado de liberación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release city:</source>
        <translation>Ciudad de liberación:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For matching with a mentor</source>
        <translation>Para emparejar con un mentor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender identity:</source>
        <translation>Identidad de género:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk level:</source>
        <translation>Nivel de riesgo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lived experience:</source>
        <translation>Experiencia vivida:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interests:</source>
        <translation>Intereses:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentor preference:</source>
        <translation>Preferencia de mentor:</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Type the date of birth.</source>
        <translation>Escriba la fecha de nacimiento.</translation>
    </message>
</context>
<context>
    <name>ParticipantListPage</name>
    <message>
        <location filename="../../peerdesk/ui/participant_list_page.py" line="+66"/>
        <source>Search by name or DOC number</source>
        <extracomment>Wait this long after the last key before searching, so typing a name runs one query. Release windows offered by the filter, in days from today (0: any date).</extracomment>
        <translation>Buscar por nombre o número DOC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search participants</source>
        <translation>Buscar participantes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any unit</source>
        <translation>Cualquier unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projected release</source>
        <translation>Liberación prevista</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New participant…</source>
        <translation>Nuevo participante…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release:</source>
        <translation>Liberación:</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 30 days</source>
        <translation>En 30 días o menos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 90 days</source>
        <translation>En 90 días o menos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 6 months</source>
        <translation>En 6 meses o menos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within a year</source>
        <translation>En un año o menos</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody matches the search and filters.</source>
        <translation>Nadie coincide con la búsqueda y los filtros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No participants yet.</source>
        <translation>Todavía no hay participantes.</translation>
    </message>
</context>
<context>
    <name>ParticipantPage</name>
    <message>
        <location filename="../../peerdesk/ui/participant_page.py" line="+65"/>
        <source>← Back to the list</source>
        <translation>← Volver a la lista</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+274"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo changes</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing recorded yet.</source>
        <translation>Todavía no hay nada registrado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in at least the DOC number, names and date of birth.</source>
        <translation>Complete al menos el número DOC, los nombres y la fecha de nacimiento.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>DOC %1</source>
        <translation>DOC %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DOC %1 · %2 since %3</source>
        <translation>DOC %1 · %2 desde %3</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+8"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing to save.</source>
        <translation>No hay nada que guardar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the changes to this participant?</source>
        <translation>¿Guardar los cambios de este participante?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you do not save them, they are lost.</source>
        <translation>Si no los guarda, se pierden.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../peerdesk/ui/participant_table_model.py" line="+43"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOC number</source>
        <translation>Número DOC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected release</source>
        <translation>Liberación prevista</translation>
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
    <name>ResetPassphraseDialog</name>
    <message>
        <location filename="../../peerdesk/ui/user_dialogs.py" line="+39"/>
        <source>Set a temporary passphrase</source>
        <translation>Poner una frase de contraseña temporal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 signs in with it once, then must choose their own. Their sign-in lock, if any, is lifted too.</source>
        <translation>%1 la usa para iniciar sesión una vez y luego debe elegir la suya. Si su inicio de sesión estaba bloqueado, también se desbloquea.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set passphrase</source>
        <translation>Poner frase de contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Temporary passphrase:</source>
        <translation>Frase de contraseña temporal:</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location line="-31"/>
        <location line="+2"/>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>What %1 may see and do changes at once.</source>
        <translation>Lo que %1 puede ver y hacer cambia de inmediato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New role:</source>
        <translation>Nuevo rol:</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location filename="../../peerdesk/ui/messages.py" line="-193"/>
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
    <message>
        <location line="+6"/>
        <source>The DOC number is 1 to 20 letters, digits or dashes.</source>
        <translation>El número DOC tiene de 1 a 20 letras, dígitos o guiones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The legal last name is required.</source>
        <translation>El apellido legal es obligatorio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The legal first name is required.</source>
        <translation>El nombre legal es obligatorio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The legal last name is too long (at most 80 characters).</source>
        <translation>El apellido legal es demasiado largo (80 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The legal first name is too long (at most 80 characters).</source>
        <translation>El nombre legal es demasiado largo (80 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The preferred name is too long (at most 80 characters).</source>
        <translation>El nombre preferido es demasiado largo (80 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An alias is too long (at most 120 characters).</source>
        <translation>Un nombre alternativo es demasiado largo (120 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The facility is too long (at most 120 characters).</source>
        <translation>El centro es demasiado largo (120 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The housing unit is too long (at most 40 characters).</source>
        <translation>La unidad es demasiado larga (40 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language is too long (at most 40 characters).</source>
        <translation>El idioma es demasiado largo (40 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender identity is too long (at most 40 characters).</source>
        <translation>La identidad de género es demasiado larga (40 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The county is too long (at most 80 characters).</source>
        <translation>El condado es demasiado largo (80 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The city is too long (at most 80 characters).</source>
        <translation>La ciudad es demasiado larga (80 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of birth cannot be in the future.</source>
        <translation>La fecha de nacimiento no puede estar en el futuro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of birth is before 1900.</source>
        <translation>La fecha de nacimiento es anterior a 1900.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The release date must be after the date of birth.</source>
        <translation>La fecha de liberación debe ser posterior a la fecha de nacimiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The actual release date cannot be in the future.</source>
        <translation>La fecha real de liberación no puede estar en el futuro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 20 aliases.</source>
        <translation>Como máximo 20 nombres alternativos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lived experience: each entry is at most 40 characters.</source>
        <translation>Experiencia vivida: cada entrada tiene 40 caracteres como máximo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lived experience: at most 20 entries.</source>
        <translation>Experiencia vivida: 20 entradas como máximo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests: each entry is at most 40 characters.</source>
        <translation>Intereses: cada entrada tiene 40 caracteres como máximo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests: at most 20 entries.</source>
        <translation>Intereses: 20 entradas como máximo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mentor preference is female, male, nonbinary or none.</source>
        <translation>La preferencia de mentor es mujer, hombre, no binario o ninguna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The status date is before the date of birth.</source>
        <translation>La fecha del estado es anterior a la fecha de nacimiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot disable your own account.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last active coordinator cannot be disabled.</source>
        <translation>No se puede desactivar al último coordinador activo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last active coordinator must stay coordinator.</source>
        <translation>El último coordinador activo debe seguir siendo coordinador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes without input before the window locks must be between 1 and 30.</source>
        <translation>Los minutos sin actividad antes de que se bloquee la ventana deben estar entre 1 y 30.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days without a contact before an alert must be between 1 and 90.</source>
        <translation>Los días sin contacto antes de una alerta deben estar entre 1 y 90.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days before release to check readiness must be between 1 and 180.</source>
        <translation>Los días antes de la liberación para revisar la preparación deben estar entre 1 y 180.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days before a certification expires must be between 1 and 365.</source>
        <translation>Los días antes de que venza una certificación deben estar entre 1 y 365.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Years after closing before records are purged must be between 1 and 50.</source>
        <translation>Los años después del cierre antes de eliminar los registros deben estar entre 1 y 50.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic backups kept must be between 1 and 100.</source>
        <translation>Las copias de seguridad automáticas guardadas deben estar entre 1 y 100.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DOC number %1 already belongs to another participant.</source>
        <extracomment>Sentences holding a value, with the value as ``%1`` (kept in step by test_messages.py).</extracomment>
        <translation>El número DOC %1 ya pertenece a otro participante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name &apos;%1&apos; is already taken.</source>
        <translation>El nombre de usuario «%1» ya está en uso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is already disabled.</source>
        <translation>«%1» ya está desactivado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is disabled.</source>
        <translation>«%1» está desactivado.</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../peerdesk/ui/settings_tab.py" line="+32"/>
        <source>Lock the window after (minutes):</source>
        <extracomment>The label of every setting in ``settings_rules.SPECS`` (a test keeps the two in step).</extracomment>
        <translation>Bloquear la ventana después de (minutos):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert after days without contact:</source>
        <translation>Alertar tras días sin contacto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check readiness days before release:</source>
        <translation>Revisar la preparación días antes de la liberación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn days before a certification expires:</source>
        <translation>Avisar días antes de que venza una certificación:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep closed records for (years):</source>
        <translation>Conservar los registros cerrados (años):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic backups to keep:</source>
        <translation>Copias de seguridad automáticas a conservar:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The computer&apos;s language</source>
        <extracomment>Language codes offered, with &quot;&quot; for the computer&apos;s own language. Audit entry name of a language change (the language is kept beside the database).</extracomment>
        <translation>El idioma de la computadora</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Used from the next start of peerdesk, on this data folder.</source>
        <translation>Se usa desde el próximo inicio de peerdesk, en esta carpeta de datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nothing to save.</source>
        <translation>No hay nada que guardar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../peerdesk/ui/setup_wizard.py" line="+47"/>
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
<context>
    <name>TimelineTableModel</name>
    <message>
        <location filename="../../peerdesk/ui/timeline_table_model.py" line="+28"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Group session</source>
        <extracomment>Longest part of a note shown in the table; the whole note is in the tooltip.</extracomment>
        <translation>Sesión de grupo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 min</source>
        <translation>%1, %2 min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One-on-one contact</source>
        <translation>Contacto individual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recorded by %1</source>
        <translation>registrado por %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>UserDialogs</name>
    <message>
        <location filename="../../peerdesk/ui/user_dialogs.py" line="-76"/>
        <source>At least %1 characters. The person must change it at first sign-in.</source>
        <translation>Al menos %1 caracteres. La persona debe cambiarla al iniciar sesión por primera vez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type it again:</source>
        <translation>Escríbala de nuevo:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a temporary passphrase.</source>
        <translation>Escriba una frase de contraseña temporal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no son iguales.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../peerdesk/ui/admin_models.py" line="-39"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active, must choose a passphrase</source>
        <translation>Activa, debe elegir una frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Locked for %n minute(s)</source>
        <translation>
            <numerusform>Bloqueado por %n minuto</numerusform>
            <numerusform>Bloqueado por %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allowed</source>
        <translation>Permitido</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../peerdesk/ui/users_tab.py" line="+64"/>
        <source>Add user…</source>
        <translation>Agregar usuario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role…</source>
        <translation>Cambiar rol…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set temporary passphrase…</source>
        <translation>Poner frase de contraseña temporal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock sign-in</source>
        <translation>Desbloquear inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable account…</source>
        <translation>Desactivar cuenta…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The account was added.</source>
        <translation>Se agregó la cuenta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The role was changed.</source>
        <translation>Se cambió el rol.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The temporary passphrase was set.</source>
        <translation>Se puso la frase de contraseña temporal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 can sign in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Disable the account %1?</source>
        <translation>¿Desactivar la cuenta %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their passphrase stops working at once. Their records stay.</source>
        <translation>Su frase de contraseña deja de funcionar de inmediato. Sus registros se conservan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable account</source>
        <translation>Desactivar cuenta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The account %1 is disabled.</source>
        <translation>La cuenta %1 está desactivada.</translation>
    </message>
</context>
</TS>
