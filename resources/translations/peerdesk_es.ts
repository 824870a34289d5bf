<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddMemberDialog</name>
    <message>
        <location filename="../../peerdesk/ui/group_dialogs.py" line="+191"/>
        <source>Add a member</source>
        <translation>Añadir un miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a participant to %1.</source>
        <translation>Añadir un participante a %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add member</source>
        <translation>Añadir miembro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DOC number</source>
        <translation>Número DOC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Join date</source>
        <translation>Fecha de ingreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOC number:</source>
        <translation>Número DOC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined on:</source>
        <translation>Ingresó el:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the participant&apos;s DOC number.</source>
        <translation>Escriba el número DOC del participante.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody you can see has this DOC number.</source>
        <translation>Nadie que usted pueda ver tiene este número DOC.</translation>
    </message>
</context>
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
        <location filename="../../peerdesk/ui/administration_section.py" line="+39"/>
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
        <location line="+3"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sites and keys</source>
        <translation>Sitios y claves</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
</context>
<context>
    <name>AgreementForm</name>
    <message>
        <location filename="../../peerdesk/ui/report_people_forms.py" line="+162"/>
        <source>Peer &amp;educator:</source>
        <translation>&amp;Educador par:</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../../peerdesk/ui/alert_table_model.py" line="+24"/>
        <source>consent in force</source>
        <translation>consentimiento vigente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a referral</source>
        <translation>una derivación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mentor after release</source>
        <translation>un mentor tras la liberación</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOC number</source>
        <translation>Número DOC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No recent contact</source>
        <translation>Sin contacto reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release not prepared</source>
        <translation>Liberación sin preparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certification expiring</source>
        <translation>Certificación por vencer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Days without a contact: %1.</source>
        <translation>Días sin contacto: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mentor: %1</source>
        <translation>Mentor: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days to release: %1. Missing: %2</source>
        <translation>Días para la liberación: %1. Falta: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days left: %1</source>
        <translation>Días restantes: %1</translation>
    </message>
