<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddSlotDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="198"/>
        <source>Add a passphrase slot</source>
        <translation>Agregar una ranura de frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="210"/>
        <source>Slot label</source>
        <translation>Etiqueta de la ranura</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="202"/>
        <source>A slot is another passphrase that opens this vault, for example your clinical supervisor&apos;s. Name it after the person who holds it: a supervisor&apos;s label is the name written on the notes they co-sign.</source>
        <translation>Una ranura es otra frase de contraseña que abre esta bóveda, por ejemplo, la de su supervisor clínico. Póngale el nombre de la persona que la tiene: la etiqueta de un supervisor es el nombre que aparece en las notas que cofirma.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="211"/>
        <source>e.g. J. Park, LCSW</source>
        <translation>p. ej., J. Park, LCSW</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="213"/>
        <source>Slot role</source>
        <translation>Rol de la ranura</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="221"/>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="222"/>
        <source>Add slot</source>
        <translation>Agregar ranura</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="225"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="228"/>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="229"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Rol:</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="194"/>
        <source>Add addendum</source>
        <translation>Agregar adenda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="197"/>
        <source>An addendum corrects or adds to a signed note. It is signed with your name when you add it and cannot be changed afterwards.</source>
        <translation>Una adenda corrige o completa una nota firmada. Se firma con su nombre al agregarla y después ya no se puede cambiar.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="206"/>
        <source>Addendum text</source>
        <translation>Texto de la adenda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="210"/>
        <source>Sign and &amp;add</source>
        <translation>Firmar y &amp;agregar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="212"/>
        <source>Sign and add the addendum</source>
        <translation>Firmar y agregar la adenda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="214"/>
        <source>Cancel the addendum</source>
        <translation>Cancelar la adenda</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="298"/>
        <source>Change attendance</source>
        <translation>Cambiar asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="298"/>
        <source>Record attendance</source>
        <translation>Registrar asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="303"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="304"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="306"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="314"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="316"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="317"/>
        <source>No session recorded</source>
        <translation>Sin sesión registrada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="326"/>
        <source>S&amp;ession:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="327"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="328"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="330"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="331"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="331"/>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
</context>
<context>
    <name>AttendanceTableModel</name>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="459"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="459"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="459"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="459"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="490"/>
        <source>Scheduled, not marked</source>
        <translation>Programada, sin marcar</translation>
    </message>
</context>
<context>
    <name>AttendeeModel</name>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="215"/>
        <source>Attendee</source>
        <translation>Participante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="215"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="218"/>
        <source>Filed into the chart</source>
        <translation>Archivado en el expediente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="218"/>
        <source>Own section</source>
        <translation>Sección individual</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="246"/>
        <source>(unknown client)</source>
        <translation>(cliente desconocido)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="290"/>
        <source>Group note and attendance</source>
        <translation>Nota de grupo y asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="291"/>
        <source>Attendance only (%1)</source>
        <translation>Solo asistencia (%1)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="316"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="321"/>
        <source>, no section written yet</source>
        <translation>, todavía sin sección escrita</translation>
    </message>
</context>
<context>
    <name>AttendeePicker</name>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="338"/>
        <source>Add attendees</source>
        <translation>Agregar participantes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="341"/>
        <source>Filter clients by name</source>
        <translation>Filtrar clientes por nombre</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="342"/>
        <source>Type part of a name</source>
        <translation>Escriba parte de un nombre</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="344"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="347"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="361"/>
        <source>&amp;Clients (Space ticks one):</source>
        <translation>&amp;Clientes (la barra espaciadora marca uno):</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="363"/>
        <source>No active client matches.</source>
        <translation>Ningún cliente activo coincide.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="364"/>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="369"/>
        <source>Add to the group</source>
        <translation>Agregar al grupo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="372"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../counselor_desk/ui/autosave.py" line="86"/>
        <location filename="../../counselor_desk/ui/autosave.py" line="88"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/autosave.py" line="88"/>
        <source>Not saved — will retry</source>
        <translation>Sin guardar — se volverá a intentar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/autosave.py" line="90"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="209"/>
        <source>Choose a client from the list.</source>
        <translation>Elija un cliente de la lista.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="216"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="222"/>
        <source>Client details</source>
        <translation>Datos del cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="224"/>
        <source>&amp;Edit…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="224"/>
        <source>Edit client</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="233"/>
        <source>Chart sections</source>
        <translation>Secciones del expediente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="235"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="236"/>
        <location filename="../../counselor_desk/ui/chart.py" line="261"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="237"/>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="238"/>
        <location filename="../../counselor_desk/ui/chart.py" line="289"/>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="264"/>
        <source>New &amp;session…</source>
        <translation>Nueva &amp;sesión…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="264"/>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="266"/>
        <source>&amp;Open note</source>
        <translation>Abrir n&amp;ota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="266"/>
        <source>Open note</source>
        <translation>Abrir nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="273"/>
        <source>Medication history</source>
        <translation>Historial de medicamentos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="276"/>
        <source>&amp;Start medication…</source>
        <translation>&amp;Iniciar medicamento…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="276"/>
        <source>Start medication</source>
        <translation>Iniciar medicamento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="279"/>
        <source>&amp;Change dose…</source>
        <translation>&amp;Cambiar dosis…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="279"/>
        <source>Change dose</source>
        <translation>Cambiar dosis</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="292"/>
        <source>Add &amp;consent…</source>
        <translation>Agregar &amp;consentimiento…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="292"/>
        <source>Add consent</source>
        <translation>Agregar consentimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="294"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="294"/>
        <source>Revoke consent</source>
        <translation>Revocar consentimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="446"/>
        <source>Prefers %1</source>
        <translation>Idioma preferido: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="449"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="149"/>
        <source>Edit client</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="149"/>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="153"/>
        <source>Who</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="155"/>
        <source>Display name</source>
        <translation>Nombre para mostrar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="155"/>
        <source>First name and initial</source>
        <translation>Nombre e inicial del apellido</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="156"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Nombre para mostrar:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="157"/>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="158"/>
        <source>&amp;Legal name:</source>
        <translation>Nombre &amp;legal:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="159"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="162"/>
        <source>Date of &amp;birth:</source>
        <translation>Fecha de naci&amp;miento:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="164"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="165"/>
        <source>Only used where a screening scale&apos;s cut-off depends on it</source>
        <translation>Solo se usa cuando el punto de corte de una escala de detección depende de él</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="167"/>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="168"/>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="169"/>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="170"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="173"/>
        <source>&amp;Sex (for scales):</source>
        <translation>&amp;Sexo (para escalas):</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="174"/>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="174"/>
        <source>e.g. she/her</source>
        <translation>p. ej., ella</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="175"/>
        <source>&amp;Pronouns:</source>
        <translation>&amp;Pronombres:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="177"/>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="180"/>
        <source>Preferred lan&amp;guage:</source>
        <translation>&amp;Idioma preferido:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="182"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="184"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="185"/>
        <source>P&amp;hone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="187"/>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="187"/>
        <source>Name, relationship, phone</source>
        <translation>Nombre, parentesco, teléfono</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="189"/>
        <source>&amp;Emergency contact:</source>
        <translation>Contacto de &amp;emergencia:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="190"/>
        <source>Guardian</source>
        <translation>Tutor legal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="190"/>
        <source>For a minor</source>
        <translation>Para un menor de edad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="191"/>
        <source>G&amp;uardian:</source>
        <translation>T&amp;utor legal:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="193"/>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="195"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="195"/>
        <source>e.g. OTP, IOP, outpatient</source>
        <translation>p. ej., OTP, IOP, ambulatorio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="196"/>
        <source>P&amp;rogram:</source>
        <translation>P&amp;rograma:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="197"/>
        <source>Admission date</source>
        <translation>Fecha de admisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="198"/>
        <source>&amp;Admission:</source>
        <translation>&amp;Admisión:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="199"/>
        <source>Discharge date</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="200"/>
        <source>Dis&amp;charge:</source>
        <translation>Al&amp;ta:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="201"/>
        <source>Recovery date</source>
        <translation>Fecha de recuperación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="202"/>
        <source>Recovery or sobriety date; it may be reset</source>
        <translation>Fecha de recuperación o de sobriedad; se puede reiniciar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="203"/>
        <source>Reco&amp;very date:</source>
        <translation>Fecha de re&amp;cuperación:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="205"/>
        <source>Diagnoses, one per line</source>
        <translation>Diagnósticos, uno por línea</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="206"/>
        <source>One per line, e.g.
F11.20 Opioid use disorder</source>
        <translation>Uno por línea, p. ej.:
F11.20 Trastorno por consumo de opioides</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="209"/>
        <source>D&amp;iagnoses:</source>
        <translation>&amp;Diagnósticos:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="210"/>
        <source>Archived (discharged: kept, hidden from the list)</source>
        <translation>Archivado (dado de alta: se conserva, pero no aparece en la lista)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="211"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="216"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="223"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="223"/>
        <source>Add client</source>
        <translation>Agregar cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="226"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ClientListView</name>
    <message>
        <location filename="../../counselor_desk/ui/client_list.py" line="59"/>
        <source>Filter clients (Ctrl+F)</source>
        <translation>Filtrar clientes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_list.py" line="60"/>
        <source>Filter clients</source>
        <translation>Filtrar clientes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_list.py" line="62"/>
        <source>Show &amp;archived</source>
        <translation>Mostrar arc&amp;hivados</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_list.py" line="63"/>
        <source>Show archived clients</source>
        <translation>Mostrar clientes archivados</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_list.py" line="68"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_list.py" line="87"/>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_list.py" line="88"/>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="248"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="249"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="250"/>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="251"/>
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="299"/>
        <source>%1, archived</source>
        <translation>%1, archivado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="323"/>
        <source>Next %1</source>
        <translation>Próxima: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="344"/>
        <source>Legal name: %1</source>
        <translation>Nombre legal: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="346"/>
        <source>Archived (discharged)</source>
        <translation>Archivado (dado de alta)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="351"/>
        <source>No current medication recorded</source>
        <translation>No hay medicamento actual registrado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="352"/>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="358"/>
        <source>Last session: %1</source>
        <translation>Última sesión: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="360"/>
        <source>Next session: %1</source>
        <translation>Próxima sesión: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="361"/>
        <source>No sessions yet</source>
        <translation>Todavía no hay sesiones</translation>
    </message>
</context>
<context>
    <name>ClosePlanDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="319"/>
        <source>Close treatment plan</source>
        <translation>Cerrar plan de tratamiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="323"/>
        <source>A closed plan is kept as it is and cannot be changed again. Sessions that worked on it keep their links.</source>
        <translation>Un plan cerrado se conserva tal como está y ya no se puede volver a cambiar. Las sesiones que lo trabajaron conservan sus vínculos.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="329"/>
        <source>What this does</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="330"/>
        <source>&amp;Completed: the plan&apos;s work is done</source>
        <translation>&amp;Completado: el trabajo del plan terminó</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="331"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="333"/>
        <source>&amp;Discontinued: the plan stopped before its work was done</source>
        <translation>&amp;Interrumpido: el plan se detuvo antes de terminar su trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="335"/>
        <source>Discontinued</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="341"/>
        <source>Close plan</source>
        <translation>Cerrar plan</translation>
    </message>
</context>
<context>
    <name>CmPlanDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="88"/>
        <source>Change CM plan</source>
        <translation>Cambiar plan de MC</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="88"/>
        <source>Set up CM plan</source>
        <translation>Configurar plan de MC</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="100"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="102"/>
        <source>Save plan</source>
        <translation>Guardar plan</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="105"/>
        <source>Restore &amp;defaults</source>
        <translation>Restablecer valores pre&amp;determinados</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="106"/>
        <source>Restore defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="107"/>
        <source>Put the schedules and the cap back to the usual ones</source>
        <translation>Volver a poner los esquemas y el límite en sus valores habituales</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="128"/>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="129"/>
        <source>Reward</source>
        <translation>Recompensa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="130"/>
        <source>&amp;Prize draws (fishbowl)</source>
        <translation>Sorteo de &amp;premios (pecera)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="131"/>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="179"/>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="180"/>
        <source>Prize draws</source>
        <translation>Sorteo de premios</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="132"/>
        <source>Escalating &amp;vouchers</source>
        <translation>&amp;Vales crecientes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="133"/>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="217"/>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="218"/>
        <source>Escalating vouchers</source>
        <translation>Vales crecientes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="145"/>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="146"/>
        <source>What earns a reward</source>
        <translation>Qué se recompensa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="151"/>
        <source>A screen negative for every ticked substance it tested is a success; a positive for one resets the streak. The client&apos;s prescribed medication is never counted either way.</source>
        <translation>Una prueba negativa para todas las sustancias marcadas que analizó es un logro; un positivo en cualquiera de ellas reinicia la racha. El medicamento recetado al cliente nunca cuenta, ni a favor ni en contra.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="168"/>
        <source>&amp;Attended sessions count too (a no-show resets)</source>
        <translation>La &amp;asistencia a sesiones también cuenta (no presentarse reinicia la racha)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="169"/>
        <source>Attended sessions count</source>
        <translation>La asistencia a sesiones cuenta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="171"/>
        <source>Count &amp;only from</source>
        <translation>Contar s&amp;olo a partir del</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="172"/>
        <source>Count only from a date</source>
        <translation>Contar solo a partir de una fecha</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="173"/>
        <source>Counting starts</source>
        <translation>Inicio del conteo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="183"/>
        <source>Draws for the first success</source>
        <translation>Sorteos por el primer logro</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="184"/>
        <source>Draws for the &amp;first success:</source>
        <translation>Sorteos por el primer lo&amp;gro:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="185"/>
        <source>More draws for each success in a row</source>
        <translation>Sorteos adicionales por cada logro consecutivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="186"/>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="224"/>
        <source>More for each success &amp;in a row:</source>
        <translation>Más por cada logro consec&amp;utivo:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="187"/>
        <source>Most draws at once</source>
        <translation>Máximo de sorteos a la vez</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="188"/>
        <source>&amp;Most draws at once:</source>
        <translation>&amp;Máximo de sorteos a la vez:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="192"/>
        <source>Good-job slips</source>
        <translation>Boletos de &quot;buen trabajo&quot;</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="193"/>
        <source>Small-prize slips</source>
        <translation>Boletos de premio pequeño</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="194"/>
        <source>Large-prize slips</source>
        <translation>Boletos de premio grande</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="195"/>
        <source>Jumbo-prize slips</source>
        <translation>Boletos de premio gigante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="196"/>
        <source>Small prize value</source>
        <translation>Valor del premio pequeño</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="197"/>
        <source>Large prize value</source>
        <translation>Valor del premio grande</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="198"/>
        <source>Jumbo prize value</source>
        <translation>Valor del premio gigante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="200"/>
        <source>Good job</source>
        <translation>Buen trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="200"/>
        <source>Small</source>
        <translation>Pequeño</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="200"/>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="200"/>
        <source>Jumbo</source>
        <translation>Gigante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="203"/>
        <source>Slips:</source>
        <translation>Boletos:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="204"/>
        <source>Worth:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="207"/>
        <source>no prize</source>
        <translation>sin premio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="210"/>
        <source>The bowl:</source>
        <translation>La pecera:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="212"/>
        <source>The bowl</source>
        <translation>La pecera</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="221"/>
        <source>First voucher</source>
        <translation>Primer vale</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="222"/>
        <source>&amp;First voucher:</source>
        <translation>P&amp;rimer vale:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="223"/>
        <source>More for each success in a row</source>
        <translation>Adicional por cada logro consecutivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="225"/>
        <source>Bonus</source>
        <translation>Bono</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="226"/>
        <source>&amp;Bonus:</source>
        <translation>&amp;Bono:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="227"/>
        <source>Bonus every so many successes in a row</source>
        <translation>Bono cada cierto número de logros consecutivos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="228"/>
        <source>No bonus</source>
        <translation>Sin bono</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="229"/>
        <source>Bonus &amp;every … in a row:</source>
        <translation>Bono &amp;cada … logros consecutivos:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="230"/>
        <source>Largest voucher</source>
        <translation>Vale máximo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="231"/>
        <source>No ceiling</source>
        <translation>Sin tope</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="232"/>
        <source>&amp;Largest voucher:</source>
        <translation>Vale má&amp;ximo:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="236"/>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="237"/>
        <source>Yearly cap</source>
        <translation>Límite anual</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="240"/>
        <source>Most a client may earn in a cap year</source>
        <translation>Lo máximo que un cliente puede ganar en un año del límite</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="241"/>
        <source>Most in a &amp;cap year:</source>
        <translation>Máximo por año del &amp;límite:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="242"/>
        <source>Warn when this close to the cap</source>
        <translation>Avisar cuando falte esta cantidad para el límite</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="243"/>
        <source>&amp;Warn when this close:</source>
        <translation>Avisar cuando &amp;falten:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="248"/>
        <source>Cap year starts in month</source>
        <translation>Mes en que empieza el año del límite</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="252"/>
        <source>Cap year starts on day</source>
        <translation>Día en que empieza el año del límite</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="256"/>
        <source>Cap &amp;year starts:</source>
        <translation>El año del límite &amp;empieza:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="318"/>
        <source>The bowl needs at least one slip.</source>
        <translation>La pecera necesita al menos un boleto.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="321"/>
        <source>%1 slips; a draw is worth %2 on average.</source>
        <translation>%1 boletos; cada sorteo vale %2 en promedio.</translation>
    </message>
