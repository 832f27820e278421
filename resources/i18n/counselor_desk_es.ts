<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddSlotDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="147"/>
        <source>Add a passphrase slot</source>
        <translation>Agregar una ranura de frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="151"/>
        <source>A slot is another passphrase that opens this vault, for example your clinical supervisor&apos;s. Name it after the person who holds it.</source>
        <translation>Una ranura es otra frase de contraseña que abre esta bóveda, por ejemplo, la de su supervisor clínico. Póngale el nombre de la persona que la tiene.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="158"/>
        <source>Slot label</source>
        <translation>Etiqueta de la ranura</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="159"/>
        <source>e.g. supervisor</source>
        <translation>p. ej., supervisor</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="165"/>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="166"/>
        <source>Add slot</source>
        <translation>Agregar ranura</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="169"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="172"/>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="178"/>
        <source>Add addendum</source>
        <translation>Agregar adenda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="181"/>
        <source>An addendum corrects or adds to a signed note. It is signed with your name when you add it and cannot be changed afterwards.</source>
        <translation>Una adenda corrige o completa una nota firmada. Se firma con su nombre al agregarla y después ya no se puede cambiar.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="190"/>
        <source>Addendum text</source>
        <translation>Texto de la adenda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="194"/>
        <source>Sign and &amp;add</source>
        <translation>Firmar y &amp;agregar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="196"/>
        <source>Sign and add the addendum</source>
        <translation>Firmar y agregar la adenda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="198"/>
        <source>Cancel the addendum</source>
        <translation>Cancelar la adenda</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="297"/>
        <source>Change attendance</source>
        <translation>Cambiar asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="297"/>
        <source>Record attendance</source>
        <translation>Registrar asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="302"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="303"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="305"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="313"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="315"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="316"/>
        <source>No session recorded</source>
        <translation>Sin sesión registrada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="325"/>
        <source>S&amp;ession:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="326"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="327"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="329"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="330"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="330"/>
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
    <name>Autosaver</name>
    <message>
        <location filename="../../counselor_desk/ui/autosave.py" line="84"/>
        <location filename="../../counselor_desk/ui/autosave.py" line="86"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/autosave.py" line="86"/>
        <source>Not saved — will retry</source>
        <translation>Sin guardar — se volverá a intentar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/autosave.py" line="88"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="241"/>
        <source>Choose a client from the list.</source>
        <translation>Elija un cliente de la lista.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="248"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="254"/>
        <source>Client details</source>
        <translation>Datos del cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="256"/>
        <source>&amp;Edit…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="256"/>
        <source>Edit client</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="265"/>
        <source>Chart sections</source>
        <translation>Secciones del expediente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="267"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="268"/>
        <location filename="../../counselor_desk/ui/chart.py" line="293"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="269"/>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="270"/>
        <location filename="../../counselor_desk/ui/chart.py" line="317"/>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="295"/>
        <source>New &amp;session…</source>
        <translation>Nueva &amp;sesión…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="295"/>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="296"/>
        <source>&amp;Open note</source>
        <translation>Abrir n&amp;ota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="296"/>
        <source>Open note</source>
        <translation>Abrir nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="303"/>
        <source>Medication history</source>
        <translation>Historial de medicamentos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="306"/>
        <source>&amp;Start medication…</source>
        <translation>&amp;Iniciar medicamento…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="306"/>
        <source>Start medication</source>
        <translation>Iniciar medicamento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="308"/>
        <source>&amp;Change dose…</source>
        <translation>&amp;Cambiar dosis…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="308"/>
        <source>Change dose</source>
        <translation>Cambiar dosis</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="319"/>
        <source>Add &amp;consent…</source>
        <translation>Agregar &amp;consentimiento…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="319"/>
        <source>Add consent</source>
        <translation>Agregar consentimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="320"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="320"/>
        <source>Revoke consent</source>
        <translation>Revocar consentimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="465"/>
        <source>Prefers %1</source>
        <translation>Idioma preferido: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="468"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="148"/>
        <source>Edit client</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="148"/>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="152"/>
        <source>Who</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="154"/>
        <source>Display name</source>
        <translation>Nombre para mostrar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="154"/>
        <source>First name and initial</source>
        <translation>Nombre e inicial del apellido</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="155"/>
        <source>&amp;Display name:</source>
        <translation>&amp;Nombre para mostrar:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="156"/>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="157"/>
        <source>&amp;Legal name:</source>
        <translation>Nombre &amp;legal:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="158"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="161"/>
        <source>Date of &amp;birth:</source>
        <translation>Fecha de naci&amp;miento:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="163"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="164"/>
        <source>Only used where a screening scale&apos;s cut-off depends on it</source>
        <translation>Solo se usa cuando el punto de corte de una escala de detección depende de él</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="166"/>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="167"/>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="168"/>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="169"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="172"/>
        <source>&amp;Sex (for scales):</source>
        <translation>&amp;Sexo (para escalas):</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="173"/>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="173"/>
        <source>e.g. she/her</source>
        <translation>p. ej., ella</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="174"/>
        <source>&amp;Pronouns:</source>
        <translation>&amp;Pronombres:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="176"/>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="179"/>
        <source>Preferred lan&amp;guage:</source>
        <translation>&amp;Idioma preferido:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="181"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="183"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="184"/>
        <source>P&amp;hone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="186"/>
        <source>Emergency contact</source>
        <translation>Contacto de emergencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="186"/>
        <source>Name, relationship, phone</source>
        <translation>Nombre, parentesco, teléfono</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="188"/>
        <source>&amp;Emergency contact:</source>
        <translation>Contacto de &amp;emergencia:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="189"/>
        <source>Guardian</source>
        <translation>Tutor legal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="189"/>
        <source>For a minor</source>
        <translation>Para un menor de edad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="190"/>
        <source>G&amp;uardian:</source>
        <translation>T&amp;utor legal:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="192"/>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="194"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="194"/>
        <source>e.g. OTP, IOP, outpatient</source>
        <translation>p. ej., OTP, IOP, ambulatorio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="195"/>
        <source>P&amp;rogram:</source>
        <translation>P&amp;rograma:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="196"/>
        <source>Admission date</source>
        <translation>Fecha de admisión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="197"/>
        <source>&amp;Admission:</source>
        <translation>&amp;Admisión:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="198"/>
        <source>Discharge date</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="199"/>
        <source>Dis&amp;charge:</source>
        <translation>Al&amp;ta:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="200"/>
        <source>Recovery date</source>
        <translation>Fecha de recuperación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="201"/>
        <source>Recovery or sobriety date; it may be reset</source>
        <translation>Fecha de recuperación o de sobriedad; se puede reiniciar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="202"/>
        <source>Reco&amp;very date:</source>
        <translation>Fecha de re&amp;cuperación:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="204"/>
        <source>Diagnoses, one per line</source>
        <translation>Diagnósticos, uno por línea</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="205"/>
        <source>One per line, e.g.
F11.20 Opioid use disorder</source>
        <translation>Uno por línea, p. ej.:
