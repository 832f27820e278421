<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddSlotDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="147"/>
        <source>Add a passphrase slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="151"/>
        <source>A slot is another passphrase that opens this vault, for example your clinical supervisor&apos;s. Name it after the person who holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="158"/>
        <source>Slot label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="159"/>
        <source>e.g. supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="165"/>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="166"/>
        <source>Add slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="169"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="172"/>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="178"/>
        <source>Add addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="181"/>
        <source>An addendum corrects or adds to a signed note. It is signed with your name when you add it and cannot be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="190"/>
        <source>Addendum text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="194"/>
        <source>Sign and &amp;add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="196"/>
        <source>Sign and add the addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="198"/>
        <source>Cancel the addendum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../counselor_desk/ui/autosave.py" line="84"/>
        <location filename="../../counselor_desk/ui/autosave.py" line="86"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/autosave.py" line="86"/>
        <source>Not saved — will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/autosave.py" line="88"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="235"/>
        <source>Choose a client from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="242"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="248"/>
        <source>Client details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="250"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="250"/>
        <source>Edit client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="259"/>
        <source>Chart sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="261"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="262"/>
        <location filename="../../counselor_desk/ui/chart.py" line="287"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="263"/>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="264"/>
        <location filename="../../counselor_desk/ui/chart.py" line="311"/>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="289"/>
        <source>New &amp;session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="289"/>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="290"/>
        <source>&amp;Open note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="290"/>
        <source>Open note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="297"/>
        <source>Medication history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="300"/>
        <source>&amp;Start medication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="300"/>
        <source>Start medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="302"/>
        <source>&amp;Change dose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="302"/>
        <source>Change dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="313"/>
        <source>Add &amp;consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="313"/>
        <source>Add consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="314"/>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="314"/>
        <source>Revoke consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="459"/>
        <source>Prefers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="462"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="148"/>
        <source>Edit client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="148"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="152"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="154"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="154"/>
        <source>First name and initial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="155"/>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="156"/>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="157"/>
        <source>&amp;Legal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="158"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="161"/>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="163"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="164"/>
        <source>Only used where a screening scale&apos;s cut-off depends on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="166"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="167"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="168"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="169"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="172"/>
        <source>&amp;Sex (for scales):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="173"/>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="173"/>
        <source>e.g. she/her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="174"/>
        <source>&amp;Pronouns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="176"/>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="179"/>
        <source>Preferred lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="181"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="183"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="184"/>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="186"/>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="186"/>
        <source>Name, relationship, phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="188"/>
        <source>&amp;Emergency contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="189"/>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="189"/>
        <source>For a minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="190"/>
        <source>G&amp;uardian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="192"/>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="194"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="194"/>
        <source>e.g. OTP, IOP, outpatient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="195"/>
        <source>P&amp;rogram:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="196"/>
        <source>Admission date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="197"/>
        <source>&amp;Admission:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="198"/>
        <source>Discharge date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="199"/>
        <source>Dis&amp;charge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="200"/>
        <source>Recovery date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="201"/>
        <source>Recovery or sobriety date; it may be reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="202"/>
        <source>Reco&amp;very date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="204"/>
        <source>Diagnoses, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="205"/>
        <source>One per line, e.g.