</context>
<context>
    <name>ConfirmPassphraseDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="298"/>
        <source>Confirm your passphrase</source>
        <translation>Confirme su frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="302"/>
        <source>The recovery kit shows the key that opens this vault whatever its passphrases are. Type your passphrase again to print it.</source>
        <translation>El kit de recuperación muestra la clave que abre esta bóveda, sean cuales sean sus frases de contraseña. Vuelva a escribir su frase de contraseña para imprimirlo.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="310"/>
        <source>Your passphrase</source>
        <translation>Su frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="311"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="315"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="321"/>
        <source>Checking the passphrase</source>
        <translation>Verificando la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="327"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="328"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="330"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="389"/>
        <source>That is not the passphrase you unlocked with.</source>
        <translation>Esa no es la frase de contraseña con la que desbloqueó la bóveda.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="42"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="67"/>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="151"/>
        <source>Add consent</source>
        <translation>Agregar consentimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="72"/>
        <source>Copy these from the signed consent form. The client may revoke it in writing at any time.</source>
        <translation>Copie estos datos del formulario de consentimiento firmado. El cliente puede revocarlo por escrito en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="80"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="85"/>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="88"/>
        <source>Who may disclose</source>
        <translation>Quién puede divulgar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="88"/>
        <source>Your program or clinic</source>
        <translation>Su programa o clínica</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="89"/>
        <source>&amp;Who may disclose:</source>
        <translation>&amp;Quién puede divulgar:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="91"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="91"/>
        <source>Name, or a class such as &apos;my treating providers&apos;</source>
        <translation>Nombre, o una categoría como &apos;mis proveedores de tratamiento&apos;</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="93"/>
        <source>&amp;To whom:</source>
        <translation>&amp;A quién:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="95"/>
        <source>Information to disclose</source>
        <translation>Información que se puede divulgar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="95"/>
        <source>Be specific, e.g. attendance and MAT dose</source>
        <translation>Sea específico, p. ej., asistencia y dosis del medicamento (MAT)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="97"/>
        <source>&amp;Information:</source>
        <translation>&amp;Información:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="98"/>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="98"/>
        <source>e.g. coordination of care</source>
        <translation>p. ej., coordinación de la atención</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="99"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="101"/>
        <source>Date signed</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="106"/>
        <source>Date si&amp;gned:</source>
        <translation>Fecha de &amp;firma:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="108"/>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="111"/>
        <source>Signed &amp;by:</source>
        <translation>Firmado p&amp;or:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="114"/>
        <source>On a &amp;date:</source>
        <translation>En una fec&amp;ha:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="115"/>
        <source>Expires on a date</source>
        <translation>Vence en una fecha</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="117"/>
        <source>Expiry date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="121"/>
        <source>On an &amp;event:</source>
        <translation>Con un &amp;evento:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="122"/>
        <source>Expires on an event</source>
        <translation>Vence con un evento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="123"/>
        <source>Expiry event</source>
        <translation>Evento de vencimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="123"/>
        <source>e.g. end of probation</source>
        <translation>p. ej., fin de la libertad condicional</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="139"/>
        <source>Expires:</source>
        <translation>Vence:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="141"/>
        <source>Includes SUD &amp;counseling notes (this consent names them)</source>
        <translation>Incluye las notas de &amp;consejería sobre TUS (este consentimiento las nombra)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="143"/>
        <source>Includes SUD counseling notes</source>
        <translation>Incluye las notas de consejería sobre TUS</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="154"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="668"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="669"/>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="670"/>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="671"/>
        <source>Ends</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="672"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="673"/>
        <source>SUD notes</source>
        <translation>Notas TUS</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="674"/>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="680"/>
        <source>Active, expiring within %1 days, expired or revoked; only an active or expiring consent can be used</source>
        <translation>Vigente, por vencer en %1 días o menos, vencido o revocado; solo se puede usar un consentimiento vigente o por vencer</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="683"/>
        <source>Whether this consent names the SUD counseling notes</source>
        <translation>Si este consentimiento nombra las notas de consejería sobre TUS</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="684"/>
        <source>Who signed: the client, a guardian, or both (a minor)</source>
        <translation>Quién firmó: el cliente, un tutor legal o ambos (menor de edad)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="715"/>
        <source>Revoked %1</source>
        <translation>Revocado el %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="717"/>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="719"/>
        <source>Not in force until %1</source>
        <translation>Aún no vigente (a partir del %1)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="724"/>
        <source>Expires today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="726"/>
        <source>Expires tomorrow</source>
        <translation>Vence mañana</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="727"/>
        <source>Expires in %1 days</source>
        <translation>Vence en %1 días</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="728"/>
        <source>Active</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="768"/>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="774"/>
        <source>Included</source>
        <translation>Incluidas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="774"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="778"/>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="779"/>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="780"/>
        <source>Information: %1</source>
        <translation>Información: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="781"/>
        <source>Purpose: %1</source>
        <translation>Propósito: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="782"/>
        <source>Signed by: %1</source>
        <translation>Firmado por: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="783"/>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
</context>
<context>
    <name>CosignQueueModel</name>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="63"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="64"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="65"/>
        <source>Signed by</source>
        <translation>Firmada por</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="66"/>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