F11.20 Trastorno por consumo de opioides</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="208"/>
        <source>D&amp;iagnoses:</source>
        <translation>&amp;Diagnósticos:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="209"/>
        <source>Archived (discharged: kept, hidden from the list)</source>
        <translation>Archivado (dado de alta: se conserva, pero no aparece en la lista)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="210"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="215"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="222"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="222"/>
        <source>Add client</source>
        <translation>Agregar cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="225"/>
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
        <location filename="../../counselor_desk/ui/models.py" line="246"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="247"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="248"/>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="249"/>
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="297"/>
        <source>%1, archived</source>
        <translation>%1, archivado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="321"/>
        <source>Next %1</source>
        <translation>Próxima: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="342"/>
        <source>Legal name: %1</source>
        <translation>Nombre legal: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="344"/>
        <source>Archived (discharged)</source>
        <translation>Archivado (dado de alta)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="349"/>
        <source>No current medication recorded</source>
        <translation>No hay medicamento actual registrado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="350"/>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="356"/>
        <source>Last session: %1</source>
        <translation>Última sesión: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="358"/>
        <source>Next session: %1</source>
        <translation>Próxima sesión: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="359"/>
        <source>No sessions yet</source>
        <translation>Todavía no hay sesiones</translation>
    </message>
</context>
<context>
    <name>CmPlanDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="87"/>
        <source>Change CM plan</source>
        <translation>Cambiar plan de MC</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="87"/>
        <source>Set up CM plan</source>
        <translation>Configurar plan de MC</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="99"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="101"/>
        <source>Save plan</source>
        <translation>Guardar plan</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="104"/>
        <source>Restore &amp;defaults</source>
        <translation>Restablecer valores pre&amp;determinados</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="105"/>
        <source>Restore defaults</source>
        <translation>Restablecer valores predeterminados</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="106"/>
        <source>Put the schedules and the cap back to the usual ones</source>
        <translation>Volver a poner los esquemas y el límite en sus valores habituales</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="127"/>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="128"/>
        <source>Reward</source>
        <translation>Recompensa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="129"/>
        <source>&amp;Prize draws (fishbowl)</source>
        <translation>Sorteo de &amp;premios (pecera)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="130"/>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="178"/>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="179"/>
        <source>Prize draws</source>
        <translation>Sorteo de premios</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="131"/>
        <source>Escalating &amp;vouchers</source>
        <translation>&amp;Vales crecientes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="132"/>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="216"/>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="217"/>
        <source>Escalating vouchers</source>
        <translation>Vales crecientes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="144"/>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="145"/>
        <source>What earns a reward</source>
        <translation>Qué se recompensa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="150"/>
        <source>A screen negative for every ticked substance it tested is a success; a positive for one resets the streak. The client&apos;s prescribed medication is never counted either way.</source>
        <translation>Una prueba negativa para todas las sustancias marcadas que analizó es un logro; un positivo en cualquiera de ellas reinicia la racha. El medicamento recetado al cliente nunca cuenta, ni a favor ni en contra.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="167"/>
        <source>&amp;Attended sessions count too (a no-show resets)</source>
        <translation>La &amp;asistencia a sesiones también cuenta (no presentarse reinicia la racha)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="168"/>
        <source>Attended sessions count</source>
        <translation>La asistencia a sesiones cuenta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="170"/>
        <source>Count &amp;only from</source>
        <translation>Contar s&amp;olo a partir del</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="171"/>
        <source>Count only from a date</source>
        <translation>Contar solo a partir de una fecha</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="172"/>
        <source>Counting starts</source>
        <translation>Inicio del conteo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="182"/>
        <source>Draws for the first success</source>
        <translation>Sorteos por el primer logro</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="183"/>
        <source>Draws for the &amp;first success:</source>
        <translation>Sorteos por el primer lo&amp;gro:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="184"/>
        <source>More draws for each success in a row</source>
        <translation>Sorteos adicionales por cada logro consecutivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="185"/>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="223"/>
        <source>More for each success &amp;in a row:</source>
        <translation>Más por cada logro consec&amp;utivo:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="186"/>
        <source>Most draws at once</source>
        <translation>Máximo de sorteos a la vez</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="187"/>
        <source>&amp;Most draws at once:</source>
        <translation>&amp;Máximo de sorteos a la vez:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="191"/>
        <source>Good-job slips</source>
        <translation>Boletos de &quot;buen trabajo&quot;</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="192"/>
        <source>Small-prize slips</source>
        <translation>Boletos de premio pequeño</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="193"/>
        <source>Large-prize slips</source>
        <translation>Boletos de premio grande</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="194"/>
        <source>Jumbo-prize slips</source>
        <translation>Boletos de premio gigante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="195"/>
        <source>Small prize value</source>
        <translation>Valor del premio pequeño</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="196"/>
        <source>Large prize value</source>
        <translation>Valor del premio grande</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="197"/>
        <source>Jumbo prize value</source>
        <translation>Valor del premio gigante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="199"/>
        <source>Good job</source>
        <translation>Buen trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="199"/>
        <source>Small</source>
        <translation>Pequeño</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="199"/>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="199"/>
        <source>Jumbo</source>
        <translation>Gigante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="202"/>
        <source>Slips:</source>
        <translation>Boletos:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="203"/>
        <source>Worth:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="206"/>
        <source>no prize</source>
        <translation>sin premio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="209"/>
        <source>The bowl:</source>
        <translation>La pecera:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="211"/>
        <source>The bowl</source>
        <translation>La pecera</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="220"/>
        <source>First voucher</source>
        <translation>Primer vale</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="221"/>
        <source>&amp;First voucher:</source>
        <translation>P&amp;rimer vale:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="222"/>
        <source>More for each success in a row</source>
        <translation>Adicional por cada logro consecutivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="224"/>
        <source>Bonus</source>
        <translation>Bono</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="225"/>
        <source>&amp;Bonus:</source>
        <translation>&amp;Bono:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="226"/>
        <source>Bonus every so many successes in a row</source>
        <translation>Bono cada cierto número de logros consecutivos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="227"/>
        <source>No bonus</source>
        <translation>Sin bono</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="228"/>
        <source>Bonus &amp;every … in a row:</source>
        <translation>Bono &amp;cada … logros consecutivos:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="229"/>
        <source>Largest voucher</source>
        <translation>Vale máximo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="230"/>
        <source>No ceiling</source>
        <translation>Sin tope</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="231"/>
        <source>&amp;Largest voucher:</source>
        <translation>Vale má&amp;ximo:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="235"/>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="236"/>
        <source>Yearly cap</source>
        <translation>Límite anual</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="239"/>
        <source>Most a client may earn in a cap year</source>
        <translation>Lo máximo que un cliente puede ganar en un año del límite</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="240"/>
        <source>Most in a &amp;cap year:</source>
        <translation>Máximo por año del &amp;límite:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="241"/>
        <source>Warn when this close to the cap</source>
        <translation>Avisar cuando falte esta cantidad para el límite</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="242"/>
        <source>&amp;Warn when this close:</source>
        <translation>Avisar cuando &amp;falten:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="247"/>
        <source>Cap year starts in month</source>
        <translation>Mes en que empieza el año del límite</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="251"/>
        <source>Cap year starts on day</source>
        <translation>Día en que empieza el año del límite</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="255"/>
        <source>Cap &amp;year starts:</source>
        <translation>El año del límite &amp;empieza:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="317"/>
        <source>The bowl needs at least one slip.</source>
        <translation>La pecera necesita al menos un boleto.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/cm_plan_dialog.py" line="320"/>
        <source>%1 slips; a draw is worth %2 on average.</source>
        <translation>%1 boletos; cada sorteo vale %2 en promedio.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="41"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="61"/>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="135"/>
        <source>Add consent</source>
        <translation>Agregar consentimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="66"/>
        <source>Copy these from the signed consent form. The client may revoke it in writing at any time.</source>
        <translation>Copie estos datos del formulario de consentimiento firmado. El cliente puede revocarlo por escrito en cualquier momento.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="73"/>
        <source>Who may disclose</source>
        <translation>Quién puede divulgar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="73"/>
        <source>Your program or clinic</source>
        <translation>Su programa o clínica</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="74"/>
        <source>&amp;Who may disclose:</source>
        <translation>&amp;Quién puede divulgar:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="76"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="76"/>
        <source>Name, or a class such as &apos;my treating providers&apos;</source>
        <translation>Nombre, o una categoría como &apos;mis proveedores de tratamiento&apos;</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="78"/>
        <source>&amp;To whom:</source>
        <translation>&amp;A quién:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="80"/>
        <source>Information to disclose</source>
        <translation>Información que se puede divulgar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="80"/>
        <source>Be specific, e.g. attendance and MAT dose</source>
        <translation>Sea específico, p. ej., asistencia y dosis del medicamento (MAT)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="82"/>
        <source>&amp;Information:</source>
        <translation>&amp;Información:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="83"/>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="83"/>
        <source>e.g. coordination of care</source>
        <translation>p. ej., coordinación de la atención</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="84"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="86"/>
        <source>Date signed</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="90"/>
        <source>Date si&amp;gned:</source>
        <translation>Fecha de &amp;firma:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="92"/>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="95"/>
        <source>Signed &amp;by:</source>
        <translation>Firmado p&amp;or:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="98"/>
        <source>On a &amp;date:</source>
        <translation>En una fec&amp;ha:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="99"/>
        <source>Expires on a date</source>
        <translation>Vence en una fecha</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="101"/>
        <source>Expiry date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="105"/>
        <source>On an &amp;event:</source>
        <translation>Con un &amp;evento:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="106"/>
        <source>Expires on an event</source>
        <translation>Vence con un evento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="107"/>
        <source>Expiry event</source>
        <translation>Evento de vencimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="107"/>
        <source>e.g. end of probation</source>
        <translation>p. ej., fin de la libertad condicional</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="123"/>
        <source>Expires:</source>
        <translation>Vence:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="125"/>
        <source>Includes SUD &amp;counseling notes (this consent names them)</source>
        <translation>Incluye las notas de &amp;consejería sobre TUS (este consentimiento las nombra)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="127"/>
        <source>Includes SUD counseling notes</source>
        <translation>Incluye las notas de consejería sobre TUS</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="138"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="634"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="635"/>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="636"/>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="637"/>
        <source>Ends</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="638"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="639"/>
        <source>SUD notes</source>
        <translation>Notas TUS</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="643"/>
        <source>Whether this consent names the SUD counseling notes</source>
        <translation>Si este consentimiento nombra las notas de consejería sobre TUS</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="669"/>
        <source>Revoked %1</source>
        <translation>Revocado el %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="671"/>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="672"/>
        <source>Active</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="702"/>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="706"/>
        <source>Included</source>
        <translation>Incluidas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="706"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="710"/>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="711"/>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="712"/>
        <source>Information: %1</source>
        <translation>Información: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="713"/>
        <source>Purpose: %1</source>
        <translation>Propósito: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="714"/>
        <source>Signed by: %1</source>
        <translation>Firmado por: %1</translation>
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
        <location filename="../../counselor_desk/ui/create_vault.py" line="226"/>
        <source>Try the demo vault</source>
        <translation>Probar la bóveda de demostración</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="226"/>
        <source>Create a vault</source>
        <translation>Crear una bóveda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="236"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="237"/>
        <source>C&amp;reate the vault</source>
        <translation>C&amp;rear la bóveda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="238"/>
        <source>Create the vault</source>
        <translation>Crear la bóveda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="240"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="241"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="258"/>
        <source>The demo vault holds a made-up caseload to try the program with. It is encrypted like a real vault, so it needs a passphrase too.</source>
        <translation>La bóveda de demostración tiene casos inventados para probar el programa. Está cifrada como una bóveda real, así que también necesita una frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="263"/>
        <source>Your vault keeps your clients&apos; records encrypted on this computer. Only your passphrase, or the recovery key you will see next, opens it.</source>
        <translation>Su bóveda guarda cifrados los expedientes de sus clientes en esta computadora. Solo la abren su frase de contraseña o la clave de recuperación que verá a continuación.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="270"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="271"/>
        <source>For example: A. Rivera</source>
        <translation>Por ejemplo: A. Rivera</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="272"/>
        <source>Shown on the unlock screen to find your vault</source>
        <translation>Aparece en la pantalla de desbloqueo para que encuentre su bóveda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="275"/>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="283"/>
        <source>Problem creating the vault</source>
        <translation>Problema al crear la bóveda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="286"/>
        <source>Creating the vault</source>
        <translation>Creando la bóveda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="287"/>
        <source>Creating the vault…</source>
        <translation>Creando la bóveda…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="300"/>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="307"/>
        <source>Write this key on paper now; it is shown only this once. If you ever forget your passphrase, this key opens the vault, so your records are never lost. Keep the paper locked away, apart from this computer: anyone who has it can read your records.</source>
        <translation>Escriba esta clave en papel ahora; solo se muestra esta vez. Si algún día olvida su frase de contraseña, esta clave abre la bóveda, así que sus expedientes nunca se pierden. Guarde el papel bajo llave, lejos de esta computadora: cualquier persona que lo tenga puede leer sus expedientes.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="326"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="331"/>
        <source>I have &amp;written it down</source>
        <translation>Ya la &amp;anoté en papel</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="332"/>
        <source>I have written the recovery key down</source>
        <translation>Ya anoté la clave de recuperación en papel</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="128"/>
        <source>MMM d, yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="141"/>
        <source>h:mm AP</source>
        <translation>h:mm ap</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../counselor_desk/ui/desk_page.py" line="38"/>
        <source>SUD counseling notes</source>
        <translation>Notas TUS</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/desk_page.py" line="41"/>
        <source>Worksheets</source>
        <translation>Hojas de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/desk_page.py" line="43"/>
        <source>Scales</source>
        <translation>Escalas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/desk_page.py" line="45"/>
        <source>Screens and CM</source>
        <translation>Pruebas de orina y MC</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="63"/>
        <source>Buprenorphine</source>
        <translation>Buprenorfina</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="64"/>
        <source>Methadone</source>
        <translation>Metadona</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="65"/>
        <source>Naltrexone</source>
        <translation>Naltrexona</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="66"/>
        <source>Other medication</source>
        <translation>Otro medicamento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="69"/>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="70"/>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="71"/>
        <source>Take-home</source>
        <translation>Para llevar a casa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="72"/>
        <source>Injection</source>
        <translation>Inyección</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="75"/>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="76"/>
        <source>Group</source>
        <translation>Grupal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="77"/>
        <source>Family</source>
        <translation>Familiar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="78"/>
        <source>Peer support</source>
        <translation>Apoyo entre pares</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="79"/>
        <source>Phone</source>
        <translation>Por teléfono</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="82"/>
        <source>DAP (data, assessment, plan)</source>
        <translation>DAP (datos, evaluación, plan)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="83"/>
        <source>SOAP (subjective, objective, assessment, plan)</source>
        <translation>SOAP (subjetivo, objetivo, evaluación, plan)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="84"/>
        <source>BIRP (behavior, intervention, response, plan)</source>
        <translation>BIRP (conducta, intervención, respuesta, plan)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="85"/>
        <source>GIRP (goal, intervention, response, plan)</source>
        <translation>GIRP (meta, intervención, respuesta, plan)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="86"/>
        <source>Free text</source>
        <translation>Texto libre</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="91"/>
        <source>The client</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="92"/>
        <source>The guardian</source>
        <translation>El tutor legal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="93"/>
        <source>The client and the guardian (minor)</source>
        <translation>El cliente y el tutor legal (menor de edad)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="96"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="97"/>
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
        <location filename="../../counselor_desk/ui/main_window.py" line="52"/>
        <source>Counselor Desk</source>
        <translation>Counselor Desk</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="67"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="98"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="101"/>
        <source>&amp;Search everything…</source>
        <translation>&amp;Buscar en todo…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="104"/>
        <source>&amp;Today…</source>
        <translation>&amp;Hoy…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="107"/>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="114"/>
        <source>Se&amp;ttings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="120"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="122"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="124"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="134"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="139"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="213"/>
        <source>This vault failed its integrity check (%1). Keep working only to copy what you need; then restore the newest backup (counselor-desk restore … --replace-damaged).</source>
        <translation>Esta bóveda no pasó su revisión de integridad (%1). Siga trabajando solo para copiar lo que necesite; después restaure la copia de seguridad más reciente (counselor-desk restore … --replace-damaged).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="218"/>
        <source>The vault is damaged</source>
        <translation>La bóveda está dañada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="252"/>
        <source>Locked after a quiet spell. Your drafts were saved.</source>
        <translation>Se bloqueó tras un rato sin actividad. Sus borradores se guardaron.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="253"/>
        <source>Locked before the computer slept. Your drafts were saved.</source>
        <translation>Se bloqueó antes de que la computadora entrara en reposo. Sus borradores se guardaron.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="254"/>
        <source>Locked with the screen. Your drafts were saved.</source>
        <translation>Se bloqueó junto con la pantalla. Sus borradores se guardaron.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="255"/>
        <source>Locked after the computer woke up. Your drafts were saved.</source>
        <translation>Se bloqueó al reactivarse la computadora. Sus borradores se guardaron.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="257"/>
        <source>Locked. Your drafts were saved.</source>
        <translation>Se bloqueó. Sus borradores se guardaron.</translation>
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
        <location filename="../../counselor_desk/ui/models.py" line="535"/>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="536"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="537"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="538"/>
        <source>Stopped</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="539"/>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="540"/>
        <source>Schedule</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="541"/>
        <source>Dispensing</source>
        <translation>Dispensación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="542"/>
        <source>Prescriber</source>
        <translation>Recetado por</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="589"/>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="600"/>
        <source>%1, %2 take-home</source>
        <translation>%1, %2 para llevar a casa</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="480"/>
        <source>Choose a new passphrase</source>
        <translation>Elija una nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="485"/>
        <source>This vault&apos;s key file is missing or damaged. Your recovery key is right; choose a new passphrase to rebuild the key file.</source>
        <translation>Falta el archivo de claves de esta bóveda o está dañado. Su clave de recuperación es correcta; elija una nueva frase de contraseña para reconstruir el archivo de claves.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="498"/>
        <source>&amp;Rebuild</source>
        <translation>&amp;Reconstruir</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="499"/>
        <source>Rebuild the key file</source>
        <translation>Reconstruir el archivo de claves</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="501"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>NewWorksheetDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="198"/>
        <source>New worksheet</source>
        <translation>Nueva hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="202"/>
        <source>Worksheets</source>
        <translation>Hojas de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="208"/>
        <source>&amp;Worksheet:</source>
        <translation>&amp;Hoja de trabajo:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="213"/>
        <source>About this worksheet</source>
        <translation>Acerca de esta hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="218"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="219"/>
        <source>Not tied to a session</source>
        <translation>Sin vincular a una sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="235"/>
        <source>&amp;Session:</source>
        <translation>&amp;Sesión:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="241"/>
        <source>Start worksheet</source>
        <translation>Comenzar la hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="244"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="62"/>
        <source>Subjective</source>
        <translation>Subjetivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="63"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="64"/>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="65"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="66"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="67"/>
        <source>Behavior</source>
        <translation>Conducta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="68"/>
        <source>Intervention</source>
        <translation>Intervención</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="69"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="70"/>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="71"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="72"/>
        <source>Self-harm</source>
        <translation>Autolesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="73"/>
        <source>Overdose risk</source>
        <translation>Riesgo de sobredosis</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="74"/>
        <source>Safety concerns</source>
        <translation>Preocupaciones de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="75"/>
        <source>Next appointment</source>
        <translation>Próxima cita</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="79"/>
        <source>SOAP</source>
        <translation>SOAP</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="80"/>
        <source>DAP</source>
        <translation>DAP</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="81"/>
        <source>BIRP</source>
        <translation>BIRP</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="82"/>
        <source>GIRP</source>
        <translation>GIRP</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="83"/>
        <source>Free-form</source>
        <translation>Formato libre</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="87"/>
        <source>Individual session</source>
        <translation>Sesión individual</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="88"/>
        <source>Group session</source>
        <translation>Sesión grupal</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="89"/>
        <source>Family session</source>
        <translation>Sesión familiar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="90"/>
        <source>Peer-support session</source>
        <translation>Sesión de apoyo entre pares</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="91"/>
        <source>Phone session</source>
        <translation>Sesión por teléfono</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="266"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="271"/>
        <source>Note format</source>
        <translation>Formato de la nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="273"/>
        <source>&amp;Format:</source>
        <translation>For&amp;mato:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="276"/>
        <location filename="../../counselor_desk/ui/note_editor.py" line="277"/>
        <source>Late entry</source>
        <translation>Entrada tardía</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="279"/>
        <source>Signed more than 24 hours after the session.</source>
        <translation>Firmada más de 24 horas después de la sesión.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="285"/>
        <source>Save status</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="298"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="302"/>
        <location filename="../../counselor_desk/ui/note_editor.py" line="303"/>
        <source>Risk check</source>
        <translation>Revisión de riesgos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="314"/>
        <location filename="../../counselor_desk/ui/note_editor.py" line="315"/>
        <source>Addenda</source>
        <translation>Adendas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="331"/>
        <source>&amp;Sign…</source>
        <translation>&amp;Firmar…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="332"/>
        <source>Sign note</source>
        <translation>Firmar nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="334"/>
        <source>Sign and lock this note (Ctrl+Shift+Enter)</source>
        <translation>Firmar y bloquear esta nota (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="335"/>
        <source>&amp;Add addendum…</source>
        <translation>Agregar a&amp;denda…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="336"/>
        <source>Add addendum</source>
        <translation>Agregar adenda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="453"/>
        <source>{client} — {kind}, {when}, {minutes} min</source>
        <translation>{client} — {kind}, {when}, {minutes} min</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="521"/>
        <source>The note could not be saved, so it was not signed. {reason}</source>
        <translation>La nota no se pudo guardar, así que no se firmó. {reason}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="558"/>
        <source>Signed by: {signer}</source>
        <translation>Firmada por: {signer}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="563"/>
        <source>Once signed, this note cannot be changed. Corrections are added as signed addenda.</source>
        <translation>Una vez firmada, esta nota ya no se puede cambiar. Las correcciones se agregan como adendas firmadas.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="569"/>
        <source>The session was more than 24 hours ago, so the note will be marked a late entry.</source>
        <translation>La sesión fue hace más de 24 horas, así que la nota se marcará como entrada tardía.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="604"/>
        <source>{reason} Your addendum text is kept; choose Add addendum to try again.</source>
        <translation>{reason} El texto de su adenda se conserva; elija Agregar adenda para intentarlo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="640"/>
        <source>Change note format</source>
        <translation>Cambiar el formato de la nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="641"/>
        <source>Switch this note to {format}?</source>
        <translation>¿Cambiar esta nota a {format}?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="643"/>
        <source>The text in {sections} will be removed. Sections with the same name keep their text.</source>
        <translation>Se borrará el texto de {sections}. Las secciones con el mismo nombre conservan su texto.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="658"/>
        <source>Signed by {signer} on {when}</source>
        <translation>Firmada por {signer} el {when}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="686"/>
        <source>Signed by {signer} on {when}
{text}</source>
        <translation>Firmada por {signer} el {when}
{text}</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="696"/>
        <source>Addendum</source>
        <translation>Adenda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="713"/>
        <source>No note open. Choose a session to write its note.</source>
        <translation>No hay ninguna nota abierta. Elija una sesión para escribir su nota.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="723"/>
        <source>This note could not be saved yet, so it stays open. {reason}</source>
        <translation>Esta nota todavía no se pudo guardar, así que sigue abierta. {reason}</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="81"/>
        <source>%1 is set</source>
        <translation>%1 indicada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="82"/>
        <source>Tick to enter a date</source>
        <translation>Marque la casilla para indicar una fecha</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="87"/>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="95"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="96"/>
        <source>A few unrelated words</source>
        <translation>Varias palabras sin relación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="99"/>
        <source>Confirm the new passphrase</source>
        <translation>Confirme la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="100"/>
        <source>S&amp;how the passphrase</source>
        <translation>&amp;Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="101"/>
        <source>Show the passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="102"/>
        <source>S&amp;uggest one</source>
        <translation>&amp;Sugerir una</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="103"/>
        <source>Suggest a passphrase</source>
        <translation>Sugerir una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="105"/>
        <source>Fill in a random passphrase of four words</source>
        <translation>Llenar con una frase de contraseña aleatoria de cuatro palabras</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="110"/>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="113"/>
        <source>Passphrase advice</source>
        <translation>Consejos sobre la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="116"/>
        <source>Do the passphrases match</source>
        <translation>¿Coinciden las frases de contraseña?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="128"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="134"/>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmar:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="138"/>
        <source>Strength:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="183"/>
        <source>Use at least 12 characters; a few unrelated words work well.</source>
        <translation>Use al menos 12 caracteres; varias palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="196"/>
        <source>The two passphrases do not match yet.</source>
        <translation>Las dos frases de contraseña todavía no coinciden.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="198"/>
        <source>The two passphrases match.</source>
        <translation>Las dos frases de contraseña coinciden.</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="71"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="74"/>
        <source>Repeat the new passphrase</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="77"/>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="79"/>
        <source>Passphrases match</source>
        <translation>Coincidencia de las frases de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="83"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="84"/>
        <source>&amp;Repeat it:</source>
        <translation>Repí&amp;tala:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="131"/>
        <source>Both entries match.</source>
        <translation>Las dos entradas coinciden.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="133"/>
        <source>The two entries differ.</source>
        <translation>Las dos entradas son distintas.</translation>
    </message>
</context>
<context>
    <name>PrizeDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="412"/>
        <source>Record prize</source>
        <translation>Registrar premio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="416"/>
        <source>Draws owed</source>
        <translation>Sorteos pendientes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="418"/>
        <source>No draws are owed now; record one only if the client drew.</source>
        <translation>No hay sorteos pendientes; registre uno solo si el cliente sacó un boleto.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="420"/>
        <source>1 draw is owed.</source>
        <translation>Hay 1 sorteo pendiente.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="422"/>
        <source>%1 draws are owed.</source>
        <translation>Hay %1 sorteos pendientes.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="425"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="426"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="428"/>
        <source>Slip drawn</source>
        <translation>Boleto sacado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="431"/>
        <source>&amp;Slip drawn:</source>
        <translation>&amp;Boleto sacado:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="433"/>
        <source>Value of the prize</source>
        <translation>Valor del premio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="437"/>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="438"/>
        <source>What was handed over</source>
        <translation>Lo que se entregó</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="439"/>
        <source>e.g. bus pass, grocery card, hygiene kit</source>
        <translation>p. ej., pase de autobús, tarjeta para el supermercado, kit de higiene</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="440"/>
        <source>&amp;Handed over:</source>
        <translation>Qué se &amp;entregó:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="442"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="443"/>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="239"/>
        <source>Revoke consent</source>
        <translation>Revocar consentimiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="241"/>
        <source>Consent for %1 (%2), signed %3.</source>
        <translation>Consentimiento para %1 (%2), firmado el %3.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="247"/>
        <source>Revocation date</source>
        <translation>Fecha de revocación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="252"/>
        <source>Revoked in writing &amp;on:</source>
        <translation>Revocado por escrito &amp;el:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="253"/>
        <source>A revoked consent can no longer be used for any disclosure.</source>
        <translation>Un consentimiento revocado ya no se puede usar para ninguna divulgación.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="259"/>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="262"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="128"/>
        <source>Correct urine screen</source>
        <translation>Corregir prueba de orina</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="128"/>
        <source>Record urine screen</source>
        <translation>Registrar prueba de orina</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="133"/>
        <source>Date collected</source>
        <translation>Fecha de recolección</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="135"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="137"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="138"/>
        <source>Sample collected</source>
        <translation>Se tomó la muestra</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="139"/>
        <source>Refused</source>
        <translation>Se negó</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="140"/>
        <source>Missed (did not come)</source>
        <translation>Faltó (no vino)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="141"/>
        <source>&amp;What happened:</source>
        <translation>&amp;Qué pasó:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="142"/>
        <source>Collected under &amp;observation</source>
        <translation>Muestra tomada bajo &amp;observación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="143"/>
        <source>Observed</source>
        <translation>Observada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="146"/>
        <source>Results: each substance the cup or lab tested</source>
        <translation>Resultados: cada sustancia que analizó el vaso de prueba o el laboratorio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="147"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="154"/>
        <source>%1 (prescribed: expected)</source>
        <translation>%1 (con receta: esperado)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="158"/>
        <source>Not tested</source>
        <translation>No analizado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="165"/>
        <source>Mark the &amp;untested ones negative</source>
        <translation>Marcar los no analizados como ne&amp;gativos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="166"/>
        <source>Mark the untested ones negative</source>
        <translation>Marcar los no analizados como negativos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="168"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="170"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="173"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="174"/>
        <source>Save correction</source>
        <translation>Guardar corrección</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="174"/>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="250"/>
        <source>Enter at least one result, or choose &quot;Refused&quot; or &quot;Missed&quot;.</source>
        <translation>Indique al menos un resultado, o elija &quot;Se negó&quot; o &quot;Faltó&quot;.</translation>
    </message>
</context>
<context>
    <name>ScreenDialogs</name>
    <message>
        <location filename="../../counselor_desk/ui/screens_dialogs.py" line="102"/>
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
        <location filename="../../counselor_desk/ui/screens_view.py" line="137"/>
        <source>Choose a client from the list.</source>
        <translation>Elija un cliente de la lista.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="180"/>
        <location filename="../../counselor_desk/ui/screens_view.py" line="181"/>
        <location filename="../../counselor_desk/ui/screens_view.py" line="183"/>
        <source>Urine drug screens</source>
        <translation>Pruebas de orina</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="186"/>
        <source>Record &amp;screen…</source>
        <translation>Registrar &amp;prueba…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="186"/>
        <source>Record screen</source>
        <translation>Registrar prueba</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="188"/>
        <source>C&amp;orrect…</source>
        <translation>C&amp;orregir…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="188"/>
        <source>Correct screen</source>
        <translation>Corregir prueba</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="193"/>
        <location filename="../../counselor_desk/ui/screens_view.py" line="194"/>
        <location filename="../../counselor_desk/ui/screens_view.py" line="196"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="199"/>
        <source>Record &amp;attendance…</source>
        <translation>Registrar asi&amp;stencia…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="199"/>
        <source>Record attendance</source>
        <translation>Registrar asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="202"/>
        <source>&amp;Mark or change…</source>
        <translation>&amp;Marcar o cambiar…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="202"/>
        <source>Change attendance</source>
        <translation>Cambiar asistencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="213"/>
        <location filename="../../counselor_desk/ui/screens_view.py" line="214"/>
        <source>Contingency management</source>
        <translation>Manejo de contingencias (MC)</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="215"/>
        <source>CM plan</source>
        <translation>Plan de MC</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="216"/>
        <location filename="../../counselor_desk/ui/screens_view.py" line="377"/>
        <source>Set &amp;up plan…</source>
        <translation>Configurar p&amp;lan…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="216"/>
        <source>Set up CM plan</source>
        <translation>Configurar plan de MC</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="217"/>
        <source>E&amp;nd plan…</source>
        <translation>Finali&amp;zar plan…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="217"/>
        <location filename="../../counselor_desk/ui/screens_view.py" line="614"/>
        <source>End CM plan</source>
        <translation>Finalizar plan de MC</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="222"/>
        <source>Yearly cap</source>
        <translation>Límite anual</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="224"/>
        <source>CM totals</source>
        <translation>Totales de MC</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="226"/>
        <source>CM ledger</source>
        <translation>Registro de MC</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="228"/>
        <source>Record p&amp;rize…</source>
        <translation>Registrar p&amp;remio…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="228"/>
        <source>Record prize</source>
        <translation>Registrar premio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="377"/>
        <source>Change &amp;plan…</source>
        <translation>Cambiar p&amp;lan…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="387"/>
        <source>No CM plan for this client. Set one up to reward negative screens and attended sessions with prize draws or vouchers.</source>
        <translation>Este cliente no tiene un plan de MC. Configure uno para premiar las pruebas negativas y la asistencia a sesiones con sorteos de premios o vales.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="405"/>
        <source>Prize draws: %1 for the first success, %2 more for each in a row, up to %3.</source>
        <translation>Sorteo de premios: %1 por el primer logro, %2 más por cada logro consecutivo, hasta %3.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="414"/>
        <source>Vouchers: %1 for the first success, %2 more for each in a row.</source>
        <translation>Vales: %1 por el primer logro, %2 más por cada logro consecutivo.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="420"/>
        <source>A %1 bonus every %2 in a row.</source>
        <translation>Un bono de %1 cada %2 logros consecutivos.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="426"/>
        <source>screens negative for %1</source>
        <translation>pruebas negativas para %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="428"/>
        <source>attended sessions</source>
        <translation>la asistencia a sesiones</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="430"/>
        <source>%1 and %2</source>
        <translation>%1, además de %2</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="433"/>
        <source>Counts: %1.</source>
        <translation>Se cuentan: %1.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="435"/>
        <source>From %1.</source>
        <translation>Desde el %1.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="439"/>
        <source>Streak: %1</source>
        <translation>Racha: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="442"/>
        <source>next success: %1 draws</source>
        <translation>sorteos por el próximo logro: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="444"/>
        <source>draws earned %1, drawn %2, owed %3</source>
        <translation>sorteos ganados: %1, realizados: %2, pendientes: %3</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="449"/>
        <source>prizes given %1</source>
        <translation>premios entregados: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="451"/>
        <source>next success: %1</source>
        <translation>próximo logro: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="452"/>
        <source>vouchers earned %1</source>
        <translation>vales ganados: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="454"/>
        <source>This cap year (until %1): %2 of %3.</source>
        <translation>Este año del límite (hasta el %1): %2 de %3.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="466"/>
        <source>Yearly cap reached: %1 of %2. Successes earn nothing more until %3; keep praising them.</source>
        <translation>Se alcanzó el límite anual: %1 de %2. Los logros ya no ganan nada hasta el %3; siga elogiándolos.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="476"/>
        <source>Close to the yearly cap: %1 of %2 counted, %3 left until %4.</source>
        <translation>Cerca del límite anual: %1 de %2 contados; quedan %3 hasta el %4.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="483"/>
        <source>The next success would pass the cap and earn nothing.</source>
        <translation>El próximo logro superaría el límite y no ganaría nada.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="615"/>
        <source>End this client&apos;s CM plan?</source>
        <translation>¿Finalizar el plan de MC de este cliente?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/screens_view.py" line="616"/>
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
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="219"/>
        <location filename="../../counselor_desk/ui/search_popup.py" line="227"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="226"/>
        <source>Search notes, addenda and client names</source>
        <translation>Buscar en notas, adendas y nombres de clientes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="229"/>
        <source>Type to search; Up and Down choose a result; Enter opens it.</source>
        <translation>Escriba para buscar; las flechas arriba y abajo eligen un resultado; Enter lo abre.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="235"/>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="240"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="304"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="317"/>
        <source>No matches</source>
        <translation>No hay coincidencias</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="326"/>
        <source>1 match</source>
        <translation>1 coincidencia</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="327"/>
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
        <location filename="../../counselor_desk/ui/models.py" line="445"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="446"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="447"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="448"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="449"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="476"/>
        <source>No note</source>
        <translation>Sin nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="477"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="478"/>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="479"/>
        <source>Signed, late entry</source>
        <translation>Firmada, entrada tardía</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="497"/>
        <source>Signed by %1 on %2</source>
        <translation>Firmada por %1 el %2</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="503"/>
        <source>Participants: %1</source>
        <translation>Participantes: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="229"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="233"/>
        <source>Settings sections</source>
        <translation>Secciones de la configuración</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="234"/>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="235"/>
        <source>&amp;Backups</source>
        <translation>&amp;Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="236"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="237"/>
        <source>S&amp;lots</source>
        <translation>Ran&amp;uras</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="240"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="254"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="255"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="257"/>
        <source>Lock after idle minutes</source>
        <translation>Bloquear tras minutos de inactividad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="258"/>
        <source>0 means never lock for idleness</source>
        <translation>0 significa no bloquear nunca por inactividad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="261"/>
        <source>The vault also locks before the computer sleeps and when the screen locks. 0 means it never locks for idleness alone.</source>
        <translation>La bóveda también se bloquea antes de que la computadora entre en reposo y cuando se bloquea la pantalla. 0 significa que nunca se bloquea solo por inactividad.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="268"/>
        <source>Signer</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="269"/>
        <source>e.g. A. Rivera, LCADC</source>
        <translation>p. ej., A. Rivera, LCADC</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="270"/>
        <source>Name and credentials written under signed notes.</source>
        <translation>Nombre y credenciales que aparecen bajo las notas firmadas.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="276"/>
        <source>Lock after &amp;idle:</source>
        <translation>Bloquear tras &amp;inactividad:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="281"/>
        <source>&amp;Signer:</source>
        <translation>Fir&amp;mante:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="290"/>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="291"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="292"/>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="464"/>
        <source>Choose a backup folder</source>
        <translation>Elegir una carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="293"/>
        <source>&amp;Use the vault&apos;s own folder</source>
        <translation>Usar la carpeta &amp;propia de la bóveda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="294"/>
        <source>Use the vault&apos;s own backup folder</source>
        <translation>Usar la carpeta de copias propia de la bóveda</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="295"/>
        <source>Back up &amp;now</source>
        <translation>Hacer copia &amp;ahora</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="296"/>
        <source>Back up now</source>
        <translation>Hacer una copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="299"/>
        <source>Backing up</source>
        <translation>Haciendo la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="305"/>
        <source>Backup result</source>
        <translation>Resultado de la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="309"/>
        <source>Backups are encrypted like the vault and open with its passphrases or recovery key. The backup folder keeps the newest 10.</source>
        <translation>Las copias de seguridad están cifradas como la bóveda y se abren con sus frases de contraseña o su clave de recuperación. La carpeta guarda las 10 más recientes.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="325"/>
        <source>Backup &amp;folder:</source>
        <translation>Ca&amp;rpeta de copias:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="340"/>
        <source>This changes the passphrase of the slot you unlocked with: &quot;%1&quot;.</source>
        <translation>Esto cambia la frase de contraseña de la ranura con la que desbloqueó: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="345"/>
        <source>C&amp;hange passphrase</source>
        <translation>Cam&amp;biar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="346"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="350"/>
        <source>Passphrase status</source>
        <translation>Estado de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="368"/>
        <source>Each slot is a passphrase that opens this vault. The recovery key opens it whatever happens to the slots.</source>
        <translation>Cada ranura es una frase de contraseña que abre esta bóveda. La clave de recuperación la abre pase lo que pase con las ranuras.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="375"/>
        <source>Passphrase slots</source>
        <translation>Ranuras de frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="377"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="377"/>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="377"/>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="382"/>
        <source>&amp;Add slot…</source>
        <translation>&amp;Agregar ranura…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="383"/>
        <source>Add slot</source>
        <translation>Agregar ranura</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="384"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="385"/>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="597"/>
        <source>Remove slot</source>
        <translation>Quitar ranura</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="389"/>
        <source>Slots status</source>
        <translation>Estado de las ranuras</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="494"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="505"/>
        <source>Backed up to %1</source>
        <translation>Copia guardada en %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="519"/>
        <source>Changing the passphrase…</source>
        <translation>Cambiando la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="530"/>
        <source>The passphrase was changed.</source>
        <translation>Se cambió la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="534"/>
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="536"/>
        <source>Existing backups still open with the old passphrase. To make the old passphrase useless everywhere, rotate the vault key (counselor-desk rotate-key).</source>
        <translation>Las copias de seguridad existentes todavía se abren con la frase de contraseña anterior. Para que la anterior deje de servir en todas partes, rote la clave de la bóveda (counselor-desk rotate-key).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="555"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="577"/>
        <source>Adding the slot…</source>
        <translation>Agregando la ranura…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="587"/>
        <source>Added the slot &quot;%1&quot;.</source>
        <translation>Se agregó la ranura &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="598"/>
        <source>Remove the slot &quot;%1&quot;?</source>
        <translation>¿Quitar la ranura &quot;%1&quot;?</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="599"/>
        <source>Whoever holds its passphrase will no longer be able to open this vault.</source>
        <translation>Quien tenga su frase de contraseña ya no podrá abrir esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="607"/>
        <source>Removed the slot &quot;%1&quot;.</source>
        <translation>Se quitó la ranura &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="144"/>
        <source>Sign note</source>
        <translation>Firmar nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="145"/>
        <source>Signing locks exactly this text. Read it once more:</source>
        <translation>Al firmar se bloquea exactamente este texto. Léalo una vez más:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="151"/>
        <source>Text to be signed</source>
        <translation>Texto que se firmará</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="154"/>
        <source>&amp;Sign</source>
        <translation>&amp;Firmar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="155"/>
        <source>Sign the note</source>
        <translation>Firmar la nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="157"/>
        <source>Cancel signing</source>
        <translation>Cancelar la firma</translation>
    </message>
</context>
<context>
    <name>TodayDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="156"/>
        <location filename="../../counselor_desk/ui/today_view.py" line="157"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="159"/>
        <source>Due on %1</source>
        <translation>Pendientes del %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="160"/>
        <source>Date shown</source>
        <translation>Fecha mostrada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="164"/>
        <source>Clients due today</source>
        <translation>Clientes pendientes hoy</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="170"/>
        <source>Column headings</source>
        <translation>Encabezados de columna</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="171"/>
        <source>Row headings</source>
        <translation>Encabezados de fila</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="178"/>
        <source>Nobody due</source>
        <translation>Nadie pendiente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="183"/>
        <source>&amp;Open chart</source>
        <translation>&amp;Abrir expediente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="184"/>
        <source>Open the chart of the selected client</source>
        <translation>Abrir el expediente del cliente seleccionado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="186"/>
        <location filename="../../counselor_desk/ui/today_view.py" line="187"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="212"/>
        <source>No one is due today.</source>
        <translation>No hay nadie pendiente para hoy.</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="47"/>
        <source>Retest: the last screen was refused, missed or invalid</source>
        <translation>Repetir: la última prueba fue rechazada, no se hizo o no fue válida</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="50"/>
        <source>No sample collected yet</source>
        <translation>Todavía no se ha tomado ninguna muestra</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="51"/>
        <source>Last sample is a week old or more</source>
        <translation>La última muestra tiene una semana o más</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="52"/>
        <source>Scheduled for today</source>
        <translation>Programada para hoy</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="53"/>
        <source>Scheduled earlier and never marked</source>
        <translation>Programada antes y nunca marcada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="72"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="72"/>
        <source>Due for</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="72"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="72"/>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="104"/>
        <source>Urine screen</source>
        <translation>Prueba de orina</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="105"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="131"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/today_view.py" line="134"/>
        <source>, since %1</source>
        <translation>, desde el %1</translation>
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
        <location filename="../../counselor_desk/ui/unlock_page.py" line="480"/>
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
        <location filename="../../counselor_desk/ui/unlock_page.py" line="486"/>
        <source>There is no vault in that folder (it has no vault.db).</source>
        <translation>No hay ninguna bóveda en esa carpeta (no tiene vault.db).</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="509"/>
        <source>&amp;Recovery key:</source>
        <translation>Clave de &amp;recuperación:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="512"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="513"/>
        <source>17 groups of 4, e.g. 1a2b-3c4d-…</source>
        <translation>17 grupos de 4, p. ej., 1a2b-3c4d-…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="515"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="518"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
</context>
<context>
    <name>VersionWindow</name>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="302"/>
        <source>Worksheet version</source>
        <translation>Versión de la hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="306"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="311"/>
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
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="106"/>
        <source>Worksheet</source>
        <translation>Hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="106"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="106"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="173"/>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="173"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
</context>
<context>
    <name>WorksheetsView</name>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="83"/>
        <source>en</source>
        <comment>The two-letter code of the language of this translation (es for Spanish)</comment>
        <translation>es</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="380"/>
        <source>&amp;Worksheets</source>
        <translation>&amp;Hojas de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="384"/>
        <source>Worksheets</source>
        <translation>Hojas de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="399"/>
        <source>New &amp;worksheet…</source>
        <translation>Nueva hoja de &amp;trabajo…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="401"/>
        <source>New worksheet</source>
        <translation>Nueva hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="402"/>
        <source>&amp;History</source>
        <translation>Historia&amp;l</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="405"/>
        <source>History of this worksheet</source>
        <translation>Historial de esta hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="411"/>
        <source>Show &amp;version</source>
        <translation>Ver &amp;versión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="413"/>
        <source>Show the chosen version</source>
        <translation>Ver la versión elegida</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="426"/>
        <source>About this worksheet</source>
        <translation>Acerca de esta hoja de trabajo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="429"/>
        <source>Save status</source>
        <translation>Estado de guardado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="430"/>
        <source>Mark &amp;complete</source>
        <translation>Marcar como &amp;completa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="432"/>
        <source>Mark this worksheet complete</source>
        <translation>Marcar esta hoja de trabajo como completa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="433"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="435"/>
        <source>Reopen this worksheet to change it</source>
        <translation>Reabrir esta hoja de trabajo para cambiarla</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="445"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="660"/>
        <source>Choose a worksheet, or start a new one.</source>
        <translation>Elija una hoja de trabajo o comience una nueva.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="662"/>
        <source>Choose a client from the list.</source>
        <translation>Elija un cliente de la lista.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="676"/>
        <source>No versions yet: one is kept each time it is marked complete.</source>
        <translation>Todavía no hay versiones: se guarda una cada vez que se marca como completa.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="685"/>
        <source>Version %1, marked complete %2</source>
        <translation>Versión %1, marcada como completa el %2</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="687"/>
        <source>Version %1, reopened %2</source>
        <translation>Versión %1, reabierta el %2</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="749"/>
        <source>The form of this worksheet (%1) is missing or was refused when the program started, so it cannot be shown. Its answers are kept.</source>
        <translation>Falta el formulario de esta hoja de trabajo (%1) o se rechazó al iniciar el programa, así que no se puede mostrar. Sus respuestas se conservan.</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="783"/>
        <source>Started %1</source>
        <translation>Iniciada el %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="786"/>
        <source>tied to a session</source>
        <translation>vinculada a una sesión</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="789"/>
        <source>in %1, the client&apos;s language</source>
        <translation>idioma del cliente: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="825"/>
        <source>Not saved yet: %1</source>
        <translation>Todavía no se guardó: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="831"/>
        <source>This worksheet could not be saved yet, so it stays open. %1</source>
        <translation>Esta hoja de trabajo todavía no se pudo guardar, así que sigue abierta. %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="840"/>
        <source>Marking complete…</source>
        <translation>Marcando como completa…</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="844"/>
        <source>Complete since %1</source>
        <translation>Completa desde el %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="846"/>
        <source>Complete</source>
        <translation>Completa</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/worksheets_view.py" line="952"/>
        <source>Not complete yet:</source>
        <translation>Todavía no está completa:</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../counselor_desk/ui/errors.py" line="14"/>
        <source>Something went wrong and nothing was changed (%1).</source>
        <translation>Algo salió mal y no se cambió nada (%1).</translation>
    </message>
</context>
<context>
    <name>_Overview</name>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="126"/>
        <source>Current medication</source>
        <translation>Medicamento actual</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="127"/>
        <source>Current medication:</source>
        <translation>Medicamento actual:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="128"/>
        <source>Recent sessions</source>
        <translation>Sesiones recientes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="129"/>
        <source>Recent sessions:</source>
        <translation>Sesiones recientes:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="130"/>
        <source>Next appointment</source>
        <translation>Próxima cita</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="131"/>
        <source>Next appointment:</source>
        <translation>Próxima cita:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="135"/>
        <source>Drafts waiting for signature</source>
        <translation>Borradores pendientes de firma</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="138"/>
        <source>Open &amp;oldest draft</source>
        <translation>Abrir el &amp;borrador más antiguo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="138"/>
        <source>Open oldest draft</source>
        <translation>Abrir el borrador más antiguo</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="143"/>
        <source>To sign:</source>
        <translation>Por firmar:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="144"/>
        <source>Diagnoses</source>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="145"/>
        <source>Diagnoses:</source>
        <translation>Diagnósticos:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="146"/>
        <source>Treatment dates</source>
        <translation>Fechas del tratamiento</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="147"/>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="160"/>
        <source>no note</source>
        <translation>sin nota</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="161"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="162"/>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="163"/>
        <source>signed, late entry</source>
        <translation>firmada, entrada tardía</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="180"/>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="182"/>
        <location filename="../../counselor_desk/ui/chart.py" line="219"/>
        <location filename="../../counselor_desk/ui/chart.py" line="228"/>
        <source>None recorded</source>
        <translation>Nada registrado</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="194"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="199"/>
        <source>No sessions yet</source>
        <translation>Todavía no hay sesiones</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="203"/>
        <source>Not recorded in the latest note</source>
        <translation>No consta en la nota más reciente</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="208"/>
        <source>1 draft waiting for signature</source>
        <translation>1 borrador pendiente de firma</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counselor_desk/ui/chart.py" line="210"/>
        <source>%n drafts waiting for signature</source>
        <translation>
            <numerusform>%n borrador pendiente de firma</numerusform>
            <numerusform>%n borradores pendientes de firma</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="212"/>
        <source>No drafts waiting</source>
        <translation>No hay borradores pendientes</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="222"/>
        <source>Admitted %1</source>
        <translation>Admisión: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="223"/>
        <source>Discharged %1</source>
        <translation>Alta: %1</translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="224"/>
        <source>Recovery date %1</source>
        <translation>Fecha de recuperación: %1</translation>
    </message>
</context>
</TS>