F11.20 Opioid use disorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="208"/>
        <source>D&amp;iagnoses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="209"/>
        <source>Archived (discharged: kept, hidden from the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="210"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="215"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="222"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="222"/>
        <source>Add client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="225"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientListView</name>
    <message>
        <location filename="../../counselor_desk/ui/client_list.py" line="59"/>
        <source>Filter clients (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_list.py" line="60"/>
        <source>Filter clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_list.py" line="62"/>
        <source>Show &amp;archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_list.py" line="63"/>
        <source>Show archived clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_list.py" line="68"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_list.py" line="87"/>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_list.py" line="88"/>
        <source>New client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="246"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="247"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="248"/>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="249"/>
        <source>Last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="297"/>
        <source>%1, archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="321"/>
        <source>Next %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="342"/>
        <source>Legal name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="344"/>
        <source>Archived (discharged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="349"/>
        <source>No current medication recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="350"/>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="356"/>
        <source>Last session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="358"/>
        <source>Next session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="359"/>
        <source>No sessions yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="41"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="61"/>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="135"/>
        <source>Add consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="66"/>
        <source>Copy these from the signed consent form. The client may revoke it in writing at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="73"/>
        <source>Who may disclose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="73"/>
        <source>Your program or clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="74"/>
        <source>&amp;Who may disclose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="76"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="76"/>
        <source>Name, or a class such as &apos;my treating providers&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="78"/>
        <source>&amp;To whom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="80"/>
        <source>Information to disclose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="80"/>
        <source>Be specific, e.g. attendance and MAT dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="82"/>
        <source>&amp;Information:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="83"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="83"/>
        <source>e.g. coordination of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="84"/>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="86"/>
        <source>Date signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="90"/>
        <source>Date si&amp;gned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="92"/>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="95"/>
        <source>Signed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="98"/>
        <source>On a &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="99"/>
        <source>Expires on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="101"/>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="105"/>
        <source>On an &amp;event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="106"/>
        <source>Expires on an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="107"/>
        <source>Expiry event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="107"/>
        <source>e.g. end of probation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="123"/>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="125"/>
        <source>Includes SUD &amp;counseling notes (this consent names them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="127"/>
        <source>Includes SUD counseling notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="138"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentTableModel</name>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="634"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="635"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="636"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="637"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="638"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="639"/>
        <source>SUD notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="643"/>
        <source>Whether this consent names the SUD counseling notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="669"/>
        <source>Revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="671"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="672"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="702"/>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="706"/>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="706"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="710"/>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="711"/>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="712"/>
        <source>Information: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="713"/>
        <source>Purpose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="714"/>
        <source>Signed by: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounselingNotesView</name>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="61"/>
        <source>SUD counseling notes (42 CFR 2.11): your private analysis. Kept apart; never printed or disclosed without a consent that names them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="67"/>
        <source>About SUD counseling notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="75"/>
        <source>Counseling &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="77"/>
        <source>Counseling notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="82"/>
        <source>New &amp;counseling note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="83"/>
        <source>New counseling note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="92"/>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="94"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="97"/>
        <source>Counseling note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="102"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="243"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="284"/>
        <source>Write your analysis here. It is saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="286"/>
        <source>Choose a counseling note, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/counseling_notes.py" line="330"/>
        <source>This counseling note could not be saved yet, so it stays open. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="261"/>
        <source>Try the demo vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="261"/>
        <source>Create a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="271"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="272"/>
        <source>C&amp;reate the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="273"/>
        <source>Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="275"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="276"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="293"/>
        <source>The demo vault holds a made-up caseload to try the program with. It is encrypted like a real vault, so it needs a passphrase too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="298"/>
        <source>Your vault keeps your clients&apos; records encrypted on this computer. Only your passphrase, or the recovery key you will see next, opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="305"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="306"/>
        <source>For example: A. Rivera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="307"/>
        <source>Shown on the unlock screen to find your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="310"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="318"/>
        <source>Problem creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="321"/>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="322"/>
        <source>Creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="335"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="342"/>
        <source>Write this key on paper now; it is shown only this once. If you ever forget your passphrase, this key opens the vault, so your records are never lost. Keep the paper locked away, apart from this computer: anyone who has it can read your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="361"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="366"/>
        <source>I have &amp;written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="367"/>
        <source>I have written the recovery key down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="128"/>
        <source>MMM d, yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="141"/>
        <source>h:mm AP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../counselor_desk/ui/desk_page.py" line="35"/>
        <source>SUD counseling notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="63"/>
        <source>Buprenorphine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="64"/>
        <source>Methadone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="65"/>
        <source>Naltrexone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="66"/>
        <source>Other medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="69"/>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="70"/>
        <source>Pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="71"/>
        <source>Take-home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="72"/>
        <source>Injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="75"/>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="76"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="77"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="78"/>
        <source>Peer support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="79"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="82"/>
        <source>DAP (data, assessment, plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="83"/>
        <source>SOAP (subjective, objective, assessment, plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="84"/>
        <source>BIRP (behavior, intervention, response, plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="85"/>
        <source>GIRP (goal, intervention, response, plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="86"/>
        <source>Free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="91"/>
        <source>The client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="92"/>
        <source>The guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="93"/>
        <source>The client and the guardian (minor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="96"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="97"/>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="48"/>
        <source>Counselor Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="63"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="91"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="94"/>
        <source>&amp;Search everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="97"/>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="104"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="110"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="112"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="114"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="124"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="129"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="222"/>
        <source>Locked after a quiet spell. Your drafts were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="223"/>
        <source>Locked before the computer slept. Your drafts were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="224"/>
        <source>Locked with the screen. Your drafts were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="225"/>
        <source>Locked after the computer woke up. Your drafts were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/main_window.py" line="227"/>
        <source>Locked. Your drafts were saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="30"/>
        <source>sublingual film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="31"/>
        <source>sublingual tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="32"/>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="41"/>
        <source>extended-release injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="35"/>
        <source>oral liquid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="36"/>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="40"/>
        <source>tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="37"/>
        <source>dispersible tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="64"/>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="125"/>
        <source>Change dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="64"/>
        <source>Start medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="73"/>
        <source>The current entry stops the day this one starts; both stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="78"/>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="81"/>
        <source>&amp;Medication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="84"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="86"/>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="87"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="87"/>
        <source>e.g. 16 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="88"/>
        <source>&amp;Dose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="89"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="89"/>
        <source>e.g. once daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="90"/>
        <source>&amp;Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="91"/>
        <source>Prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="92"/>
        <source>&amp;Prescriber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="94"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="98"/>
        <source>S&amp;tarted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="100"/>
        <source>Dispensing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="101"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="104"/>
        <source>D&amp;ispensing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="106"/>
        <source>Take-home doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="108"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="109"/>
        <source>Take-home doses earned (methadone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="110"/>
        <source>Ta&amp;ke-home doses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="112"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="115"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="118"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="125"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="128"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/medication_dialog.py" line="202"/>
        <source>Enter the dose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationTableModel</name>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="535"/>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="536"/>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="537"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="538"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="539"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="540"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="541"/>
        <source>Dispensing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="542"/>
        <source>Prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="589"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="600"/>
        <source>%1, %2 take-home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="511"/>
        <source>Choose a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="516"/>
        <source>This vault&apos;s key file is missing or damaged. Your recovery key is right; choose a new passphrase to rebuild the key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="529"/>
        <source>&amp;Rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="530"/>
        <source>Rebuild the key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="532"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="62"/>
        <source>Subjective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="63"/>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="64"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="65"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="66"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="67"/>
        <source>Behavior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="68"/>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="69"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="70"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="71"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="72"/>
        <source>Self-harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="73"/>
        <source>Overdose risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="74"/>
        <source>Safety concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="75"/>
        <source>Next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="79"/>
        <source>SOAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="80"/>
        <source>DAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="81"/>
        <source>BIRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="82"/>
        <source>GIRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="83"/>
        <source>Free-form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="87"/>
        <source>Individual session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="88"/>
        <source>Group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="89"/>
        <source>Family session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="90"/>
        <source>Peer-support session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="91"/>
        <source>Phone session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="266"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="271"/>
        <source>Note format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="273"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="276"/>
        <location filename="../../counselor_desk/ui/note_editor.py" line="277"/>
        <source>Late entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="279"/>
        <source>Signed more than 24 hours after the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="285"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="298"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="302"/>
        <location filename="../../counselor_desk/ui/note_editor.py" line="303"/>
        <source>Risk check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="314"/>
        <location filename="../../counselor_desk/ui/note_editor.py" line="315"/>
        <source>Addenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="331"/>
        <source>&amp;Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="332"/>
        <source>Sign note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="334"/>
        <source>Sign and lock this note (Ctrl+Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="335"/>
        <source>&amp;Add addendum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="336"/>
        <source>Add addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="453"/>
        <source>{client} — {kind}, {when}, {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="521"/>
        <source>The note could not be saved, so it was not signed. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="558"/>
        <source>Signed by: {signer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="563"/>
        <source>Once signed, this note cannot be changed. Corrections are added as signed addenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="569"/>
        <source>The session was more than 24 hours ago, so the note will be marked a late entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="604"/>
        <source>{reason} Your addendum text is kept; choose Add addendum to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="640"/>
        <source>Change note format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="641"/>
        <source>Switch this note to {format}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="643"/>
        <source>The text in {sections} will be removed. Sections with the same name keep their text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="658"/>
        <source>Signed by {signer} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="686"/>
        <source>Signed by {signer} on {when}
{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="696"/>
        <source>Addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="713"/>
        <source>No note open. Choose a session to write its note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="723"/>
        <source>This note could not be saved yet, so it stays open. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="81"/>
        <source>%1 is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="82"/>
        <source>Tick to enter a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/client_dialog.py" line="87"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="130"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="131"/>
        <source>A few unrelated words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="134"/>
        <source>Confirm the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="135"/>
        <source>S&amp;how the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="136"/>
        <source>Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="137"/>
        <source>S&amp;uggest one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="138"/>
        <source>Suggest a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="140"/>
        <source>Fill in a random passphrase of four words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="145"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="148"/>
        <source>Passphrase advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="151"/>
        <source>Do the passphrases match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="163"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="169"/>
        <source>&amp;Confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="173"/>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="218"/>
        <source>Use at least 12 characters; a few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="231"/>
        <source>The two passphrases do not match yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/create_vault.py" line="233"/>
        <source>The two passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="71"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="74"/>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="77"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="79"/>
        <source>Passphrases match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="83"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="84"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="131"/>
        <source>Both entries match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="133"/>
        <source>The two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="239"/>
        <source>Revoke consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="241"/>
        <source>Consent for %1 (%2), signed %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="247"/>
        <source>Revocation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="252"/>
        <source>Revoked in writing &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="253"/>
        <source>A revoked consent can no longer be used for any disclosure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="259"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/consent_dialog.py" line="262"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchHitModel</name>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="91"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="92"/>
        <source>addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="93"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="94"/>
        <source>SUD counseling note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="218"/>
        <location filename="../../counselor_desk/ui/search_popup.py" line="226"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="225"/>
        <source>Search notes, addenda and client names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="228"/>
        <source>Type to search; Up and Down choose a result; Enter opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="234"/>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="239"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="303"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="316"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="325"/>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/search_popup.py" line="326"/>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="51"/>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="57"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="61"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="63"/>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="65"/>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="67"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="71"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="72"/>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="74"/>
        <source>Kind of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="77"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="79"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="80"/>
        <source>e.g. Office 2, home visit, telehealth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="81"/>
        <source>L&amp;ocation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="83"/>
        <source>Participants, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="84"/>
        <source>Family members present, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="87"/>
        <source>&amp;Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="89"/>
        <source>Note format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="93"/>
        <source>Note &amp;format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="96"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="103"/>
        <source>Add session and write note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/session_dialog.py" line="106"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="445"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="446"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="447"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="448"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="449"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="476"/>
        <source>No note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="477"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="478"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="479"/>
        <source>Signed, late entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="497"/>
        <source>Signed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/models.py" line="503"/>
        <source>Participants: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="229"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="233"/>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="234"/>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="235"/>
        <source>&amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="236"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="237"/>
        <source>S&amp;lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="240"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="254"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="255"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="257"/>
        <source>Lock after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="258"/>
        <source>0 means never lock for idleness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="261"/>
        <source>The vault also locks before the computer sleeps and when the screen locks. 0 means it never locks for idleness alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="268"/>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="269"/>
        <source>e.g. A. Rivera, LCADC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="270"/>
        <source>Name and credentials written under signed notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="276"/>
        <source>Lock after &amp;idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="281"/>
        <source>&amp;Signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="290"/>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="291"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="292"/>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="464"/>
        <source>Choose a backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="293"/>
        <source>&amp;Use the vault&apos;s own folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="294"/>
        <source>Use the vault&apos;s own backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="295"/>
        <source>Back up &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="296"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="299"/>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="305"/>
        <source>Backup result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="309"/>
        <source>Backups are encrypted like the vault and open with its passphrases or recovery key. The backup folder keeps the newest 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="325"/>
        <source>Backup &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="340"/>
        <source>This changes the passphrase of the slot you unlocked with: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="345"/>
        <source>C&amp;hange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="346"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="350"/>
        <source>Passphrase status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="368"/>
        <source>Each slot is a passphrase that opens this vault. The recovery key opens it whatever happens to the slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="375"/>
        <source>Passphrase slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="377"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="377"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="377"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="382"/>
        <source>&amp;Add slot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="383"/>
        <source>Add slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="384"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="385"/>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="597"/>
        <source>Remove slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="389"/>
        <source>Slots status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="494"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="505"/>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="519"/>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="530"/>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="534"/>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="536"/>
        <source>Existing backups still open with the old passphrase. To make the old passphrase useless everywhere, rotate the vault key (counselor-desk rotate-key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="555"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="577"/>
        <source>Adding the slot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="587"/>
        <source>Added the slot &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="598"/>
        <source>Remove the slot &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="599"/>
        <source>Whoever holds its passphrase will no longer be able to open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/settings_dialog.py" line="607"/>
        <source>Removed the slot &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="144"/>
        <source>Sign note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="145"/>
        <source>Signing locks exactly this text. Read it once more:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="151"/>
        <source>Text to be signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="154"/>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="155"/>
        <source>Sign the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/note_editor.py" line="157"/>
        <source>Cancel signing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="123"/>
        <source>Counselor Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="133"/>
        <source>Vaults on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="135"/>
        <source>&amp;Vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="141"/>
        <source>&amp;Use the recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="142"/>
        <source>Use the recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="146"/>
        <source>Why the vault did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="150"/>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="151"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="153"/>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="154"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="173"/>
        <source>&amp;Create a new vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="174"/>
        <source>Create a new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="175"/>
        <source>Try the &amp;demo vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="176"/>
        <source>Try the demo vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="177"/>
        <source>A vault with a made-up caseload to practise on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="178"/>
        <source>&amp;Open a vault folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="179"/>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="476"/>
        <source>Open a vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="180"/>
        <source>A vault kept somewhere else, such as a USB drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="184"/>
        <source>Problem opening a vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="272"/>
        <source>Unlock your vault to see your caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="276"/>
        <source>There is no vault on this computer yet. Create one for your records, or try the demo vault with a made-up caseload first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="319"/>
        <source>Type the recovery key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="321"/>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="398"/>
        <source>That recovery key does not open this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="399"/>
        <source>That passphrase does not open this vault; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="401"/>
        <source>This vault is open in another window or command; close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="409"/>
        <source>Restore the newest backup to get back to work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="418"/>
        <source>The key file was not rebuilt, so the vault stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../counselor_desk/ui/unlock_page.py" line="437"/>
        <source>Too many wrong tries. You can try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="482"/>
        <source>There is no vault in that folder (it has no vault.db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="505"/>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="508"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="509"/>
        <source>17 groups of 4, e.g. 1a2b-3c4d-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="511"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/unlock_page.py" line="514"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../counselor_desk/ui/workspace.py" line="100"/>
        <source>Something went wrong and nothing was changed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Overview</name>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="120"/>
        <source>Current medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="121"/>
        <source>Current medication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="122"/>
        <source>Recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="123"/>
        <source>Recent sessions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="124"/>
        <source>Next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="125"/>
        <source>Next appointment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="129"/>
        <source>Drafts waiting for signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="132"/>
        <source>Open &amp;oldest draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="132"/>
        <source>Open oldest draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="137"/>
        <source>To sign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="138"/>
        <source>Diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="139"/>
        <source>Diagnoses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="140"/>
        <source>Treatment dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="141"/>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="154"/>
        <source>no note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="155"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="156"/>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="157"/>
        <source>signed, late entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="174"/>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="176"/>
        <location filename="../../counselor_desk/ui/chart.py" line="213"/>
        <location filename="../../counselor_desk/ui/chart.py" line="222"/>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="188"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="193"/>
        <source>No sessions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="197"/>
        <source>Not recorded in the latest note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="202"/>
        <source>1 draft waiting for signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../counselor_desk/ui/chart.py" line="204"/>
        <source>%n drafts waiting for signature</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="206"/>
        <source>No drafts waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="216"/>
        <source>Admitted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="217"/>
        <source>Discharged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../counselor_desk/ui/chart.py" line="218"/>
        <source>Recovery date %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