</context>
<context>
    <name>CosignWindow</name>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="140"/>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="188"/>
        <source>Notes waiting for co-signature</source>
        <translation>Notas pendientes de firma conjunta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="158"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="171"/>
        <source>Why notes cannot be co-signed here</source>
        <translation>Por qué aquí no se pueden cofirmar notas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="191"/>
        <source>&amp;Waiting:</source>
        <translation>&amp;Pendientes:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="195"/>
        <source>Note to co-sign</source>
        <translation>Nota para cofirmar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="198"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="203"/>
        <source>Co-signing status</source>
        <translation>Estado de la firma conjunta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="205"/>
        <source>&amp;Read note</source>
        <translation>&amp;Leer nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="205"/>
        <source>Read the note</source>
        <translation>Leer la nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="206"/>
        <source>Show the selected note (Enter)</source>
        <translation>Mostrar la nota seleccionada (Enter)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="207"/>
        <source>&amp;Co-sign…</source>
        <translation>&amp;Cofirmar…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="207"/>
        <source>Co-sign the note</source>
        <translation>Cofirmar la nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="209"/>
        <source>Co-sign the note shown (Ctrl+Shift+Enter)</source>
        <translation>Cofirmar la nota que se muestra (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="278"/>
        <source>Co-signing as {name}. Choose a note and press Enter to read it; co-sign it once you have read it. A co-signature cannot be removed.</source>
        <translation>Cofirmando como {name}. Elija una nota y pulse Enter para leerla; cofírmela después de leerla. Una firma conjunta no se puede quitar.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="293"/>
        <source>No notes are waiting for co-signature.</source>
        <translation>No hay notas pendientes de firma conjunta.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="302"/>
        <source>Notes are co-signed by a clinical supervisor. This vault was unlocked with a counselor&apos;s passphrase (or the recovery key), so nothing can be co-signed here.</source>
        <translation>Las notas las cofirma un supervisor clínico o una supervisora clínica. Esta bóveda se desbloqueó con una frase de contraseña de consejería (o con la clave de recuperación), así que aquí no se puede cofirmar nada.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="307"/>
        <source>To co-sign, lock the vault (Ctrl+L) and unlock it with the supervisor&apos;s own passphrase. A supervisor&apos;s passphrase slot is added in Settings, Slots, with the role &quot;Supervisor&quot;.</source>
        <translation>Para cofirmar, bloquee la bóveda (Ctrl+L) y desbloquéela con la frase de contraseña propia de quien supervisa. La ranura de frase de contraseña de quien supervisa se agrega en Configuración, Ranuras, con el rol &quot;Supervisor(a)&quot;.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="313"/>
        <source>1 note is waiting for co-signature.</source>
        <translation>Hay 1 nota pendiente de firma conjunta.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="316"/>
        <source>{count} notes are waiting for co-signature.</source>
        <translation>Hay {count} notas pendientes de firma conjunta.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="370"/>
        <source>{client} — {kind}, {when}</source>
        <translation>{client} — {kind}, {when}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="375"/>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="395"/>
        <source>Signed by {signer} on {when}</source>
        <translation>Firmada por {signer} el {when}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="379"/>
        <source>Late entry</source>
        <translation>Entrada tardía</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="382"/>
        <source>Sent for co-signature by {name} on {when}</source>
        <translation>Enviada para firma conjunta por {name} el {when}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="392"/>
        <source>Addenda</source>
        <translation>Adendas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="418"/>
        <source>Read a note first: choose it and press Enter.</source>
        <translation>Primero lea una nota: elíjala y pulse Enter.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="423"/>
        <source>Co-sign note</source>
        <translation>Cofirmar nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="424"/>
        <source>Co-sign this note by {signer} as {name}?</source>
        <translation>¿Cofirmar esta nota de {signer} como {name}?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="428"/>
        <source>Your co-signature is stored with the note&apos;s signature hash. It cannot be changed or removed afterwards.</source>
        <translation>Su firma conjunta se guarda junto con el hash de la firma de la nota. Después ya no se puede cambiar ni quitar.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="436"/>
        <source>Co-signing…</source>
        <translation>Cofirmando…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cosign_view.py" line="450"/>
        <source>Co-signed by {name} on {when}.</source>
        <translation>Cofirmada por {name} el {when}.</translation>
    </message>
</context>
<context>
    <name>CounselingNotesView</name>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="61"/>
        <source>SUD counseling notes (42 CFR 2.11): your private analysis. Kept apart; never printed or disclosed without a consent that names them.</source>
        <translation>Notas de consejería sobre TUS (42 CFR 2.11): su análisis privado. Se guardan aparte; nunca se imprimen ni se divulgan sin un consentimiento que las nombre.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="67"/>
        <source>About SUD counseling notes</source>
        <translation>Acerca de las notas de consejería sobre TUS</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="75"/>
        <source>Counseling &amp;notes</source>
        <translation>Notas de conse&amp;jería</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="77"/>
        <source>Counseling notes</source>
        <translation>Notas de consejería</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="82"/>
        <source>New &amp;counseling note</source>
        <translation>Nueva nota de &amp;consejería</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="83"/>
        <source>New counseling note</source>
        <translation>Nueva nota de consejería</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="92"/>
        <source>&amp;Text</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="94"/>
        <source>Save status</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="97"/>
        <source>Counseling note text</source>
        <translation>Texto de la nota de consejería</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="102"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="243"/>
        <source>(empty)</source>
        <translation>(vacía)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="284"/>
        <source>Write your analysis here. It is saved as you type.</source>
        <translation>Escriba aquí su análisis. Se guarda mientras escribe.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="286"/>
        <source>Choose a counseling note, or start a new one.</source>
        <translation>Elija una nota de consejería o comience una nueva.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="330"/>
        <source>This counseling note could not be saved yet, so it stays open. {reason}</source>
        <translation>Esta nota de consejería todavía no se pudo guardar, así que sigue abierta. {reason}</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="292"/>
        <source>Try the demo vault</source>
        <translation>Probar la bóveda de demostración</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="292"/>
        <source>Create a vault</source>
        <translation>Crear una bóveda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="302"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="303"/>
        <source>C&amp;reate the vault</source>
        <translation>C&amp;rear la bóveda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="304"/>
        <source>Create the vault</source>
        <translation>Crear la bóveda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="306"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="307"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="324"/>
        <source>The demo vault holds a made-up caseload to try the program with. It is encrypted like a real vault, so it needs a passphrase too.</source>
        <translation>La bóveda de demostración tiene casos inventados para probar el programa. Está cifrada como una bóveda real, así que también necesita una frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="329"/>
        <source>Your vault keeps your clients&apos; records encrypted on this computer. Only your passphrase, or the recovery key you will see next, opens it.</source>
        <translation>Su bóveda guarda cifrados los expedientes de sus clientes en esta computadora. Solo la abren su frase de contraseña o la clave de recuperación que verá a continuación.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="336"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="337"/>
        <source>For example: A. Rivera</source>
        <translation>Por ejemplo: A. Rivera</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="338"/>
        <source>Shown on the unlock screen to find your vault</source>
        <translation>Aparece en la pantalla de desbloqueo para que encuentre su bóveda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="341"/>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="349"/>
        <source>Problem creating the vault</source>
        <translation>Problema al crear la bóveda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="352"/>
        <source>Creating the vault</source>
        <translation>Creando la bóveda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="353"/>
        <source>Creating the vault…</source>
        <translation>Creando la bóveda…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="366"/>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="373"/>
        <source>Write this key on paper now; it is shown only this once. If you ever forget your passphrase, this key opens the vault, so your records are never lost. Keep the paper locked away, apart from this computer: anyone who has it can read your records.</source>
        <translation>Escriba esta clave en papel ahora; solo se muestra esta vez. Si algún día olvida su frase de contraseña, esta clave abre la bóveda, así que sus expedientes nunca se pierden. Guarde el papel bajo llave, lejos de esta computadora: cualquier persona que lo tenga puede leer sus expedientes.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="392"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="397"/>
        <source>I have &amp;written it down</source>
        <translation>Ya la &amp;anoté en papel</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="398"/>
        <source>I have written the recovery key down</source>
        <translation>Ya anoté la clave de recuperación en papel</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="399"/>
        <source>Print the recovery &amp;kit…</source>
        <translation>Imprimir el &amp;kit de recuperación…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="400"/>
        <source>Print the recovery kit</source>
        <translation>Imprimir el kit de recuperación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="402"/>
        <source>A sheet with this key and a QR code of it, to lock away</source>
        <translation>Una hoja con esta clave y su código QR, para guardarla bajo llave</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="130"/>
        <source>MMM d, yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="123"/>
        <location filename="../../counselor_desk/ui/group_notes.py" line="561"/>
        <location filename="../../counselor_desk/ui/models.py" line="143"/>
        <source>h:mm AP</source>
        <translation>h:mm ap</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../counselor_desk/ui/desk_page.py" line="40"/>
        <source>SUD counseling notes</source>
        <translation>Notas TUS</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/desk_page.py" line="43"/>
        <source>Worksheets</source>
        <translation>Hojas de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/desk_page.py" line="45"/>
        <source>Scales</source>
        <translation>Escalas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/desk_page.py" line="47"/>
        <source>Screens and CM</source>
        <translation>Pruebas de orina y MC</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/desk_page.py" line="49"/>
        <source>Treatment plan</source>
        <translation>Plan de tratamiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/desk_page.py" line="51"/>
        <source>Support network</source>
        <translation>Red de apoyo</translation>
    </message>
</context>
<context>
    <name>EcomapCanvas</name>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="285"/>
        <source>Support network map</source>
        <translation>Ecomapa de la red de apoyo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="350"/>
        <source>No one in the support network yet. Press Insert to add someone.</source>
        <translation>Todavía no hay nadie en la red de apoyo. Pulse Insert para agregar a alguien.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="351"/>
        <source>People and groups in the support network: %1.</source>
        <translation>Personas y grupos en la red de apoyo: %1.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="356"/>
        <source>Selected: %1</source>
        <translation>Selección: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="471"/>
        <source>Click to edit.</source>
        <translation>Haga clic para editar.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="473"/>
        <source>Add a person or group (Insert)</source>
        <translation>Agregar una persona o un grupo (Insert)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="475"/>
        <source>Click to add a person or group.</source>
        <translation>Haga clic para agregar una persona o un grupo.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="605"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="662"/>
        <source>No one here yet. Click anywhere, or press Insert, to add a person or group.</source>
        <translation>Todavía no hay nadie. Haga clic en cualquier lugar o pulse Insert para agregar una persona o un grupo.</translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="121"/>
        <source>When</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="121"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="121"/>
        <source>Attendees</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="121"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="163"/>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="163"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="169"/>
        <source>(no topic yet)</source>
        <translation>(sin tema)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="188"/>
        <source>%1, %2, %3 attendees, %4</source>
        <translation>%1, %2, %3 participantes, %4</translation>
    </message>
</context>
<context>
    <name>GroupNotes</name>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="92"/>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="93"/>
        <source>Excused</source>
        <translation>Falta justificada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="94"/>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
</context>
<context>
    <name>GroupNotesWindow</name>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="493"/>
        <source>Group notes</source>
        <translation>Notas de grupo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="506"/>
        <source>&amp;Groups</source>
        <translation>&amp;Grupos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="508"/>
        <source>Group sessions</source>
        <translation>Sesiones de grupo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="517"/>
        <source>&amp;New group</source>
        <translation>&amp;Nuevo grupo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="519"/>
        <source>New group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="520"/>
        <source>Start a new group note (Ctrl+N)</source>
        <translation>Comenzar una nota de grupo nueva (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="521"/>
        <source>&amp;Delete draft…</source>
        <translation>&amp;Eliminar borrador…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="523"/>
        <source>Delete this draft</source>
        <translation>Eliminar este borrador</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="536"/>
        <source>About this group note</source>
        <translation>Acerca de esta nota de grupo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="540"/>
        <source>Save status</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="548"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="556"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="560"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="563"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="566"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="568"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="572"/>
        <source>Da&amp;te:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="573"/>
        <source>&amp;Start:</source>
        <translation>&amp;Hora de inicio:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="574"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutos:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="575"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="586"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="587"/>
        <source>What the group worked on</source>
        <translation>Lo que trabajó el grupo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="590"/>
        <source>Interventions</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="592"/>
        <source>What you did with the group: skills taught, exercises, materials</source>
        <translation>Lo que usted hizo con el grupo: habilidades enseñadas, ejercicios, materiales</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="597"/>
        <source>T&amp;opic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="598"/>
        <source>&amp;Interventions:</source>
        <translation>&amp;Intervenciones:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="601"/>
        <source>The topic and interventions go into every attendee&apos;s chart: name nobody here.</source>
        <translation>El tema y las intervenciones van al expediente de cada participante: no nombre a nadie aquí.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="606"/>
        <source>About the group part</source>
        <translation>Acerca de la parte grupal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="608"/>
        <source>Attend&amp;ees</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="610"/>
        <source>Attendees</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="616"/>
        <source>&amp;Add attendees…</source>
        <translation>&amp;Agregar participantes…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="618"/>
        <source>Add attendees</source>
        <translation>Agregar participantes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="619"/>
        <source>&amp;Remove attendee</source>
        <translation>&amp;Quitar participante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="621"/>
        <source>Remove the chosen attendee</source>
        <translation>Quitar al participante elegido</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="622"/>
        <source>&amp;Print sign-in sheet…</source>
        <translation>Imp&amp;rimir la hoja de asistencia…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="624"/>
        <source>Print the sign-in sheet</source>
        <translation>Imprimir la hoja de asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="626"/>
        <source>The sheet this group&apos;s attendees sign in on, with blank rows (Ctrl+P)</source>
        <translation>La hoja en la que firman los participantes de este grupo, con renglones en blanco (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="635"/>
        <source>Chosen attendee</source>
        <translation>Participante elegido</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="641"/>
        <source>Status of the chosen attendee</source>
        <translation>Estado del participante elegido</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="646"/>
        <source>Own section of the chosen attendee</source>
        <translation>Sección individual del participante elegido</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="648"/>
        <source>How this client took part; goes into this client&apos;s chart only</source>
        <translation>Cómo participó este cliente; va solo al expediente de este cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="655"/>
        <source>Stat&amp;us:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="656"/>
        <source>Own se&amp;ction:</source>
        <translation>Sección indi&amp;vidual:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="658"/>
        <source>Sign and &amp;file into each chart…</source>
        <translation>Firmar y ar&amp;chivar en cada expediente…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="660"/>
        <source>Sign and file into each chart</source>
        <translation>Firmar y archivar en cada expediente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="661"/>
        <source>Sign and file into each chart (Ctrl+Shift+Enter)</source>
        <translation>Firmar y archivar en cada expediente (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="952"/>
        <source>Choose a group, or start a new one with New group.</source>
        <translation>Elija un grupo o comience uno con Nuevo grupo.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="954"/>
        <source>No group notes yet. Start one with New group.</source>
        <translation>Todavía no hay notas de grupo. Comience una con Nuevo grupo.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="966"/>
        <source>e.g. Group room B</source>
        <translation>p. ej., sala de grupo B</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="990"/>
        <source>Draft, started %1. Only you see this draft; no chart shows it.</source>
        <translation>Borrador iniciado el %1. Solo usted ve este borrador; no aparece en ningún expediente.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="996"/>
        <source>Signed by %1 on %2; read-only.</source>
        <translation>Firmada por %1 el %2; solo lectura.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="999"/>
        <source>Filed into 1 chart; attendance recorded for %2.</source>
        <translation>Archivada en 1 expediente; asistencia registrada: %2.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1001"/>
        <source>Filed into %1 charts; attendance recorded for %2.</source>
        <translation>Archivada en %1 expedientes; asistencia registrada: %2.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1006"/>
        <source>Late entry: signed over 24 hours after the session.</source>
        <translation>Entrada tardía: se firmó más de 24 horas después de la sesión.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1022"/>
        <source>Add the clients who were in the group.</source>
        <translation>Agregue a los clientes que estuvieron en el grupo.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1030"/>
        <source>%1: status and own section</source>
        <translation>%1: estado y sección individual</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1100"/>
        <source>Not saved yet: %1</source>
        <translation>Todavía no se guardó: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1106"/>
        <source>This group note could not be saved yet, so it stays open. %1</source>
        <translation>Esta nota de grupo todavía no se pudo guardar, así que sigue abierta. %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1115"/>
        <source>Signing and filing…</source>
        <translation>Firmando y archivando…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1117"/>
        <source>Signed and filed</source>
        <translation>Firmada y archivada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1119"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1162"/>
        <source>Remove attendee</source>
        <translation>Quitar participante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1163"/>
        <source>Remove %1 from this group? The section written for them goes too.</source>
        <translation>¿Quitar a %1 de este grupo? También se quitará la sección escrita para esta persona.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1210"/>
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1211"/>
        <source>Delete this group draft and every section in it? This cannot be undone.</source>
        <translation>¿Eliminar este borrador de grupo y todas sus secciones? Esto no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1235"/>
        <source>%1 (“%2”)</source>
        <translation>%1 (“%2”)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1238"/>
        <source>topic</source>
        <translation>tema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1239"/>
        <source>interventions</source>
        <translation>intervenciones</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1240"/>
        <source>location</source>
        <translation>lugar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1243"/>
        <source>The group&apos;s %1 names a group member, %2. The group part goes into every attendee&apos;s chart, so take the name out before signing.</source>
        <translation>El campo &quot;%1&quot; del grupo menciona a un integrante del grupo, %2. La parte grupal va al expediente de cada participante, así que quite el nombre antes de firmar.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1248"/>
        <source>The section for %1 names another group member, %2. Each chart gets only its own section, so take the name out before signing.</source>
        <translation>La sección de %1 menciona a otro integrante del grupo, %2. Cada expediente recibe solo su propia sección, así que quite el nombre antes de firmar.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1292"/>
        <source>Each chart gets the group part and that client&apos;s own section only. Once signed, the note cannot be changed.</source>
        <translation>Cada expediente recibe solo la parte grupal y la sección individual de ese cliente. Una vez firmada, la nota ya no se puede cambiar.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1296"/>
        <source>Attendance is also recorded for 1 client who did not attend.</source>
        <translation>También queda registrada la inasistencia de 1 cliente.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1299"/>
        <source>Attendance is also recorded for %1 clients who did not attend.</source>
        <translation>También queda registrada la inasistencia de %1 clientes.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1302"/>
        <source>Sign this group note and file it into 1 chart?</source>
        <translation>¿Firmar esta nota de grupo y archivarla en 1 expediente?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1304"/>
        <source>Sign this group note and file it into %1 charts?</source>
        <translation>¿Firmar esta nota de grupo y archivarla en %1 expedientes?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1308"/>
        <source>Sign and file</source>
        <translation>Firmar y archivar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1375"/>
        <source>Save this draft before printing its sign-in sheet. %1</source>
        <translation>Guarde este borrador antes de imprimir su hoja de asistencia. %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/group_notes.py" line="1413"/>
        <source>Group sign-in sheet</source>
        <translation>Hoja de asistencia del grupo</translation>
    </message>
</context>
<context>
    <name>HandoutsDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/handouts_view.py" line="103"/>
        <location filename="../../counselor_desk/ui/handouts_view.py" line="123"/>
        <source>Handouts</source>
        <translation>Folletos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/handouts_view.py" line="112"/>
        <source>Language of the handouts</source>
        <translation>Idioma de los folletos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/handouts_view.py" line="117"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/handouts_view.py" line="119"/>
        <source>Lar&amp;ge print (14 pt)</source>
        <translation>Letra &amp;grande (14 pt)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/handouts_view.py" line="120"/>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/handouts_view.py" line="131"/>
        <source>Handout text</source>
        <translation>Texto del folleto</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/handouts_view.py" line="142"/>
        <source>&amp;Print preview…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/handouts_view.py" line="143"/>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/handouts_view.py" line="144"/>
        <source>Print preview (Ctrl+P)</source>
        <translation>Vista previa de impresión (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/handouts_view.py" line="149"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="64"/>
        <source>Buprenorphine</source>
        <translation>Buprenorfina</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="65"/>
        <source>Methadone</source>
        <translation>Metadona</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="66"/>
        <source>Naltrexone</source>
        <translation>Naltrexona</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="67"/>
        <source>Other medication</source>
        <translation>Otro medicamento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="70"/>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="71"/>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="72"/>
        <source>Take-home</source>
        <translation>Para llevar a casa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="73"/>
        <source>Injection</source>
        <translation>Inyección</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="76"/>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="77"/>
        <source>Group</source>
        <translation>Grupal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="78"/>
        <source>Family</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="79"/>
        <source>Peer support</source>
        <translation>Apoyo entre pares</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="80"/>
        <source>Phone</source>
        <translation>Por teléfono</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="83"/>
        <source>DAP (data, assessment, plan)</source>
        <translation>DAP (datos, evaluación, plan)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="84"/>
        <source>SOAP (subjective, objective, assessment, plan)</source>
        <translation>SOAP (subjetivo, objetivo, evaluación, plan)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="85"/>
        <source>BIRP (behavior, intervention, response, plan)</source>
        <translation>BIRP (conducta, intervención, respuesta, plan)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="86"/>
        <source>GIRP (goal, intervention, response, plan)</source>
        <translation>GIRP (meta, intervención, respuesta, plan)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="87"/>
        <source>Free text</source>
        <translation>Texto libre</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="88"/>
        <source>Group note (group part and own section)</source>
        <translation>Nota de grupo (parte grupal y sección individual)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="93"/>
        <source>The client</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="94"/>
        <source>The guardian</source>
        <translation>El tutor legal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="95"/>
        <source>The client and the guardian (minor)</source>
        <translation>El cliente y el tutor legal (menor de edad)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="98"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="99"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="540"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="541"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="542"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="543"/>
        <source>Streak</source>
        <translation>Racha</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="544"/>
        <source>Earned</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="545"/>
        <source>Cap year</source>
        <translation>En el año</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="550"/>
        <source>Successes in a row, this one included</source>
        <translation>Logros consecutivos, incluido este</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="551"/>
        <source>What the yearly cap counts so far this cap year</source>
        <translation>Lo que cuenta para el límite anual en lo que va del año del límite</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="570"/>
        <source>Drew: %1</source>
        <translation>Sacó: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="572"/>
        <source>Session: %1</source>
        <translation>Sesión: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="574"/>
        <source>Screen: %1</source>
        <translation>Prueba: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="589"/>
        <source>%1 positive</source>
        <translation>positivo para %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="594"/>
        <source>%1 given</source>
        <translation>Entregado: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="596"/>
        <source>Nothing: yearly cap</source>
        <translation>Nada: límite anual</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="601"/>
        <source>1 draw</source>
        <translation>1 sorteo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="603"/>
        <source>%1 draws</source>
        <translation>%1 sorteos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="608"/>
        <source>%1 + %2 bonus</source>
        <translation>%1 + %2 de bono</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="640"/>
        <source>worth about %1 on average</source>
        <translation>valor promedio aproximado: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="57"/>
        <source>Counselor Desk</source>
        <translation>Counselor Desk</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="79"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="111"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="114"/>
        <source>&amp;Search everything…</source>
        <translation>&amp;Buscar en todo…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="117"/>
        <source>&amp;Today…</source>
        <translation>&amp;Hoy…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="120"/>
        <source>&amp;Group notes…</source>
        <translation>Notas de &amp;grupo…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="123"/>
        <source>Notes waiting for &amp;co-signature…</source>
        <translation>Notas pendientes de firma &amp;conjunta…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="129"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="138"/>
        <source>Client &amp;handouts…</source>
        <translation>F&amp;olletos para el cliente…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="141"/>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="148"/>
        <source>Se&amp;ttings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="154"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="156"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="158"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="168"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="174"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="268"/>
        <source>This vault failed its integrity check (%1). Keep working only to copy what you need; then restore the newest backup (counselor-desk restore … --replace-damaged).</source>
        <translation>Esta bóveda no pasó su revisión de integridad (%1). Siga trabajando solo para copiar lo que necesite; después restaure la copia de seguridad más reciente (counselor-desk restore … --replace-damaged).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="273"/>
        <source>The vault is damaged</source>
        <translation>La bóveda está dañada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="316"/>
        <source>Locked after a quiet spell. Your drafts were saved.</source>
        <translation>Se bloqueó tras un rato sin actividad. Sus borradores se guardaron.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="317"/>
        <source>Locked before the computer slept. Your drafts were saved.</source>
        <translation>Se bloqueó antes de que la computadora entrara en reposo. Sus borradores se guardaron.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="318"/>
        <source>Locked with the screen. Your drafts were saved.</source>
        <translation>Se bloqueó junto con la pantalla. Sus borradores se guardaron.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="319"/>
        <source>Locked after the computer woke up. Your drafts were saved.</source>
        <translation>Se bloqueó al reactivarse la computadora. Sus borradores se guardaron.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="321"/>
        <source>Locked. Your drafts were saved.</source>
        <translation>Se bloqueó. Sus borradores se guardaron.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="403"/>
        <source>Choose a client first, then print from their chart.</source>
        <translation>Primero elija un cliente y luego imprima desde su expediente.</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="30"/>
        <source>sublingual film</source>
        <translation>película sublingual</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="31"/>
        <source>sublingual tablet</source>
        <translation>tableta sublingual</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="32"/>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="41"/>
        <source>extended-release injection</source>
        <translation>inyección de liberación prolongada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="35"/>
        <source>oral liquid</source>
        <translation>líquido oral</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="36"/>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="40"/>
        <source>tablet</source>
        <translation>tableta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="37"/>
        <source>dispersible tablet</source>
        <translation>tableta dispersable</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="64"/>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="125"/>
        <source>Change dose</source>
        <translation>Cambiar dosis</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="64"/>
        <source>Start medication</source>
        <translation>Iniciar medicamento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="73"/>
        <source>The current entry stops the day this one starts; both stay in the history.</source>
        <translation>La entrada actual termina el día en que empieza esta; las dos quedan en el historial.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="78"/>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="81"/>
        <source>&amp;Medication:</source>
        <translation>&amp;Medicamento:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="84"/>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="86"/>
        <source>&amp;Form:</source>
        <translation>&amp;Forma:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="87"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="87"/>
        <source>e.g. 16 mg</source>
        <translation>p. ej., 16 mg</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="88"/>
        <source>&amp;Dose:</source>
        <translation>&amp;Dosis:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="89"/>
        <source>Schedule</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="89"/>
        <source>e.g. once daily</source>
        <translation>p. ej., una vez al día</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="90"/>
        <source>&amp;Schedule:</source>
        <translation>Fre&amp;cuencia:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="91"/>
        <source>Prescriber</source>
        <translation>Recetado por</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="92"/>
        <source>&amp;Prescriber:</source>
        <translation>&amp;Recetado por:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="94"/>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="98"/>
        <source>S&amp;tarted:</source>
        <translation>Fecha de &amp;inicio:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="100"/>
        <source>Dispensing</source>
        <translation>Dispensación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="101"/>
        <source>Not recorded</source>
        <translation>No registrada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="104"/>
        <source>D&amp;ispensing:</source>
        <translation>Dis&amp;pensación:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="106"/>
        <source>Take-home doses</source>
        <translation>Dosis para llevar a casa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="108"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="109"/>
        <source>Take-home doses earned (methadone)</source>
        <translation>Dosis para llevar a casa que ha ganado (metadona)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="110"/>
        <source>Ta&amp;ke-home doses:</source>
        <translation>Dosis para lle&amp;var a casa:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="112"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="115"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="118"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="125"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="128"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="202"/>
        <source>Enter the dose.</source>
        <translation>Escriba la dosis.</translation>
    </message>
</context>
<context>
    <name>MedicationTableModel</name>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="551"/>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="552"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="553"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="554"/>
        <source>Stopped</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="555"/>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="556"/>
        <source>Schedule</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="557"/>
        <source>Dispensing</source>
        <translation>Dispensación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="558"/>
        <source>Prescriber</source>
        <translation>Recetado por</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="605"/>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="616"/>
        <source>%1, %2 take-home</source>
        <translation>%1, %2 para llevar a casa</translation>
    </message>
</context>
<context>
    <name>NetworkLabels</name>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="73"/>
        <source>Family</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="74"/>
        <source>Friend</source>
        <translation>Amistad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="75"/>
        <source>Sponsor</source>
        <translation>Padrino o madrina</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="76"/>
        <source>Peer specialist</source>
        <translation>Especialista de pares</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="77"/>
        <source>NA meeting</source>
        <translation>Reunión de NA</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="78"/>
        <source>AA meeting</source>
        <translation>Reunión de AA</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="79"/>
        <source>SMART Recovery meeting</source>
        <translation>Reunión de SMART Recovery</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="80"/>
        <source>Other recovery meeting</source>
        <translation>Otra reunión de recuperación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="81"/>
        <source>Faith group</source>
        <translation>Grupo de fe</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="82"/>
        <source>Employer</source>
        <translation>Empleador</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="83"/>
        <source>Prescriber</source>
        <translation>Profesional que receta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="84"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="87"/>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="88"/>
        <source>Tenuous</source>
        <translation>Débil</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="89"/>
        <source>Stressful</source>
        <translation>Conflictiva</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="92"/>
        <source>strong tie</source>
        <translation>relación fuerte</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="93"/>
        <source>tenuous tie</source>
        <translation>relación débil</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="94"/>
        <source>stressful tie</source>
        <translation>relación conflictiva</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="99"/>
        <source>NA</source>
        <translation>NA</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="100"/>
        <source>AA</source>
        <translation>AA</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="101"/>
        <source>SMART</source>
        <translation>SMART</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/ecomap.py" line="102"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
</context>
<context>
    <name>NetworkMemberDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="71"/>
        <source>Change support network member</source>
        <translation>Cambiar integrante de la red de apoyo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="73"/>
        <source>Add to support network</source>
        <translation>Agregar a la red de apoyo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="79"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="79"/>
        <source>e.g. Rosa M., Hope Group</source>
        <translation>p. ej., Rosa M., Grupo Esperanza</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="80"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="82"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="85"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="87"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="87"/>
        <source>e.g. mother, home group, shift supervisor</source>
        <translation>p. ej., madre, grupo base, supervisor de turno</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="89"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="98"/>
        <source>A steady support</source>
        <translation>Un apoyo constante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="99"/>
        <source>A weak or on-and-off tie</source>
        <translation>Una relación débil o intermitente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="100"/>
        <source>A tie that brings strain or risk</source>
        <translation>Una relación que trae tensión o riesgo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="106"/>
        <source>%1 tie</source>
        <translation>Relación: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="113"/>
        <source>&amp;Strength:</source>
        <translation>Re&amp;lación:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="118"/>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="232"/>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="118"/>
        <source>e.g. daily, weekly, Sundays</source>
        <translation>p. ej., a diario, cada semana, los domingos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="120"/>
        <source>&amp;How often:</source>
        <translation>&amp;Frecuencia:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="123"/>
        <source>Meeting day</source>
        <translation>Día de reunión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="124"/>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="127"/>
        <source>Meeting &amp;day:</source>
        <translation>&amp;Día de reunión:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="128"/>
        <source>&amp;At</source>
        <translation>&amp;A las</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="129"/>
        <source>Meeting has a set time</source>
        <translation>La reunión tiene una hora fija</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="131"/>
        <source>Meeting time</source>
        <translation>Hora de reunión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="139"/>
        <source>Meeting &amp;time:</source>
        <translation>&amp;Hora de reunión:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="143"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="143"/>
        <source>Phone, e-mail or where to find them</source>
        <translation>Teléfono, correo o dónde se le encuentra</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="145"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Contacto:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="146"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="147"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="150"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="151"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="151"/>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="229"/>
        <source>The name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="230"/>
        <source>The role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="231"/>
        <source>The contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="233"/>
        <source>The notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="236"/>
        <source>Enter a name: a first name is enough, or the group&apos;s name.</source>
        <translation>Escriba un nombre: basta con el nombre de pila, o con el nombre del grupo.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="239"/>
        <source>%1 is too long: at most %2 characters are kept.</source>
        <translation>%1: el texto es demasiado largo; se conservan como máximo %2 caracteres.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_dialog.py" line="244"/>
        <source>Enter the meeting time as hours and minutes.</source>
        <translation>Escriba la hora de la reunión en horas y minutos.</translation>
    </message>
</context>
<context>
    <name>NetworkTableModel</name>
    <message>
        <location filename="../../counselor_desk/ui/network_view.py" line="77"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_view.py" line="78"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_view.py" line="79"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_view.py" line="80"/>
        <source>Strength</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_view.py" line="81"/>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_view.py" line="82"/>
        <source>Meets</source>
        <translation>Se reúne</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_view.py" line="83"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../counselor_desk/ui/network_view.py" line="192"/>
        <source>Choose a client from the list.</source>
        <translation>Elija un cliente de la lista.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_view.py" line="208"/>
        <source>Support network list</source>
        <translation>Lista de la red de apoyo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_view.py" line="211"/>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_view.py" line="211"/>
        <source>Add person or group</source>
        <translation>Agregar persona o grupo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_view.py" line="212"/>
        <source>Add a person or group (Insert)</source>
        <translation>Agregar una persona o un grupo (Insert)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_view.py" line="213"/>
        <source>&amp;Edit…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_view.py" line="213"/>
        <source>Edit person or group</source>
        <translation>Editar persona o grupo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_view.py" line="215"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_view.py" line="215"/>
        <source>Remove person or group</source>
        <translation>Quitar persona o grupo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_view.py" line="217"/>
        <source>Remove from the network (Delete)</source>
        <translation>Quitar de la red (Delete)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_view.py" line="480"/>
        <source>Remove from support network</source>
        <translation>Quitar de la red de apoyo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_view.py" line="481"/>
        <source>Remove %1 from this client&apos;s support network?</source>
        <translation>¿Quitar a %1 de la red de apoyo de este cliente?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/network_view.py" line="482"/>
        <source>Their role, contact and notes are removed too.</source>
        <translation>También se quitan su rol, su contacto y sus notas.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="575"/>
        <source>Choose a new passphrase</source>
        <translation>Elija una nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="580"/>
        <source>This vault&apos;s key file is missing or damaged. Your recovery key is right; choose a new passphrase to rebuild the key file.</source>
        <translation>Falta el archivo de claves de esta bóveda o está dañado. Su clave de recuperación es correcta; elija una nueva frase de contraseña para reconstruir el archivo de claves.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="593"/>
        <source>&amp;Rebuild</source>
        <translation>&amp;Reconstruir</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="594"/>
        <source>Rebuild the key file</source>
        <translation>Reconstruir el archivo de claves</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="596"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="386"/>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="391"/>
        <source>Your new recovery key</source>
        <translation>Su nueva clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="398"/>
        <source>The vault has a new key. Write this new recovery key on paper now; it is shown only this once. Your old recovery key and the sheets printed with it no longer open this vault. Your passphrase is the same.</source>
        <translation>La bóveda tiene una clave nueva. Anote ahora en papel esta nueva clave de recuperación; se muestra solo esta vez. Su clave de recuperación anterior y las hojas impresas con ella ya no abren esta bóveda. Su frase de contraseña sigue siendo la misma.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="415"/>
        <source>New recovery key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="420"/>
        <source>The vault as it was is kept in %1. It still opens with your old passphrase and your old recovery key: delete that folder, and the backups made before this change, once this new key is written down and locked away.</source>
        <translation>La bóveda tal como estaba se conserva en %1. Todavía se abre con su frase de contraseña anterior y su clave de recuperación anterior: elimine esa carpeta, y las copias de seguridad hechas antes de este cambio, cuando haya anotado esta nueva clave y la haya guardado bajo llave.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="425"/>
        <source>Previous vault</source>
        <translation>Bóveda anterior</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="428"/>
        <source>A fresh backup under the new key: %1</source>
        <translation>Una copia de seguridad nueva con la clave nueva: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="430"/>
        <source>Fresh backup</source>
        <translation>Copia de seguridad nueva</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="435"/>
        <source>These slots were removed (their passphrases could not be carried over): %1. Add them again in Settings, Slots.</source>
        <translation>Se quitaron estas ranuras (sus frases de contraseña no se pudieron conservar): %1. Vuelva a agregarlas en Configuración, Ranuras.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="439"/>
        <source>Slots removed</source>
        <translation>Ranuras quitadas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="443"/>
        <source>I have &amp;written it down</source>
        <translation>Ya la &amp;anoté en papel</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="444"/>
        <source>I have written the new recovery key down</source>
        <translation>Ya anoté la nueva clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="445"/>
        <source>Print the recovery &amp;kit…</source>
        <translation>Imprimir el &amp;kit de recuperación…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="446"/>
        <source>Print the recovery kit</source>
        <translation>Imprimir el kit de recuperación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="451"/>
        <source>Unlock the vault, then print the kit from Settings, Passphrase</source>
        <translation>Desbloquee la bóveda y luego imprima el kit desde Configuración, Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="455"/>
        <source>A sheet with this key and a QR code of it, to lock away</source>
        <translation>Una hoja con esta clave y su código QR, para guardarla bajo llave</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="457"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="458"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>NewWorksheetDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="195"/>
        <source>New worksheet</source>
        <translation>Nueva hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="199"/>
        <source>Worksheets</source>
        <translation>Hojas de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="205"/>
        <source>&amp;Worksheet:</source>
        <translation>&amp;Hoja de trabajo:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="210"/>
        <source>About this worksheet</source>
        <translation>Acerca de esta hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="215"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="216"/>
        <source>Not tied to a session</source>
        <translation>Sin vincular a una sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="232"/>
        <source>&amp;Session:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="238"/>
        <source>Start worksheet</source>
        <translation>Comenzar la hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="241"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="70"/>
        <source>Subjective</source>
        <translation>Subjetivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="71"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="72"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="73"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="74"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="75"/>
        <source>Behavior</source>
        <translation>Conducta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="76"/>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="77"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="78"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="79"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="80"/>
        <source>Self-harm</source>
        <translation>Autolesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="81"/>
        <source>Overdose risk</source>
        <translation>Riesgo de sobredosis</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="82"/>
        <source>Safety concerns</source>
        <translation>Preocupaciones de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="83"/>
        <source>Next appointment</source>
        <translation>Próxima cita</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="84"/>
        <source>Group topic</source>
        <translation>Tema del grupo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="85"/>
        <source>Group interventions</source>
        <translation>Intervenciones del grupo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="86"/>
        <source>Individual section</source>
        <translation>Sección individual</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="90"/>
        <source>SOAP</source>
        <translation>SOAP</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="91"/>
        <source>DAP</source>
        <translation>DAP</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="92"/>
        <source>BIRP</source>
        <translation>BIRP</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="93"/>
        <source>GIRP</source>
        <translation>GIRP</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="94"/>
        <source>Free-form</source>
        <translation>Formato libre</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="95"/>
        <source>Group</source>
        <translation>Grupal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="99"/>
        <source>Individual session</source>
        <translation>Sesión individual</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="100"/>
        <source>Group session</source>
        <translation>Sesión grupal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="101"/>
        <source>Family session</source>
        <translation>Sesión familiar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="102"/>
        <source>Peer-support session</source>
        <translation>Sesión de apoyo entre pares</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="103"/>
        <source>Phone session</source>
        <translation>Sesión por teléfono</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="285"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="289"/>
        <source>Note format</source>
        <translation>Formato de la nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="291"/>
        <source>&amp;Format:</source>
        <translation>For&amp;mato:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="294"/>
        <location filename="../../counselor_desk/ui/note_editor.py" line="295"/>
        <source>Late entry</source>
        <translation>Entrada tardía</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="297"/>
        <source>Signed more than 24 hours after the session.</source>
        <translation>Firmada más de 24 horas después de la sesión.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="303"/>
        <source>Save status</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="316"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="320"/>
        <location filename="../../counselor_desk/ui/note_editor.py" line="321"/>
        <source>Risk check</source>
        <translation>Revisión de riesgos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="332"/>
        <location filename="../../counselor_desk/ui/note_editor.py" line="333"/>
        <source>Addenda</source>
        <translation>Adendas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="349"/>
        <source>&amp;Sign…</source>
        <translation>&amp;Firmar…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="350"/>
        <source>Sign note</source>
        <translation>Firmar nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="352"/>
        <source>Sign and lock this note (Ctrl+Shift+Enter)</source>
        <translation>Firmar y bloquear esta nota (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="353"/>
        <source>&amp;Add addendum…</source>
        <translation>Agregar a&amp;denda…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="354"/>
        <source>Add addendum</source>
        <translation>Agregar adenda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="356"/>
        <source>Needs supervisor co-si&amp;gnature</source>
        <translation>Requiere firma conjunta de super&amp;visión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="357"/>
        <source>Needs supervisor co-signature</source>
        <translation>Requiere firma conjunta de supervisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="361"/>
        <source>A supervisor unlocking this vault with their own passphrase sees the signed note in their list and co-signs it.</source>
        <translation>Cuando quien supervisa desbloquea esta bóveda con su propia frase de contraseña, ve la nota firmada en su lista y la cofirma.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="367"/>
        <source>Co-signature</source>
        <translation>Firma conjunta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="370"/>
        <location filename="../../counselor_desk/ui/note_editor.py" line="555"/>
        <source>&amp;Objectives addressed…</source>
        <translation>&amp;Objetivos abordados…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="371"/>
        <source>Objectives addressed</source>
        <translation>Objetivos abordados</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="374"/>
        <source>Name the treatment-plan objectives this session worked on (Ctrl+Shift+O)</source>
        <translation>Indicar los objetivos del plan de tratamiento que se trabajaron en esta sesión (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="514"/>
        <source>{client} — {kind}, {when}, {minutes} min</source>
        <translation>{client} — {kind}, {when}, {minutes} min</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="553"/>
        <source>&amp;Objectives addressed (%1)…</source>
        <translation>&amp;Objetivos abordados (%1)…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="614"/>
        <source>The note could not be saved, so it was not signed. {reason}</source>
        <translation>La nota no se pudo guardar, así que no se firmó. {reason}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="651"/>
        <source>Signed by: {signer}</source>
        <translation>Firmada por: {signer}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="656"/>
        <source>Once signed, this note cannot be changed. Corrections are added as signed addenda.</source>
        <translation>Una vez firmada, esta nota ya no se puede cambiar. Las correcciones se agregan como adendas firmadas.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="660"/>
        <source>After signing, the note waits for a supervisor&apos;s co-signature.</source>
        <translation>Después de firmarla, la nota queda pendiente de la firma conjunta de supervisión.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="664"/>
        <source>The session was more than 24 hours ago, so the note will be marked a late entry.</source>
        <translation>La sesión fue hace más de 24 horas, así que la nota se marcará como entrada tardía.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="699"/>
        <source>{reason} Your addendum text is kept; choose Add addendum to try again.</source>
        <translation>{reason} El texto de su adenda se conserva; elija Agregar adenda para intentarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="781"/>
        <source>Waiting for co-signature</source>
        <translation>Pendiente de firma conjunta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="783"/>
        <source>Co-signed by {supervisor} on {when}</source>
        <translation>Cofirmada por {supervisor} el {when}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="821"/>
        <source>Change note format</source>
        <translation>Cambiar el formato de la nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="822"/>
        <source>Switch this note to {format}?</source>
        <translation>¿Cambiar esta nota a {format}?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="824"/>
        <source>The text in {sections} will be removed. Sections with the same name keep their text.</source>
        <translation>Se borrará el texto de {sections}. Las secciones con el mismo nombre conservan su texto.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="839"/>
        <source>Signed by {signer} on {when}</source>
        <translation>Firmada por {signer} el {when}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="868"/>
        <source>Signed by {signer} on {when}
{text}</source>
        <translation>Firmada por {signer} el {when}
{text}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="878"/>
        <source>Addendum</source>
        <translation>Adenda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="896"/>
        <source>No note open. Choose a session to write its note.</source>
        <translation>No hay ninguna nota abierta. Elija una sesión para escribir su nota.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="906"/>
        <source>This note could not be saved yet, so it stays open. {reason}</source>
        <translation>Esta nota todavía no se pudo guardar, así que sigue abierta. {reason}</translation>
    </message>
</context>
<context>
    <name>ObjectivesDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/objectives_dialog.py" line="46"/>
        <location filename="../../counselor_desk/ui/objectives_dialog.py" line="182"/>
        <location filename="../../counselor_desk/ui/objectives_dialog.py" line="189"/>
        <source>Objectives addressed</source>
        <translation>Objetivos abordados</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/objectives_dialog.py" line="50"/>
        <source>Tick each objective of the treatment plan this session worked on. The plan then shows the session under each one.</source>
        <translation>Marque cada objetivo del plan de tratamiento que se trabajó en esta sesión. Después, el plan muestra la sesión debajo de cada uno.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/objectives_dialog.py" line="56"/>
        <source>What this does</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/objectives_dialog.py" line="59"/>
        <source>Objectives of the treatment plan</source>
        <translation>Objetivos del plan de tratamiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/objectives_dialog.py" line="68"/>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/objectives_dialog.py" line="76"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/objectives_dialog.py" line="77"/>
        <source>Save the objectives ticked</source>
        <translation>Guardar los objetivos marcados</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/objectives_dialog.py" line="80"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/objectives_dialog.py" line="109"/>
        <source>%1 plan, started %2</source>
        <translation>Plan (%1), iniciado el %2</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/objectives_dialog.py" line="130"/>
        <source>(no wording yet)</source>
        <translation>(todavía sin redactar)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/objectives_dialog.py" line="133"/>
        <source>by %1</source>
        <translation>para el %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/objectives_dialog.py" line="174"/>
        <source>That session belongs to another client.</source>
        <translation>Esa sesión pertenece a otro cliente.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/objectives_dialog.py" line="190"/>
        <source>This client has no active treatment plan. Activate one in the chart&apos;s Treatment plan tab, then name the objectives this session worked on.</source>
        <translation>Este cliente no tiene un plan de tratamiento vigente. Active uno en la pestaña Plan de tratamiento del expediente y después indique los objetivos que se trabajaron en esta sesión.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="82"/>
        <source>%1 is set</source>
        <translation>%1 indicada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="83"/>
        <source>Tick to enter a date</source>
        <translation>Marque la casilla para indicar una fecha</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="88"/>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="158"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="159"/>
        <source>A few unrelated words</source>
        <translation>Varias palabras sin relación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="162"/>
        <source>Confirm the new passphrase</source>
        <translation>Confirme la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="163"/>
        <source>S&amp;how the passphrase</source>
        <translation>&amp;Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="164"/>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="165"/>
        <source>S&amp;uggest one</source>
        <translation>&amp;Sugerir una</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="166"/>
        <source>Suggest a passphrase</source>
        <translation>Sugerir una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="168"/>
        <source>Fill in a random passphrase of four words</source>
        <translation>Llenar con una frase de contraseña aleatoria de cuatro palabras</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="173"/>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="176"/>
        <source>Passphrase advice</source>
        <translation>Consejos sobre la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="179"/>
        <source>Do the passphrases match</source>
        <translation>¿Coinciden las frases de contraseña?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="191"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="197"/>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmar:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="201"/>
        <source>Strength:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="246"/>
        <source>Use at least 12 characters; a few unrelated words work well.</source>
        <translation>Use al menos 12 caracteres; varias palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="259"/>
        <source>The two passphrases do not match yet.</source>
        <translation>Las dos frases de contraseña todavía no coinciden.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="261"/>
        <source>The two passphrases match.</source>
        <translation>Las dos frases de contraseña coinciden.</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="122"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="125"/>
        <source>Repeat the new passphrase</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="128"/>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="130"/>
        <source>Passphrases match</source>
        <translation>Coincidencia de las frases de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="134"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="135"/>
        <source>&amp;Repeat it:</source>
        <translation>Repí&amp;tala:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="182"/>
        <source>Both entries match.</source>
        <translation>Las dos entradas coinciden.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="184"/>
        <source>The two entries differ.</source>
        <translation>Las dos entradas son distintas.</translation>
    </message>
</context>
<context>
    <name>PrintChooser</name>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="149"/>
        <source>Session of %1 (signed)</source>
        <translation>Sesión del %1 (firmada)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="153"/>
        <source>Session of %1 (draft)</source>
        <translation>Sesión del %1 (borrador)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="164"/>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="166"/>
        <source>not finished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="280"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="283"/>
        <source>Client: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="284"/>
        <source>Whose chart</source>
        <translation>De quién es el expediente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="288"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="297"/>
        <source>What this choice means</source>
        <translation>Qué significa esta opción</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="303"/>
        <source>Language of the paper</source>
        <translation>Idioma del documento impreso</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="307"/>
        <source>&amp;Language of the paper:</source>
        <translation>&amp;Idioma del documento impreso:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="314"/>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="315"/>
        <source>Print preview</source>
        <translation>Vista previa de impresión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="317"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="357"/>
        <source>What to print</source>
        <translation>Qué imprimir</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="361"/>
        <source>The selected session&apos;s &amp;note</source>
        <translation>La &amp;nota de la sesión seleccionada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="361"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="364"/>
        <source>Select a session with a note in the chart first.</source>
        <translation>Primero seleccione en el expediente una sesión que tenga nota.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="365"/>
        <source>Which note</source>
        <translation>Qué nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="368"/>
        <source>A client &amp;summary</source>
        <translation>Un &amp;resumen del cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="368"/>
        <source>Client summary</source>
        <translation>Resumen del cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="371"/>
        <source>Summary from</source>
        <translation>Resumen desde</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="373"/>
        <source>Summary to</source>
        <translation>Resumen hasta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="377"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="379"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="389"/>
        <source>The treatment &amp;plan</source>
        <translation>El &amp;plan de tratamiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="389"/>
        <source>Treatment plan</source>
        <translation>Plan de tratamiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="393"/>
        <source>This client has no treatment plan yet.</source>
        <translation>Este cliente todavía no tiene plan de tratamiento.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="394"/>
        <source>Which plan</source>
        <translation>Qué plan</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="397"/>
        <source>The support networ&amp;k (ecomap)</source>
        <translation>La red de apo&amp;yo (ecomapa)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="397"/>
        <source>Support network (ecomap)</source>
        <translation>Red de apoyo (ecomapa)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="401"/>
        <source>1 person or group, with any contact details on file</source>
        <translation>1 persona o grupo, con los datos de contacto registrados</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="403"/>
        <source>%1 people or groups, with any contact details on file</source>
        <translation>%1 personas o grupos, con los datos de contacto registrados</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="407"/>
        <source>No one is in the support network yet (Support network tab).</source>
        <translation>Todavía no hay nadie en la red de apoyo (pestaña Red de apoyo).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="408"/>
        <source>Who is in the support network</source>
        <translation>Quién está en la red de apoyo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="410"/>
        <source>The &amp;worksheet open in the Worksheets tab</source>
        <translation>La hoja de &amp;trabajo abierta en la pestaña Hojas de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="410"/>
        <source>Worksheet</source>
        <translation>Hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="414"/>
        <source>Open a worksheet in the Worksheets tab first.</source>
        <translation>Primero abra una hoja de trabajo en la pestaña Hojas de trabajo.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="415"/>
        <source>Which worksheet</source>
        <translation>Qué hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="418"/>
        <source>Filled in or blank</source>
        <translation>Llena o en blanco</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="419"/>
        <source>Filled in</source>
        <translation>Llena</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="420"/>
        <source>Blank, to fill in by hand</source>
        <translation>En blanco, para llenarla a mano</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="421"/>
        <source>As a wallet car&amp;d</source>
        <translation>Como tarjeta de &amp;bolsillo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="422"/>
        <source>As a wallet card</source>
        <translation>Como tarjeta de bolsillo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="427"/>
        <source>Fo&amp;rm:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="435"/>
        <source>The &amp;accounting of disclosures</source>
        <translation>El re&amp;gistro de divulgaciones</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="435"/>
        <source>Accounting of disclosures</source>
        <translation>Registro de divulgaciones</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="439"/>
        <source>%1 disclosure(s) logged</source>
        <translation>%1 divulgación(es) registrada(s)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="440"/>
        <source>Disclosures logged</source>
        <translation>Divulgaciones registradas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="483"/>
        <source>Parts of the record to include:</source>
        <translation>Partes del expediente que se incluyen:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="486"/>
        <source>&amp;Medications</source>
        <translation>&amp;Medicamentos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="486"/>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="488"/>
        <source>Treatment-plan pro&amp;gress</source>
        <translation>Progreso del p&amp;lan de tratamiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="489"/>
        <source>Treatment-plan progress</source>
        <translation>Progreso del plan de tratamiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="491"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="492"/>
        <source>Urine drug screens</source>
        <translation>Pruebas de orina</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="493"/>
        <source>Scales</source>
        <translation>Escalas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="495"/>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="496"/>
        <source>Signed session notes</source>
        <translation>Notas de sesión firmadas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="502"/>
        <source>Summary part: %1</source>
        <translation>Parte del resumen: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="507"/>
        <source>What the consent allows</source>
        <translation>Qué permite el consentimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="518"/>
        <source>For whom</source>
        <translation>Para quién</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="522"/>
        <source>The client&apos;s &amp;own copy</source>
        <translation>La &amp;copia propia del cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="522"/>
        <source>The client&apos;s own copy</source>
        <translation>La copia propia del cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="525"/>
        <source>Someone else, under a &amp;consent</source>
        <translation>&amp;Otra persona, con un consentimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="525"/>
        <source>Someone else, under a consent</source>
        <translation>Otra persona, con un consentimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="529"/>
        <source>Consents that can be used today</source>
        <translation>Consentimientos que se pueden usar hoy</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="543"/>
        <source>This client has no consent that can be used today: none is signed, or each one has expired or was revoked. Add the signed consent in the Consents tab.</source>
        <translation>Este cliente no tiene ningún consentimiento que se pueda usar hoy: no hay ninguno firmado, o todos están vencidos o revocados. Agregue el consentimiento firmado en la pestaña Consentimientos.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="546"/>
        <source>Why no consent can be chosen</source>
        <translation>Por qué no se puede elegir ningún consentimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="550"/>
        <source>A medical &amp;emergency (42 CFR 2.51)</source>
        <translation>Una &amp;emergencia médica (42 CFR 2.51)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="551"/>
        <source>A medical emergency (42 CFR 2.51)</source>
        <translation>Una emergencia médica (42 CFR 2.51)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="556"/>
        <source>Who receives the records</source>
        <translation>Quién recibe los expedientes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="557"/>
        <source>Name and role, e.g. Dr. Lee, ER physician</source>
        <translation>Nombre y función, p. ej., Dra. Lee, médica de urgencias</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="558"/>
        <source>Their facility</source>
        <translation>Su centro o institución</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="559"/>
        <source>Nature of the emergency</source>
        <translation>Naturaleza de la emergencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="560"/>
        <source>e.g. suspected overdose, unresponsive</source>
        <translation>p. ej., posible sobredosis, no responde</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="561"/>
        <source>Recip&amp;ient:</source>
        <translation>Destinat&amp;ario:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="562"/>
        <source>Facilit&amp;y:</source>
        <translation>Instit&amp;ución:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="563"/>
        <source>Nature of t&amp;he emergency:</source>
        <translation>Naturale&amp;za de la emergencia:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="565"/>
        <source>Include S&amp;UD counseling notes (client summary only)</source>
        <translation>Incluir las notas de consejería sobre TU&amp;S (solo en el resumen del cliente)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="567"/>
        <source>Include SUD counseling notes</source>
        <translation>Incluir las notas de consejería sobre TUS</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="751"/>
        <source>This consent allows: %1</source>
        <translation>Este consentimiento permite: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="760"/>
        <source>The accounting of disclosures is the client&apos;s own copy: it prints without the Part 2 notice, and printing it is noted in the audit log.</source>
        <translation>El registro de divulgaciones es la copia propia del cliente: se imprime sin el aviso de la Parte 2, y la impresión queda anotada en el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="765"/>
        <source>A blank form or a wallet card is for the client to keep, so it prints as the client&apos;s own copy, without the Part 2 notice.</source>
        <translation>Un formulario en blanco o una tarjeta de bolsillo es para que el cliente lo conserve, así que se imprime como copia propia del cliente, sin el aviso de la Parte 2.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="771"/>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="812"/>
        <source>Choose the consent the records go out under.</source>
        <translation>Elija el consentimiento con el que se entregan los expedientes.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="774"/>
        <source>Every page will carry the Part 2 notice for %1, the SUD counseling notes of the period go with it, and the disclosure is logged when you print or save.</source>
        <translation>Cada página llevará el aviso de la Parte 2 para %1, se incluyen las notas de consejería sobre TUS del periodo, y la divulgación se registra al imprimir o guardar.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="779"/>
        <source>Every page will carry the Part 2 notice for %1; the disclosure is logged when you print or save.</source>
        <translation>Cada página llevará el aviso de la Parte 2 para %1; la divulgación se registra al imprimir o guardar.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="784"/>
        <source>Every page will carry the Part 2 notice; who received it, their facility, the date and time and the nature of the emergency are logged when you print or save.</source>
        <translation>Cada página llevará el aviso de la Parte 2; al imprimir o guardar se registran quién lo recibió, su centro o institución, la fecha y la hora, y la naturaleza de la emergencia.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="790"/>
        <source>The client&apos;s own copy, with the SUD counseling notes of the period: no Part 2 notice, and nothing goes in the accounting of disclosures.</source>
        <translation>La copia propia del cliente, con las notas de consejería sobre TUS del periodo: sin aviso de la Parte 2, y no se anota nada en el registro de divulgaciones.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="794"/>
        <source>The client&apos;s own copy prints without the Part 2 notice, and nothing goes in the accounting of disclosures.</source>
        <translation>La copia propia del cliente se imprime sin el aviso de la Parte 2, y no se anota nada en el registro de divulgaciones.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="805"/>
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="808"/>
        <source>Choose at least one part of the record for the summary.</source>
        <translation>Elija al menos una parte del expediente para el resumen.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="815"/>
        <source>Write who receives the records.</source>
        <translation>Escriba quién recibe los expedientes.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="816"/>
        <source>Write their facility.</source>
        <translation>Escriba su centro o institución.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="817"/>
        <source>Write the nature of the emergency.</source>
        <translation>Escriba la naturaleza de la emergencia.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="822"/>
        <source>A medical-emergency disclosure records who receives it, their facility and the nature of the emergency. %1</source>
        <translation>Una divulgación por emergencia médica registra quién la recibe, su centro o institución y la naturaleza de la emergencia. %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="915"/>
        <source>Before the records leave</source>
        <translation>Antes de que salgan los registros</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_dialog.py" line="916"/>
        <source>Check this before you print or save:</source>
        <translation>Revise esto antes de imprimir o guardar:</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="338"/>
        <source>Print preview: %1</source>
        <translation>Vista previa de impresión: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="358"/>
        <source>Document pages</source>
        <translation>Páginas del documento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="382"/>
        <location filename="../../counselor_desk/ui/print_preview.py" line="618"/>
        <source>Preparing “%1”…</source>
        <translation>Preparando “%1”…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="385"/>
        <source>Pages prepared</source>
        <translation>Páginas preparadas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="388"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="389"/>
        <source>Cancel preparing the document</source>
        <translation>Cancelar la preparación del documento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="417"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Anterior</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="417"/>
        <location filename="../../counselor_desk/ui/print_preview.py" line="542"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="417"/>
        <source>Previous page (Page Up)</source>
        <translation>Página anterior (Page Up)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="420"/>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="425"/>
        <source>&amp;Next ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="425"/>
        <location filename="../../counselor_desk/ui/print_preview.py" line="541"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="425"/>
        <source>Next page (Page Down)</source>
        <translation>Página siguiente (Page Down)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="428"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="428"/>
        <location filename="../../counselor_desk/ui/print_preview.py" line="539"/>
        <source>Zoom out</source>
        <translation>Reducir el zoom</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="428"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Reducir el zoom (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="433"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="433"/>
        <location filename="../../counselor_desk/ui/print_preview.py" line="538"/>
        <source>Zoom in</source>
        <translation>Aumentar el zoom</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="433"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Aumentar el zoom (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="438"/>
        <source>Fit &amp;width</source>
        <translation>Ajustar al a&amp;ncho</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="438"/>
        <source>Fit the page to the width</source>
        <translation>Ajustar la página al ancho</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="438"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="441"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="441"/>
        <location filename="../../counselor_desk/ui/print_preview.py" line="858"/>
        <location filename="../../counselor_desk/ui/print_preview.py" line="873"/>
        <location filename="../../counselor_desk/ui/print_preview.py" line="894"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="441"/>
        <source>Print the document (Ctrl+P)</source>
        <translation>Imprimir el documento (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="444"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="445"/>
        <location filename="../../counselor_desk/ui/print_preview.py" line="934"/>
        <location filename="../../counselor_desk/ui/print_preview.py" line="988"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="446"/>
        <source>Save a copy outside the vault (Ctrl+Shift+S)</source>
        <translation>Guardar una copia fuera de la bóveda (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="448"/>
        <location filename="../../counselor_desk/ui/print_preview.py" line="509"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="448"/>
        <location filename="../../counselor_desk/ui/print_preview.py" line="510"/>
        <source>Close the preview</source>
        <translation>Cerrar la vista previa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="448"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="449"/>
        <source>Pa&amp;ge</source>
        <translation>&amp;Página</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="471"/>
        <source>Pages sent to the printer</source>
        <translation>Páginas enviadas a la impresora</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="474"/>
        <source>S&amp;top printing</source>
        <translation>&amp;Detener la impresión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="474"/>
        <source>Stop printing</source>
        <translation>Detener la impresión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="508"/>
        <source>What went wrong</source>
        <translation>Qué salió mal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="536"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="537"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="540"/>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="543"/>
        <source>First page</source>
        <translation>Primera página</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="544"/>
        <source>Last page</source>
        <translation>Última página</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="613"/>
        <source>Preparing “%1”… page %2</source>
        <translation>Preparando “%1”… página %2</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="623"/>
        <source>Page %1 of about %2</source>
        <translation>Página %1 de unas %2</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="641"/>
        <source>The document could not be shown.</source>
        <translation>No se pudo mostrar el documento.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="645"/>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="787"/>
        <source>Before you print</source>
        <translation>Antes de imprimir</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="789"/>
        <source>Your computer&apos;s print queue may keep a copy of what you print until the printer has finished, and some printers keep one after. Collect the pages at once, and clear a stuck print job rather than leaving it in the queue. This notice is shown only once.</source>
        <translation>La cola de impresión de su computadora puede guardar una copia de lo que imprime hasta que la impresora termine, y algunas impresoras guardan una copia después. Recoja las páginas de inmediato y elimine cualquier trabajo de impresión atascado en lugar de dejarlo en la cola. Este aviso se muestra solo una vez.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="838"/>
        <source>No pages in that range; nothing was printed.</source>
        <translation>No hay páginas en ese intervalo; no se imprimió nada.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="857"/>
        <source>Nothing was printed: %1</source>
        <translation>No se imprimió nada: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="863"/>
        <source>Recording that the document leaves the vault…</source>
        <translation>Registrando que el documento sale de la bóveda…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="873"/>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="880"/>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="903"/>
        <source>Sent %1 page(s) to the printer.</source>
        <translation>Se enviaron %1 página(s) a la impresora.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="910"/>
        <source>Printing was stopped.</source>
        <translation>Se detuvo la impresión.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="936"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="964"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="973"/>
        <source>Saved as %1.</source>
        <translation>Se guardó como %1.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="982"/>
        <source>The PDF could not be saved there (%1).</source>
        <translation>No se pudo guardar el PDF en ese lugar (%1).</translation>
    </message>
</context>
<context>
    <name>PrizeDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="413"/>
        <source>Record prize</source>
        <translation>Registrar premio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="417"/>
        <source>Draws owed</source>
        <translation>Sorteos pendientes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="419"/>
        <source>No draws are owed now; record one only if the client drew.</source>
        <translation>No hay sorteos pendientes; registre uno solo si el cliente sacó un boleto.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="421"/>
        <source>1 draw is owed.</source>
        <translation>Hay 1 sorteo pendiente.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="423"/>
        <source>%1 draws are owed.</source>
        <translation>Hay %1 sorteos pendientes.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="426"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="427"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="429"/>
        <source>Slip drawn</source>
        <translation>Boleto sacado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="432"/>
        <source>&amp;Slip drawn:</source>
        <translation>&amp;Boleto sacado:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="434"/>
        <source>Value of the prize</source>
        <translation>Valor del premio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="438"/>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="439"/>
        <source>What was handed over</source>
        <translation>Lo que se entregó</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="440"/>
        <source>e.g. bus pass, grocery card, hygiene kit</source>
        <translation>p. ej., pase de autobús, tarjeta para el supermercado, kit de higiene</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="441"/>
        <source>&amp;Handed over:</source>
        <translation>Qué se &amp;entregó:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="443"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="444"/>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
</context>
<context>
    <name>RecoveryKit</name>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="121"/>
        <source>Recovery kit</source>
        <translation>Kit de recuperación</translation>
    </message>
</context>
<context>
    <name>ReviewDateDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="287"/>
        <source>What this does</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="288"/>
        <source>Next review date</source>
        <translation>Fecha de la próxima revisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="291"/>
        <source>&amp;Next review:</source>
        <translation>&amp;Próxima revisión:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="292"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="257"/>
        <source>Revoke consent</source>
        <translation>Revocar consentimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="259"/>
        <source>Consent for %1 (%2), signed %3.</source>
        <translation>Consentimiento para %1 (%2), firmado el %3.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="265"/>
        <source>Revocation date</source>
        <translation>Fecha de revocación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="272"/>
        <source>Revoked in writing &amp;on:</source>
        <translation>Revocado por escrito &amp;el:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="273"/>
        <source>A revoked consent can no longer be used for any disclosure.</source>
        <translation>Un consentimiento revocado ya no se puede usar para ninguna divulgación.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="279"/>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="282"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="125"/>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="178"/>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="261"/>
        <source>Make a new vault key</source>
        <translation>Crear una nueva clave de la bóveda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="129"/>
        <source>When to do this</source>
        <translation>Cuándo hacerlo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="132"/>
        <source>When your recovery sheet is lost, or when an old passphrase must stop opening old backups and old copies of this vault. Changing the passphrase alone does not do that: old backups keep opening with the old one.</source>
        <translation>Cuando se pierde su hoja de recuperación, o cuando una frase de contraseña anterior debe dejar de abrir copias de seguridad antiguas y copias antiguas de esta bóveda. Cambiar solo la frase de contraseña no lo logra: las copias de seguridad antiguas se siguen abriendo con la anterior.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="138"/>
        <source>What happens</source>
        <translation>Qué sucede</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="141"/>
        <source>The window locks (your drafts are saved first). The whole vault is then encrypted again under a new key, with a new recovery key and a fresh backup; your passphrase stays the same. This takes a little while and cannot be cancelled once it has started. The new recovery key is shown once at the end: have paper ready, or a printer.</source>
        <translation>La ventana se bloquea (antes se guardan sus borradores). Luego toda la bóveda se vuelve a cifrar con una clave nueva, con una nueva clave de recuperación y una copia de seguridad nueva; su frase de contraseña sigue siendo la misma. Esto toma un rato y no se puede cancelar una vez iniciado. La nueva clave de recuperación se muestra una sola vez al final: tenga papel a mano, o una impresora.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="151"/>
        <source>The vault as it is now is kept beside it, in a folder named “%1”. It still opens with your old passphrase and your old recovery key: delete that folder, and your older backups, once the new recovery sheet is locked away.</source>
        <translation>La bóveda tal como está ahora se conserva a su lado, en una carpeta llamada “%1”. Todavía se abre con su frase de contraseña anterior y su clave de recuperación anterior: elimine esa carpeta, y sus copias de seguridad más antiguas, cuando la nueva hoja de recuperación esté guardada bajo llave.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="158"/>
        <source>Slots removed</source>
        <translation>Ranuras quitadas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="162"/>
        <source>Your passphrase</source>
        <translation>Su frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="163"/>
        <source>Your &amp;passphrase:</source>
        <translation>Su &amp;frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="165"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="171"/>
        <source>Checking the passphrase</source>
        <translation>Verificando la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="177"/>
        <source>Make a &amp;new vault key…</source>
        <translation>Crear una &amp;nueva clave de la bóveda…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="180"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="212"/>
        <source>This vault has one passphrase slot; it is kept.</source>
        <translation>Esta bóveda tiene una sola ranura de frase de contraseña; se conserva.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="214"/>
        <source>Only the slot whose passphrase you type below is kept; the others are removed and can be added again afterwards (Settings, Slots).</source>
        <translation>Solo se conserva la ranura cuya frase de contraseña escriba abajo; las demás se quitan y se pueden volver a agregar después (Configuración, Ranuras).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="219"/>
        <source>No other passphrase opens this vault, so no slot is removed.</source>
        <translation>Ninguna otra frase de contraseña abre esta bóveda, así que no se quita ninguna ranura.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="221"/>
        <source>The new key can only be locked with your passphrase, so these slots are removed: %1. Add them again afterwards (Settings, Slots), with their holders there to type their passphrases.</source>
        <translation>La clave nueva solo se puede proteger con su frase de contraseña, así que se quitan estas ranuras: %1. Vuelva a agregarlas después (Configuración, Ranuras), con sus titulares presentes para que escriban sus frases de contraseña.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="262"/>
        <source>Lock the vault and make a new vault key now?</source>
        <translation>¿Bloquear la bóveda y crear una nueva clave de la bóveda ahora?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="274"/>
        <source>It cannot be cancelled once it has started; keep the program open until the new recovery key shows.</source>
        <translation>No se puede cancelar una vez iniciado; mantenga el programa abierto hasta que aparezca la nueva clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="278"/>
        <source>These slots will be removed: %1.</source>
        <translation>Se quitarán estas ranuras: %1.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="290"/>
        <source>That is not the passphrase you unlocked with; nothing changed.</source>
        <translation>Esa no es la frase de contraseña con la que desbloqueó; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>RotateKeyFlow</name>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="616"/>
        <source>The vault has a new key and a new recovery key. Unlock it with your passphrase, as before.</source>
        <translation>La bóveda tiene una clave nueva y una nueva clave de recuperación. Desbloquéela con su frase de contraseña, como antes.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="625"/>
        <source>The vault key was not changed</source>
        <translation>No se cambió la clave de la bóveda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="628"/>
        <source>The vault key was not changed. Unlock the vault to go on working.</source>
        <translation>No se cambió la clave de la bóveda. Desbloquee la bóveda para seguir trabajando.</translation>
    </message>
</context>
<context>
    <name>RotationProgressDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="326"/>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="348"/>
        <source>Making a new vault key</source>
        <translation>Creando una nueva clave de la bóveda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="332"/>
        <source>Encrypting the vault again under a new key, checking the copy and making a fresh backup…</source>
        <translation>Volviendo a cifrar la bóveda con una clave nueva, verificando la copia y haciendo una copia de seguridad nueva…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="336"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/rotate_key.py" line="340"/>
        <source>This cannot be cancelled: keep the program open. If the computer stops meanwhile, the next unlock finishes the change or puts the old vault back.</source>
        <translation>Esto no se puede cancelar: mantenga el programa abierto. Si la computadora se detiene mientras tanto, el siguiente desbloqueo termina el cambio o restablece la bóveda anterior.</translation>
    </message>
</context>
<context>
    <name>SavePdfDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="182"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="190"/>
        <source>The PDF will be saved outside the encrypted vault. Anyone who can open the file can read it, and it stays where you save it until you delete it.</source>
        <translation>El PDF se guardará fuera de la bóveda cifrada. Cualquier persona que pueda abrir el archivo podrá leerlo, y el archivo permanecerá donde lo guarde hasta que usted lo elimine.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="196"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="197"/>
        <source>&amp;Protect the file with a password</source>
        <translation>&amp;Proteger el archivo con una contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="198"/>
        <source>Protect the file with a password</source>
        <translation>Proteger el archivo con una contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="201"/>
        <source>Password for the PDF</source>
        <translation>Contraseña del PDF</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="204"/>
        <source>Repeat the password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="207"/>
        <source>Password check</source>
        <translation>Verificación de la contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="210"/>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Elegir dónde guardar…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="212"/>
        <source>Choose where to save</source>
        <translation>Elegir dónde guardar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="214"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="220"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="221"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="247"/>
        <source>Use at least %1 characters.</source>
        <translation>Use al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="249"/>
        <source>The passwords do not match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/print_preview.py" line="259"/>
        <source>Give the password separately from the file (in person or by phone).</source>
        <translation>Entregue la contraseña por separado del archivo (en persona o por teléfono).</translation>
    </message>
</context>
<context>
    <name>ScaleChart</name>
    <message>
        <location filename="../../counselor_desk/ui/scale_chart.py" line="99"/>
        <source>Score chart</source>
        <translation>Gráfica de puntuaciones</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scale_chart.py" line="117"/>
        <source>Chart of %1 scores</source>
        <translation>Gráfica de puntuaciones de %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scale_chart.py" line="136"/>
        <source>No scores yet.</source>
        <translation>Todavía no hay puntuaciones.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scale_chart.py" line="140"/>
        <source>Latest score %1 on %2.</source>
        <translation>Última puntuación: %1, el %2.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scale_chart.py" line="142"/>
        <source>Latest score %1 on %2 (%3).</source>
        <translation>Última puntuación: %1, el %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scale_chart.py" line="151"/>
        <source>Up %1 from %2 on %3.</source>
        <translation>Subió %1 desde %2 el %3.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scale_chart.py" line="153"/>
        <source>Down %1 from %2 on %3.</source>
        <translation>Bajó %1 desde %2 el %3.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scale_chart.py" line="155"/>
        <source>The same as on %3.</source>
        <translation>Igual que el %3.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scale_chart.py" line="159"/>
        <source>Scores recorded: %1.</source>
        <translation>Puntuaciones registradas: %1.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scale_chart.py" line="247"/>
        <source>No scores yet</source>
        <translation>Todavía no hay puntuaciones</translation>
    </message>
</context>
<context>
    <name>ScaleEntryModel</name>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="90"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="91"/>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="92"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="93"/>
        <source>Band</source>
        <translation>Rango</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="94"/>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="131"/>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="132"/>
        <source>Positive screen</source>
        <translation>Tamizaje positivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="133"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ScaleForm</name>
    <message>
        <location filename="../../counselor_desk/ui/scale_form.py" line="225"/>
        <source>Time frame: %1</source>
        <translation>Período: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scale_form.py" line="296"/>
        <source>Safety flag: ask about safety today</source>
        <translation>Alerta de seguridad: pregunte hoy por la seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scale_form.py" line="304"/>
        <source>Review the safety plan</source>
        <translation>Revisar el plan de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scale_form.py" line="307"/>
        <source>Review the client&apos;s safety plan</source>
        <translation>Revisar el plan de seguridad del cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scale_form.py" line="400"/>
        <source>Total: %1 of %2</source>
        <translation>Total: %1 de %2</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scale_form.py" line="405"/>
        <source>All %1 items answered</source>
        <translation>Las %1 preguntas respondidas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scale_form.py" line="411"/>
        <source>Band: %1</source>
        <translation>Rango: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scale_form.py" line="418"/>
        <source>Total so far: %1</source>
        <translation>Total hasta ahora: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scale_form.py" line="423"/>
        <source>%1 of %2 answered</source>
        <translation>%1 de %2 respondidas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scale_form.py" line="428"/>
        <source>(band once every item is answered)</source>
        <translation>(el rango aparece al responder todas las preguntas)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scale_form.py" line="436"/>
        <source>Positive screen:</source>
        <translation>Tamizaje positivo:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scale_form.py" line="438"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scale_form.py" line="453"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
</context>
<context>
    <name>ScalesView</name>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="199"/>
        <source>Sc&amp;ale:</source>
        <translation>&amp;Escala:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="202"/>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="206"/>
        <source>&amp;New entry</source>
        <translation>&amp;Nueva entrada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="208"/>
        <source>New entry of the chosen scale</source>
        <translation>Nueva entrada de la escala elegida</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="222"/>
        <source>Past &amp;entries</source>
        <translation>Entradas &amp;anteriores</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="226"/>
        <source>Past entries</source>
        <translation>Entradas anteriores</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="273"/>
        <source>Safety flag on the latest PHQ-9</source>
        <translation>Alerta de seguridad en el PHQ-9 más reciente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="280"/>
        <source>Open the &amp;safety plan</source>
        <translation>Abrir el plan de &amp;seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="282"/>
        <source>Open the client&apos;s safety plan</source>
        <translation>Abrir el plan de seguridad del cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="283"/>
        <source>&amp;Dismiss</source>
        <translation>Ocu&amp;ltar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="284"/>
        <source>Dismiss the safety flag banner</source>
        <translation>Ocultar el aviso de alerta de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="301"/>
        <source>Taken &amp;on:</source>
        <translation>&amp;Fecha de aplicación:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="304"/>
        <source>Date taken</source>
        <translation>Fecha de aplicación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="309"/>
        <source>Save status</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="321"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="324"/>
        <source>&amp;Save entry</source>
        <translation>&amp;Guardar entrada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="326"/>
        <source>Save this entry</source>
        <translation>Guardar esta entrada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="435"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="523"/>
        <source>The PHQ-9 of %1 has item 9 (thoughts of death or self-harm) above zero. Ask about safety today, and review or write the safety plan with the client. Crisis line: call or text 988.</source>
        <translation>El PHQ-9 del %1 tiene el ítem 9 (pensamientos de muerte o de hacerse daño) por encima de cero. Pregunte hoy por la seguridad, y revise o escriba el plan de seguridad con el cliente. Línea de crisis: llame o envíe un texto al 988.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="612"/>
        <source>Pick a scale and press New entry to enter it item by item, or choose a past entry to see its answers.</source>
        <translation>Elija una escala y pulse Nueva entrada para anotarla ítem por ítem, o elija una entrada anterior para ver sus respuestas.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="617"/>
        <source>Choose a client from the list.</source>
        <translation>Elija un cliente de la lista.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="622"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="623"/>
        <source>Close this entry</source>
        <translation>Cerrar esta entrada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="625"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="626"/>
        <source>Cancel this entry</source>
        <translation>Cancelar esta entrada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="633"/>
        <source>Answer every item to save the entry.</source>
        <translation>Responda todos los ítems para guardar la entrada.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="642"/>
        <source>Discard entry</source>
        <translation>Descartar la entrada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="643"/>
        <source>Discard the answers given so far? They have not been saved.</source>
        <translation>¿Descartar las respuestas dadas hasta ahora? Todavía no se han guardado.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="661"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/scales_view.py" line="666"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>ScreenDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="129"/>
        <source>Correct urine screen</source>
        <translation>Corregir prueba de orina</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="129"/>
        <source>Record urine screen</source>
        <translation>Registrar prueba de orina</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="134"/>
        <source>Date collected</source>
        <translation>Fecha de recolección</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="136"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="138"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="139"/>
        <source>Sample collected</source>
        <translation>Se tomó la muestra</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="140"/>
        <source>Refused</source>
        <translation>Se negó</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="141"/>
        <source>Missed (did not come)</source>
        <translation>Faltó (no vino)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="142"/>
        <source>&amp;What happened:</source>
        <translation>&amp;Qué pasó:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="143"/>
        <source>Collected under &amp;observation</source>
        <translation>Muestra tomada bajo &amp;observación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="144"/>
        <source>Observed</source>
        <translation>Observada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="147"/>
        <source>Results: each substance the cup or lab tested</source>
        <translation>Resultados: cada sustancia que analizó el vaso de prueba o el laboratorio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="148"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="155"/>
        <source>%1 (prescribed: expected)</source>
        <translation>%1 (con receta: esperado)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="159"/>
        <source>Not tested</source>
        <translation>No analizado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="166"/>
        <source>Mark the &amp;untested ones negative</source>
        <translation>Marcar los no analizados como ne&amp;gativos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="167"/>
        <source>Mark the untested ones negative</source>
        <translation>Marcar los no analizados como negativos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="169"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="171"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="174"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="175"/>
        <source>Save correction</source>
        <translation>Guardar corrección</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="175"/>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="251"/>
        <source>Enter at least one result, or choose &quot;Refused&quot; or &quot;Missed&quot;.</source>
        <translation>Indique al menos un resultado, o elija &quot;Se negó&quot; o &quot;Faltó&quot;.</translation>
    </message>
</context>
<context>
    <name>ScreenDialogs</name>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="103"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ScreenLabels</name>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="73"/>
        <source>Buprenorphine</source>
        <translation>Buprenorfina</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="74"/>
        <source>Methadone</source>
        <translation>Metadona</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="75"/>
        <source>Fentanyl</source>
        <translation>Fentanilo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="76"/>
        <source>Opiates (heroin, morphine, codeine)</source>
        <translation>Opiáceos (heroína, morfina, codeína)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="77"/>
        <source>Oxycodone</source>
        <translation>Oxicodona</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="78"/>
        <source>Cocaine</source>
        <translation>Cocaína</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="79"/>
        <source>Amphetamines (incl. meth)</source>
        <translation>Anfetaminas (incl. metanfetamina)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="80"/>
        <source>Benzodiazepines</source>
        <translation>Benzodiacepinas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="81"/>
        <source>Cannabis (THC)</source>
        <translation>Cannabis (THC)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="82"/>
        <source>Alcohol (EtG)</source>
        <translation>Alcohol (EtG)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="86"/>
        <source>BUP</source>
        <translation>BUP</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="87"/>
        <source>MTD</source>
        <translation>MTD</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="88"/>
        <source>FEN</source>
        <translation>FEN</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="89"/>
        <source>OPI</source>
        <translation>OPI</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="90"/>
        <source>OXY</source>
        <translation>OXY</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="91"/>
        <source>COC</source>
        <translation>COC</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="92"/>
        <source>AMP</source>
        <translation>AMP</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="93"/>
        <source>BZO</source>
        <translation>BZO</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="94"/>
        <source>THC</source>
        <translation>THC</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="95"/>
        <source>EtG</source>
        <translation>EtG</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="99"/>
        <source>buprenorphine</source>
        <translation>buprenorfina</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="100"/>
        <source>methadone</source>
        <translation>metadona</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="101"/>
        <source>fentanyl</source>
        <translation>fentanilo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="102"/>
        <source>opiates</source>
        <translation>opiáceos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="103"/>
        <source>oxycodone</source>
        <translation>oxicodona</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="104"/>
        <source>cocaine</source>
        <translation>cocaína</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="105"/>
        <source>amphetamines</source>
        <translation>anfetaminas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="106"/>
        <source>benzodiazepines</source>
        <translation>benzodiacepinas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="107"/>
        <source>cannabis</source>
        <translation>cannabis</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="108"/>
        <source>alcohol</source>
        <translation>alcohol</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="111"/>
        <location filename="../../counselor_desk/ui/screens_models.py" line="235"/>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="112"/>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="113"/>
        <source>Invalid (retest)</source>
        <translation>Inválido (repetir)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="116"/>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="117"/>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="118"/>
        <source>Excused</source>
        <translation>Justificada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="119"/>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="122"/>
        <source>Good job (no prize)</source>
        <translation>Buen trabajo (sin premio)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="123"/>
        <source>Small prize</source>
        <translation>Premio pequeño</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="124"/>
        <source>Large prize</source>
        <translation>Premio grande</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="125"/>
        <source>Jumbo prize</source>
        <translation>Premio gigante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="128"/>
        <source>Success</source>
        <translation>Logro</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="129"/>
        <source>Reset</source>
        <translation>Reinicio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="130"/>
        <source>No change</source>
        <translation>Sin cambio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="133"/>
        <source>negative for the targets</source>
        <translation>negativa para las sustancias objetivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="134"/>
        <source>a target substance positive</source>
        <translation>positiva para una sustancia objetivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="135"/>
        <source>screen refused</source>
        <translation>se negó a la prueba</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="136"/>
        <source>screen missed</source>
        <translation>faltó a la prueba</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="137"/>
        <source>invalid reading, retest</source>
        <translation>lectura inválida, repetir la prueba</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="138"/>
        <source>no target substance tested</source>
        <translation>no se analizó ninguna sustancia objetivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="139"/>
        <source>attended</source>
        <translation>asistió</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="140"/>
        <source>no-show</source>
        <translation>no se presentó</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="141"/>
        <source>excused absence</source>
        <translation>falta justificada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="142"/>
        <source>not yet held</source>
        <translation>todavía no se realizó</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="143"/>
        <source>attendance is not part of the plan</source>
        <translation>la asistencia no forma parte del plan</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="146"/>
        <source>prize handed over</source>
        <translation>premio entregado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="184"/>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="195"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="204"/>
        <source>Refused</source>
        <translation>Se negó</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="206"/>
        <source>Missed</source>
        <translation>Faltó</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="213"/>
        <source>%1 positive</source>
        <translation>positivo para %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="219"/>
        <source>%1 invalid: retest</source>
        <translation>inválido para %1: repetir la prueba</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="225"/>
        <source>%1 not found</source>
        <translation>no se detectó %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="233"/>
        <source>As expected</source>
        <translation>Según lo esperado</translation>
    </message>
</context>
<context>
    <name>ScreenTableModel</name>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="303"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="304"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="305"/>
        <location filename="../../counselor_desk/ui/screens_models.py" line="398"/>
        <source>Observed</source>
        <translation>Observada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="307"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="359"/>
        <source>expected</source>
        <translation>esperado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="361"/>
        <source>POS</source>
        <translation>POS</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="363"/>
        <source>invalid</source>
        <translation>inválido</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="364"/>
        <source>neg</source>
        <translation>neg</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="372"/>
        <source>%1: not tested</source>
        <translation>%1: no se analizó</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="374"/>
        <source>positive, expected (prescribed)</source>
        <translation>positivo, esperado (con receta)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="375"/>
        <source>positive, unexpected</source>
        <translation>positivo, inesperado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="376"/>
        <source>invalid reading, retest</source>
        <translation>lectura inválida, repetir la prueba</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="377"/>
        <source>negative: prescribed medication not found</source>
        <translation>negativo: no se detectó el medicamento recetado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="380"/>
        <source>negative</source>
        <translation>negativo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="398"/>
        <source>Not observed</source>
        <translation>No observada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_models.py" line="416"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
</context>
<context>
    <name>ScreensView</name>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="91"/>
        <source>Choose a client from the list.</source>
        <translation>Elija un cliente de la lista.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="134"/>
        <location filename="../../counselor_desk/ui/screens_view.py" line="135"/>
        <location filename="../../counselor_desk/ui/screens_view.py" line="137"/>
        <source>Urine drug screens</source>
        <translation>Pruebas de orina</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="140"/>
        <source>Record &amp;screen…</source>
        <translation>Registrar &amp;prueba…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="140"/>
        <source>Record screen</source>
        <translation>Registrar prueba</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="142"/>
        <source>C&amp;orrect…</source>
        <translation>C&amp;orregir…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="142"/>
        <source>Correct screen</source>
        <translation>Corregir prueba</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="147"/>
        <location filename="../../counselor_desk/ui/screens_view.py" line="148"/>
        <location filename="../../counselor_desk/ui/screens_view.py" line="150"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="153"/>
        <source>Record &amp;attendance…</source>
        <translation>Registrar asi&amp;stencia…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="153"/>
        <source>Record attendance</source>
        <translation>Registrar asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="156"/>
        <source>&amp;Mark or change…</source>
        <translation>&amp;Marcar o cambiar…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="156"/>
        <source>Change attendance</source>
        <translation>Cambiar asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="167"/>
        <location filename="../../counselor_desk/ui/screens_view.py" line="168"/>
        <source>Contingency management</source>
        <translation>Manejo de contingencias (MC)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="169"/>
        <source>CM plan</source>
        <translation>Plan de MC</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="170"/>
        <location filename="../../counselor_desk/ui/screens_view.py" line="332"/>
        <source>Set &amp;up plan…</source>
        <translation>Configurar p&amp;lan…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="170"/>
        <source>Set up CM plan</source>
        <translation>Configurar plan de MC</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="171"/>
        <source>E&amp;nd plan…</source>
        <translation>Finali&amp;zar plan…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="171"/>
        <location filename="../../counselor_desk/ui/screens_view.py" line="569"/>
        <source>End CM plan</source>
        <translation>Finalizar plan de MC</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="176"/>
        <source>Yearly cap</source>
        <translation>Límite anual</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="178"/>
        <source>CM totals</source>
        <translation>Totales de MC</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="180"/>
        <source>CM ledger</source>
        <translation>Registro de MC</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="183"/>
        <source>Record p&amp;rize…</source>
        <translation>Registrar p&amp;remio…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="183"/>
        <source>Record prize</source>
        <translation>Registrar premio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="332"/>
        <source>Change &amp;plan…</source>
        <translation>Cambiar p&amp;lan…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="342"/>
        <source>No CM plan for this client. Set one up to reward negative screens and attended sessions with prize draws or vouchers.</source>
        <translation>Este cliente no tiene un plan de MC. Configure uno para premiar las pruebas negativas y la asistencia a sesiones con sorteos de premios o vales.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="360"/>
        <source>Prize draws: %1 for the first success, %2 more for each in a row, up to %3.</source>
        <translation>Sorteo de premios: %1 por el primer logro, %2 más por cada logro consecutivo, hasta %3.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="369"/>
        <source>Vouchers: %1 for the first success, %2 more for each in a row.</source>
        <translation>Vales: %1 por el primer logro, %2 más por cada logro consecutivo.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="375"/>
        <source>A %1 bonus every %2 in a row.</source>
        <translation>Un bono de %1 cada %2 logros consecutivos.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="381"/>
        <source>screens negative for %1</source>
        <translation>pruebas negativas para %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="383"/>
        <source>attended sessions</source>
        <translation>la asistencia a sesiones</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="385"/>
        <source>%1 and %2</source>
        <translation>%1, además de %2</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="388"/>
        <source>Counts: %1.</source>
        <translation>Se cuentan: %1.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="390"/>
        <source>From %1.</source>
        <translation>Desde el %1.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="394"/>
        <source>Streak: %1</source>
        <translation>Racha: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="397"/>
        <source>next success: %1 draws</source>
        <translation>sorteos por el próximo logro: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="399"/>
        <source>draws earned %1, drawn %2, owed %3</source>
        <translation>sorteos ganados: %1, realizados: %2, pendientes: %3</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="404"/>
        <source>prizes given %1</source>
        <translation>premios entregados: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="406"/>
        <source>next success: %1</source>
        <translation>próximo logro: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="407"/>
        <source>vouchers earned %1</source>
        <translation>vales ganados: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="409"/>
        <source>This cap year (until %1): %2 of %3.</source>
        <translation>Este año del límite (hasta el %1): %2 de %3.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="421"/>
        <source>Yearly cap reached: %1 of %2. Successes earn nothing more until %3; keep praising them.</source>
        <translation>Se alcanzó el límite anual: %1 de %2. Los logros ya no ganan nada hasta el %3; siga elogiándolos.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="431"/>
        <source>Close to the yearly cap: %1 of %2 counted, %3 left until %4.</source>
        <translation>Cerca del límite anual: %1 de %2 contados; quedan %3 hasta el %4.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="438"/>
        <source>The next success would pass the cap and earn nothing.</source>
        <translation>El próximo logro superaría el límite y no ganaría nada.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="570"/>
        <source>End this client&apos;s CM plan?</source>
        <translation>¿Finalizar el plan de MC de este cliente?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="571"/>
        <source>Screens, attendance and prizes given stay in the chart.</source>
        <translation>Las pruebas, la asistencia y los premios entregados se quedan en el expediente.</translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="91"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="92"/>
        <source>addendum</source>
        <translation>adenda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="93"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="94"/>
        <source>SUD counseling note</source>
        <translation>nota de consejería sobre TUS</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="95"/>
        <source>worksheet</source>
        <translation>hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="96"/>
        <source>treatment plan</source>
        <translation>plan de tratamiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="97"/>
        <source>support network</source>
        <translation>red de apoyo</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="221"/>
        <location filename="../../counselor_desk/ui/search_popup.py" line="229"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="228"/>
        <source>Search notes, addenda and client names</source>
        <translation>Buscar en notas, adendas y nombres de clientes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="231"/>
        <source>Type to search; Up and Down choose a result; Enter opens it.</source>
        <translation>Escriba para buscar; las flechas arriba y abajo eligen un resultado; Enter lo abre.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="237"/>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="242"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="306"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="319"/>
        <source>No matches</source>
        <translation>No hay coincidencias</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="328"/>
        <source>1 match</source>
        <translation>1 coincidencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="329"/>
        <source>%1 matches</source>
        <translation>%1 coincidencias</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="51"/>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="57"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="61"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="63"/>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="65"/>
        <source>&amp;Start:</source>
        <translation>&amp;Hora de inicio:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="67"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="71"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="72"/>
        <source>&amp;Length:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="74"/>
        <source>Kind of session</source>
        <translation>Tipo de sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="77"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="79"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="80"/>
        <source>e.g. Office 2, home visit, telehealth</source>
        <translation>p. ej., consultorio 2, visita a domicilio, telesalud</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="81"/>
        <source>L&amp;ocation:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="83"/>
        <source>Participants, one per line</source>
        <translation>Participantes, uno por línea</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="84"/>
        <source>Family members present, one per line</source>
        <translation>Familiares presentes, uno por línea</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="87"/>
        <source>&amp;Participants:</source>
        <translation>&amp;Participantes:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="89"/>
        <source>Note format</source>
        <translation>Formato de la nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="93"/>
        <source>Note &amp;format:</source>
        <translation>F&amp;ormato de la nota:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="96"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="103"/>
        <source>Add session and write note</source>
        <translation>Agregar la sesión y escribir la nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="106"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="448"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="449"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="450"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="451"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="452"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="486"/>
        <source>No note</source>
        <translation>Sin nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="487"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="488"/>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="489"/>
        <source>Signed, late entry</source>
        <translation>Firmada, entrada tardía</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="507"/>
        <source>Signed by %1 on %2</source>
        <translation>Firmada por %1 el %2</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="513"/>
        <source>Participants: %1</source>
        <translation>Participantes: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="535"/>
        <source>%1, waiting for co-signature</source>
        <translation>%1, pendiente de firma conjunta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="537"/>
        <source>%1, co-signed</source>
        <translation>%1, cofirmada</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="83"/>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="87"/>
        <source>Counselor</source>
        <translation>Consejero(a)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="84"/>
        <source>Supervisor (co-signs notes)</source>
        <translation>Supervisor(a) (cofirma notas)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="88"/>
        <source>Supervisor</source>
        <translation>Supervisor(a)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="446"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="450"/>
        <source>Settings sections</source>
        <translation>Secciones de la configuración</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="451"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="452"/>
        <source>&amp;Backups</source>
        <translation>&amp;Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="453"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="454"/>
        <source>S&amp;lots</source>
        <translation>Ran&amp;uras</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="457"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="471"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="472"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="474"/>
        <source>Lock after idle minutes</source>
        <translation>Bloquear tras minutos de inactividad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="475"/>
        <source>0 means never lock for idleness</source>
        <translation>0 significa no bloquear nunca por inactividad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="478"/>
        <source>The vault also locks before the computer sleeps and when the screen locks. 0 means it never locks for idleness alone.</source>
        <translation>La bóveda también se bloquea antes de que la computadora entre en reposo y cuando se bloquea la pantalla. 0 significa que nunca se bloquea solo por inactividad.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="485"/>
        <source>Signer</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="486"/>
        <source>e.g. A. Rivera, LCADC</source>
        <translation>p. ej., A. Rivera, LCADC</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="487"/>
        <source>Name and credentials written under signed notes.</source>
        <translation>Nombre y credenciales que aparecen bajo las notas firmadas.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="489"/>
        <source>My notes need a supervisor&apos;s &amp;co-signature</source>
        <translation>Mis notas requieren firma conjunta de super&amp;visión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="490"/>
        <source>My notes need a supervisor&apos;s co-signature</source>
        <translation>Mis notas requieren firma conjunta de supervisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="494"/>
        <source>New notes start with &quot;Needs supervisor co-signature&quot; checked. Kept in this vault; a supervisor slot (Slots) co-signs.</source>
        <translation>Las notas nuevas empiezan con &quot;Requiere firma conjunta de supervisión&quot; marcado. Se guarda en esta bóveda; cofirma quien tenga una ranura de supervisor(a) (Ranuras).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="502"/>
        <source>Settings status</source>
        <translation>Estado de la configuración</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="507"/>
        <source>Lock after &amp;idle:</source>
        <translation>Bloquear tras &amp;inactividad:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="512"/>
        <source>&amp;Signer:</source>
        <translation>Fir&amp;mante:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="525"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="526"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="527"/>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="777"/>
        <source>Choose a backup folder</source>
        <translation>Elegir una carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="528"/>
        <source>&amp;Use the vault&apos;s own folder</source>
        <translation>Usar la carpeta &amp;propia de la bóveda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="529"/>
        <source>Use the vault&apos;s own backup folder</source>
        <translation>Usar la carpeta de copias propia de la bóveda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="530"/>
        <source>Back up &amp;now</source>
        <translation>Hacer copia &amp;ahora</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="531"/>
        <source>Back up now</source>
        <translation>Hacer una copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="534"/>
        <source>Backing up</source>
        <translation>Haciendo la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="540"/>
        <source>Backup result</source>
        <translation>Resultado de la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="544"/>
        <source>Backups are encrypted like the vault and open with its passphrases or recovery key. The backup folder keeps the newest 10.</source>
        <translation>Las copias de seguridad están cifradas como la bóveda y se abren con sus frases de contraseña o su clave de recuperación. La carpeta guarda las 10 más recientes.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="560"/>
        <source>Backup &amp;folder:</source>
        <translation>Ca&amp;rpeta de copias:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="575"/>
        <source>This changes the passphrase of the slot you unlocked with: &quot;%1&quot;.</source>
        <translation>Esto cambia la frase de contraseña de la ranura con la que desbloqueó: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="580"/>
        <source>C&amp;hange passphrase</source>
        <translation>Cam&amp;biar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="581"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="585"/>
        <source>Passphrase status</source>
        <translation>Estado de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="587"/>
        <source>Recovery kit</source>
        <translation>Kit de recuperación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="593"/>
        <source>One sheet with your recovery key and a QR code of it, to lock away apart from this computer. Print a new one if the old sheet is lost; you will type your passphrase first.</source>
        <translation>Una hoja con su clave de recuperación y su código QR, para guardarla bajo llave lejos de esta computadora. Imprima una nueva si pierde la anterior; primero tendrá que escribir su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="600"/>
        <source>Print the recovery &amp;kit…</source>
        <translation>Imprimir el &amp;kit de recuperación…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="601"/>
        <source>Print the recovery kit</source>
        <translation>Imprimir el kit de recuperación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="604"/>
        <source>Recovery kit status</source>
        <translation>Estado del kit de recuperación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="606"/>
        <source>Vault key</source>
        <translation>Clave de la bóveda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="610"/>
        <source>If the recovery sheet is lost, or an old passphrase must stop opening old backups, make a new vault key: the vault is encrypted again and you get a new recovery key.</source>
        <translation>Si se pierde la hoja de recuperación, o una frase de contraseña anterior debe dejar de abrir copias de seguridad antiguas, cree una nueva clave de la bóveda: la bóveda se vuelve a cifrar y usted recibe una nueva clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="617"/>
        <source>Make a new &amp;vault key…</source>
        <translation>Crear una &amp;nueva clave de la bóveda…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="618"/>
        <source>Make a new vault key</source>
        <translation>Crear una nueva clave de la bóveda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="655"/>
        <source>Each slot is a passphrase that opens this vault. The recovery key opens it whatever happens to the slots.</source>
        <translation>Cada ranura es una frase de contraseña que abre esta bóveda. La clave de recuperación la abre pase lo que pase con las ranuras.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="662"/>
        <source>Passphrase slots</source>
        <translation>Ranuras de frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="665"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="665"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="665"/>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="665"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="671"/>
        <source>&amp;Add slot…</source>
        <translation>&amp;Agregar ranura…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="672"/>
        <source>Add slot</source>
        <translation>Agregar ranura</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="673"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="674"/>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="949"/>
        <source>Remove slot</source>
        <translation>Quitar ranura</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="678"/>
        <source>Slots status</source>
        <translation>Estado de las ranuras</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="807"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="818"/>
        <source>Backed up to %1</source>
        <translation>Copia guardada en %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="832"/>
        <source>Changing the passphrase…</source>
        <translation>Cambiando la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="843"/>
        <source>The passphrase was changed.</source>
        <translation>Se cambió la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="847"/>
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="849"/>
        <source>Existing backups still open with the old passphrase. To make the old passphrase useless everywhere, make a new vault key (Make a new vault key… below, or counselor-desk rotate-key).</source>
        <translation>Las copias de seguridad existentes todavía se abren con la frase de contraseña anterior. Para que la frase de contraseña anterior deje de servir en todas partes, cree una nueva clave de la bóveda (Crear una nueva clave de la bóveda… más abajo, o counselor-desk rotate-key).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="906"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="928"/>
        <source>Adding the slot…</source>
        <translation>Agregando la ranura…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="939"/>
        <source>Added the slot &quot;%1&quot;.</source>
        <translation>Se agregó la ranura &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="950"/>
        <source>Remove the slot &quot;%1&quot;?</source>
        <translation>¿Quitar la ranura &quot;%1&quot;?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="951"/>
        <source>Whoever holds its passphrase will no longer be able to open this vault.</source>
        <translation>Quien tenga su frase de contraseña ya no podrá abrir esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="959"/>
        <source>Removed the slot &quot;%1&quot;.</source>
        <translation>Se quitó la ranura &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="160"/>
        <source>Sign note</source>
        <translation>Firmar nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="161"/>
        <source>Signing locks exactly this text. Read it once more:</source>
        <translation>Al firmar se bloquea exactamente este texto. Léalo una vez más:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="167"/>
        <source>Text to be signed</source>
        <translation>Texto que se firmará</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="170"/>
        <source>&amp;Sign</source>
        <translation>&amp;Firmar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="171"/>
        <source>Sign the note</source>
        <translation>Firmar la nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="173"/>
        <source>Cancel signing</source>
        <translation>Cancelar la firma</translation>
    </message>
</context>
<context>
    <name>ThreadModel</name>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="222"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="222"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="222"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>TodayDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="164"/>
        <location filename="../../counselor_desk/ui/today_view.py" line="165"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="167"/>
        <source>Due on %1</source>
        <translation>Pendientes del %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="168"/>
        <source>Date shown</source>
        <translation>Fecha mostrada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="172"/>
        <source>Clients due today</source>
        <translation>Clientes pendientes hoy</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="178"/>
        <source>Column headings</source>
        <translation>Encabezados de columna</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="179"/>
        <source>Row headings</source>
        <translation>Encabezados de fila</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="186"/>
        <source>Nobody due</source>
        <translation>Nadie pendiente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="191"/>
        <source>&amp;Open chart</source>
        <translation>&amp;Abrir expediente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="192"/>
        <source>Open the chart of the selected client</source>
        <translation>Abrir el expediente del cliente seleccionado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="194"/>
        <location filename="../../counselor_desk/ui/today_view.py" line="195"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="220"/>
        <source>No one is due today.</source>
        <translation>No hay nadie pendiente para hoy.</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="49"/>
        <source>Retest: the last screen was refused, missed or invalid</source>
        <translation>Repetir: la última prueba fue rechazada, no se hizo o no fue válida</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="52"/>
        <source>No sample collected yet</source>
        <translation>Todavía no se ha tomado ninguna muestra</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="53"/>
        <source>Last sample is a week old or more</source>
        <translation>La última muestra tiene una semana o más</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="54"/>
        <source>Scheduled for today</source>
        <translation>Programada para hoy</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="55"/>
        <source>Scheduled earlier and never marked</source>
        <translation>Programada antes y nunca marcada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="58"/>
        <source>The plan&apos;s review date has come</source>
        <translation>Llegó la fecha de revisión del plan</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="75"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="75"/>
        <source>Due for</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="75"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="75"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="107"/>
        <source>Urine screen</source>
        <translation>Prueba de orina</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="109"/>
        <source>Treatment plan review</source>
        <translation>Revisión del plan de tratamiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="110"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="136"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="139"/>
        <source>, since %1</source>
        <translation>, desde el %1</translation>
    </message>
</context>
<context>
    <name>TreatmentPlan</name>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="111"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="112"/>
        <source>Active</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="113"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="114"/>
        <source>Discontinued</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="117"/>
        <source>Open</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="118"/>
        <source>Met</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="119"/>
        <source>Revised</source>
        <translation>Reformulado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="120"/>
        <source>Dropped</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="123"/>
        <source>Problem %1</source>
        <translation>Problema %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="124"/>
        <source>Goal %1</source>
        <translation>Meta %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="125"/>
        <source>Objective %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="126"/>
        <source>Intervention %1</source>
        <translation>Intervención %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="129"/>
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="130"/>
        <source>goal</source>
        <translation>meta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="131"/>
        <source>objective</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="132"/>
        <source>intervention</source>
        <translation>intervención</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="138"/>
        <source>needs a description</source>
        <translation>falta la descripción</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="139"/>
        <source>needs wording</source>
        <translation>falta la redacción</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="140"/>
        <source>needs a measurable wording</source>
        <translation>falta una redacción medible</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="141"/>
        <source>needs a target date</source>
        <translation>falta la fecha prevista</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="142"/>
        <source>needs what is done</source>
        <translation>falta qué se hace</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="143"/>
        <source>needs who does it</source>
        <translation>falta quién lo hace</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="144"/>
        <source>needs how often</source>
        <translation>falta la frecuencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="145"/>
        <source>needs at least one goal</source>
        <translation>necesita al menos una meta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="146"/>
        <source>needs at least one objective</source>
        <translation>necesita al menos un objetivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="149"/>
        <source>needs at least one intervention</source>
        <translation>necesita al menos una intervención</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="152"/>
        <source>The plan has no problem yet</source>
        <translation>El plan todavía no tiene ningún problema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="184"/>
        <source>%1 plan, started %2 · review %3</source>
        <translation>Plan (%1), iniciado el %2 · revisión: %3</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="188"/>
        <source>%1 plan, %2 to %3</source>
        <translation>Plan (%1), del %2 al %3</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="192"/>
        <source>%1 plan, started %2</source>
        <translation>Plan (%1), iniciado el %2</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="198"/>
        <source>no note</source>
        <translation>sin nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="200"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="202"/>
        <source>signed, late entry</source>
        <translation>firmada, entrada tardía</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="204"/>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
</context>
<context>
    <name>TreatmentPlanView</name>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="445"/>
        <source>Treatment plans</source>
        <translation>Planes de tratamiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="446"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="448"/>
        <source>&amp;New plan</source>
        <translation>&amp;Nuevo plan</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="448"/>
        <source>New plan</source>
        <translation>Nuevo plan</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="451"/>
        <source>Save status</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="460"/>
        <source>Review due</source>
        <translation>Revisión pendiente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="465"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="471"/>
        <source>Plan status</source>
        <translation>Estado del plan</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="473"/>
        <source>&amp;Activate…</source>
        <translation>&amp;Activar…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="473"/>
        <source>Activate this plan</source>
        <translation>Activar este plan</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="477"/>
        <source>Record &amp;review…</source>
        <translation>Registrar &amp;revisión…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="477"/>
        <source>Record a review of this plan</source>
        <translation>Registrar una revisión de este plan</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="480"/>
        <source>C&amp;lose plan…</source>
        <translation>&amp;Cerrar plan…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="480"/>
        <source>Close this plan</source>
        <translation>Cerrar este plan</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="492"/>
        <source>Plan: problems, goals, objectives, interventions</source>
        <translation>Plan: problemas, metas, objetivos, intervenciones</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="494"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="494"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="503"/>
        <source>&amp;Items</source>
        <translation>&amp;Elementos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="508"/>
        <source>+ Problem</source>
        <translation>+ Problema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="508"/>
        <source>Add a problem</source>
        <translation>Agregar un problema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="509"/>
        <source>+ Goal</source>
        <translation>+ Meta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="509"/>
        <source>Add a goal</source>
        <translation>Agregar una meta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="510"/>
        <source>+ Objective</source>
        <translation>+ Objetivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="510"/>
        <source>Add an objective</source>
        <translation>Agregar un objetivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="511"/>
        <source>+ Intervention</source>
        <translation>+ Intervención</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="511"/>
        <source>Add an intervention</source>
        <translation>Agregar una intervención</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="518"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="518"/>
        <source>Remove the chosen item</source>
        <translation>Quitar el elemento elegido</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="525"/>
        <source>Insert: another of the same kind · Ctrl+Shift+N: one level down · Delete: remove · Alt+Up/Down: move · Enter: edit the wording</source>
        <translation>Insert: otro del mismo tipo · Ctrl+Shift+N: uno un nivel más abajo · Delete: quitar · Alt+Up/Down: mover · Enter: editar la redacción</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="531"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="545"/>
        <source>Chosen item</source>
        <translation>Elemento elegido</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="617"/>
        <source>Choose an item in the tree.</source>
        <translation>Elija un elemento del árbol.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="622"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="624"/>
        <source>P&amp;roblem:</source>
        <translation>Pro&amp;blema:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="628"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="630"/>
        <source>Best in the client&apos;s own words</source>
        <translation>Mejor con las propias palabras del cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="631"/>
        <source>&amp;Goal:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="635"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="638"/>
        <source>Something anyone could see or count, e.g. attends two meetings a week</source>
        <translation>Algo que cualquiera pueda ver o contar, p. ej., asiste a dos reuniones por semana</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="640"/>
        <source>Target date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="644"/>
        <source>Objective status</source>
        <translation>Estado del objetivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="649"/>
        <source>Sessions that worked on this objective</source>
        <translation>Sesiones que trabajaron este objetivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="653"/>
        <source>&amp;Sessions that worked on it:</source>
        <translation>&amp;Sesiones que lo trabajaron:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="656"/>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="1121"/>
        <source>Open n&amp;ote</source>
        <translation>Abr&amp;ir nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="656"/>
        <source>Open the note of the chosen session</source>
        <translation>Abrir la nota de la sesión elegida</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="661"/>
        <source>&amp;Objective:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="662"/>
        <source>&amp;Target date:</source>
        <translation>&amp;Fecha prevista:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="663"/>
        <source>St&amp;atus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="676"/>
        <source>What is done</source>
        <translation>Qué se hace</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="680"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="681"/>
        <source>e.g. counselor, peer specialist</source>
        <translation>p. ej., consejero(a), especialista de pares</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="684"/>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="685"/>
        <source>e.g. weekly, every session</source>
        <translation>p. ej., cada semana, en cada sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="686"/>
        <source>&amp;What is done:</source>
        <translation>Qué se &amp;hace:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="687"/>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="688"/>
        <source>How o&amp;ften:</source>
        <translation>&amp;Frecuencia:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="899"/>
        <source>This plan could not be saved yet, so it stays open. %1</source>
        <translation>Este plan todavía no se pudo guardar, así que sigue abierto. %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="916"/>
        <source>Choose a client from the list.</source>
        <translation>Elija un cliente de la lista.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="919"/>
        <source>This client has no treatment plan yet. Choose New plan to start one.</source>
        <translation>Este cliente todavía no tiene un plan de tratamiento. Elija Nuevo plan para comenzar uno.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="985"/>
        <source>by %1</source>
        <translation>para el %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="989"/>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="991"/>
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="999"/>
        <source>no wording yet</source>
        <translation>todavía sin redactar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="1073"/>
        <source>Active · review due since %1</source>
        <translation>Vigente · revisión pendiente desde el %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="1075"/>
        <source>Active · next review %1</source>
        <translation>Vigente · próxima revisión: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="1080"/>
        <source>Draft: fill in every item, then activate it with a review date.</source>
        <translation>Borrador: complete todos los elementos y después actívelo con una fecha de revisión.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="1085"/>
        <source>%1 on %2 · kept as it was</source>
        <translation>%1 el %2 · se conserva tal como quedó</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="1093"/>
        <source>Review due: this plan&apos;s review date, %1, has come. Go over it with the client, update it, then choose Record review.</source>
        <translation>Revisión pendiente: llegó la fecha de revisión de este plan (%1). Revíselo con el cliente, actualícelo y después elija Registrar revisión.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="1123"/>
        <source>Open sessi&amp;on</source>
        <translation>Abr&amp;ir sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="1201"/>
        <source>Cannot remove</source>
        <translation>No se puede quitar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="1203"/>
        <source>%1 holds an objective that sessions worked on, so it stays in the plan. Mark the objective met, revised or dropped instead.</source>
        <translation>%1 contiene un objetivo que se trabajó en sesiones, así que se queda en el plan. En su lugar, marque el objetivo como logrado, reformulado o descartado.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="1211"/>
        <source>The item under it goes too.</source>
        <translation>También se quitará el elemento que tiene debajo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="1213"/>
        <source>The %n items under it go too.</source>
        <translation>
            <numerusform>También se quitará el %n elemento que tiene debajo.</numerusform>
            <numerusform>También se quitarán los %n elementos que tiene debajo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="1216"/>
        <source>Remove item</source>
        <translation>Quitar elemento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="1217"/>
        <source>Remove %1 from the plan?</source>
        <translation>¿Quitar %1 del plan?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="1278"/>
        <source>Not saved yet</source>
        <translation>Todavía no se guardó</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="1283"/>
        <source>Not saved yet: %1</source>
        <translation>Todavía no se guardó: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="1376"/>
        <source>Activate plan</source>
        <translation>Activar plan</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="1377"/>
        <source>The plan is in force from today. When should it be reviewed?</source>
        <translation>El plan está vigente a partir de hoy. ¿Cuándo se debe revisar?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="1392"/>
        <source>Record review</source>
        <translation>Registrar revisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="1394"/>
        <source>The plan as it stands now is kept as reviewed today. When is the next review?</source>
        <translation>El plan, tal como está ahora, queda guardado como revisado hoy. ¿Cuándo es la próxima revisión?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/treatment_plan_view.py" line="1452"/>
        <source>Not ready yet:</source>
        <translation>Todavía no está listo:</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="118"/>
        <source>Counselor Desk</source>
        <translation>Counselor Desk</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="128"/>
        <source>Vaults on this computer</source>
        <translation>Bóvedas en esta computadora</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="130"/>
        <source>&amp;Vault:</source>
        <translation>&amp;Bóveda:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="136"/>
        <source>&amp;Use the recovery key instead</source>
        <translation>&amp;Usar la clave de recuperación en su lugar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="137"/>
        <source>Use the recovery key instead</source>
        <translation>Usar la clave de recuperación en su lugar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="141"/>
        <source>Why the vault did not open</source>
        <translation>Por qué no se abrió la bóveda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="145"/>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="146"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="148"/>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="149"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="168"/>
        <source>&amp;Create a new vault…</source>
        <translation>&amp;Crear una bóveda nueva…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="169"/>
        <source>Create a new vault</source>
        <translation>Crear una bóveda nueva</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="170"/>
        <source>Try the &amp;demo vault</source>
        <translation>Probar la bóveda de &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="171"/>
        <source>Try the demo vault</source>
        <translation>Probar la bóveda de demostración</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="172"/>
        <source>A vault with a made-up caseload to practise on</source>
        <translation>Una bóveda con casos inventados para practicar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="173"/>
        <source>&amp;Open a vault folder…</source>
        <translation>Abrir una car&amp;peta de bóveda…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="174"/>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="482"/>
        <source>Open a vault folder</source>
        <translation>Abrir una carpeta de bóveda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="175"/>
        <source>A vault kept somewhere else, such as a USB drive</source>
        <translation>Una bóveda guardada en otro lugar, como una memoria USB</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="179"/>
        <source>Problem opening a vault folder</source>
        <translation>Problema al abrir una carpeta de bóveda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="267"/>
        <source>Unlock your vault to see your caseload.</source>
        <translation>Desbloquee su bóveda para ver sus casos.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="271"/>
        <source>There is no vault on this computer yet. Create one for your records, or try the demo vault with a made-up caseload first.</source>
        <translation>Todavía no hay ninguna bóveda en esta computadora. Cree una para sus expedientes o, si lo prefiere, pruebe primero la bóveda de demostración con casos inventados.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="314"/>
        <source>Type the recovery key first.</source>
        <translation>Primero escriba la clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="316"/>
        <source>Type your passphrase first.</source>
        <translation>Primero escriba su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="396"/>
        <source>That recovery key does not open this vault.</source>
        <translation>Esa clave de recuperación no abre esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="397"/>
        <source>That passphrase does not open this vault; try again.</source>
        <translation>Esa frase de contraseña no abre esta bóveda; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="399"/>
        <source>This vault is open in another window or command; close it there first.</source>
        <translation>Esta bóveda está abierta en otra ventana o comando; ciérrela allí primero.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="407"/>
        <source>Restore the newest backup to get back to work.</source>
        <translation>Restaure la copia de seguridad más reciente para volver a trabajar.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="418"/>
        <source>The key file was not rebuilt, so the vault stays locked.</source>
        <translation>El archivo de claves no se reconstruyó, así que la bóveda sigue bloqueada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counselor_desk/ui/unlock_page.py" line="437"/>
        <source>Too many wrong tries. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. Puede volver a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos fallidos. Puede volver a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="488"/>
        <source>There is no vault in that folder (it has no vault.db).</source>
        <translation>No hay ninguna bóveda en esa carpeta (no tiene vault.db).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="511"/>
        <source>&amp;Recovery key:</source>
        <translation>Clave de &amp;recuperación:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="514"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="515"/>
        <source>17 groups of 4, e.g. 1a2b-3c4d-…</source>
        <translation>17 grupos de 4, p. ej., 1a2b-3c4d-…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="517"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="520"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
</context>
<context>
    <name>VersionWindow</name>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="299"/>
        <source>Worksheet version</source>
        <translation>Versión de la hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="303"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="308"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>WorksheetForm</name>
    <message>
        <location filename="../../counselor_desk/ui/worksheet_form.py" line="141"/>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheet_form.py" line="219"/>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheet_form.py" line="368"/>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheet_form.py" line="607"/>
        <source>Needs an answer before the worksheet is complete.</source>
        <translation>Necesita una respuesta antes de completar la hoja de trabajo.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheet_form.py" line="636"/>
        <source>%1 (slider)</source>
        <translation>%1 (control deslizante)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheet_form.py" line="670"/>
        <source>Important:</source>
        <translation>Importante:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheet_form.py" line="735"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheet_form.py" line="753"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheet_form.py" line="803"/>
        <source>Add row</source>
        <translation>Agregar fila</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheet_form.py" line="805"/>
        <source>Add a row to %1</source>
        <translation>Agregar una fila a %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheet_form.py" line="817"/>
        <source>Row %1</source>
        <translation>Fila %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheet_form.py" line="844"/>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheet_form.py" line="845"/>
        <source>Remove %1? What is written in it will be lost.</source>
        <translation>¿Quitar %1? Se perderá lo que tiene escrito.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheet_form.py" line="870"/>
        <source>This table holds at most %1 rows.</source>
        <translation>Esta tabla admite como máximo %1 filas.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheet_form.py" line="1000"/>
        <source>* needs an answer before the worksheet can be marked complete</source>
        <translation>* necesita una respuesta antes de poder marcar la hoja de trabajo como completa</translation>
    </message>
</context>
<context>
    <name>WorksheetListModel</name>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="103"/>
        <source>Worksheet</source>
        <translation>Hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="103"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="103"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="170"/>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="170"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
</context>
<context>
    <name>WorksheetsView</name>
    <message>
        <location filename="../../counselor_desk/ui/errors.py" line="14"/>
        <source>en</source>
        <comment>The two-letter code of the language of this translation (es for Spanish)</comment>
        <translation>es</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="364"/>
        <source>&amp;Worksheets</source>
        <translation>&amp;Hojas de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="368"/>
        <source>Worksheets</source>
        <translation>Hojas de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="383"/>
        <source>New &amp;worksheet…</source>
        <translation>Nueva hoja de &amp;trabajo…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="385"/>
        <source>New worksheet</source>
        <translation>Nueva hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="386"/>
        <source>&amp;History</source>
        <translation>Historia&amp;l</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="389"/>
        <source>History of this worksheet</source>
        <translation>Historial de esta hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="395"/>
        <source>Show &amp;version</source>
        <translation>Ver &amp;versión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="397"/>
        <source>Show the chosen version</source>
        <translation>Ver la versión elegida</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="410"/>
        <source>About this worksheet</source>
        <translation>Acerca de esta hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="413"/>
        <source>Save status</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="414"/>
        <source>Mark &amp;complete</source>
        <translation>Marcar como &amp;completa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="416"/>
        <source>Mark this worksheet complete</source>
        <translation>Marcar esta hoja de trabajo como completa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="417"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="419"/>
        <source>Reopen this worksheet to change it</source>
        <translation>Reabrir esta hoja de trabajo para cambiarla</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="429"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="644"/>
        <source>Choose a worksheet, or start a new one.</source>
        <translation>Elija una hoja de trabajo o comience una nueva.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="646"/>
        <source>Choose a client from the list.</source>
        <translation>Elija un cliente de la lista.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="660"/>
        <source>No versions yet: one is kept each time it is marked complete.</source>
        <translation>Todavía no hay versiones: se guarda una cada vez que se marca como completa.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="669"/>
        <source>Version %1, marked complete %2</source>
        <translation>Versión %1, marcada como completa el %2</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="671"/>
        <source>Version %1, reopened %2</source>
        <translation>Versión %1, reabierta el %2</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="733"/>
        <source>The form of this worksheet (%1) is missing or was refused when the program started, so it cannot be shown. Its answers are kept.</source>
        <translation>Falta el formulario de esta hoja de trabajo (%1) o se rechazó al iniciar el programa, así que no se puede mostrar. Sus respuestas se conservan.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="767"/>
        <source>Started %1</source>
        <translation>Iniciada el %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="770"/>
        <source>tied to a session</source>
        <translation>vinculada a una sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="773"/>
        <source>in %1, the client&apos;s language</source>
        <translation>idioma del cliente: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="809"/>
        <source>Not saved yet: %1</source>
        <translation>Todavía no se guardó: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="815"/>
        <source>This worksheet could not be saved yet, so it stays open. %1</source>
        <translation>Esta hoja de trabajo todavía no se pudo guardar, así que sigue abierta. %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="824"/>
        <source>Marking complete…</source>
        <translation>Marcando como completa…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="828"/>
        <source>Complete since %1</source>
        <translation>Completa desde el %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="830"/>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="939"/>
        <source>Not complete yet:</source>
        <translation>Todavía no está completa:</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../counselor_desk/ui/errors.py" line="29"/>
        <source>The vault could not be read: part of it is damaged. Lock it, then restore the newest backup (counselor-desk restore … --replace-damaged).</source>
        <translation>No se pudo leer la bóveda: una parte está dañada. Bloquéela y luego restaure la copia de seguridad más reciente (counselor-desk restore … --replace-damaged).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/errors.py" line="34"/>
        <source>Something went wrong and nothing was changed (%1).</source>
        <translation>Algo salió mal y no se cambió nada (%1).</translation>
    </message>
</context>
<context>
    <name>_Overview</name>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="75"/>
        <source>Current medication</source>
        <translation>Medicamento actual</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="76"/>
        <source>Current medication:</source>
        <translation>Medicamento actual:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="77"/>
        <source>Recent sessions</source>
        <translation>Sesiones recientes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="78"/>
        <source>Recent sessions:</source>
        <translation>Sesiones recientes:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="79"/>
        <source>Next appointment</source>
        <translation>Próxima cita</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="80"/>
        <source>Next appointment:</source>
        <translation>Próxima cita:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="81"/>
        <source>Treatment plan</source>
        <translation>Plan de tratamiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="82"/>
        <source>Treatment plan:</source>
        <translation>Plan de tratamiento:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="88"/>
        <source>Drafts waiting for signature</source>
        <translation>Borradores pendientes de firma</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="91"/>
        <source>Open &amp;oldest draft</source>
        <translation>Abrir el &amp;borrador más antiguo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="91"/>
        <source>Open oldest draft</source>
        <translation>Abrir el borrador más antiguo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="96"/>
        <source>To sign:</source>
        <translation>Por firmar:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="97"/>
        <source>Diagnoses</source>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="98"/>
        <source>Diagnoses:</source>
        <translation>Diagnósticos:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="99"/>
        <source>Treatment dates</source>
        <translation>Fechas del tratamiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="100"/>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="113"/>
        <source>no note</source>
        <translation>sin nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="114"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="115"/>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="116"/>
        <source>signed, late entry</source>
        <translation>firmada, entrada tardía</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="130"/>
        <source>no active plan</source>
        <translation>sin plan vigente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="132"/>
        <source>review due %1</source>
        <translation>revisión pendiente desde el %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="134"/>
        <source>next review %1</source>
        <translation>próxima revisión: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="148"/>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="150"/>
        <location filename="../../counselor_desk/ui/chart.py" line="187"/>
        <location filename="../../counselor_desk/ui/chart.py" line="196"/>
        <source>None recorded</source>
        <translation>Nada registrado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="162"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="167"/>
        <source>No sessions yet</source>
        <translation>Todavía no hay sesiones</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="171"/>
        <source>Not recorded in the latest note</source>
        <translation>No consta en la nota más reciente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="176"/>
        <source>1 draft waiting for signature</source>
        <translation>1 borrador pendiente de firma</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counselor_desk/ui/chart.py" line="178"/>
        <source>%n drafts waiting for signature</source>
        <translation>
            <numerusform>%n borrador pendiente de firma</numerusform>
            <numerusform>%n borradores pendientes de firma</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="180"/>
        <source>No drafts waiting</source>
        <translation>No hay borradores pendientes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="190"/>
        <source>Admitted %1</source>
        <translation>Admisión: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="191"/>
        <source>Discharged %1</source>
        <translation>Alta: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="192"/>
        <source>Recovery date %1</source>
        <translation>Fecha de recuperación: %1</translation>
    </message>
</context>
</TS>