</context>
<context>
    <name>AlertsPanel</name>
    <message>
        <location filename="../../peerdesk/ui/dashboard_alerts.py" line="+135"/>
        <location line="+25"/>
        <location line="+89"/>
        <source>Alerts</source>
        <extracomment>Alert rows the table shows at least (the page scrolls when the window is too short). Texts as wide as the alert columns should start (the last column stretches). Listed at first, and added by each &quot;show more&quot; (the service&apos;s own default). The most of one kind the panel asks for (the service&apos;s own cap). How many of each kind to list (raised by &quot;show more&quot;).</extracomment>
        <translation>Alertas</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Double-click an alert or press Enter to open the record.</source>
        <translation>Haga doble clic en una alerta o pulse Intro para abrir el registro.</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+39"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>No recent contact</source>
        <translation>Sin contacto reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release not prepared</source>
        <translation>Liberación sin preparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certification expiring</source>
        <translation>Certificación por vencer</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Loading the alerts…</source>
        <translation>Cargando las alertas…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: not counted</source>
        <translation>%1: sin contar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: none</source>
        <translation>%1: ninguna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 listed, and %3 more</source>
        <translation>%1: %2 en la lista y %3 más</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show %1 more</source>
        <translation>Mostrar %1 más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show %1 more: %2</source>
        <translation>Mostrar %1 más: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alerts (%1)</source>
        <translation>Alertas (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 alerts listed</source>
        <translation>%1 alertas en la lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No alerts today.</source>
        <translation>No hay alertas hoy.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../peerdesk/app.py" line="+61"/>
        <source>peerdesk cannot write to its data folder:
%1

Ask IT for write access to it, or start peerdesk with --data-dir pointing to a folder you can write.</source>
        <translation>peerdesk no puede escribir en su carpeta de datos:
%1

Pida al personal de informática permiso de escritura en esa carpeta, o inicie peerdesk con --data-dir indicando una carpeta en la que usted pueda escribir.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>peerdesk is already open with this data folder, under another account or on another computer. Close it there first.</source>
        <translation>peerdesk ya está abierto con esta carpeta de datos, en otra cuenta o en otra computadora. Ciérrelo allí primero.</translation>
    </message>
</context>
<context>
    <name>AppFlow</name>
    <message>
        <location filename="../../peerdesk/ui/app_flow.py" line="+184"/>
        <source>Only %1 or a coordinator can unlock this session.</source>
        <translation>Solo %1 o un coordinador pueden desbloquear esta sesión.</translation>
    </message>
    <message>
        <location line="+156"/>
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
    <name>AttendanceModel</name>
    <message>
        <location filename="../../peerdesk/ui/attendance_model.py" line="+57"/>
        <source>Present / name</source>
        <translation>Presente / nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOC number</source>
        <translation>Número DOC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../peerdesk/ui/attendance_panel.py" line="+96"/>
        <source>Roster: Space ticks present</source>
        <translation>Lista: Espacio marca presente</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Arrows move, Space ticks present, E marks excused, A absent. Tab goes to the reason and the note of the member selected.</source>
        <translation>Las flechas mueven, Espacio marca presente, E justificado, A ausente. Tab lleva al motivo y a la nota del miembro seleccionado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone &amp;present</source>
        <translation>&amp;Todos presentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+116"/>
        <source>Member selected</source>
        <translation>Miembro seleccionado</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Attendance of the member selected</source>
        <translation>Asistencia del miembro seleccionado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason for the absence</source>
        <translation>Motivo de la ausencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reason given</source>
        <translation>Sin motivo indicado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note about the member selected</source>
        <translation>Nota sobre el miembro seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional note about this member</source>
        <translation>Nota opcional sobre este miembro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sensitivity of the note</source>
        <translation>Confidencialidad de la nota</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attendance:</source>
        <translation>Asistencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sensitivity:</source>
        <translation>Confidencialidad:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Present: %1 · Absent: %2 · Excused: %3 (of %4)</source>
        <translation>Presentes: %1 · Ausentes: %2 · Justificados: %3 (de %4)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Member selected: %1</source>
        <translation>Miembro seleccionado: %1</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <location filename="../../peerdesk/ui/audit_labels.py" line="+14"/>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+221"/>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync bundle</source>
        <translation>Paquete de sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync review item</source>
        <translation>Elemento de revisión de sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor contact</source>
        <translation>Contacto de mentoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group facilitator</source>
        <translation>Facilitador del grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group member</source>
        <translation>Miembro del grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incentive</source>
        <translation>Incentivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep-separate order</source>
        <translation>Orden de mantener separados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor match</source>
        <translation>Emparejamiento de mentoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer educator</source>
        <translation>Educador par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pathway phase</source>
        <translation>Fase del itinerario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pathway</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report period</source>
        <translation>Período del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster import</source>
        <translation>Importación de lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening</source>
        <translation>Evaluación de ingreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group session</source>
        <translation>Sesión de grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Own passphrase changed</source>
        <extracomment>What an entry records, by the action code the trail stores (``participant.update``).</extracomment>
        <translation>Frase de contraseña propia cambiada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail checked</source>
        <translation>Registro de auditoría verificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent recorded</source>
        <translation>Consentimiento registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent expired</source>
        <translation>Consentimiento vencido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent revoked</source>
        <translation>Consentimiento revocado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor contact cancelled</source>
        <translation>Contacto de mentoría cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor contact recorded</source>
        <translation>Contacto de mentoría registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data made</source>
        <translation>Datos de demostración creados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files exported</source>
        <translation>Archivos CSV exportados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal added</source>
        <translation>Meta añadida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal status changed</source>
        <translation>Estado de la meta cambiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group reopened</source>
        <translation>Grupo reabierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group created</source>
        <translation>Grupo creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group closed</source>
        <translation>Grupo cerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group facilitator added</source>
        <translation>Facilitador del grupo añadido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group facilitator removed</source>
        <translation>Facilitador del grupo quitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group member added</source>
        <translation>Miembro del grupo añadido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group member removed</source>
        <translation>Miembro del grupo quitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group updated</source>
        <translation>Grupo actualizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incentive recorded</source>
        <translation>Incentivo registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incentive deleted</source>
        <translation>Incentivo eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep-separate order added</source>
        <translation>Orden de mantener separados añadida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep-separate order removed</source>
        <translation>Orden de mantener separados quitada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key card exported</source>
        <translation>Tarjeta de clave exportada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site keys created</source>
        <translation>Claves del sitio creadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust in a site withdrawn</source>
        <translation>Confianza en un sitio retirada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site keys replaced</source>
        <translation>Claves del sitio reemplazadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A site&apos;s new keys accepted</source>
        <translation>Claves nuevas de un sitio aceptadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site trusted</source>
        <translation>Sitio de confianza añadido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in failed</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked after failed sign-ins</source>
        <translation>Bloqueo tras intentos fallidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in with the recovery code</source>
        <translation>Sesión con código de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in refused while locked</source>
        <translation>Inicio de sesión rechazado por bloqueo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match closed</source>
        <translation>Emparejamiento cerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match handed off</source>
        <translation>Emparejamiento traspasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match paused</source>
        <translation>Emparejamiento en pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match proposed</source>
        <translation>Emparejamiento propuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match resumed</source>
        <translation>Emparejamiento reanudado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match started</source>
        <translation>Emparejamiento iniciado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program measures viewed</source>
        <translation>Medidas del programa consultadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer educator approved</source>
        <translation>Educador par aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certification recorded</source>
        <translation>Certificación registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer educator added</source>
        <translation>Educador par añadido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer educator declined</source>
        <translation>Educador par no aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer educator linked to a user</source>
        <translation>Educador par vinculado a un usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection step recorded</source>
        <translation>Paso de selección registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer educator status changed</source>
        <translation>Estado del educador par cambiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision check-in recorded</source>
        <translation>Reunión de supervisión registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training recorded</source>
        <translation>Formación registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer educator updated</source>
        <translation>Educador par actualizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer educator opened</source>
        <translation>Educador par abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs assessment recorded</source>
        <translation>Evaluación de necesidades registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note co-signed</source>
        <translation>Nota cofirmada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note written</source>
        <translation>Nota escrita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note deleted</source>
        <translation>Nota eliminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note changed</source>
        <translation>Nota cambiada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes read</source>
        <translation>Notas leídas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome recorded</source>
        <translation>Resultado registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome updated</source>
        <translation>Resultado actualizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant added</source>
        <translation>Participante añadido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant deleted</source>
        <translation>Participante eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants merged</source>
        <translation>Participantes fusionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant status changed</source>
        <translation>Estado del participante cambiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant updated</source>
        <translation>Participante actualizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant opened</source>
        <translation>Participante abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner added</source>
        <translation>Socio añadido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner deleted</source>
        <translation>Socio eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner updated</source>
        <translation>Socio actualizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pathway created</source>
        <translation>Itinerario creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pathway phase started</source>
        <translation>Fase del itinerario iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone reached</source>
        <translation>Hito alcanzado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old records purged</source>
        <translation>Expedientes antiguos purgados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery code made</source>
        <translation>Código de recuperación creado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral made</source>
        <translation>Derivación hecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral status changed</source>
        <translation>Estado de la derivación cambiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor agreement printed</source>
        <translation>Acuerdo de mentoría impreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance report made</source>
        <translation>Informe de asistencia hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate printed</source>
        <translation>Certificado impreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant report made</source>
        <translation>Informe de subvención hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly report made</source>
        <translation>Informe mensual hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner packet made</source>
        <translation>Paquete para socio hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent used for a packet</source>
        <translation>Consentimiento usado en un paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in sheet printed</source>
        <translation>Hoja de firmas impresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster imported</source>
        <translation>Lista importada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening recorded</source>
        <translation>Evaluación de ingreso registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance corrected</source>
        <translation>Asistencia corregida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group session cancelled</source>
        <translation>Sesión de grupo cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked session ended</source>
        <translation>Sesión bloqueada terminada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window locked</source>
        <translation>Ventana bloqueada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group session recorded</source>
        <translation>Sesión de grupo registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switched user</source>
        <translation>Cambio de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window unlocked</source>
        <translation>Ventana desbloqueada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock refused</source>
        <translation>Desbloqueo rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings changed</source>
        <translation>Configuración cambiada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site set up</source>
        <translation>Sitio configurado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database checked</source>
        <translation>Base de datos revisada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync review item settled</source>
        <translation>Revisión de sincronización resuelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync conflict closed: settled at another site</source>
        <translation>Conflicto de sincronización cerrado: resuelto en otro sitio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible duplicate kept apart</source>
        <translation>Posible duplicado mantenido aparte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicate merged</source>
        <translation>Posible duplicado fusionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync bundle exported</source>
        <translation>Paquete de sincronización exportado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync bundle imported</source>
        <translation>Paquete de sincronización importado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync bundle refused</source>
        <translation>Paquete de sincronización rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline viewed</source>
        <translation>Historial consultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User added</source>
        <translation>Usuario añadido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User disabled</source>
        <translation>Usuario desactivado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User&apos;s passphrase reset</source>
        <translation>Frase de contraseña restablecida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User&apos;s role changed</source>
        <translation>Rol del usuario cambiado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User&apos;s sign-in unlocked</source>
        <translation>Usuario desbloqueado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change own passphrase</source>
        <extracomment>What someone asked to do, for refused entries: the permission codes (``Action``) and the actions refused on a record (``note.edit`` of someone else&apos;s note).</extracomment>
        <translation>Cambiar la frase de contraseña propia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the audit trail</source>
        <translation>Verificar el registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the audit trail</source>
        <translation>Ver el registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make or restore a backup</source>
        <translation>Hacer o restaurar copias de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a sync bundle</source>
        <translation>Exportar un paquete de sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a sync bundle</source>
        <translation>Importar un paquete de sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settle a sync review item</source>
        <translation>Resolver una revisión de sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record or revoke a consent</source>
        <translation>Registrar o revocar un consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV files</source>
        <translation>Exportar archivos CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage groups</source>
        <translation>Gestionar grupos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage incentives</source>
        <translation>Gestionar incentivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage site keys</source>
        <translation>Gestionar las claves del sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage matches</source>
        <translation>Gestionar emparejamientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See matches</source>
        <translation>Ver emparejamientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage peer educators</source>
        <translation>Gestionar educadores pares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See peer educators</source>
        <translation>Ver educadores pares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-sign a note</source>
        <translation>Cofirmar una nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete a note</source>
        <translation>Eliminar una nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change a note</source>
        <translation>Cambiar una nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read general notes</source>
        <translation>Leer notas generales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read sensitive notes</source>
        <translation>Leer notas sensibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read substance-use notes</source>
        <translation>Leer notas de consumo de sustancias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note</source>
        <translation>Escribir una nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record outcomes</source>
        <translation>Registrar resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change participants</source>
        <translation>Cambiar participantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge participants</source>
        <translation>Fusionar participantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen participants</source>
        <translation>Evaluar el ingreso de participantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See all participants</source>
        <translation>Ver todos los participantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See assigned participants</source>
        <translation>Ver los participantes asignados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage pathways</source>
        <translation>Gestionar itinerarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purge old records</source>
        <translation>Purgar expedientes antiguos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage referrals</source>
        <translation>Gestionar derivaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make reports</source>
        <translation>Hacer informes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct attendance</source>
        <translation>Corregir la asistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record group sessions</source>
        <translation>Registrar sesiones de grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See group sessions</source>
        <translation>Ver sesiones de grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change settings</source>
        <translation>Cambiar la configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the site</source>
        <translation>Ver el sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See user accounts</source>
        <translation>Ver cuentas de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage user accounts</source>
        <translation>Gestionar cuentas de usuario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in</source>
        <extracomment>Families of actions the audit filter offers, by the start of their code (&quot;&quot; = all).</extracomment>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window and group sessions</source>
        <translation>Sesiones (ventana y grupo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
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
        <source>Groups</source>
        <translation>Grupos</translation>
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
        <source>Site keys</source>
        <translation>Claves del sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User accounts</source>
        <translation>Cuentas de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../peerdesk/ui/audit_tab.py" line="+58"/>
        <source>Any user</source>
        <extracomment>How many entries one read shows (the newest).</extracomment>
        <translation>Cualquier usuario</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a kind of action, or type the start of an action code.</source>
        <translation>Elija un tipo de acción, o escriba el comienzo de un código de acción.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action:</source>
        <translation>Acción:</translation>
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
        <location line="+19"/>
        <source>Verify the audit trail</source>
        <translation>Verificar el registro de auditoría</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit trail entries</source>
        <translation>Entradas del registro de auditoría</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The end date is before the start date.</source>
        <translation>La fecha final es anterior a la fecha inicial.</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location filename="../../peerdesk/ui/admin_models.py" line="+72"/>
        <source>No.</source>
        <extracomment>The stored action code of the row, on any column.</extracomment>
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
    <name>AwardDialog</name>
    <message>
        <location filename="../../peerdesk/ui/incentives_tab.py" line="+88"/>
        <source>Award an incentive</source>
        <translation>Otorgar un incentivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what it recognizes; the reason is kept with the award.</source>
        <translation>Indique qué reconoce; el motivo se guarda con el incentivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award</source>
        <translation>Otorgar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount:</source>
        <translation>Importe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only for a commissary credit, in dollars.</source>
        <translation>Solo para un crédito de economato, en dólares.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Awarded on:</source>
        <translation>Otorgado el:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the amount in dollars, like 12.50.</source>
        <translation>Escriba el importe en dólares, por ejemplo 12.50.</translation>
    </message>
</context>
<context>
    <name>BackupFileBox</name>
    <message>
        <location filename="../../peerdesk/ui/restore_boxes.py" line="+44"/>
        <source>1. The backup file</source>
        <translation>1. El archivo de copia de seguridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file chosen yet</source>
        <translation>Aún no se eligió ningún archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup file</source>
        <translation>Elegir el archivo de copia de seguridad</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Site code:</source>
        <translation>Código del sitio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on:</source>
        <translation>Hecha el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by:</source>
        <translation>Hecha con:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>peerdesk %1 (data format %2)</source>
        <translation>peerdesk %1 (formato de datos %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checked: the file is complete and unchanged since it was made.</source>
        <translation>Comprobado: el archivo está completo y sin cambios desde que se hizo.</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../peerdesk/ui/backup_tab.py" line="+96"/>
        <source>A backup is one file holding everything in peerdesk, encrypted. Keep it on a drive stored apart from this computer. A coordinator&apos;s passphrase or the recovery code printed at setup restores it, on this or another computer.</source>
        <translation>Una copia de seguridad es un solo archivo cifrado con todo lo que hay en peerdesk. Guárdela en una unidad que se conserve lejos de esta computadora. La frase de contraseña de un coordinador o el código de recuperación impreso en la configuración inicial la restauran, en esta u otra computadora.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia ahora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the backup</source>
        <translation>Cancelar la copia de seguridad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup progress</source>
        <translation>Avance de la copia de seguridad</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace everything in peerdesk with the contents of a backup, for example after the data was damaged. The data now here is moved aside, not deleted; you are signed out and peerdesk reopens on the backup&apos;s data.</source>
        <translation>Reemplace todo lo que hay en peerdesk por el contenido de una copia de seguridad, por ejemplo si los datos se dañaron. Los datos que hay ahora se apartan, no se borran; se cierra su sesión y peerdesk vuelve a abrirse con los datos de la copia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar desde una copia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+163"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+10"/>
        <source>Automatic backups</source>
        <translation>Copias de seguridad automáticas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No automatic backup yet: the first is made when peerdesk closes.</source>
        <translation>Aún no hay copias automáticas: la primera se hace cuando peerdesk se cierra.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose the folder or drive for the backup</source>
        <translation>Elija la carpeta o unidad para la copia de seguridad</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Backup written and checked: %1 (%2).</source>
        <translation>Copia de seguridad escrita y comprobada: %1 (%2).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is not enough free space in %1. Free some space or choose another folder. No backup file was written.</source>
        <translation>No hay suficiente espacio libre en %1. Libere espacio o elija otra carpeta. No se escribió ningún archivo de copia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>peerdesk cannot write to %1: it is read-only or you may not write there. Choose another folder. No backup file was written.</source>
        <translation>peerdesk no puede escribir en %1: es de solo lectura o usted no tiene permiso para escribir allí. Elija otra carpeta. No se escribió ningún archivo de copia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The drive holding %1 stopped responding or was removed. Check the drive and try again. No backup file was written.</source>
        <translation>La unidad que contiene %1 dejó de responder o se retiró. Revise la unidad e inténtelo de nuevo. No se escribió ningún archivo de copia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist or is not reachable. No backup file was written.</source>
        <translation>La carpeta %1 no existe o no se puede acceder a ella. No se escribió ningún archivo de copia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup did not read back exactly as written, so it was removed. The drive may be failing: try another one. No backup file was written.</source>
        <translation>La copia no se leyó exactamente como se escribió, así que se eliminó. Puede que la unidad esté fallando: pruebe con otra. No se escribió ningún archivo de copia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup was cancelled. No backup file was written.</source>
        <translation>Se canceló la copia de seguridad. No se escribió ningún archivo de copia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup could not be written (%1). No backup file was written.</source>
        <translation>No se pudo escribir la copia de seguridad (%1). No se escribió ningún archivo de copia.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>To restore over this site, close peerdesk and run: peerdesk restore FILE --replace</source>
        <translation>Para restaurar sobre este sitio, cierre peerdesk y ejecute: peerdesk restore ARCHIVO --replace</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>peerdesk backs up by itself each time it closes and keeps the newest %1, in %2. Change how many under Settings.</source>
        <translation>peerdesk hace una copia de seguridad cada vez que se cierra y conserva las %1 más recientes, en %2. Cambie cuántas en Configuración.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic backups are off. Turn them on under Settings.</source>
        <translation>Las copias de seguridad automáticas están desactivadas. Actívelas en Configuración.</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location line="-291"/>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>CancelledSessionDialog</name>
    <message>
        <location filename="../../peerdesk/ui/group_dialogs.py" line="-171"/>
        <source>Record a cancelled session</source>
        <translation>Registrar una sesión cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For the group %1. No attendance is taken.</source>
        <translation>Para el grupo %1. No se toma asistencia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record cancellation</source>
        <translation>Registrar cancelación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HH:MM (optional)</source>
        <translation>HH:MM (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned start time</source>
        <translation>Hora de inicio prevista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time:</source>
        <translation>Hora de inicio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module:</source>
        <translation>Módulo:</translation>
    </message>
</context>
<context>
    <name>CapacityDialog</name>
    <message>
        <location filename="../../peerdesk/ui/mentor_dialogs.py" line="+182"/>
        <source>Capacity and agreement</source>
        <translation>Capacidad y acuerdo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capacity (mentees at once):</source>
        <translation>Capacidad (mentorados a la vez):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement signed on:</source>
        <translation>Acuerdo firmado el:</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+43"/>
        <source>Type a whole number.</source>
        <extracomment>The mentor added, once OK has worked (adding only).</extracomment>
        <translation>Escriba un número entero.</translation>
    </message>
</context>
<context>
    <name>CertificateForm</name>
    <message>
        <location filename="../../peerdesk/ui/report_people_forms.py" line="+26"/>
        <source>A participant who completed the program</source>
        <translation>Un participante que terminó el programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A peer educator&apos;s training</source>
        <translation>La formación de un educador par</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Participant:</source>
        <translation>&amp;Participante:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer &amp;educator:</source>
        <translation>&amp;Educador par:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type a name or a DOC number first.</source>
        <translation>Primero escriba un nombre o un número DOC.</translation>
    </message>
</context>
<context>
    <name>CertificationDialog</name>
    <message>
        <location filename="../../peerdesk/ui/mentor_dialogs.py" line="+91"/>
        <source>Add certification</source>
        <translation>Añadir certificación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certification:</source>
        <translation>Certificación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued on:</source>
        <translation>Emitida el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on:</source>
        <translation>Vence el:</translation>
    </message>
</context>
<context>
    <name>CertificationTableModel</name>
    <message>
        <location filename="../../peerdesk/ui/mentor_models.py" line="+96"/>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expired</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid</source>
        <translation>Vigente</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../peerdesk/ui/change_passphrase_dialog.py" line="+49"/>
        <location line="+58"/>
        <source>Choose your passphrase</source>
        <translation>Elija su frase de contraseña</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>A coordinator gave you a temporary passphrase. Choose your own now: only you should know it.</source>
        <translation>Un(a) coordinador(a) le dio una frase de contraseña temporal. Elija ahora la suya: solo usted debe conocerla.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Temporary passphrase:</source>
        <translation>Frase de contraseña temporal:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New passphrase:</source>
        <translation>Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At least %1 characters; a few ordinary words with spaces work well.</source>
        <translation>Al menos %1 caracteres; unas cuantas palabras comunes separadas por espacios funcionan bien.</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>CloseMatchDialog</name>
    <message>
        <location filename="../../peerdesk/ui/match_dialogs.py" line="+139"/>
        <source>Close the match</source>
        <translation>Cerrar el emparejamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 with mentor %2. A closed match cannot be opened again.</source>
        <translation>%1 con el mentor %2. Un emparejamiento cerrado no se puede volver a abrir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close match</source>
        <translation>Cerrar emparejamiento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closing reason</source>
        <translation>Motivo de cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a reason…</source>
        <translation>Elija un motivo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on:</source>
        <translation>Cerrado el:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose why the match is closing.</source>
        <translation>Elija por qué se cierra el emparejamiento.</translation>
    </message>
</context>
<context>
    <name>ConfirmBox</name>
    <message>
        <location filename="../../peerdesk/ui/restore_boxes.py" line="+87"/>
        <source>3. Confirm</source>
        <translation>3. Confirmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REPLACE</source>
        <translation>REEMPLAZAR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data now in peerdesk is not deleted: it is moved aside, into a folder named replaced-&lt;date and time&gt; inside %1. Then you are signed out and peerdesk opens on the backup&apos;s data.</source>
        <translation>Los datos que hay ahora en peerdesk no se borran: se apartan en una carpeta llamada replaced-&lt;fecha y hora&gt; dentro de %1. Después se cierra su sesión y peerdesk se abre con los datos de la copia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The files peerdesk cannot open are not deleted: they are moved aside, into a folder named replaced-&lt;date and time&gt; inside %1.</source>
        <translation>Los archivos que peerdesk no puede abrir no se borran: se apartan en una carpeta llamada replaced-&lt;fecha y hora&gt; dentro de %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To go on, type %1:</source>
        <translation>Para seguir, escriba %1:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type %1 to confirm that the data is replaced.</source>
        <translation>Escriba %1 para confirmar que se reemplazan los datos.</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../peerdesk/ui/sync_models.py" line="+53"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value in the record</source>
        <translation>Valor en el registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value set aside</source>
        <translation>Valor apartado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>Detectado</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../peerdesk/ui/sync_conflicts_tab.py" line="+44"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the value in the record</source>
        <translation>Conservar el valor del registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the value set aside</source>
        <translation>Usar el valor apartado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Both sites changed these since their last exchange, or one deleted a record the other had changed. The later change is in the record; choose which value it should hold. A deleted record stays deleted.</source>
        <translation>Ambos sitios cambiaron estos datos desde su último intercambio, o uno eliminó un registro que el otro había cambiado. El cambio más reciente está en el registro; elija qué valor debe tener. Un registro eliminado sigue eliminado.</translation>
    </message>
</context>
<context>
    <name>ConsentDateDialog</name>
    <message>
        <location filename="../../peerdesk/ui/consent_dialogs.py" line="+153"/>
        <source>Revoke consent</source>
        <translation>Revocar el consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From this date no records go to this recipient under this consent.</source>
        <translation>Desde esta fecha no se envían registros a este destinatario bajo este consentimiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The end event happened</source>
        <translation>Ocurrió el evento final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The consent ends on the day the event its form names happened.</source>
        <translation>El consentimiento termina el día en que ocurrió el evento que nombra el formulario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revoked on:</source>
        <translation>Revocado el:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Happened on:</source>
        <translation>Ocurrió el:</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../../peerdesk/ui/consent_tab.py" line="+76"/>
        <source>Records go to another peerdesk site only while a consent naming that site is in force; substance-use treatment records only where the consent names them.</source>
        <translation>Los registros van a otro sitio de peerdesk solo mientras esté vigente un consentimiento que nombre ese sitio; los registros de tratamiento por consumo de sustancias, solo donde el consentimiento los nombre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record consent…</source>
        <translation>Registrar consentimiento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End event happened…</source>
        <translation>Ocurrió el evento final…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <location line="-53"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covers</source>
        <translation>Cubre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Program and treatment records</source>
        <translation>Registros del programa y de tratamiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Treatment records (Part 2)</source>
        <translation>Registros de tratamiento (Parte 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program records</source>
        <translation>Registros del programa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>when: %1</source>
        <translation>cuando: %1</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../peerdesk/ui/group_dialogs.py" line="+33"/>
        <source>Record a contact</source>
        <translation>Registrar un contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A one-on-one meeting, call, video call or letter with a mentee.</source>
        <translation>Una reunión individual, llamada, videollamada o carta con un mentorado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save contact</source>
        <translation>Guardar contacto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date of the contact</source>
        <translation>Fecha del contacto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It did not take place</source>
        <translation>No tuvo lugar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it did not take place</source>
        <translation>Por qué no tuvo lugar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional note about the contact</source>
        <translation>Nota opcional sobre el contacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sensitivity of the note</source>
        <translation>Confidencialidad de la nota</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mentee:</source>
        <translation>Mentorado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation>Duración:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How:</source>
        <translation>Cómo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitivity:</source>
        <translation>Confidencialidad:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the mentee the contact was with.</source>
        <translation>Elija al mentorado con quien fue el contacto.</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <location filename="../../peerdesk/ui/setup_pages.py" line="+106"/>
        <source>The first coordinator</source>
        <translation>El primer coordinador o coordinadora</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2 to 32 letters or digits, no spaces; for example: mgarcia</source>
        <translation>De 2 a 32 letras o números, sin espacios; por ejemplo: mgarcia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At least %1 characters; a few ordinary words with spaces work well.</source>
        <translation>Al menos %1 caracteres; unas cuantas palabras comunes separadas por espacios funcionan bien.</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>DashboardSection</name>
    <message>
        <location filename="../../peerdesk/ui/dashboard_section.py" line="+103"/>
        <source>Dashboard</source>
        <extracomment>Months of figures shown: the month shown and the five before it. Months read first: the month shown and the one before it (the tiles&apos; two numbers). Tiles per row at most (fewer when the page is too narrow for them). Changes (names on ``AppEvents.changed``) that can move a figure or an alert. The months counted so far for the month shown (oldest first; all six once complete).</extracomment>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Previous month</source>
        <translation>◀ Mes anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the month before (Alt+Left)</source>
        <translation>Mostrar el mes anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next month ▶</source>
        <translation>Mes siguiente ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the month after (Alt+Right)</source>
        <translation>Mostrar el mes siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count again (F5)</source>
        <translation>Volver a contar (F5)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enrolled</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched</source>
        <translation>Con mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group sessions held</source>
        <translation>Sesiones de grupo realizadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance rate</source>
        <translation>Tasa de asistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts per match</source>
        <translation>Contactos por emparejamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals made</source>
        <translation>Derivaciones hechas</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Month shown: %1</source>
        <translation>Mes mostrado: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counted up to today, %1: this month is not over yet.</source>
        <translation>Contado hasta hoy, %1: este mes aún no ha terminado.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1%</source>
        <translation>%1 %</translation>
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
    <name>DecisionDialog</name>
    <message>
        <location filename="../../peerdesk/ui/mentor_dialogs.py" line="-40"/>
        <source>Selection decision</source>
        <translation>Decisión de selección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision:</source>
        <translation>Decisión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on:</source>
        <translation>Decidido el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
</context>
<context>
    <name>DuplicateTableModel</name>
    <message>
        <location filename="../../peerdesk/ui/sync_models.py" line="+27"/>
        <source>Received from another site</source>
        <translation>Recibido de otro sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already here</source>
        <translation>Ya está aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Por qué</translation>
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
    <name>DuplicatesTab</name>
    <message>
        <location filename="../../peerdesk/ui/sync_duplicates_tab.py" line="+41"/>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the record received</source>
        <translation>Abrir el registro recibido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the record here</source>
        <translation>Abrir el registro de aquí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge, keeping the record received…</source>
        <translation>Fusionar, conservando el registro recibido…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge, keeping the record here…</source>
        <translation>Fusionar, conservando el registro de aquí…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not the same person</source>
        <translation>No es la misma persona</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>An import brought these people, and someone already here has the same DOC number, or a similar name and the same date of birth. Open both records; if they are one person, merge them: everything linked to the other record moves to the one kept. Keeping the record received keeps both sites on the same record.</source>
        <translation>Una importación trajo a estas personas, y alguien que ya está aquí tiene el mismo número DOC, o un nombre parecido y la misma fecha de nacimiento. Abra ambos registros; si son la misma persona, fusiónelos: todo lo vinculado al otro registro pasa al que se conserva. Conservar el registro recibido mantiene a ambos sitios en el mismo registro.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Merge two records</source>
        <translation>Fusionar dos registros</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merge these two records?</source>
        <translation>¿Fusionar estos dos registros?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep:</source>
        <translation>Conservar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into it, then remove:</source>
        <translation>Fusionar en él y después quitar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything linked to the second record moves to the first. This cannot be undone.</source>
        <translation>Todo lo vinculado al segundo registro pasa al primero. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Merged: %1 linked records moved.</source>
        <translation>Fusionado: se movieron %1 registros vinculados.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Both records are kept.</source>
        <translation>Se conservan ambos registros.</translation>
    </message>
</context>
<context>
    <name>EnterPhaseDialog</name>
    <message>
        <location filename="../../peerdesk/ui/pathway_tab.py" line="+53"/>
        <source>Enter a phase</source>
        <translation>Entrar en una fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phases go forward only, in the pathway&apos;s order.</source>
        <translation>Las fases solo avanzan, en el orden del itinerario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter phase</source>
        <translation>Entrar en la fase</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Phase:</source>
        <translation>Fase:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entered on:</source>
        <translation>Entró el:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no later phase to enter.</source>
        <translation>No hay una fase posterior a la que entrar.</translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <location filename="../../peerdesk/ui/report_forms.py" line="+201"/>
        <source>A folder or a USB drive</source>
        <translation>Una carpeta o una memoria USB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measures for &amp;month:</source>
        <translation>Indicadores del &amp;mes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writes participants, matches, sessions, referrals and measures as CSV files that spreadsheets open. Only what your role may see.</source>
        <translation>Guarda participantes, asignaciones, sesiones, derivaciones e indicadores en archivos CSV que abren las hojas de cálculo. Solo lo que su rol puede ver.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to folder</source>
        <translation>Exportar a la carpeta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the folder the files go to.</source>
        <translation>Elija la carpeta donde se guardan los archivos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This folder does not exist.</source>
        <translation>Esta carpeta no existe.</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <location filename="../../peerdesk/ui/charts.py" line="+235"/>
        <location line="+17"/>
        <source>Loading…</source>
        <extracomment>Room between bars, as a share of each bar&apos;s slot. Room between two month labels, in widths of the label font&apos;s &quot;x&quot;.</extracomment>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1: loading…</source>
        <translation>%1: cargando…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+26"/>
        <source>Previous month: %1</source>
        <translation>Mes anterior: %1</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+26"/>
        <source>%1: %2. Previous month: %3.</source>
        <translation>%1: %2. Mes anterior: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last %1 months: %2</source>
        <translation>Últimos %1 meses: %2</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+45"/>
        <source>%1, month by month</source>
        <translation>%1, mes a mes</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../peerdesk/ui/form_dialog.py" line="+259"/>
        <source>Type the date.</source>
        <extracomment>Room left for the window&apos;s title bar and frame, which Qt knows only once it is shown.</extracomment>
        <translation>Escriba la fecha.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../peerdesk/ui/goals_tab.py" line="+54"/>
        <source>Set a goal</source>
        <translation>Fijar una meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the participant&apos;s own words where possible.</source>
        <translation>Con las palabras del participante cuando sea posible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set goal</source>
        <translation>Fijar meta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Goal:</source>
        <translation>Meta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not tied to one area</source>
        <translation>Sin un área concreta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area:</source>
        <translation>Área:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set on:</source>
        <translation>Fijada el:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target date:</source>
        <translation>Fecha objetivo:</translation>
    </message>
</context>
<context>
    <name>GoalStatusDialog</name>
    <message>
        <location line="+20"/>
        <source>Goal status</source>
        <translation>Estado de la meta</translation>
    </message>
</context>
<context>
    <name>GoalTableModel</name>
    <message>
        <location line="-65"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Fecha objetivo</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <location line="+80"/>
        <source>Open goals move to in progress, then achieved or dropped.</source>
        <translation>Las metas abiertas pasan a en curso y luego a logradas o abandonadas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set goal…</source>
        <translation>Fijar meta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status…</source>
        <translation>Cambiar estado…</translation>
    </message>
</context>
<context>
    <name>GrantForm</name>
    <message>
        <location filename="../../peerdesk/ui/report_forms.py" line="-86"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To (included):</source>
        <translation>&amp;Hasta (incluido):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a date, for example 2026-03-31.</source>
        <translation>Escriba una fecha, por ejemplo 2026-03-31.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The last day is before the first day.</source>
        <translation>El último día es anterior al primero.</translation>
    </message>
</context>
<context>
    <name>GroupLabels</name>
    <message>
        <location filename="../../peerdesk/ui/group_labels.py" line="+16"/>
        <location line="+11"/>
        <source>Lockdown</source>
        <extracomment>Facility reasons a member missed a session (``session_rules.AbsenceReason``).
----------
Why a planned session did not take place (``session_rules.CancelReason``).</extracomment>
        <translation>Confinamiento</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Medical</source>
        <translation>Médico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court</source>
        <translation>Juzgado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work assignment</source>
        <translation>Trabajo asignado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Other reason</source>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Staff shortage</source>
        <translation>Falta de personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator unavailable</source>
        <translation>Facilitador no disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants unavailable</source>
        <translation>Participantes no disponibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room unavailable</source>
        <translation>Sala no disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holiday</source>
        <translation>Día festivo</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <location filename="../../peerdesk/ui/group_page.py" line="+83"/>
        <source>Back to groups</source>
        <extracomment>Style of the line that confirms something was saved. How many of a group&apos;s latest sessions the page lists.</extracomment>
        <translation>Volver a los grupos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list of groups (Alt+Left)</source>
        <translation>Volver a la lista de grupos (Alt+Izquierda)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Record a session…</source>
        <translation>&amp;Registrar una sesión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a session of this group (Ctrl+R)</source>
        <translation>Registrar una sesión de este grupo (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a &amp;cancelled session…</source>
        <translation>Registrar una sesión &amp;cancelada…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sessions of the group</source>
        <translation>Sesiones del grupo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members of the group</source>
        <translation>Miembros del grupo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add member…</source>
        <translation>&amp;Añadir miembro…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the member selected</source>
        <translation>Quitar al miembro seleccionado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Members: %1</source>
        <translation>Miembros: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Members (%1)</source>
        <translation>Miembros (%1)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Select a member first.</source>
        <translation>Seleccione primero un miembro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record that %1 left this group today?</source>
        <translation>¿Registrar que %1 dejó este grupo hoy?</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <location filename="../../peerdesk/ui/group_models.py" line="+25"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curriculum</source>
        <translation>Currículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
</context>
<context>
    <name>GroupsListPage</name>
    <message>
        <location filename="../../peerdesk/ui/groups_list_page.py" line="+60"/>
        <source>Groups</source>
        <extracomment>Columns are sized to their text when the list is shorter than this (measuring is cheap).</extracomment>
        <translation>Grupos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Record a &amp;contact…</source>
        <translation>Registrar un &amp;contacto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a one-on-one contact with a mentee (Ctrl+Shift+R)</source>
        <translation>Registrar un contacto individual con un mentorado (Ctrl+Mayús+R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Record a session…</source>
        <translation>&amp;Registrar una sesión…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a session of the group selected (Ctrl+R)</source>
        <translation>Registrar una sesión del grupo seleccionado (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter opens the group selected. Ctrl+R records a session of it, Ctrl+Shift+R a one-on-one contact.</source>
        <translation>Intro abre el grupo seleccionado. Ctrl+R registra una sesión del grupo; Ctrl+Mayús+R, un contacto individual.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Groups: %1</source>
        <translation>Grupos: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No groups yet.</source>
        <translation>Todavía no hay grupos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You do not facilitate any group yet. A coordinator can add you.</source>
        <translation>Todavía no facilita ningún grupo. Un coordinador puede añadirle.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There is no active match to record for.</source>
        <translation>No hay ningún emparejamiento activo para el que registrar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact saved.</source>
        <translation>Contacto guardado.</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <location filename="../../peerdesk/ui/match_dialogs.py" line="+20"/>
        <source>Hand off at release</source>
        <translation>Traspasar al salir en libertad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s match with %2 closes and a match with the community mentor starts on the same day.</source>
        <translation>El emparejamiento de %1 con %2 se cierra y empieza uno con el mentor comunitario el mismo día.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hand off</source>
        <translation>Traspasar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search for the community mentor</source>
        <translation>Buscar el mentor comunitario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Community mentor:</source>
        <translation>Mentor comunitario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handoff on:</source>
        <translation>Traspaso el:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned contact every</source>
        <translation>Contacto previsto cada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned contact every:</source>
        <translation>Contacto previsto cada:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the community mentor.</source>
        <translation>Elija el mentor comunitario.</translation>
    </message>
</context>
<context>
    <name>IdleBanner</name>
    <message>
        <location filename="../../peerdesk/ui/idle_banner.py" line="+24"/>
        <source>Lock warning</source>
        <translation>Aviso de bloqueo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No activity for a while: peerdesk locks in %1 seconds, and your unsaved changes will be lost. Move the mouse or press a key to keep working.</source>
        <translation>Sin actividad desde hace un rato: peerdesk se bloquea en %1 segundos y se perderán los cambios sin guardar. Mueva el ratón o pulse una tecla para seguir trabajando.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No activity for a while: peerdesk locks in %1 seconds to protect the records. Move the mouse or press a key to keep working.</source>
        <translation>Sin actividad desde hace un rato: peerdesk se bloquea en %1 segundos para proteger los registros. Mueva el ratón o pulse una tecla para seguir trabajando.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPanel</name>
    <message>
        <location filename="../../peerdesk/ui/sync_preview_panel.py" line="+33"/>
        <source>What the import changes</source>
        <translation>Lo que cambia la importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import these changes</source>
        <translation>Importar estos cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>another site</source>
        <translation>otro sitio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundle #%1 from %2, written %3. New records: %4. Updated records: %5. Unchanged: %6. To be listed for review: conflicts %7, possible duplicates %8. Nothing has been imported yet.</source>
        <translation>Paquete n.º %1 de %2, escrito el %3. Registros nuevos: %4. Registros actualizados: %5. Sin cambios: %6. Se listarán para revisión: conflictos %7, posibles duplicados %8. Todavía no se ha importado nada.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Conflicts settled at the other site, to be closed here: %1.</source>
        <translation>Conflictos resueltos en el otro sitio, que se cerrarán aquí: %1.</translation>
    </message>
</context>
<context>
    <name>IncentiveLabels</name>
    <message>
        <location filename="../../peerdesk/ui/incentives_tab.py" line="-104"/>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commissary credit</source>
        <translation>Crédito de economato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privilege</source>
        <translation>Privilegio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognition</source>
        <translation>Reconocimiento</translation>
    </message>
</context>
<context>
    <name>IncentiveTableModel</name>
    <message>
        <location line="+32"/>
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
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
</context>
<context>
    <name>IncentivesTab</name>
    <message>
        <location line="+83"/>
        <source>Awards, newest first.</source>
        <translation>Incentivos, los más recientes primero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incentives</source>
        <translation>Incentivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Award…</source>
        <translation>Otorgar…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../peerdesk/ui/messages.py" line="+47"/>
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
        <location filename="../../peerdesk/ui/login_window.py" line="+73"/>
        <location line="+58"/>
        <location line="+37"/>
        <source>Sign in to peerdesk</source>
        <extracomment>The data folder signed in to (a restore goes there). &quot;Restore from a backup…&quot;, offered when the site cannot be opened.</extracomment>
        <translation>Iniciar sesión en peerdesk</translation>
    </message>
    <message>
        <location line="-89"/>
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
        <location line="+1"/>
        <location line="+37"/>
        <location line="+25"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="-90"/>
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
        <location line="+4"/>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location line="+31"/>
        <source>Caps Lock is on.</source>
        <translation>Bloq Mayús está activado.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../peerdesk/ui/main_window.py" line="+93"/>
        <source>Signed in as</source>
        <extracomment>Sections that ask before they are left with changes not saved. Administration › Backups › Restore checked and unlocked a backup (a ``ReplaceRequest``): the app flow ends the session and installs it.</extracomment>
        <translation>Sesión de</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Go</source>
        <extracomment>Each page in a scroll area: a page wider than the window (200 % text, a long translation) scrolls instead of making the window wider than the screen.</extracomment>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <location line="+58"/>
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
    <name>MakeReferralDialog</name>
    <message>
        <location filename="../../peerdesk/ui/referrals_tab.py" line="+60"/>
        <source>Make a referral</source>
        <translation>Hacer una derivación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only active partners are listed, with the services they offer.</source>
        <translation>Solo se muestran los socios activos, con los servicios que ofrecen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make referral</source>
        <translation>Hacer derivación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner:</source>
        <translation>Socio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service:</source>
        <translation>Servicio:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made on:</source>
        <translation>Hecha el:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add the partner in Referrals and partners first.</source>
        <translation>Primero agregue el socio en Derivaciones y socios.</translation>
    </message>
</context>
<context>
    <name>MatchChoiceModel</name>
    <message>
        <location filename="../../peerdesk/ui/match_picker.py" line="+39"/>
        <source>Mentee</source>
        <extracomment>Matches shown at a time; more means the person should type more. Rows of results visible without scrolling.</extracomment>
        <translation>Mentorado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOC number</source>
        <translation>Número DOC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
</context>
<context>
    <name>MatchDialogs</name>
    <message>
        <location filename="../../peerdesk/ui/match_dialogs.py" line="-164"/>
        <source>Type the date.</source>
        <translation>Escriba la fecha.</translation>
    </message>
</context>
<context>
    <name>MatchListTab</name>
    <message>
        <location filename="../../peerdesk/ui/match_list_tab.py" line="+83"/>
        <source>Match status</source>
        <extracomment>The filter&apos;s choices: &quot;open&quot; (proposed, active, paused), one status, or &quot;&quot; for any. Only measured, never shown: a long name, and the widest date, so the columns hold them at any text size (200% text clipped the dates in 85-pixel columns). Matches read per page (&quot;Show more&quot; adds this many). How many matches the filter finds in all.</extracomment>
        <translation>Estado del emparejamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (proposed, active, paused)</source>
        <translation>Abiertos (propuestos, activos, en pausa)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Participant name or DOC number</source>
        <extracomment>The participant&apos;s name or DOC number starts with this (the Matches section only).</extracomment>
        <translation>Nombre del participante o número DOC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search matches by participant</source>
        <translation>Buscar emparejamientos por participante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matches</source>
        <translation>Emparejamientos</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>S&amp;earch:</source>
        <translation>B&amp;uscar:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Find a mentor…</source>
        <translation>&amp;Buscar un mentor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mentors suggested for this participant, in the Matches section</source>
        <translation>Los mentores sugeridos para este participante, en la sección Emparejamientos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;tart…</source>
        <translation>&amp;Iniciar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose…</source>
        <translation>C&amp;errar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hand off at release…</source>
        <translation>&amp;Traspasar al salir en libertad…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n match(es), %1 listed</source>
        <translation>
            <numerusform>%n emparejamiento, %1 en la lista</numerusform>
            <numerusform>%n emparejamientos, %1 en la lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n emparejamiento</numerusform>
            <numerusform>%n emparejamientos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No matches for this search and status.</source>
        <translation>No hay emparejamientos para esta búsqueda y estado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No matches with this status.</source>
        <translation>No hay emparejamientos con este estado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show %1 &amp;more</source>
        <translation>Mostrar %1 &amp;más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show %1 more matches</source>
        <translation>Mostrar %1 emparejamientos más</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The match started.</source>
        <translation>El emparejamiento ha empezado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The match is paused.</source>
        <translation>El emparejamiento está en pausa.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The match is active again.</source>
        <translation>El emparejamiento vuelve a estar activo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The match is closed.</source>
        <translation>El emparejamiento está cerrado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The match was handed off to the community mentor.</source>
        <translation>El emparejamiento se traspasó al mentor comunitario.</translation>
    </message>
</context>
<context>
    <name>MatchPicker</name>
    <message>
        <location filename="../../peerdesk/ui/match_picker.py" line="+32"/>
        <source>Name, DOC number or mentor</source>
        <translation>Nombre, número DOC o mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search for the mentee</source>
        <translation>Buscar al mentorado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type part of a name; the arrows choose among the matches; Enter takes one.</source>
        <translation>Escriba parte de un nombre; las flechas eligen entre los resultados; Intro toma uno.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Open matches found</source>
        <translation>Emparejamientos abiertos encontrados</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No open match you can see matches “%1”.</source>
        <translation>Ningún emparejamiento abierto que usted puede ver coincide con «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no active match to record for.</source>
        <translation>No hay ningún emparejamiento activo para el que registrar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 are shown; type more to narrow them.</source>
        <translation>Se muestran los primeros %1; escriba más para acotar la búsqueda.</translation>
    </message>
</context>
<context>
    <name>MatchReasons</name>
    <message>
        <location filename="../../peerdesk/ui/match_models.py" line="+26"/>
        <source>Speaks %1</source>
        <extracomment>The English sentences ``domain.matching`` writes, by reason code, with the value they hold and the template shown instead (``%1`` is the value).</extracomment>
        <translation>Habla %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Both releasing to %1</source>
        <translation>Ambos salen en libertad a %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Based in %1, the county of release</source>
        <translation>Vive en %1, el condado de salida</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shared lived experience: %1</source>
        <translation>Experiencia vivida en común: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shared interest: %1</source>
        <translation>Interés en común: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ages within %1 years of each other</source>
        <translation>Edades a menos de %1 años de diferencia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The mentor gender asked for (%1)</source>
        <translation>El género de mentor pedido (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Room for more mentees: %1</source>
        <translation>Plazas libres para más mentorados: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>language</source>
        <extracomment>Short names of the reason codes, for the list of suggestions.</extracomment>
        <translation>idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>county</source>
        <translation>condado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lived experience</source>
        <translation>experiencia vivida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interests</source>
        <translation>intereses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age</source>
        <translation>edad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gender asked for</source>
        <translation>género pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capacity</source>
        <translation>capacidad</translation>
    </message>
</context>
<context>
    <name>MatchTableModel</name>
    <message>
        <location line="+31"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact every</source>
        <translation>Contacto cada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing reason</source>
        <translation>Motivo de cierre</translation>
    </message>
    <message>
        <location filename="../../peerdesk/ui/match_list_tab.py" line="-276"/>
        <location filename="../../peerdesk/ui/match_models.py" line="+11"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
</context>
<context>
    <name>MatchesSection</name>
    <message>
        <location filename="../../peerdesk/ui/matches_section.py" line="+35"/>
        <source>Matches</source>
        <translation>Emparejamientos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find a mentor</source>
        <translation>Buscar un mentor</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../peerdesk/ui/group_models.py" line="+43"/>
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
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
</context>
<context>
    <name>MentorChoiceModel</name>
    <message>
        <location filename="../../peerdesk/ui/mentor_finder.py" line="+48"/>
        <source>Peer educator</source>
        <extracomment>Peer educators shown at a time; more means the person should type more of the name. Rows of results visible without scrolling. The longest search typed (a name&apos;s words; the service looks at the first four).</extracomment>
        <translation>Educador(a) par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>MentorDialog</name>
    <message>
        <location filename="../../peerdesk/ui/mentor_dialogs.py" line="-175"/>
        <source>Type a number.</source>
        <translation>Escriba un número.</translation>
    </message>
</context>
<context>
    <name>MentorFinder</name>
    <message>
        <location filename="../../peerdesk/ui/mentor_finder.py" line="+70"/>
        <source>Type part of the name</source>
        <extracomment>Whether the search of nothing found no one (there is no one to choose at all).</extracomment>
        <translation>Escriba parte del nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of a name; the arrows choose among those found; Enter takes one.</source>
        <translation>Escriba parte de un nombre; las flechas eligen entre los encontrados; Intro toma uno.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Peer educators found</source>
        <translation>Educadores pares encontrados</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No one found whose name starts with “%1”.</source>
        <translation>No se encontró a nadie cuyo nombre empiece por “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no one to choose.</source>
        <translation>No hay nadie para elegir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first %1 of %2 are shown; type more of the name.</source>
        <translation>Se muestran los primeros %1 de %2; escriba más del nombre.</translation>
    </message>
</context>
<context>
    <name>MentorLabels</name>
    <message>
        <location filename="../../peerdesk/ui/mentor_labels.py" line="+10"/>
        <source>Proposed</source>
        <translation>Propuesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released, handed off</source>
        <translation>Salió en libertad, traspasado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor left the program</source>
        <translation>El mentor dejó el programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant withdrew</source>
        <translation>El participante se retiró</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>Trasladado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (say why)</source>
        <translation>Otro (diga por qué)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applicant</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In training</source>
        <translation>En formación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exited</source>
        <translation>Salió del programa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Application</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background check</source>
        <translation>Verificación de antecedentes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passed</source>
        <translation>Superado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not passed</source>
        <translation>No superado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not decided yet</source>
        <translation>Sin decidir todavía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff member</source>
        <translation>Miembro del personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community volunteer</source>
        <translation>Voluntario comunitario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonbinary</source>
        <translation>No binario</translation>
    </message>
</context>
<context>
    <name>MentorListPage</name>
    <message>
        <location filename="../../peerdesk/ui/mentor_list_page.py" line="+62"/>
        <source>Status</source>
        <extracomment>Rows read per page (&quot;Show more&quot; adds this many).</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last or first name</source>
        <translation>Apellido o nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search peer educators by name</source>
        <translation>Buscar educadores pares por nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Peer educators</source>
        <translation>Educadores pares</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New peer educator…</source>
        <translation>Nuevo educador par…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;earch:</source>
        <translation>B&amp;uscar:</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+11"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n peer educator(s), %1 listed</source>
        <translation>
            <numerusform>%n educador par, %1 en la lista</numerusform>
            <numerusform>%n educadores pares, %1 en la lista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n peer educator(s)</source>
        <translation>
            <numerusform>%n educador par</numerusform>
            <numerusform>%n educadores pares</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No peer educators for this search and status.</source>
        <translation>No hay educadores pares para esta búsqueda y estado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Show %1 &amp;more</source>
        <translation>Mostrar %1 &amp;más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show %1 more peer educators</source>
        <translation>Mostrar %1 educadores pares más</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>No peer educators with this status.</source>
        <translation>No hay educadores pares con este estado.</translation>
    </message>
</context>
<context>
    <name>MentorPage</name>
    <message>
        <location filename="../../peerdesk/ui/mentor_page.py" line="+78"/>
        <source>← Back to the list</source>
        <translation>← Volver a la lista</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+76"/>
        <source>Profile and status</source>
        <translation>Perfil y estado</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side:</source>
        <translation>Lado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:</source>
        <translation>Idiomas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County:</source>
        <translation>Condado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lived experience:</source>
        <translation>Experiencia vivida:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests:</source>
        <translation>Intereses:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentees / capacity:</source>
        <translation>Mentorados / capacidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement signed on:</source>
        <translation>Acuerdo firmado el:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit &amp;profile…</source>
        <translation>Editar &amp;perfil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capacity and agreement…</source>
        <translation>&amp;Capacidad y acuerdo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;status…</source>
        <translation>Cambiar &amp;estado…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selection steps</source>
        <translation>Pasos de selección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision:</source>
        <translation>Decisión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By:</source>
        <translation>Por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On:</source>
        <translation>El:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record a &amp;step…</source>
        <translation>Registrar un &amp;paso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decide…</source>
        <translation>&amp;Decidir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certifications:</source>
        <translation>Certificaciones:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;training…</source>
        <translation>Añadir &amp;formación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add c&amp;ertification…</source>
        <translation>Añadir c&amp;ertificación…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Supervision check-ins</source>
        <translation>Reuniones de supervisión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;check-in…</source>
        <translation>Añadir &amp;reunión…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selection</source>
        <translation>Selección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training and certifications</source>
        <translation>Formación y certificaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 since %2</source>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not signed yet</source>
        <translation>Sin firmar todavía</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Training hours in all: %1</source>
        <translation>Horas de formación en total: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>MentorPicker</name>
    <message>
        <location filename="../../peerdesk/ui/report_people_forms.py" line="-100"/>
        <source>Search for the peer educator</source>
        <translation>Buscar el educador par</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No peer educator is recorded yet.</source>
        <translation>Todavía no hay ningún educador par registrado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type part of the peer educator&apos;s name and choose one.</source>
        <translation>Escriba parte del nombre del educador par y elija uno.</translation>
    </message>
</context>
<context>
    <name>MentorPlacesModel</name>
    <message>
        <location filename="../../peerdesk/ui/mentor_finder.py" line="-84"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free places</source>
        <translation>Plazas libres</translation>
    </message>
</context>
<context>
    <name>MentorSuggestionsTab</name>
    <message>
        <location filename="../../peerdesk/ui/mentor_suggestions_tab.py" line="+58"/>
        <source>Search by name or DOC number</source>
        <extracomment>Participants listed for one search (type more of the name to narrow it).</extracomment>
        <translation>Buscar por nombre o número DOC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search participants</source>
        <translation>Buscar participantes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Participants found</source>
        <translation>Participantes encontrados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Suggested mentors</source>
        <translation>Mentores sugeridos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reasons behind the score</source>
        <translation>Motivos de la puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a participant on the left.</source>
        <translation>Elija un participante a la izquierda.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter goes to the first person found.</source>
        <translation>Intro lleva a la primera persona encontrada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Propose this mentor…</source>
        <translation>&amp;Proponer este mentor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose the mentor chosen (Enter on the list)</source>
        <translation>Proponer el mentor elegido (Intro en la lista)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why this mentor</source>
        <translation>Por qué este mentor</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Nobody matches the search.</source>
        <translation>Nadie coincide con la búsqueda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first %1 of %2: type more of the name to narrow the list.</source>
        <translation>Los primeros %1 de %2: escriba más del nombre para acotar la lista.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Mentors for %1 (DOC %2), best first:</source>
        <translation>Mentores para %1 (DOC %2), los mejores primero:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your role does not see matching suggestions.</source>
        <translation>Su rol no ve las sugerencias de emparejamiento.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No active mentor with free places can be suggested (mentors already matched with this person or kept apart from them are left out).</source>
        <translation>No se puede sugerir ningún mentor activo con plazas libres (se excluyen los mentores ya emparejados con esta persona o que deben mantenerse separados de ella).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: score %2 of 100</source>
        <translation>%1: puntuación %2 de 100</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The match was proposed. Start it on the list of matches.</source>
        <translation>Se propuso el emparejamiento. Inícielo en la lista de emparejamientos.</translation>
    </message>
</context>
<context>
    <name>MentorTableModel</name>
    <message>
        <location filename="../../peerdesk/ui/mentor_models.py" line="-73"/>
        <source>Name</source>
        <extracomment>Background of an expired certification: light red, readable with the normal text colour.</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentees / capacity</source>
        <translation>Mentorados / capacidad</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <location filename="../../peerdesk/ui/messages.py" line="+183"/>
        <source>Too many failed attempts. Sign-in is locked for %n minute(s), or until a coordinator unlocks the account.</source>
        <extracomment>Templates whose codes come from one table of ``_code_tables`` (a code such as ``active`` means different things in different tables); other templates look codes up in every table.</extracomment>
        <translation>
            <numerusform>Demasiados intentos fallidos. El inicio de sesión está bloqueado por %n minuto, o hasta que un(a) coordinador(a) desbloquee la cuenta.</numerusform>
            <numerusform>Demasiados intentos fallidos. El inicio de sesión está bloqueado por %n minutos, o hasta que un(a) coordinador(a) desbloquee la cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>MilestoneDialog</name>
    <message>
        <location filename="../../peerdesk/ui/pathway_tab.py" line="+19"/>
        <source>Milestone reached</source>
        <translation>Hito alcanzado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestones of the phases entered, not yet reached.</source>
        <translation>Hitos de las fases iniciadas que aún no se han alcanzado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Milestone:</source>
        <translation>Hito:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reached on:</source>
        <translation>Alcanzado el:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every milestone so far is reached.</source>
        <translation>Todos los hitos hasta ahora están alcanzados.</translation>
    </message>
</context>
<context>
    <name>MonthField</name>
    <message>
        <location filename="../../peerdesk/ui/report_forms.py" line="-88"/>
        <source>YYYY-MM</source>
        <extracomment>Field names of service errors, mapped to this form&apos;s field names. The ``NotFound`` kind this form shows next to a field, and which field.</extracomment>
        <translation>AAAA-MM</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the month, for example 2026-03.</source>
        <translation>Escriba el mes, por ejemplo 2026-03.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the month as year-month, for example 2026-03.</source>
        <translation>Escriba el mes como año-mes, por ejemplo 2026-03.</translation>
    </message>
</context>
<context>
    <name>MonthReportForm</name>
    <message>
        <location line="+17"/>
        <source>&amp;Month:</source>
        <translation>&amp;Mes:</translation>
    </message>
</context>
<context>
    <name>NeedsDialog</name>
    <message>
        <location filename="../../peerdesk/ui/screening_tab.py" line="+142"/>
        <location line="+2"/>
        <source>Record needs</source>
        <translation>Registrar necesidades</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Start from the last assessment; change what is different now.</source>
        <translation>Parta de la última evaluación; cambie lo que sea distinto ahora.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Assessed on:</source>
        <translation>Evaluado el:</translation>
    </message>
</context>
<context>
    <name>NeedsList</name>
    <message>
        <location line="+39"/>
        <source>Needs are assessed again over time; each line is one date.</source>
        <translation>Las necesidades se evalúan de nuevo con el tiempo; cada línea es una fecha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs assessments</source>
        <translation>Evaluaciones de necesidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record needs…</source>
        <translation>Registrar necesidades…</translation>
    </message>
</context>
<context>
    <name>NeedsTableModel</name>
    <message>
        <location line="-146"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>NewMentorDialog</name>
    <message>
        <location filename="../../peerdesk/ui/mentor_dialogs.py" line="+30"/>
        <source>New peer educator</source>
        <translation>Nuevo educador par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last name:</source>
        <translation>Apellido:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side:</source>
        <translation>Lado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages:</source>
        <translation>Idiomas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>separated by commas</source>
        <translation>separados por comas</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>County:</source>
        <translation>Condado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lived experience:</source>
        <translation>Experiencia vivida:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interests:</source>
        <translation>Intereses:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity (mentees at once):</source>
        <translation>Capacidad (mentorados a la vez):</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../peerdesk/ui/outcomes_tab.py" line="+110"/>
        <source>Record a follow-up</source>
        <translation>Registrar un seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups count from the actual release date. Leave unknown answers.</source>
        <translation>Los seguimientos cuentan desde la fecha real de salida. Deje en blanco lo que no se sepa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up:</source>
        <translation>Seguimiento:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Housing:</source>
        <translation>Vivienda:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Employment:</source>
        <translation>Empleo:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recorded on:</source>
        <translation>Registrado el:</translation>
    </message>
</context>
<context>
    <name>OutcomeLabels</name>
    <message>
        <location line="-118"/>
        <source>Stable housing</source>
        <translation>Vivienda estable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unstable housing</source>
        <translation>Vivienda inestable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Homeless</source>
        <translation>Sin hogar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+66"/>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Employed</source>
        <translation>Con empleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not employed</source>
        <translation>Sin empleo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In treatment</source>
        <extracomment>Yes/no questions of a follow-up, in the order shown.</extracomment>
        <translation>En tratamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rearrested</source>
        <translation>Nuevo arresto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to custody</source>
        <translation>Volvió a custodia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed the program</source>
        <translation>Completó el programa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>At release</source>
        <translation>Al salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days after release</source>
        <translation>%1 días después de salir</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+38"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>OutcomeTableModel</name>
    <message>
        <location line="-28"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In treatment</source>
        <translation>En tratamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rearrested</source>
        <translation>Nuevo arresto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back in custody</source>
        <translation>De vuelta en custodia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completó</translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <location line="+88"/>
        <source>At release, then 30, 90, 180 and 365 days after; empty means not known.</source>
        <translation>Al salir y luego a los 30, 90, 180 y 365 días; vacío significa que no se sabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record follow-up…</source>
        <translation>Registrar seguimiento…</translation>
    </message>
</context>
<context>
    <name>PacketForm</name>
    <message>
        <location filename="../../peerdesk/ui/report_people_forms.py" line="-93"/>
        <source>&amp;Participant:</source>
        <extracomment>Recipient keys in the packet form: a peerdesk site, or a consent naming a partner.</extracomment>
        <translation>&amp;Participante:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The one recipient the consents in force name</source>
        <translation>El único destinatario que nombran los consentimientos vigentes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No consent in force</source>
        <translation>Ningún consentimiento vigente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No consent in force names a recipient. Record the signed consent first.</source>
        <translation>Ningún consentimiento vigente nombra a un destinatario. Registre primero el consentimiento firmado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (not a peerdesk site)</source>
        <translation>%1 (no es un sitio de peerdesk)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type a name or a DOC number first.</source>
        <translation>Primero escriba un nombre o un número DOC.</translation>
    </message>
</context>
<context>
    <name>ParticipantFinder</name>
    <message>
        <location filename="../../peerdesk/ui/participant_finder.py" line="+42"/>
        <source>Name or DOC number</source>
        <extracomment>At most this many matches are offered; a longer list means the search should be narrower.</extracomment>
        <translation>Nombre o número DOC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant&apos;s name or DOC number</source>
        <translation>Nombre o número DOC del participante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ind</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants found</source>
        <translation>Participantes encontrados</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type a name or a DOC number first.</source>
        <translation>Primero escriba un nombre o un número DOC.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No participant you can see matches “%1”.</source>
        <translation>Ningún participante que usted puede ver coincide con «%1».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only the first %1 matches are shown; type more of the name.</source>
        <translation>Solo se muestran las primeras %1 coincidencias; escriba más del nombre.</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <location filename="../../peerdesk/ui/participant_form.py" line="+97"/>
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
        <location line="+92"/>
        <source>Type the date of birth.</source>
        <translation>Escriba la fecha de nacimiento.</translation>
    </message>
</context>
<context>
    <name>ParticipantListPage</name>
    <message>
        <location filename="../../peerdesk/ui/participant_list_page.py" line="+86"/>
        <source>Search by name or DOC number</source>
        <extracomment>Wait this long after the last key before searching, so typing a name runs one query. Release windows offered by the filter, in days from today (0: any date). Where the list&apos;s sort order is remembered (both Participants and My mentees).</extracomment>
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
        <location line="+4"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sort by:</source>
        <translation>Ordenar por:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New participant…</source>
        <translation>Nuevo participante…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release:</source>
        <translation>Liberación:</translation>
    </message>
    <message>
        <location line="+72"/>
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
        <location filename="../../peerdesk/ui/participant_page.py" line="+80"/>
        <source>← Back to the list</source>
        <extracomment>Changes after which the timeline and the tabs are read again. &quot;Find a mentor…&quot; on the Matches tab: the participant shown (a ParticipantSummary).</extracomment>
        <translation>← Volver a la lista</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+291"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo changes</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Screening and needs</source>
        <translation>Evaluación y necesidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pathway</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches</source>
        <translation>Emparejamientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incentives</source>
        <translation>Incentivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in at least the DOC number, names and date of birth.</source>
        <translation>Complete al menos el número DOC, los nombres y la fecha de nacimiento.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>DOC %1</source>
        <translation>DOC %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DOC %1 · %2 since %3</source>
        <translation>DOC %1 · %2 desde %3</translation>
    </message>
    <message>
        <location line="+110"/>
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
        <location line="+17"/>
        <source>Save the changes to this participant?</source>
        <translation>¿Guardar los cambios de este participante?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you do not save them, they are lost.</source>
        <translation>Si no los guarda, se pierden.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>ParticipantPickModel</name>
    <message>
        <location filename="../../peerdesk/ui/match_models.py" line="+57"/>
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
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <location filename="../../peerdesk/ui/participant_table_model.py" line="+46"/>
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
    <name>PartnerDialog</name>
    <message>
        <location filename="../../peerdesk/ui/partner_dialog.py" line="+32"/>
        <source>New partner</source>
        <translation>Nuevo socio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit partner</source>
        <translation>Editar socio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An organization people are referred to, and the services it offers.</source>
        <translation>Una organización a la que se deriva a las personas, y los servicios que ofrece.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add partner</source>
        <translation>Agregar socio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organization:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Services:</source>
        <translation>Servicios:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact person:</source>
        <translation>Persona de contacto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>County:</source>
        <translation>Condado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active (offered for new referrals)</source>
        <translation>Activo (se ofrece para nuevas derivaciones)</translation>
    </message>
</context>
<context>
    <name>PartnerTableModel</name>
    <message>
        <location filename="../../peerdesk/ui/referrals_section.py" line="+60"/>
        <source>Organization</source>
        <extracomment>Waiting referrals listed at first, and added by each &quot;show more&quot; (the service&apos;s default). Texts as wide as the waiting columns should start, besides their headers and labels.</extracomment>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>PathwayTab</name>
    <message>
        <location filename="../../peerdesk/ui/pathway_tab.py" line="+29"/>
        <source>Pathway progress</source>
        <translation>Avance en el itinerario</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Phase or milestone</source>
        <translation>Fase o hito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter phase…</source>
        <translation>Entrar en fase…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestone reached…</source>
        <translation>Hito alcanzado…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dates are the day a phase was entered or a milestone reached.</source>
        <translation>Las fechas son el día en que se entró en una fase o se alcanzó un hito.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not on a pathway yet.</source>
        <translation>Aún no sigue un itinerario.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 of %3 milestones reached</source>
        <translation>%1: %2 de %3 hitos alcanzados</translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <location filename="../../peerdesk/ui/sync_models.py" line="-59"/>
        <source>Site</source>
        <extracomment>The long headers take two lines, so the table fits the window in every language.</extracomment>
        <translation>Sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last bundle
sent</source>
        <translation>Último paquete
enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last bundle
received</source>
        <translation>Último paquete
recibido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes not yet
acknowledged</source>
        <translation>Cambios aún
sin confirmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <location line="+76"/>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New here</source>
        <translation>Nuevos aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
</context>
<context>
    <name>ProposeMatchDialog</name>
    <message>
        <location filename="../../peerdesk/ui/match_dialogs.py" line="+18"/>
        <source>Propose a match</source>
        <translation>Proponer un emparejamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 with mentor %2. Start the match once both have agreed.</source>
        <translation>%1 con el mentor %2. Inicie el emparejamiento cuando ambos estén de acuerdo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Propose</source>
        <translation>Proponer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> days</source>
        <extracomment>The match proposed, once OK has worked.</extracomment>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned contact every</source>
        <translation>Contacto previsto cada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned contact every:</source>
        <translation>Contacto previsto cada:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An alert shows when a contact is late.</source>
        <translation>Aparece una alerta cuando un contacto se retrasa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed on:</source>
        <translation>Propuesto el:</translation>
    </message>
</context>
<context>
    <name>ReasonTableModel</name>
    <message>
        <location filename="../../peerdesk/ui/match_models.py" line="-15"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>RecordConsentDialog</name>
    <message>
        <location filename="../../peerdesk/ui/consent_dialogs.py" line="-124"/>
        <source>Record a signed consent</source>
        <translation>Registrar un consentimiento firmado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy what the signed form says. Records go to another site only while a consent naming it is in force.</source>
        <translation>Copie lo que dice el formulario firmado. Los registros van a otro sitio solo mientras esté vigente un consentimiento que lo nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record consent</source>
        <translation>Registrar consentimiento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The program or facility that discloses</source>
        <translation>El programa o centro que divulga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may disclose:</source>
        <translation>Quién puede divulgar:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient site</source>
        <translation>Sitio destinatario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a peerdesk site</source>
        <translation>No es un sitio de peerdesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipient site:</source>
        <translation>Sitio destinatario:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recipient:</source>
        <translation>Destinatario:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information:</source>
        <translation>Información:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose:</source>
        <translation>Propósito:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program records</source>
        <translation>Registros del programa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Treatment records (42 CFR Part 2)</source>
        <translation>Registros de tratamiento (42 CFR Parte 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Substance-use treatment records</source>
        <translation>Registros de tratamiento por consumo de sustancias</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Substance-use treatment records go only where the form names them.</source>
        <translation>Los registros de tratamiento por consumo de sustancias van solo donde el formulario los nombra.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Covers:</source>
        <translation>Cubre:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signed on:</source>
        <translation>Firmado el:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires on:</source>
        <translation>Vence el:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example: one year after release</source>
        <translation>Por ejemplo: un año después de la liberación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Or ends when:</source>
        <translation>O termina cuando:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a date, an event, or both (whichever comes first).</source>
        <translation>Indique una fecha, un evento o ambos (lo que ocurra primero).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right to revoke explained</source>
        <translation>Derecho a revocar explicado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The form states it, and the person was told of it.</source>
        <translation>El formulario lo indica y se le explicó a la persona.</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <location filename="../../peerdesk/ui/record_labels.py" line="+11"/>
        <source>Not yet in force</source>
        <translation>Aún no vigente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+38"/>
        <source>Healthcare</source>
        <translation>Atención médica</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Substance-use treatment</source>
        <translation>Tratamiento por consumo de sustancias</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <source>ID documents</source>
        <translation>Documentos de identidad</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benefits</source>
        <translation>Beneficios</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+36"/>
        <source>Transportation</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wants to take part</source>
        <translation>Quiere participar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enough time left before release</source>
        <translation>Le queda tiempo suficiente antes de la liberación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No disqualifying incident</source>
        <translation>Sin incidentes que lo descalifiquen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agrees to the program&apos;s expectations</source>
        <translation>Acepta las expectativas del programa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eligible</source>
        <translation>Elegible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not eligible</source>
        <translation>No elegible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred</source>
        <translation>Aplazado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Substance use</source>
        <translation>Consumo de sustancias</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No need</source>
        <translation>Sin necesidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved</source>
        <translation>Lograda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dropped</source>
        <translation>Abandonada</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../peerdesk/ui/recovery_code_page.py" line="+35"/>
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
        <source>&amp;Print the code…</source>
        <translation>&amp;Imprimir el código…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the code with how to keep it, on one page</source>
        <translation>Imprimir el código y cómo guardarlo, en una página</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I have written it down</source>
        <translation>Ya lo anoté</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The site is ready. This code can open the records if every coordinator forgets their passphrase. It is shown only this once.</source>
        <translation>La sede está lista. Este código permite abrir los registros si todas las personas que coordinan olvidan su frase de contraseña. Se muestra solo esta vez.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write it down and keep it locked away.</source>
        <translation>Anótelo y guárdelo bajo llave.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anyone who has this code can open every record, so treat the paper like a key. Do not save it on this computer.</source>
        <translation>Cualquier persona que tenga este código puede abrir todos los registros, así que cuide el papel como si fuera una llave. No lo guarde en esta computadora.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Print the recovery code</source>
        <translation>Imprimir el código de recuperación</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The code could not be printed. Check the printer.</source>
        <translation>No se pudo imprimir el código. Revise la impresora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent to the printer. Keep the paper with the code somewhere locked.</source>
        <translation>Enviado a la impresora. Guarde el papel con el código en un lugar cerrado con llave.</translation>
    </message>
</context>
<context>
    <name>ReferralStatusDialog</name>
    <message>
        <location filename="../../peerdesk/ui/referrals_tab.py" line="+19"/>
        <source>Referral status</source>
        <translation>Estado de la derivación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>ReferralTableModel</name>
    <message>
        <location line="-81"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on</source>
        <translation>Hecha el</translation>
    </message>
</context>
<context>
    <name>ReferralsSection</name>
    <message>
        <location filename="../../peerdesk/ui/referrals_section.py" line="+48"/>
        <location line="+66"/>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Service offered</source>
        <translation>Servicio ofrecido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any service</source>
        <translation>Cualquier servicio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show inactive partners</source>
        <translation>Mostrar socios inactivos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New partner…</source>
        <translation>Nuevo socio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+31"/>
        <source>Referrals waiting</source>
        <translation>Derivaciones pendientes</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Press Enter or double-click to open the participant.</source>
        <translation>Pulse Intro o haga doble clic para abrir al participante.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Referrals and partners</source>
        <translation>Derivaciones y socios</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Loading the referrals waiting…</source>
        <translation>Cargando las derivaciones pendientes…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No referrals waiting.</source>
        <translation>No hay derivaciones pendientes.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n referral(s) waiting</source>
        <translation>
            <numerusform>%n derivación pendiente</numerusform>
            <numerusform>%n derivaciones pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 listed, %2 more</source>
        <translation>%1 en la lista, %2 más</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show %1 more</source>
        <translation>Mostrar %1 más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show %1 more referrals waiting</source>
        <translation>Mostrar %1 derivaciones pendientes más</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Remove partner</source>
        <translation>Quitar socio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from the directory?</source>
        <translation>¿Quitar a %1 del directorio?</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <location filename="../../peerdesk/ui/referrals_tab.py" line="+97"/>
        <source>Referrals to community partners, newest first.</source>
        <translation>Derivaciones a socios comunitarios, las más recientes primero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make referral…</source>
        <translation>Hacer derivación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record answer…</source>
        <translation>Registrar respuesta…</translation>
    </message>
</context>
<context>
    <name>ReportCatalog</name>
    <message>
        <location filename="../../peerdesk/ui/report_catalog.py" line="+38"/>
        <source>Monthly program report</source>
        <translation>Informe mensual del programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The month&apos;s impact measures against the month before, with charts.</source>
        <translation>Los indicadores de impacto del mes comparados con el mes anterior, con gráficos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Grant performance report</source>
        <translation>Informe de desempeño de la subvención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second Chance Act style figures for a reporting period.</source>
        <translation>Cifras al estilo de la Second Chance Act para un período de informe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transition packet</source>
        <translation>Paquete de transición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A participant&apos;s records for release, with only what the recorded consent allows.</source>
        <translation>Los registros de un participante para su salida, solo con lo que permite el consentimiento registrado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign-in sheet</source>
        <translation>Hoja de firmas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A group&apos;s roster with blank signature lines.</source>
        <translation>La lista de un grupo con líneas en blanco para firmar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attendance summary</source>
        <translation>Resumen de asistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions and attendance per group for a month.</source>
        <translation>Sesiones y asistencia por grupo en un mes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mentor agreement</source>
        <translation>Acuerdo de mentoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles and expectations, for a peer educator to sign.</source>
        <translation>Funciones y expectativas, para que las firme un educador par.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate of completion</source>
        <translation>Certificado de finalización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a participant who completed the program, or a peer educator&apos;s training.</source>
        <translation>Para un participante que terminó el programa, o la formación de un educador par.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CSV export of the lists</source>
        <translation>Exportación CSV de las listas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants, matches, sessions, referrals and measures, for spreadsheets.</source>
        <translation>Participantes, asignaciones, sesiones, derivaciones e indicadores, para hojas de cálculo.</translation>
    </message>
</context>
<context>
    <name>ReportMessages</name>
    <message>
        <location filename="../../peerdesk/ui/report_messages.py" line="+24"/>
        <source>The end date is before the start date.</source>
        <extracomment>English sentences raised by the report and export services.</extracomment>
        <translation>La fecha final es anterior a la fecha inicial.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reporting period can be at most five years long.</source>
        <translation>Un período de informe puede durar como máximo cinco años.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This participant has no recorded completion of the program.</source>
        <translation>Este participante no tiene registrada la finalización del programa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This peer educator has no training recorded.</source>
        <translation>Este educador par no tiene formación registrada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent in force lets the program share this participant&apos;s records with that recipient. Record the signed consent first.</source>
        <translation>Ningún consentimiento vigente permite al programa compartir los registros de este participante con ese destinatario. Registre primero el consentimiento firmado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This participant&apos;s consents name several recipients; choose one (--recipient SITE_ID).</source>
        <translation>Los consentimientos de este participante nombran a varios destinatarios; elija uno (--recipient SITE_ID).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This consent names a peerdesk site; choose the site as the recipient.</source>
        <translation>Este consentimiento nombra un sitio de peerdesk; elija el sitio como destinatario.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Several participants have DOC number %1; ask a coordinator.</source>
        <extracomment>Sentences holding a value, with the value as ``%1``.</extracomment>
        <translation>Varios participantes tienen el número DOC %1; consulte a un coordinador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write to the folder %1: permission denied.</source>
        <translation>No se puede escribir en la carpeta %1: permiso denegado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a folder; give a file name for the report.</source>
        <translation>%1 es una carpeta; indique un nombre de archivo para el informe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No participant you can see has this DOC number.</source>
        <translation>Ningún participante que usted puede ver tiene este número DOC.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This peer educator is no longer recorded.</source>
        <translation>Este educador par ya no está registrado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session is no longer recorded.</source>
        <translation>Esta sesión ya no está registrada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This group is no longer recorded.</source>
        <translation>Este grupo ya no está registrado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This consent is no longer recorded.</source>
        <translation>Este consentimiento ya no está registrado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The report was cancelled. Nothing was made or saved.</source>
        <translation>Se canceló el informe. No se creó ni se guardó nada.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../peerdesk/ui/report_preview.py" line="+64"/>
        <source>Preview of the first page</source>
        <extracomment>Widest the preview picture is shown (pixels); it shrinks with the window.</extracomment>
        <translation>Vista previa de la primera página</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as a PDF file (Ctrl+S)</source>
        <translation>Guardar el informe como archivo PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report (Ctrl+P)</source>
        <translation>Imprimir el informe (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printing progress</source>
        <translation>Progreso de la impresión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel printing</source>
        <translation>Cancelar la impresión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop printing after the page being printed</source>
        <translation>Detener la impresión después de la página en curso</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The first page of the report shows here.</source>
        <translation>Aquí se muestra la primera página del informe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First page of %1. Pages in all: %2.</source>
        <translation>Primera página de %1. Páginas en total: %2.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print report</source>
        <translation>Imprimir informe</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%v of %m pages sent</source>
        <translation>%v de %m páginas enviadas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The report could not be printed. Check the printer.</source>
        <translation>No se pudo imprimir el informe. Revise la impresora.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing was cancelled after %1 of %2 pages.</source>
        <translation>Se canceló la impresión después de %1 de %2 páginas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent %1 pages to the printer.</source>
        <translation>Se enviaron %1 páginas a la impresora.</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <location filename="../../peerdesk/ui/reports_section.py" line="+71"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report to make</source>
        <translation>Informe que se va a crear</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Language of the report</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Make report</source>
        <translation>&amp;Crear informe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the report (Ctrl+Enter)</source>
        <translation>Crear el informe (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress of the report</source>
        <translation>Avance del informe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report status</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a report:</source>
        <translation>Elija un informe:</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>The report was cancelled. Nothing was made or saved.</source>
        <translation>Se canceló el informe. No se creó ni se guardó nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report is ready. Save it or print it.</source>
        <translation>El informe está listo. Guárdelo o imprímalo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Making the report…</source>
        <translation>Creando el informe…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wrote %1 CSV files to %2.</source>
        <translation>Se guardaron %1 archivos CSV en %2.</translation>
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
    <name>RestoreDialog</name>
    <message>
        <location filename="../../peerdesk/ui/restore_dialog.py" line="+111"/>
        <location line="+4"/>
        <source>Restore from a backup</source>
        <extracomment>a data folder with no site (a new or replaced computer) a site that cannot be opened: its files are moved aside a signed-in coordinator replaces the site&apos;s data</extracomment>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore progress</source>
        <translation>Avance de la restauración</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the restore</source>
        <translation>Cancelar la restauración</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to sign-in</source>
        <translation>Ir al inicio de sesión</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This replaces everything in peerdesk on this computer with the contents of a backup. Anything entered since that backup was made is no longer shown.</source>
        <translation>Esto reemplaza todo lo que hay en peerdesk en esta computadora por el contenido de una copia de seguridad. Lo que se haya anotado después de hacer esa copia ya no se mostrará.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>peerdesk cannot open the data on this computer. A backup brings the site back as it was when the backup was made.</source>
        <translation>peerdesk no puede abrir los datos de esta computadora. Una copia de seguridad recupera el sitio tal como estaba cuando se hizo la copia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bring a site back on this computer from a backup file (a .pdbackup file, on a drive or in a folder). It is locked: you need the recovery code printed at setup or a coordinator&apos;s passphrase.</source>
        <translation>Recupere un sitio en esta computadora desde un archivo de copia de seguridad (un archivo .pdbackup, en una unidad o en una carpeta). Está bloqueado: necesita el código de recuperación impreso en la configuración inicial o la frase de contraseña de un coordinador.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace with this backup</source>
        <translation>&amp;Reemplazar con esta copia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the backup file</source>
        <translation>Elegir el archivo de copia de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>peerdesk backups (*.pdbackup);;All files (*)</source>
        <translation>Copias de seguridad de peerdesk (*.pdbackup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking the backup file…</source>
        <translation>Comprobando el archivo de copia…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unpacking and checking the backup…</source>
        <translation>Desempaquetando y comprobando la copia…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Putting the backup in place…</source>
        <translation>Colocando la copia en su lugar…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The backup is restored</source>
        <translation>La copia de seguridad está restaurada</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>RestoreEntry</name>
    <message>
        <location filename="../../peerdesk/ui/restore_entry.py" line="+44"/>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia…</translation>
    </message>
</context>
<context>
    <name>RestoreTexts</name>
    <message>
        <location filename="../../peerdesk/ui/restore_texts.py" line="+24"/>
        <source>Participants</source>
        <extracomment>What each counted table is called, in the order shown.</extracomment>
        <translation>Participantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer educators</source>
        <translation>Educadores pares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group sessions</source>
        <translation>Sesiones de grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User accounts</source>
        <translation>Cuentas de usuario</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The backup of %1 of the site “%2” is restored.</source>
        <translation>Se restauró la copia del %1 del sitio «%2».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The data it replaced is kept, not deleted, in %1.</source>
        <translation>Los datos que reemplazó se guardan, sin borrar, en %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in with a user name and passphrase as they were when the backup was made.</source>
        <translation>Inicie sesión con un nombre de usuario y una frase de contraseña tal como eran cuando se hizo la copia.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>It holds: %1.</source>
        <translation>Contiene: %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The restore was cancelled. Nothing was changed.</source>
        <translation>Se canceló la restauración. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../peerdesk/ui/user_dialogs.py" line="-31"/>
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
    <name>ScreeningDialog</name>
    <message>
        <location filename="../../peerdesk/ui/screening_tab.py" line="+33"/>
        <source>Record a screening</source>
        <translation>Registrar una evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible needs every question answered yes; otherwise give the reason.</source>
        <translation>Para ser elegible, todas las preguntas deben responderse con sí; si no, indique el motivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record screening</source>
        <translation>Registrar evaluación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not asked</source>
        <translation>No preguntado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision:</source>
        <translation>Decisión:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Screened on:</source>
        <translation>Evaluado el:</translation>
    </message>
</context>
<context>
    <name>ScreeningList</name>
    <message>
        <location line="+60"/>
        <source>The newest screening is the participant&apos;s current one.</source>
        <translation>La evaluación más reciente es la vigente del participante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screenings</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record screening…</source>
        <translation>Registrar evaluación…</translation>
    </message>
</context>
<context>
    <name>ScreeningNeedsTab</name>
    <message>
        <location line="+47"/>
        <source>Eligibility screening</source>
        <translation>Evaluación de elegibilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
</context>
<context>
    <name>ScreeningTableModel</name>
    <message>
        <location line="-191"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <location filename="../../peerdesk/ui/search_picker.py" line="+85"/>
        <source>Search result</source>
        <extracomment>Wait after the last key before searching (ms): typing &quot;martinez&quot; runs one search, not 8. Keys that decide Enter&apos;s meaning elsewhere (Ctrl+Enter, Shift+Enter...): left alone.</extracomment>
        <translation>Resultado de la búsqueda</translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <location filename="../../peerdesk/ui/restore_boxes.py" line="-109"/>
        <source>2. Unlock it</source>
        <translation>2. Desbloquearla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the recovery c&amp;ode printed at setup</source>
        <translation>Con el &amp;código de recuperación impreso en la configuración inicial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a coordinator&apos;s &amp;user name and passphrase</source>
        <translation>Con el nombre de &amp;usuario y la frase de contraseña de un coordinador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coordinator&apos;s user name</source>
        <translation>Nombre de usuario del coordinador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinator&apos;s passphrase</source>
        <translation>Frase de contraseña del coordinador</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase is the one the coordinator had when the backup was made.</source>
        <translation>La frase de contraseña es la que tenía el coordinador cuando se hizo la copia.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type the recovery code.</source>
        <translation>Escriba el código de recuperación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the coordinator&apos;s user name.</source>
        <translation>Escriba el nombre de usuario del coordinador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the coordinator&apos;s passphrase.</source>
        <translation>Escriba la frase de contraseña del coordinador.</translation>
    </message>
</context>
<context>
    <name>ServiceLabels</name>
    <message>
        <location filename="../../peerdesk/ui/service_catalog.py" line="+664"/>
        <source>A milestone</source>
        <extracomment>Field names put into templates, context ``ServiceLabels``.</extracomment>
        <translation>Un hito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A phase name</source>
        <translation>Un nombre de fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An alias</source>
        <translation>Un nombre alternativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An answer</source>
        <translation>Una respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic backups kept</source>
        <translation>Copias de seguridad automáticas que se conservan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days before a certification expires</source>
        <translation>Días antes del vencimiento de una certificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days before release to check readiness</source>
        <translation>Días antes de la salida en libertad para revisar la preparación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days without a contact before an alert</source>
        <translation>Días sin contacto antes de una alerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>El género</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender identity</source>
        <translation>La identidad de género</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goal</source>
        <translation>el objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has</source>
        <translation>tiene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>have</source>
        <translation>tienen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests</source>
        <translation>Los intereses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Los idiomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lived experience</source>
        <translation>La experiencia vivida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes without input before the window locks</source>
        <translation>Minutos sin actividad antes de bloquear la ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referral</source>
        <translation>la derivación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The absence reason</source>
        <translation>El motivo de la ausencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address</source>
        <translation>La dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agreement date</source>
        <translation>La fecha del acuerdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The assessment date</source>
        <translation>La fecha de la valoración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attendance</source>
        <translation>La asistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The award date</source>
        <translation>La fecha de entrega del incentivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certification</source>
        <translation>La certificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The city</source>
        <translation>La ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The closing reason</source>
        <translation>El motivo del cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact date</source>
        <translation>La fecha del contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact mode</source>
        <translation>La forma de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact name</source>
        <translation>El nombre del contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The county</source>
        <translation>El condado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course</source>
        <translation>El curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The curriculum</source>
        <translation>El programa de estudios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date</source>
        <translation>La fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of birth</source>
        <translation>La fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of the event</source>
        <translation>La fecha del hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date recorded</source>
        <translation>La fecha de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decision</source>
        <translation>La decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The description</source>
        <translation>La descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain</source>
        <translation>El ámbito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The employment outcome</source>
        <translation>El resultado de empleo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The expiry event</source>
        <translation>El hecho que pone fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The facility</source>
        <translation>El centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goal</source>
        <translation>El objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goal status</source>
        <translation>El estado del objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The group name</source>
        <translation>El nombre del grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The housing outcome</source>
        <translation>El resultado de vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The housing unit</source>
        <translation>La unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The information to disclose</source>
        <translation>La información que se puede divulgar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The issue date</source>
        <translation>La fecha de emisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The join date</source>
        <translation>La fecha de ingreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kind of incentive</source>
        <translation>El tipo de incentivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The kind of person</source>
        <translation>El tipo de persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language</source>
        <translation>El idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last name</source>
        <translation>El apellido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The leaving date</source>
        <translation>La fecha de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The legal first name</source>
        <translation>El nombre legal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The legal last name</source>
        <translation>El apellido legal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The location</source>
        <translation>El lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The milestone</source>
        <translation>El hito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The module</source>
        <translation>El módulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The need domain</source>
        <translation>El ámbito de necesidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The note</source>
        <translation>La nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organization</source>
        <translation>La organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pathway name</source>
        <translation>El nombre del itinerario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phase</source>
        <translation>La fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phase kind</source>
        <translation>El tipo de fase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone number</source>
        <translation>El número de teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preferred name</source>
        <translation>El nombre preferido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The purpose</source>
        <translation>El propósito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reason</source>
        <translation>El motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient</source>
        <translation>El destinatario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The referral date</source>
        <translation>La fecha de derivación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The referral status</source>
        <translation>El estado de la derivación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The remark</source>
        <translation>La observación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The result</source>
        <translation>El resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The revocation date</source>
        <translation>La fecha de revocación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The screening date</source>
        <translation>La fecha de la evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service type</source>
        <translation>El tipo de servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session date</source>
        <translation>La fecha de la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The side</source>
        <translation>El lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature date</source>
        <translation>La fecha de la firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site name</source>
        <translation>El nombre de la sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status</source>
        <translation>El estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step</source>
        <translation>El paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The summary</source>
        <translation>El resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The supervisor</source>
        <translation>El supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who may disclose</source>
        <translation>Quién puede divulgar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years after closing before records are purged</source>
        <translation>Años tras el cierre antes de purgar los expedientes</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <location line="-270"/>
        <source>Use at least 15 characters. A few ordinary words with spaces work well.</source>
        <translation>Use al menos 15 caracteres. Unas cuantas palabras comunes separadas por espacios funcionan bien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use at most 256 characters.</source>
        <translation>Use como máximo 256 caracteres.</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>The passphrase contains invisible characters.</source>
        <translation>La frase de contraseña contiene caracteres invisibles.</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>This passphrase is on a list of common or leaked passwords.</source>
        <translation>Esta frase de contraseña está en una lista de contraseñas comunes o filtradas.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>This passphrase is made of your user name, the site&apos;s name or program words. Add a few unrelated words.</source>
        <translation>Esta frase de contraseña está hecha con su nombre de usuario, el nombre de la sede o palabras del programa. Agregue algunas palabras que no tengan relación entre sí.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This passphrase is too easy to guess (a repeat, a sequence, a common phrase or your own name). Add a few unrelated words.</source>
        <translation>Esta frase de contraseña es demasiado fácil de adivinar (una repetición, una secuencia, una frase común o su propio nombre). Agregue algunas palabras que no tengan relación entre sí.</translation>
    </message>
    <message>
        <location line="-401"/>
        <source>A user name is 2 to 32 letters or digits (dots, dashes and underscores allowed), starting with a letter or digit.</source>
        <translation>Un nombre de usuario tiene de 2 a 32 letras o números (se permiten puntos, guiones y guiones bajos) y empieza con una letra o un número.</translation>
    </message>
    <message>
        <location line="+297"/>
        <source>The site name cannot be empty.</source>
        <translation>El nombre de la sede no puede quedar vacío.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site name is too long (at most 200 characters).</source>
        <translation>El nombre de la sede es demasiado largo (máximo 200 caracteres).</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The site name contains control characters.</source>
        <translation>El nombre de la sede contiene caracteres de control.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The site kind is &apos;facility&apos; or &apos;office&apos;.</source>
        <translation>El tipo de sede es «centro penitenciario» u «oficina».</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>The current passphrase is not right.</source>
        <translation>La frase de contraseña actual no es correcta.</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>A cancelled session has no attendance.</source>
        <translation>Una sesión cancelada no tiene asistencia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A co-signed note cannot be changed; add an addendum instead.</source>
        <translation>Una nota con segunda firma no se puede cambiar; agregue un anexo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A decision has already been made for this mentor.</source>
        <translation>Ya se tomó una decisión sobre este mentor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A facilitator is listed twice.</source>
        <translation>Un facilitador aparece dos veces.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A facilitator is not a known mentor.</source>
        <translation>Un facilitador no es un mentor registrado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fingerprint is 20 letters and digits in 4 groups of 5, like 7K3QX-0ZP4M-W9HRT-C2EGB. Nothing was trusted.</source>
        <translation>Una huella digital tiene 20 letras y números en 4 grupos de 5, como 7K3QX-0ZP4M-W9HRT-C2EGB. No se confió en nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A keep-separate is recorded between this mentor and the participant.</source>
        <translation>Hay una orden de mantener separados a este mentor y a este participante.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A member is marked more than once.</source>
        <translation>Un miembro está marcado más de una vez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A partner with this name is already listed.</source>
        <translation>Ya hay un socio registrado con este nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pathway needs at least one phase.</source>
        <translation>Un itinerario necesita al menos una fase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pathway with this name already exists.</source>
        <translation>Ya existe un itinerario con este nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person cannot be kept separate from themselves.</source>
        <translation>Una persona no puede mantenerse separada de sí misma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person cannot be their own mentor.</source>
        <translation>Una persona no puede ser su propio mentor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A phase has at most 50 milestones.</source>
        <translation>Una fase tiene como máximo 50 hitos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A question was answered no, so the person cannot be eligible.</source>
        <translation>Se respondió «no» a una pregunta, así que la persona no puede ser elegible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reason is only given for an absence.</source>
        <translation>Solo se da un motivo cuando hay una ausencia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reporting period can be at most five years long.</source>
        <translation>Un periodo de informe puede durar como máximo cinco años.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An active mentor&apos;s agreement must be signed on or before their status date.</source>
        <translation>El acuerdo de un mentor activo debe estar firmado en la fecha de su estado o antes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Another group already has this name.</source>
        <translation>Otro grupo ya tiene este nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another peerdesk program is changing the key file. Try again in a moment.</source>
        <translation>Otro programa de peerdesk está cambiando el archivo de claves. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer every question before deciding eligible.</source>
        <translation>Responda todas las preguntas antes de decidir que es elegible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer yes, no, or leave it unknown.</source>
        <translation>Responda sí o no, o déjelo como desconocido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At release this has not happened yet; leave it unknown.</source>
        <translation>Al salir en libertad esto todavía no ha pasado; déjelo como desconocido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach the note to one group session or to one contact.</source>
        <translation>Vincule la nota a una sesión de grupo o a un contacto, no a ambos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance can only be corrected within 7 days of recording it.</source>
        <translation>La asistencia solo se puede corregir dentro de los 7 días siguientes a su registro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capacity is the most mentees at once: 1 to 20.</source>
        <translation>La capacidad es el máximo de mentorados a la vez: de 1 a 20.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a community-side mentor for the handoff.</source>
        <translation>Elija un mentor del lado comunitario para el traspaso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder (or drive) that exists to write to.</source>
        <translation>Elija una carpeta (o unidad) que exista para escribir en ella.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a passphrase different from the current one.</source>
        <translation>Elija una frase de contraseña distinta de la actual.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose at least one service the partner offers.</source>
        <translation>Elija al menos un servicio que ofrezca el socio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose either a participant or a mentor to receive the award.</source>
        <translation>Elija un participante o un mentor para recibir el incentivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose two different participants to merge.</source>
        <translation>Elija dos participantes distintos para combinar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose which value to keep: ours or theirs.</source>
        <translation>Elija qué valor conservar: el nuestro o el suyo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close or hand off the mentor&apos;s open matches before changing side.</source>
        <translation>Cierre o traspase los emparejamientos abiertos del mentor antes de cambiar de lado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close or hand off this mentor&apos;s open matches before they exit.</source>
        <translation>Cierre o traspase los emparejamientos abiertos de este mentor antes de que salga del programa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm the card first: ask the other site to read its fingerprint aloud and type it here. Nothing was trusted.</source>
        <translation>Confirme primero la tarjeta: pida al otro sitio que lea su huella digital en voz alta y escríbala aquí. No se confió en nada.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the amount of the commissary credit.</source>
        <translation>Indique el importe del crédito de economato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the expiry date or the event that ends consent.</source>
        <translation>Indique la fecha de vencimiento o el hecho que pone fin al consentimiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours must be more than 0 and at most 1000.</source>
        <translation>Las horas deben ser más de 0 y como máximo 1000.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make a mentor from the participant&apos;s record instead.</source>
        <translation>Cree el mentor desde el expediente del participante.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No backup file was written.</source>
        <translation>No se escribió ningún archivo de copia de seguridad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent in force lets the program share this participant&apos;s records with that recipient. Record the signed consent first.</source>
        <translation>Ningún consentimiento vigente permite al programa compartir los expedientes de este participante con ese destinatario. Registre primero el consentimiento firmado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old Excel (.xls) files cannot be read; save it as .xlsx or CSV UTF-8.</source>
        <translation>Los archivos antiguos de Excel (.xls) no se pueden leer; guárdelo como .xlsx o como CSV UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a commissary credit has an amount.</source>
        <translation>Solo un crédito de economato tiene importe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a coordinator&apos;s passphrase, or the recovery code, can restore a backup. Nothing was changed.</source>
        <translation>Solo la frase de contraseña de un coordinador, o el código de recuperación, pueden restaurar una copia de seguridad. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a match with a facility-side mentor is handed off at release.</source>
        <translation>Solo se traspasa al salir en libertad un emparejamiento con un mentor del lado del centro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a paused match can be resumed.</source>
        <translation>Solo se puede reanudar un emparejamiento en pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a proposed match can be started.</source>
        <translation>Solo se puede iniciar un emparejamiento propuesto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an active or paused match can be handed off.</source>
        <translation>Solo se puede traspasar un emparejamiento activo o en pausa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an active peer educator account can be linked.</source>
        <translation>Solo se puede vincular una cuenta activa de educador par.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an enrolled, active or released participant can be matched.</source>
        <translation>Solo se puede emparejar a un participante inscrito, activo o en libertad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause, close or hand off this mentor&apos;s matches before they become inactive.</source>
        <translation>Pause, cierre o traspase los emparejamientos de este mentor antes de que pase a inactivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phases go forward only: this one is not after the current one.</source>
        <translation>Las fases solo avanzan: esta no va después de la fase actual.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a calendar month, from its first day.</source>
        <translation>Elija un mes del calendario, a partir de su primer día.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned contact is every 1 to 90 days.</source>
        <translation>El contacto previsto es cada 1 a 90 días.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the actual release date before recording outcomes.</source>
        <translation>Registre la fecha real de salida en libertad antes de registrar resultados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the application before the other selection steps.</source>
        <translation>Registre la solicitud antes de los otros pasos de selección.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the signed roles-and-expectations agreement first.</source>
        <translation>Registre primero el acuerdo firmado de funciones y expectativas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports can be written in English (en) or Spanish (es).</source>
        <translation>Los informes se pueden escribir en inglés (en) o en español (es).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what the consent covers: program data, treatment records, or both.</source>
        <translation>Indique qué cubre el consentimiento: datos del programa, expedientes de tratamiento o ambos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why the match closed when the reason is &apos;other&apos;.</source>
        <translation>Indique por qué se cerró el emparejamiento cuando el motivo es «otro».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say why: a reason is required for the decision.</source>
        <translation>Indique el motivo: la decisión necesita un motivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show between 1 and 24 months.</source>
        <translation>Muestre entre 1 y 24 meses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone who is not on this session&apos;s roster was marked.</source>
        <translation>Se marcó a alguien que no está en la lista de esta sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision check-ins are for approved mentors.</source>
        <translation>Las reuniones de supervisión son para mentores aprobados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That contact was with someone else.</source>
        <translation>Ese contacto fue con otra persona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is not a peerdesk site id.</source>
        <translation>Ese no es un identificador de sitio de peerdesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agreement date must be after the date of birth.</source>
        <translation>La fecha del acuerdo debe ser posterior a la fecha de nacimiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup did not read back exactly as written, so it was removed. The drive may be failing: try another one, and run &apos;peerdesk check&apos;. No backup file was written.</source>
        <translation>La copia de seguridad no se leyó igual a como se escribió, así que se eliminó. Puede que la unidad esté fallando: pruebe con otra y ejecute «peerdesk check». No se escribió ningún archivo de copia de seguridad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup was cancelled. No backup file was written.</source>
        <translation>Se canceló la copia de seguridad. No se escribió ningún archivo de copia de seguridad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle cannot be decrypted with this site&apos;s keys.</source>
        <translation>El paquete no se puede descifrar con las claves de este sitio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle file cannot be read.</source>
        <translation>El archivo del paquete no se puede leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Se canceló la importación. No se importó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the bundle was cancelled. Nothing was written to the drive.</source>
        <translation>Se canceló la escritura del paquete. No se escribió nada en la memoria USB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle holds a record this site cannot accept; nothing was imported.</source>
        <translation>El paquete contiene un registro que este sitio no puede aceptar; no se importó nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle names a different sender than the site whose key signed it.</source>
        <translation>El paquete indica un remitente distinto del sitio cuya clave lo firmó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s contents do not match its signed manifest: it was damaged or changed.</source>
        <translation>El contenido del paquete no coincide con su manifiesto firmado: se dañó o se modificó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle&apos;s signature is not valid: it was changed after it was written.</source>
        <translation>La firma del paquete no es válida: se modificó después de escribirlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check-in is dated before the approval.</source>
        <translation>La reunión de supervisión tiene una fecha anterior a la aprobación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The closing date cannot be in the future.</source>
        <translation>La fecha de cierre no puede ser una fecha futura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The closing date is before the match started.</source>
        <translation>La fecha de cierre es anterior al inicio del emparejamiento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database file is damaged and cannot be read. Nothing was changed. Run &apos;peerdesk check&apos; and restore from a backup.</source>
        <translation>El archivo de la base de datos está dañado y no se puede leer. No se cambió nada. Ejecute «peerdesk check» y restaure una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date cannot be in the future.</source>
        <translation>La fecha no puede ser una fecha futura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is after the mentor exited.</source>
        <translation>La fecha es posterior a la salida del mentor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is before the approval.</source>
        <translation>La fecha es anterior a la aprobación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is before the goal&apos;s last change.</source>
        <translation>La fecha es anterior al último cambio del objetivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is before the mentor&apos;s current status.</source>
        <translation>La fecha es anterior al estado actual del mentor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is before the participant entered the current phase.</source>
        <translation>La fecha es anterior a la entrada del participante en la fase actual.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date is before the participant entered this phase.</source>
        <translation>La fecha es anterior a la entrada del participante en esta fase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is before the participant&apos;s current status date.</source>
        <translation>La fecha es anterior a la fecha del estado actual del participante.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date is before the referral&apos;s last status date.</source>
        <translation>La fecha es anterior a la fecha del último estado de la derivación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date is before the signed agreement.</source>
        <translation>La fecha es anterior al acuerdo firmado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date must be after the date of birth.</source>
        <translation>La fecha debe ser posterior a la fecha de nacimiento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date of birth must be before the status date.</source>
        <translation>La fecha de nacimiento debe ser anterior a la fecha del estado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The decision cannot be dated before the selection steps.</source>
        <translation>La decisión no puede tener una fecha anterior a los pasos de selección.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo date cannot be in the future.</source>
        <translation>La fecha de demostración no puede ser una fecha futura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo date must be in the year 2000 or later.</source>
        <translation>La fecha de demostración debe ser del año 2000 o posterior.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drive is read-only (check its write-protect switch, or ask IT how it is mounted). Nothing was written.</source>
        <translation>La unidad es de solo lectura (revise su interruptor de protección contra escritura o pregunte al personal de informática cómo está montada). No se escribió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The drive stopped answering while the file was written (was it removed?). Plug it back in and write again. Nothing was confirmed: an incomplete file left on the drive is refused on import.</source>
        <translation>La unidad dejó de responder mientras se escribía el archivo (¿se retiró?). Vuelva a conectarla y escriba de nuevo. No se confirmó nada: un archivo incompleto que quede en la unidad se rechaza al importarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The end date is before the start date.</source>
        <translation>La fecha de fin es anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end of the period is before its start.</source>
        <translation>El final del periodo es anterior a su inicio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event date is before the signature date.</source>
        <translation>La fecha del hecho es anterior a la fecha de la firma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The expiry date must be after the issue date.</source>
        <translation>La fecha de vencimiento debe ser posterior a la fecha de emisión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The expiry date must be after the signature date.</source>
        <translation>La fecha de vencimiento debe ser posterior a la fecha de la firma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has column names but no rows to import.</source>
        <translation>El archivo tiene nombres de columna pero ninguna fila para importar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty: the first row must name the columns.</source>
        <translation>El archivo está vacío: la primera fila debe dar los nombres de las columnas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is larger than 100 MB; split it.</source>
        <translation>El archivo ocupa más de 100 MB; divídalo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is not a readable Excel (.xlsx) workbook.</source>
        <translation>El archivo no es un libro de Excel (.xlsx) legible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is not UTF-8 text. Save it as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>El archivo no es texto UTF-8. Guárdelo como «CSV UTF-8» e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is too big for this drive&apos;s format. Use a drive formatted as exFAT or NTFS. Nothing was written.</source>
        <translation>El archivo es demasiado grande para el formato de esta unidad. Use una unidad con formato exFAT o NTFS. No se escribió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file read back from the drive is not what was written, so the drive may be failing. It was deleted; try another drive.</source>
        <translation>El archivo leído de la unidad no es igual al que se escribió, así que puede que la unidad esté fallando. Se eliminó; pruebe con otra unidad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The fingerprint does not match this card, so it was not trusted. Check that the card came from that site, and read the fingerprint again together.</source>
        <translation>La huella digital no coincide con esta tarjeta, así que no se confió en ella. Compruebe que la tarjeta viene de ese sitio y vuelvan a leer juntos la huella digital.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The form must state the right to revoke, and the person must have been told of it.</source>
        <translation>El formulario debe indicar el derecho a revocarlo, y se debe haber informado de ello a la persona.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The handoff is before the community match was proposed.</source>
        <translation>El traspaso es anterior a la propuesta del emparejamiento comunitario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handoff is before the community mentor became active.</source>
        <translation>El traspaso es anterior a la fecha en que el mentor comunitario pasó a activo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The handoff is before the match started.</source>
        <translation>El traspaso es anterior al inicio del emparejamiento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key file (keyslots.json) is damaged, so the database cannot be unlocked. Restore the data folder from a backup.</source>
        <translation>El archivo de claves (keyslots.json) está dañado, así que no se puede desbloquear la base de datos. Restaure la carpeta de datos desde una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key file (keyslots.json) is missing from the data folder, so the database cannot be unlocked. Restore the data folder from a backup.</source>
        <translation>Falta el archivo de claves (keyslots.json) en la carpeta de datos, así que no se puede desbloquear la base de datos. Restaure la carpeta de datos desde una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The leaving date is before the join date.</source>
        <translation>La fecha de salida del grupo es anterior a la fecha de ingreso.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mentor must be active or in training.</source>
        <translation>El mentor debe estar activo o en formación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mentor must be active.</source>
        <translation>El mentor debe estar activo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mentor must be approved first.</source>
        <translation>Primero hay que aprobar al mentor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The participant already has an open match with a mentor on this side.</source>
        <translation>El participante ya tiene un emparejamiento abierto con un mentor de este lado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The participant has not entered this milestone&apos;s phase.</source>
        <translation>El participante no ha entrado en la fase de este hito.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proposal is dated before the mentor started training or became active.</source>
        <translation>La propuesta tiene una fecha anterior a la entrada del mentor en formación o en activo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recovery code, or the user name and passphrase, do not open this backup. Nothing was changed.</source>
        <translation>El código de recuperación, o el nombre de usuario y la frase de contraseña, no abren esta copia de seguridad. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The revocation date is before the signature date.</source>
        <translation>La fecha de revocación es anterior a la fecha de la firma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selection decision has been made; steps can no longer be recorded.</source>
        <translation>Ya se tomó la decisión de selección; ya no se pueden registrar pasos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sensitivity must be general, sensitive or sud (substance-use treatment).</source>
        <translation>La confidencialidad debe ser general, sensitive (confidencial) o sud (tratamiento por consumo de sustancias).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The start date is before the match was proposed.</source>
        <translation>La fecha de inicio es anterior a la propuesta del emparejamiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The start date is before the mentor became active.</source>
        <translation>La fecha de inicio es anterior a la fecha en que el mentor pasó a activo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The status date must be after the date of birth.</source>
        <translation>La fecha del estado debe ser posterior a la fecha de nacimiento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The target date is before the goal was set.</source>
        <translation>La fecha meta es anterior a la fecha en que se fijó el objetivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These two people are already kept separate.</source>
        <translation>Estas dos personas ya se mantienen separadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account is already linked to another mentor.</source>
        <translation>Esta cuenta ya está vinculada a otro mentor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This backup file is damaged or has been changed, so it cannot be restored. Use another backup. Nothing was changed.</source>
        <translation>Este archivo de copia de seguridad está dañado o se modificó, así que no se puede restaurar. Use otra copia. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This backup was made by a newer version of peerdesk. Install the newer version to restore it. Nothing was changed.</source>
        <translation>Esta copia de seguridad se hizo con una versión más nueva de peerdesk. Instale la versión más nueva para restaurarla. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle has the same place in the sequence as a different bundle already imported from that site. It is refused: the sending computer may have been copied or its key stolen. Tell the program administrator.</source>
        <translation>Este paquete ocupa el mismo lugar en la secuencia que otro paquete distinto ya importado de ese sitio. Se rechaza: puede que la computadora que lo envió se haya copiado o que le hayan robado la clave. Avise al administrador del programa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This bundle is for another site; nothing was imported.</source>
        <translation>Este paquete es para otro sitio; no se importó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundle is older than one already imported from that site; its changes came with the later bundle, so there is nothing to import.</source>
        <translation>Este paquete es más antiguo que otro ya importado de ese sitio; sus cambios llegaron con el paquete posterior, así que no hay nada que importar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle is signed by a key that was revoked here, so it is refused.</source>
        <translation>Este paquete está firmado con una clave que se revocó aquí, así que se rechaza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This bundle is signed by a key this site does not trust. Trust the sender&apos;s key card first (if the site changed its keys, trust its new card).</source>
        <translation>Este paquete está firmado con una clave en la que este sitio no confía. Confíe primero en la tarjeta de clave del remitente (si el sitio cambió sus claves, confíe en su tarjeta nueva).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle was written by a newer version of peerdesk. It is kept aside and can be imported once peerdesk is updated here.</source>
        <translation>Este paquete se escribió con una versión más nueva de peerdesk. Se guarda aparte y se podrá importar cuando se actualice peerdesk aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle was written by this site; import it at the site it is for.</source>
        <translation>Este paquete lo escribió este sitio; impórtelo en el sitio al que va dirigido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card is older than the one already trusted for that site; nothing was changed.</source>
        <translation>Esta tarjeta es más antigua que la que ya se aceptó para ese sitio; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This card pairs a trusted key with a different encryption key; refused.</source>
        <translation>Esta tarjeta combina una clave de confianza con una clave de cifrado distinta; se rechaza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card&apos;s key already belongs to another trusted site; nothing was trusted.</source>
        <translation>La clave de esta tarjeta ya pertenece a otro sitio de confianza; no se confió en nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This conflict was already resolved.</source>
        <translation>Este conflicto ya se resolvió.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This consent does not expire on an event.</source>
        <translation>Este consentimiento no vence con un hecho.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This consent names a peerdesk site; choose the site as the recipient.</source>
        <translation>Este consentimiento nombra un sitio de peerdesk; elija ese sitio como destinatario.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database was written by a newer version of peerdesk. It has not been changed. Install the newer version to open it.</source>
        <translation>Esta base de datos fue creada por una versión más reciente de peerdesk. No se modificó. Instale la versión más reciente para abrirla.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Choose which record to keep.</source>
        <translation>Elija qué registro conservar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of these two records is no longer on file; nothing was merged.</source>
        <translation>Uno de estos dos registros ya no está en el archivo; no se fusionó nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This possible duplicate was already settled.</source>
        <translation>Este posible duplicado ya se resolvió.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A deleted record is not brought back. If the details set aside are still needed, enter them again in a current record.</source>
        <translation>Un registro eliminado no se recupera. Si los datos apartados aún hacen falta, vuelva a ingresarlos en un registro vigente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The restore was cancelled. Nothing was changed.</source>
        <translation>Se canceló la restauración. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type at most 100 characters to search.</source>
        <translation>Escriba como máximo 100 caracteres para buscar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other site has imported a bundle from this site that this computer never wrote: another copy of this site may be in use. Nothing was imported. Tell the program administrator.</source>
        <translation>El otro sitio importó un paquete de este sitio que esta computadora nunca escribió: puede haber otra copia de este sitio en uso. No se importó nada. Avise al administrador del programa.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&apos;%1&apos; is mapped twice.</source>
        <translation>«%1» está asignado dos veces.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a roster field. Fields: %2.</source>
        <translation>«%1» no es un campo de la lista. Campos: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a screening question.</source>
        <translation>«%1» no es una pregunta de la evaluación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not like name=column (e.g. last_name=Surname).</source>
        <translation>«%1» no tiene la forma nombre=columna (por ejemplo, last_name=Apellido).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A %1 %2 can only become: %3.</source>
        <translation>Con el estado «%1», %2 solo puede pasar a: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A %1 %2 cannot change any more.</source>
        <translation>Con el estado «%1», %2 ya no puede cambiar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A %1 match cannot become %2.</source>
        <translation>Un emparejamiento en estado «%1» no puede pasar a «%2».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A %1 participant can only become: %2.</source>
        <translation>Un participante en estado «%1» solo puede pasar a: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file named %1 is already in %2. Nothing was written.</source>
        <translation>Ya hay un archivo llamado %1 en %2. No se escribió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mentor who is %1 can only become: %2.</source>
        <translation>Un mentor en estado «%1» solo puede pasar a: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval needs every selection step passed. Not passed yet: %1.</source>
        <translation>La aprobación necesita que se hayan superado todos los pasos de selección. Aún sin superar: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for 1 to %1 participants.</source>
        <translation>Pida entre 1 y %1 participantes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most 20 entries for %1.</source>
        <translation>Como máximo 20 entradas en %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot sort by %1.</source>
        <translation>No se puede ordenar por %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write to the folder %1: permission denied.</source>
        <translation>No se puede escribir en la carpeta %1: permiso denegado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2.</source>
        <translation>No se pudo escribir %1: %2.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no setting called &apos;%1&apos;.</source>
        <translation>No hay ningún ajuste llamado «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is not enough free space in %1. Free some space or choose another folder. %2</source>
        <translation>No hay suficiente espacio libre en %1. Libere espacio o elija otra carpeta. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This checkpoint falls due on %1; it cannot be recorded before.</source>
        <translation>Este punto de control vence el %1; no se puede registrar antes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This consent was already revoked on %1.</source>
        <translation>Este consentimiento ya se revocó el %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This site&apos;s key was revoked here on %1; ask the site for a new card. Nothing was trusted.</source>
        <translation>La clave de este sitio se revocó aquí el %1; pida al sitio una tarjeta nueva. No se confió en nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown role &apos;%1&apos;. Choose one of: %2.</source>
        <translation>Función desconocida «%1». Elija una de estas: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing to %1 failed (%2). %3</source>
        <translation>Falló la escritura en %1 (%2). %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing to %1 failed (%2). Nothing usable was written; try again or use another drive.</source>
        <translation>Falló la escritura en %1 (%2). No se escribió nada utilizable; inténtelo de nuevo o use otra unidad.</translation>
    </message>
    <message>
        <location line="-410"/>
        <source>The DOC number is 1 to 20 letters, digits or dashes.</source>
        <translation>El número DOC tiene de 1 a 20 letras, dígitos o guiones.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The legal last name is required.</source>
        <translation>El apellido legal es obligatorio.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The legal first name is required.</source>
        <translation>El nombre legal es obligatorio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The legal last name is too long (at most 80 characters).</source>
        <translation>El apellido legal es demasiado largo (80 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The legal first name is too long (at most 80 characters).</source>
        <translation>El nombre legal es demasiado largo (80 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The preferred name is too long (at most 80 characters).</source>
        <translation>El nombre preferido es demasiado largo (80 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="-268"/>
        <source>An alias is too long (at most 120 characters).</source>
        <translation>Un nombre alternativo es demasiado largo (120 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>The facility is too long (at most 120 characters).</source>
        <translation>El centro es demasiado largo (120 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The housing unit is too long (at most 40 characters).</source>
        <translation>La unidad es demasiado larga (40 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The language is too long (at most 40 characters).</source>
        <translation>El idioma es demasiado largo (40 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Gender identity is too long (at most 40 characters).</source>
        <translation>La identidad de género es demasiado larga (40 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The county is too long (at most 80 characters).</source>
        <translation>El condado es demasiado largo (80 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The city is too long (at most 80 characters).</source>
        <translation>La ciudad es demasiado larga (80 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The date of birth cannot be in the future.</source>
        <translation>La fecha de nacimiento no puede estar en el futuro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of birth is before 1900.</source>
        <translation>La fecha de nacimiento es anterior a 1900.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>The release date must be after the date of birth.</source>
        <translation>La fecha de liberación debe ser posterior a la fecha de nacimiento.</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>The actual release date cannot be in the future.</source>
        <translation>La fecha real de liberación no puede estar en el futuro.</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>At most 20 aliases.</source>
        <translation>Como máximo 20 nombres alternativos.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Lived experience: each entry is at most 40 characters.</source>
        <translation>Experiencia vivida: cada entrada tiene 40 caracteres como máximo.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Lived experience: at most 20 entries.</source>
        <translation>Experiencia vivida: 20 entradas como máximo.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Interests: each entry is at most 40 characters.</source>
        <translation>Intereses: cada entrada tiene 40 caracteres como máximo.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Interests: at most 20 entries.</source>
        <translation>Intereses: 20 entradas como máximo.</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>The mentor preference is female, male, nonbinary or none.</source>
        <translation>La preferencia de mentor es mujer, hombre, no binario o ninguna.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The status date is before the date of birth.</source>
        <translation>La fecha del estado es anterior a la fecha de nacimiento.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>This file is not a complete peerdesk bundle: it is damaged, cut short or was changed. Write the bundle again at the site it came from.</source>
        <translation>Este archivo no es un paquete de peerdesk completo: está dañado, cortado o se modificó. Vuelva a escribir el paquete en el sitio de donde vino.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file is not a peerdesk key card, or it is damaged.</source>
        <translation>Este archivo no es una tarjeta de clave de peerdesk, o está dañado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is too large to be a peerdesk bundle.</source>
        <translation>Este archivo es demasiado grande para ser un paquete de peerdesk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is this site&apos;s own key card; trust the other site&apos;s card instead.</source>
        <translation>Esta es la tarjeta de clave de este mismo sitio; confíe en la tarjeta del otro sitio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This mentor already facilitates the group.</source>
        <translation>Este mentor ya facilita el grupo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This milestone is already recorded.</source>
        <translation>Este hito ya está registrado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This note does not need a co-signature.</source>
        <translation>Esta nota no necesita una segunda firma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This note is already co-signed.</source>
        <translation>Esta nota ya tiene la segunda firma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This participant follows another pathway.</source>
        <translation>Este participante sigue otro itinerario.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This participant has no recorded completion of the program.</source>
        <translation>Este participante no tiene registrada la finalización del programa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This participant&apos;s consents name several recipients; choose one (--recipient SITE_ID).</source>
        <translation>Los consentimientos de este participante nombran varios destinatarios; elija uno (--recipient SITE_ID).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This partner does not offer that service.</source>
        <translation>Este socio no ofrece ese servicio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This partner has referrals; mark it inactive instead.</source>
        <translation>Este socio tiene derivaciones; márquelo como inactivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This partner is inactive.</source>
        <translation>Este socio está inactivo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This peer educator has no training recorded.</source>
        <translation>Este educador par no tiene ninguna formación registrada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person already has a mentor record.</source>
        <translation>Esta persona ya tiene un registro de mentor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This person was not on the roster of that session.</source>
        <translation>Esta persona no estaba en la lista de esa sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This site already has participants. Demo data goes into an empty site, or add it anyway with --append.</source>
        <translation>Este sitio ya tiene participantes. Los datos de demostración van a un sitio vacío, o agréguelos de todos modos con --append.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This site does not trust that site: trust its key card first.</source>
        <translation>Este sitio no confía en ese sitio: confíe primero en su tarjeta de clave.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This step cannot be dated before the application.</source>
        <translation>Este paso no puede tener una fecha anterior a la solicitud.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many backups with the same time. No backup file was written.</source>
        <translation>Demasiadas copias de seguridad con la misma hora. No se escribió ningún archivo de copia de seguridad.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You cannot disable your own account.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>The last active coordinator cannot be disabled.</source>
        <translation>No se puede desactivar al último coordinador activo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last active coordinator must stay coordinator.</source>
        <translation>El último coordinador activo debe seguir siendo coordinador.</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Minutes without input before the window locks must be between 1 and 30.</source>
        <translation>Los minutos sin actividad antes de que se bloquee la ventana deben estar entre 1 y 30.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Days without a contact before an alert must be between 1 and 90.</source>
        <translation>Los días sin contacto antes de una alerta deben estar entre 1 y 90.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Days before release to check readiness must be between 1 and 180.</source>
        <translation>Los días antes de la liberación para revisar la preparación deben estar entre 1 y 180.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Days before a certification expires must be between 1 and 365.</source>
        <translation>Los días antes de que venza una certificación deben estar entre 1 y 365.</translation>
    </message>
    <message>
        <location line="+382"/>
        <source>Years after closing before records are purged must be between 1 and 50.</source>
        <translation>Los años después del cierre antes de eliminar los registros deben estar entre 1 y 50.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>DOC number %1 already belongs to another participant.</source>
        <translation>El número DOC %1 ya pertenece a otro participante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a level for every domain; missing: %1.</source>
        <translation>Indique un nivel para cada ámbito; faltan: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the reason for the %1 decision.</source>
        <translation>Indique el motivo de la decisión «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No other site with id %1 is known here.</source>
        <translation>Aquí no se conoce ningún otro sitio con el identificador %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No peerdesk site in %1 yet. Run &apos;peerdesk init&apos; or start the application to set one up.</source>
        <translation>Todavía no hay ningún sitio de peerdesk en %1. Ejecute «peerdesk init» o abra la aplicación para configurarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>peerdesk cannot write its data folder %1: %2. Ask IT for write access to it, or start peerdesk with --data-dir pointing to a folder you can write.</source>
        <translation>peerdesk no puede escribir en su carpeta de datos %1: %2. Pida al personal de informática permiso de escritura en ella, o inicie peerdesk con --data-dir apuntando a una carpeta en la que usted pueda escribir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>peerdesk cannot write to %1: it is read-only or you may not write there. Choose another folder. %2</source>
        <translation>peerdesk no puede escribir en %1: es de solo lectura o usted no tiene permiso para escribir ahí. Elija otra carpeta. %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>peerdesk is open on %1. Close it first. Nothing was changed.</source>
        <translation>peerdesk está abierto en %1. Ciérrelo primero. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>peerdesk may not write to %1. Choose another folder or drive. Nothing was written.</source>
        <translation>peerdesk no tiene permiso para escribir en %1. Elija otra carpeta o unidad. No se escribió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phases must follow the order: %1.</source>
        <translation>Las fases deben seguir este orden: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several participants have DOC number %1; ask a coordinator.</source>
        <translation>Varios participantes tienen el número DOC %1; consulte a un coordinador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount must be more than 0 and at most %1 dollars.</source>
        <translation>El importe debe ser mayor que 0 y como máximo %1 dólares.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle file cannot be read (%1).</source>
        <translation>El archivo del paquete no se puede leer (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle holds a record this site cannot accept (%1); nothing was imported. Tell the site that wrote it.</source>
        <translation>El paquete contiene un registro que este sitio no puede aceptar (%1); no se importó nada. Avise al sitio que lo escribió.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The card cannot be written to %1: %2.</source>
        <translation>No se puede escribir la tarjeta en %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The checkpoint must be one of: %1 days.</source>
        <translation>El punto de control debe ser uno de estos: %1 días.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The column &apos;%1&apos; appears more than once.</source>
        <translation>La columna «%1» aparece más de una vez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drive holding %1 stopped responding or was removed. Check the drive and try again. %2</source>
        <translation>La unidad que contiene %1 dejó de responder o se retiró. Revise la unidad e inténtelo de nuevo. %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The drive is full: the file needs %1 MB; free at least %2 MB and try again. Nothing was written.</source>
        <translation>La unidad está llena: el archivo necesita %1 MB; libere al menos %2 MB e inténtelo de nuevo. No se escribió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation>No se puede leer el archivo %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read as CSV from line %1 on.</source>
        <translation>El archivo no se puede leer como CSV a partir de la línea %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has more than %1 rows; split it.</source>
        <translation>El archivo tiene más de %1 filas; divídalo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no column named %1. Check the first row, or say which column to use with --map name=column.</source>
        <translation>El archivo no tiene ninguna columna llamada %1. Revise la primera fila o indique qué columna usar con --map nombre=columna.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 does not exist or is not reachable. No backup file was written.</source>
        <translation>La carpeta %1 no existe o no se puede acceder a ella. No se escribió ningún archivo de copia de seguridad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder %1 is not there. Plug the drive in (or choose another folder) and try again. Nothing was written.</source>
        <translation>La carpeta %1 no está disponible. Conecte la unidad (o elija otra carpeta) e inténtelo de nuevo. No se escribió nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The key file (keyslots.json) cannot be read: %1.</source>
        <translation>No se puede leer el archivo de claves (keyslots.json): %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The level for %1 must be 0, 1, 2 or 3.</source>
        <translation>El nivel de %1 debe ser 0, 1, 2 o 3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mentor has %1 open matches; capacity cannot be lower.</source>
        <translation>El mentor tiene %1 emparejamientos abiertos; la capacidad no puede ser menor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mentor is at capacity (%1 mentees at once).</source>
        <translation>El mentor está al máximo de su capacidad (%1 mentorados a la vez).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mentor must be %1.</source>
        <translation>El mentor debe estar en estado: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restore stopped halfway and the data folder holds no site now. The previous site&apos;s files are in %1: move them back into %2, or run the restore again.</source>
        <translation>La restauración se detuvo a mitad de camino y la carpeta de datos ya no contiene ningún sitio. Los archivos del sitio anterior están en %1: vuelva a moverlos a %2 o ejecute de nuevo la restauración.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The user name &apos;%1&apos; is already taken.</source>
        <translation>El nombre de usuario «%1» ya está en uso.</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>&apos;%1&apos; is already disabled.</source>
        <translation>«%1» ya está desactivado.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 &apos;%2&apos; appears twice.</source>
        <extracomment>Sentences with values as ``%1``, ``%2``..., context ``ServiceMessages``.</extracomment>
        <translation>%1 «%2» aparece dos veces.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 &apos;%2&apos; is not one of: %3.</source>
        <translation>%1 «%2» no es una de las opciones: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already holds a peerdesk site. Restore into an empty folder, or confirm replacing it (its files are kept in a &apos;replaced-...&apos; folder). Nothing was changed.</source>
        <translation>%1 ya contiene un sitio de peerdesk. Restaure en una carpeta vacía o confirme que quiere reemplazarlo (sus archivos se guardan en una carpeta «replaced-...»). No se cambió nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 already holds a peerdesk site; nothing was changed.</source>
        <translation>%1 ya contiene un sitio de peerdesk; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be empty.</source>
        <translation>Falta %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be in the future.</source>
        <translation>%1 no puede ser una fecha futura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 contains control characters.</source>
        <translation>%1 contiene caracteres de control (no permitidos).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a folder; give a file name for the report.</source>
        <translation>%1 es una carpeta; indique un nombre de archivo para el informe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is before the person&apos;s date of birth.</source>
        <translation>%1 es anterior a la fecha de nacimiento de la persona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a peerdesk backup (or it is incomplete). Nothing was changed.</source>
        <translation>%1 no es una copia de seguridad de peerdesk (o está incompleta). No se cambió nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is required.</source>
        <translation>Falta %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1: el texto es demasiado largo (%2 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 member%2 of the roster %3 no attendance mark.</source>
        <translation>%1 miembro%2 de la lista no %3 marca de asistencia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1: el valor debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 must be one of: %2.</source>
        <translation>%1 debe ser una de estas opciones: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: at most 20 entries.</source>
        <translation>%1: como máximo 20 entradas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: each entry is at most 40 characters.</source>
        <translation>%1: cada entrada tiene como máximo 40 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is disabled.</source>
        <translation>«%1» está desactivado.</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>The duration must be a whole number of minutes.</source>
        <translation>La duración debe ser un número entero de minutos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The duration must be between 1 and 600 minutes.</source>
        <translation>La duración debe estar entre 1 y 600 minutos.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The start time must be a 24-hour time such as 09:30.</source>
        <translation>La hora de inicio debe estar en formato de 24 horas, como 09:30.</translation>
    </message>
    <message>
        <location line="-305"/>
        <source>A session of this group is already recorded for that day and time.</source>
        <translation>Ya hay una sesión de este grupo registrada para ese día y esa hora.</translation>
    </message>
    <message>
        <location line="+377"/>
        <source>This group is no longer active.</source>
        <translation>Este grupo ya no está activo.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The note cannot be empty.</source>
        <translation>La nota no puede estar vacía.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is too long (at most 20000 characters).</source>
        <translation>La nota es demasiado larga (20000 caracteres como máximo).</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The note contains control characters.</source>
        <translation>La nota contiene caracteres de control.</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Your role cannot write substance-use treatment notes.</source>
        <translation>Su rol no puede escribir notas de tratamiento por consumo de sustancias.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Your role cannot write notes of this sensitivity.</source>
        <translation>Su rol no puede escribir notas con esta confidencialidad.</translation>
    </message>
    <message>
        <location line="-389"/>
        <source>Contacts are recorded only for an active or paused match.</source>
        <translation>Los contactos solo se registran para un emparejamiento activo o en pausa.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The contact date is before the match began.</source>
        <translation>La fecha del contacto es anterior al inicio del emparejamiento.</translation>
    </message>
    <message>
        <location line="+251"/>
        <source>This person is already in the group.</source>
        <translation>Esta persona ya está en el grupo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This person must be kept separate from a current member of this group.</source>
        <translation>Esta persona debe mantenerse separada de un miembro actual de este grupo.</translation>
    </message>
</context>
<context>
    <name>SessionRecordingPage</name>
    <message>
        <location filename="../../peerdesk/ui/session_recording_page.py" line="+73"/>
        <source>Record a group session</source>
        <translation>Registrar una sesión de grupo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date of the session</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HH:MM, for example 09:30</source>
        <translation>HH:MM, por ejemplo 09:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Module or topic (optional)</source>
        <translation>Módulo o tema (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;time:</source>
        <translation>&amp;Hora de inicio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Module:</source>
        <translation>&amp;Módulo:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the session and its attendance (Ctrl+S)</source>
        <translation>Guardar la sesión y su asistencia (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the group (Alt+Left)</source>
        <translation>Volver al grupo (Alt+Izquierda)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Choose a group…</source>
        <translation>Elija un grupo…</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Choose the group the session was for.</source>
        <translation>Elija el grupo al que corresponde la sesión.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the date of the session.</source>
        <translation>Escriba la fecha de la sesión.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Session saved: %1 present, %2 absent, %3 excused.</source>
        <translation>Sesión guardada: %1 presentes, %2 ausentes, %3 justificados.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Save this session?</source>
        <translation>¿Guardar esta sesión?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you do not save it, the attendance ticked is lost.</source>
        <translation>Si no la guarda, se pierde la asistencia marcada.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../../peerdesk/ui/group_models.py" line="-33"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Ausentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused</source>
        <translation>Justificados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../peerdesk/ui/settings_tab.py" line="+40"/>
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
        <location line="+40"/>
        <source>The computer&apos;s language</source>
        <extracomment>Language codes offered, with &quot;&quot; for the computer&apos;s own language. Audit entry name of a language change (the language is kept beside the database).</extracomment>
        <translation>El idioma de la computadora</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Applied at once, for everyone using this data folder.</source>
        <translation>Se aplica al instante, para todos los que usan esta carpeta de datos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size:</source>
        <translation>Tamaño del texto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast (black on white)</source>
        <translation>Alto contraste (negro sobre blanco)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Save the settings?</source>
        <translation>¿Guardar los ajustes?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you do not save them, the changes are lost.</source>
        <translation>Si no los guarda, los cambios se pierden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing to save.</source>
        <translation>No hay nada que guardar.</translation>
    </message>
    <message>
        <location line="+26"/>
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
    <name>SigninForm</name>
    <message>
        <location filename="../../peerdesk/ui/report_people_forms.py" line="+140"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet &amp;date:</source>
        <translation>&amp;Fecha de la hoja:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A blank sheet for a session to come</source>
        <translation>Una hoja en blanco para una próxima sesión</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(cancelled)</source>
        <translation>(cancelada)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no group to choose. Set up a group first.</source>
        <translation>No hay ningún grupo para elegir. Cree primero un grupo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the date of the session.</source>
        <translation>Escriba la fecha de la sesión.</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <location filename="../../peerdesk/ui/setup_pages.py" line="-200"/>
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
        <location line="+3"/>
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
    <name>SitesDialogs</name>
    <message>
        <location filename="../../peerdesk/ui/sites_dialogs.py" line="+138"/>
        <source>Bundles signed with this key are refused from now on. Do this when the site&apos;s computer or key card may be in the wrong hands. It cannot be undone.</source>
        <translation>A partir de ahora se rechazan los paquetes firmados con esta clave. Hágalo cuando la computadora o la tarjeta de claves del sitio puedan estar en manos equivocadas. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You cannot write bundles for %1 until you trust a new key card from the site.</source>
        <translation>No podrá escribir paquetes para %1 hasta que confíe en una nueva tarjeta de claves del sitio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoke key</source>
        <translation>Revocar la clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop trusting this key of %1?</source>
        <translation>¿Dejar de confiar en esta clave de %1?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replace this site&apos;s key</source>
        <translation>Reemplazar la clave de este sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace this site&apos;s key?</source>
        <translation>¿Reemplazar la clave de este sitio?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peerdesk makes a new key for this site. Then save the new key card and give it to every site you exchange bundles with, and read them its new fingerprint: until they trust it, they refuse the bundles you write. Bundles already on their way can still be opened.</source>
        <translation>peerdesk crea una clave nueva para este sitio. Después guarde la nueva tarjeta de claves, entréguela a cada sitio con el que intercambia paquetes y léales su nueva huella digital: hasta que confíen en ella, rechazarán los paquetes que usted escriba. Los paquetes que ya van en camino todavía se pueden abrir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace key</source>
        <translation>Reemplazar la clave</translation>
    </message>
</context>
<context>
    <name>SitesTab</name>
    <message>
        <location filename="../../peerdesk/ui/sites_tab.py" line="+148"/>
        <source>This site&apos;s fingerprint</source>
        <extracomment>The widest a column grows to fit its text, in pixels (longer text is elided; see tooltip).</extracomment>
        <translation>Huella digital de este sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save key card…</source>
        <translation>&amp;Guardar la tarjeta de claves…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+113"/>
        <source>Save this site&apos;s key card</source>
        <translation>Guardar la tarjeta de claves de este sitio</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Save this site&apos;s key card to a file (Ctrl+S)</source>
        <translation>Guardar la tarjeta de claves de este sitio en un archivo (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace this site&apos;s key…</source>
        <translation>Reemplazar la clave de este sitio…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This site&apos;s key card</source>
        <translation>Tarjeta de claves de este sitio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the card on a USB stick and take it to each site you exchange bundles with. Then read them this fingerprint by phone, or give it on paper:</source>
        <translation>Guarde la tarjeta en una memoria USB y llévela a cada sitio con el que intercambia paquetes. Después léales esta huella digital por teléfono, o entréguela en papel:</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+23"/>
        <source>Trusted sites</source>
        <translation>Sitios de confianza</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>No other site is trusted yet. Trust a site&apos;s key card to exchange bundles.</source>
        <translation>Todavía no se confía en ningún otro sitio. Confíe en la tarjeta de claves de un sitio para intercambiar paquetes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trust a site&apos;s card…</source>
        <translation>&amp;Confiar en la tarjeta de un sitio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust a site&apos;s key card</source>
        <translation>Confiar en la tarjeta de claves de un sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another site&apos;s key card to trust it (Ctrl+O)</source>
        <translation>Abrir la tarjeta de claves de otro sitio para confiar en ella (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the selected site&apos;s key</source>
        <translation>Revocar la clave del sitio seleccionado</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+7"/>
        <source>Key cards (*.json)</source>
        <translation>Tarjetas de claves (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a site&apos;s key card</source>
        <translation>Abrir la tarjeta de claves de un sitio</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Key card saved as %1. Its fingerprint is %2.</source>
        <translation>Tarjeta de claves guardada como %1. Su huella digital es %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This site has a new key; its fingerprint is %1. Save the new key card and give it to every site you exchange bundles with.</source>
        <translation>Este sitio tiene una clave nueva; su huella digital es %1. Guarde la nueva tarjeta de claves y entréguela a cada sitio con el que intercambia paquetes.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1&apos;s card was already trusted; nothing changed.</source>
        <translation>La tarjeta de %1 ya era de confianza; no cambió nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s new key is trusted: this replaces the site&apos;s earlier key.</source>
        <translation>La nueva clave de %1 es de confianza: reemplaza la clave anterior del sitio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is trusted now. You can write bundles for it on the Sync screen.</source>
        <translation>%1 es ahora un sitio de confianza. Puede escribirle paquetes en la pantalla Sincronización.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The key of %1 is revoked.</source>
        <translation>La clave de %1 está revocada.</translation>
    </message>
</context>
<context>
    <name>SortCombo</name>
    <message>
        <location filename="../../peerdesk/ui/sort_combo.py" line="+38"/>
        <source>%1, ascending</source>
        <translation>%1, ascendente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, descending</source>
        <translation>%1, descendente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
</context>
<context>
    <name>StartMatchDialog</name>
    <message>
        <location filename="../../peerdesk/ui/match_dialogs.py" line="+22"/>
        <source>Start the match</source>
        <translation>Iniciar el emparejamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 with mentor %2.</source>
        <translation>%1 con el mentor %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Started on:</source>
        <translation>Iniciado el:</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <location filename="../../peerdesk/ui/status_dialog.py" line="+38"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New status:</source>
        <translation>Nuevo estado:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On:</source>
        <translation>El:</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../peerdesk/ui/mentor_dialogs.py" line="+79"/>
        <source>Change status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New status:</source>
        <translation>Nuevo estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location line="+15"/>
        <source>Record a selection step</source>
        <translation>Registrar un paso de selección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step:</source>
        <translation>Paso:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>StepTableModel</name>
    <message>
        <location filename="../../peerdesk/ui/mentor_models.py" line="+20"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message>
        <location filename="../../peerdesk/ui/match_models.py" line="-31"/>
        <source>#</source>
        <translation>n.º</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free places</source>
        <translation>Plazas libres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Because of</source>
        <translation>Por</translation>
    </message>
</context>
<context>
    <name>SupervisionDialog</name>
    <message>
        <location filename="../../peerdesk/ui/mentor_dialogs.py" line="+70"/>
        <source>Add supervision check-in</source>
        <translation>Añadir reunión de supervisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held on:</source>
        <translation>Celebrada el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor:</source>
        <translation>Supervisor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary:</source>
        <translation>Resumen:</translation>
    </message>
</context>
<context>
    <name>SupervisionTableModel</name>
    <message>
        <location filename="../../peerdesk/ui/mentor_models.py" line="+60"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>SyncJobBar</name>
    <message>
        <location filename="../../peerdesk/ui/sync_job_bar.py" line="+41"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel writing the bundle</source>
        <translation>Cancelar la escritura del paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel checking the bundle</source>
        <translation>Cancelar la comprobación del paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Too late to cancel: the work is being completed and checked.</source>
        <translation>Ya no se puede cancelar: el trabajo se está terminando y comprobando.</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../peerdesk/ui/sync_labels.py" line="+36"/>
        <location line="+78"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status change</source>
        <translation>Cambio de estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening</source>
        <translation>Evaluación de ingreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs assessment</source>
        <translation>Evaluación de necesidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <location line="+64"/>
        <source>Pathway phase</source>
        <translation>Fase del itinerario</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+79"/>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group membership</source>
        <translation>Participación en grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>Mentor match</source>
        <translation>Asignación de mentor</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+75"/>
        <source>Mentor contact</source>
        <translation>Contacto con el mentor</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Incentive</source>
        <translation>Incentivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+76"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+66"/>
        <source>Peer educator</source>
        <translation>Educador par</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+63"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+61"/>
        <source>Group session</source>
        <translation>Sesión de grupo</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+64"/>
        <source>Partner</source>
        <translation>Organización aliada</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <source>Pathway</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Pathway milestone</source>
        <translation>Hito del itinerario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOC number</source>
        <translation>Número DOC</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+114"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+2"/>
        <location line="+114"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing unit</source>
        <translation>Unidad de alojamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary language</source>
        <translation>Idioma principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender identity</source>
        <translation>Identidad de género</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release county</source>
        <translation>Condado de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release city</source>
        <translation>Ciudad de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected release date</source>
        <translation>Fecha prevista de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual release date</source>
        <translation>Fecha real de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lived experience</source>
        <translation>Experiencia vivida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentor preference</source>
        <translation>Preferencia de mentor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Status date</source>
        <translation>Fecha del estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of note</source>
        <translation>Tipo de nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked on</source>
        <translation>Revocado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covers program records</source>
        <translation>Cubre registros del programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covers treatment records</source>
        <translation>Cubre registros de tratamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date held</source>
        <translation>Fecha de realización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>Cerrado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason closed</source>
        <translation>Motivo del cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User account</source>
        <translation>Cuenta de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continues the match</source>
        <translation>Continúa la asignación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason absent</source>
        <translation>Motivo de la ausencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who discloses</source>
        <translation>Quién divulga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient site</source>
        <translation>Sitio destinatario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information disclosed</source>
        <translation>Información divulgada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires when</source>
        <translation>Vence cuando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right to revoke explained</source>
        <translation>Derecho a revocar explicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact date</source>
        <translation>Fecha del contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason cancelled</source>
        <translation>Motivo de la cancelación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set on</source>
        <translation>Fijado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined on</source>
        <translation>Se unió el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left on</source>
        <translation>Salió el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curriculum</source>
        <translation>Currículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awarded on</source>
        <translation>Otorgado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awarded by</source>
        <translation>Otorgado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed on</source>
        <translation>Propuesta el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started on</source>
        <translation>Comenzó el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days between contacts</source>
        <translation>Días entre contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing note</source>
        <translation>Nota de cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who they are</source>
        <translation>Quién es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentees at most</source>
        <translation>Máximo de mentorados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement signed on</source>
        <translation>Acuerdo firmado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation>Decidido el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the decision</source>
        <translation>Motivo de la decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved on</source>
        <translation>Logrado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed on</source>
        <translation>Evaluado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed by</source>
        <translation>Evaluado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by</source>
        <translation>Escrito por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writer&apos;s role</source>
        <translation>Rol de quien escribe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written at</source>
        <translation>Escrito el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs a co-signature</source>
        <translation>Necesita cofirma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-signed by</source>
        <translation>Cofirmado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-signed at</source>
        <translation>Cofirmado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded on</source>
        <translation>Registrado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In treatment</source>
        <translation>En tratamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rearrested</source>
        <translation>Nuevo arresto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to custody</source>
        <translation>Volvió a custodia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed the program</source>
        <translation>Completó el programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered on</source>
        <translation>Inicio el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective date</source>
        <translation>Fecha de efecto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by</source>
        <translation>Hecha por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screened on</source>
        <translation>Evaluado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screened by</source>
        <translation>Evaluado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orientation</source>
        <extracomment>Kinds of pathway phase (``screening_rules.PhaseKind``).</extracomment>
        <translation>Orientación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before release</source>
        <translation>Antes de la salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transition</source>
        <translation>Transición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After release</source>
        <translation>Después de la salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completion</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same DOC number</source>
        <translation>Mismo número DOC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similar name, same date of birth</source>
        <translation>Nombre parecido, misma fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <location filename="../../peerdesk/ui/sync_section.py" line="+101"/>
        <location line="+48"/>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Write bundle for this site…</source>
        <translation>Escribir paquete para este sitio…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import a bundle…</source>
        <translation>Importar un paquete…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A bundle carries every change the site has not yet acknowledged, for the participants whose consent names that site. If a drive is lost, the next bundle carries the same changes again.</source>
        <translation>Un paquete lleva todos los cambios que el sitio aún no ha confirmado, de los participantes cuyo consentimiento nombra ese sitio. Si se pierde una memoria USB, el siguiente paquete vuelve a llevar los mismos cambios.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+55"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Conflicts settled at the other site and closed here: %1.</source>
        <translation>Conflictos resueltos en el otro sitio y cerrados aquí: %1.</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Write the bundle to</source>
        <translation>Escribir el paquete en</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a bundle</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>peerdesk bundles (peerdesk-*.zip)</source>
        <translation>paquetes de peerdesk (peerdesk-*.zip)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Bundle #%1 written and checked: %2. It is safe to remove the drive.</source>
        <translation>Paquete n.º %1 escrito y comprobado: %2. Ya puede retirar la memoria USB.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+41"/>
        <source>Bundle #%1 was already imported; nothing changed.</source>
        <translation>El paquete n.º %1 ya se había importado; no cambió nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bundle #%1 imported. New records: %2. Updated records: %3. Conflicts to review: %4.</source>
        <translation>Paquete n.º %1 importado. Registros nuevos: %2. Registros actualizados: %3. Conflictos por revisar: %4.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People who may already be on file: %1 (see Possible duplicates).</source>
        <translation>Personas que pueden estar ya registradas: %1 (vea Posibles duplicados).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Writing the bundle was cancelled. Nothing was written to the drive and nothing is recorded as sent.</source>
        <translation>Se canceló la escritura del paquete. No se escribió nada en la memoria USB y no consta nada como enviado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the bundle was cancelled. Nothing was imported.</source>
        <translation>Se canceló la comprobación del paquete. No se importó nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import was cancelled. Nothing was imported and no record was changed.</source>
        <translation>Se canceló la importación. No se importó nada y no se cambió ningún registro.</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../peerdesk/ui/timeline_tab.py" line="+37"/>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing recorded yet.</source>
        <translation>Todavía no hay nada registrado.</translation>
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
    <name>TrainingDialog</name>
    <message>
        <location filename="../../peerdesk/ui/mentor_dialogs.py" line="-39"/>
        <source>Add training</source>
        <translation>Añadir formación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course:</source>
        <translation>Curso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours:</source>
        <translation>Horas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed on:</source>
        <translation>Completado el:</translation>
    </message>
</context>
<context>
    <name>TrainingTableModel</name>
    <message>
        <location filename="../../peerdesk/ui/mentor_models.py" line="-43"/>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
</context>
<context>
    <name>TrustCardDialog</name>
    <message>
        <location filename="../../peerdesk/ui/sites_dialogs.py" line="-111"/>
        <source>Trust a site&apos;s key card</source>
        <translation>Confiar en la tarjeta de claves de un sitio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone the other site, or take the paper they sent, and have the fingerprint of their card read to you. Type it below exactly as you hear it.</source>
        <translation>Llame por teléfono al otro sitio, o tome el papel que le enviaron, y pida que le lean la huella digital de su tarjeta. Escríbala abajo tal como la oye.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust this site</source>
        <translation>Confiar en este sitio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Site named on the card</source>
        <translation>Sitio nombrado en la tarjeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Site:</source>
        <translation>Sitio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This site is already trusted here. This card holds a new key: it replaces the site&apos;s earlier key. Confirm it with the site all the same.</source>
        <translation>Este sitio ya es de confianza aquí. Esta tarjeta lleva una clave nueva: reemplaza la clave anterior del sitio. Confírmela de todos modos con el sitio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card is already trusted here.</source>
        <translation>Esta tarjeta ya es de confianza aquí.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fingerprint read to you</source>
        <translation>Huella digital que le leyeron</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>20 letters and digits in 4 groups of 5. Capital or small letters, spaces and dashes do not matter.</source>
        <translation>20 letras y números en 4 grupos de 5. No importan las mayúsculas o minúsculas, los espacios ni los guiones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Huella digital:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the fingerprint the other site read to you.</source>
        <translation>Escriba la huella digital que le leyó el otro sitio.</translation>
    </message>
</context>
<context>
    <name>TrustedKeyTableModel</name>
    <message>
        <location filename="../../peerdesk/ui/sites_tab.py" line="-338"/>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced by a newer key</source>
        <translation>Reemplazada por una clave más nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked on %1</source>
        <translation>Revocada el %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Site</source>
        <extracomment>Dark red and grey that read well on the light table background (see widgets.ERROR_STYLE).</extracomment>
        <translation>Sitio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted</source>
        <translation>Confianza otorgada</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 by %2</source>
        <translation>%1, por %2</translation>
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
    <message numerus="yes">
        <location filename="../../peerdesk/ui/admin_models.py" line="-22"/>
        <source>Locked for %n minute(s)</source>
        <translation>
            <numerusform>Bloqueado por %n minuto</numerusform>
            <numerusform>Bloqueado por %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="-22"/>
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
    <message>
        <location line="+5"/>
        <source>Allowed</source>
        <translation>Permitido</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../peerdesk/ui/users_tab.py" line="+48"/>
        <source>User accounts</source>
        <translation>Cuentas de usuario</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location line="+88"/>
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
<context>
    <name>WaitingTableModel</name>
    <message>
        <location filename="../../peerdesk/ui/referrals_section.py" line="-265"/>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOC number</source>
        <translation>Número DOC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
</context>
</TS>
