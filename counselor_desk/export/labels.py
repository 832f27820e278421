"""Every word the printed documents add around the records, in English and Spanish.

A plain catalog keyed by language, then by label key; `Labels` looks a key up (and fills
in `{placeholders}`), and formats dates and times the way each language writes them.
Worksheet wording comes from the worksheet files, handout wording from the handout files.
"""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType

from counselor_desk.domain.records import Client

LANGUAGES = ("en", "es")

_MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
}
_MONTHS_SHORT = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
}

_EN: dict[str, str] = {
    # Every page
    "page_of": "Page {page} of {total}",
    "footer": "Printed {date}  ·  Confidential",
    "footer_plain": "Printed {date}",
    "dob_line": "Date of birth: {date}",
    "dob": "Date of birth",
    "note.addendum_short": "Addendum:",
    "band.none": "none",
    "band.minimal": "minimal",
    "band.mild": "mild",
    "band.moderate": "moderate",
    "band.moderately severe": "moderately severe",
    "band.severe": "severe",
    "band.low": "low",
    "band.substantial": "substantial",
    "band.zone I": "zone I",
    "band.zone II": "zone II",
    "band.zone III": "zone III",
    "band.zone IV": "zone IV",
    "band.negative": "negative",
    "band.positive": "positive",
    "name": "Name",
    "date": "Date",
    "none_recorded": "None recorded.",
    "not_written": "(nothing written)",
    "yes": "Yes",
    "no": "No",
    "dash": "—",
    "lang.en": "English",
    "lang.es": "Spanish",
    # Disclosure cover
    "cover.title": "Disclosure of records",
    "cover.subtitle": (
        "These records are released under 42 CFR part 2. Please read the notice below "
        "before you use them."
    ),
    "cover.recipient": "Released to",
    "cover.facility": "Facility",
    "cover.purpose": "Purpose",
    "cover.information": "Information released",
    "cover.date": "Date and time released",
    "cover.basis": "Basis",
    "cover.consent": "Written consent of the client (consent {id})",
    "cover.emergency": "Medical emergency, without consent (42 CFR 2.51)",
    "cover.nature": "Nature of the emergency",
    "cover.disclosed_by": "Released by",
    "cover.notice_heading_es": "Notice (42 CFR 2.32), Spanish translation",
    # Session note
    "note.title": "Session note",
    "note.draft_watermark": "DRAFT — NOT SIGNED",
    "note.draft_banner": (
        "Draft: this note is not signed and may still change. It is not part of the signed record."
    ),
    "note.date_time": "Date and time",
    "note.kind": "Kind of session",
    "note.length": "Length",
    "note.minutes": "{minutes} minutes",
    "note.location": "Location",
    "note.participants": "Participants",
    "note.format": "Note format",
    "note.risk": "Risk check",
    "note.signature": "Signature",
    "note.signed": "Signed electronically by {name} on {when}.",
    "note.late": "Late entry: signed more than 24 hours after the session.",
    "note.fingerprint": "Content fingerprint (SHA-256):",
    "note.fingerprint_ok": "The text above matches this fingerprint.",
    "note.fingerprint_bad": (
        "Warning: the text above does not match the fingerprint recorded when it was signed."
    ),
    "note.cosigned": "Co-signed electronically by {name} on {when}.",
    "note.cosign_pending": "Waiting for a supervisor's co-signature.",
    "note.addenda": "Addenda",
    "note.addendum": "Addendum {number}",
    "note.addendum_signed": "Signed electronically by {name} on {when}.",
    "format.SOAP": "SOAP (subjective, objective, assessment, plan)",
    "format.DAP": "DAP (data, assessment, plan)",
    "format.BIRP": "BIRP (behavior, intervention, response, plan)",
    "format.GIRP": "GIRP (goal, intervention, response, plan)",
    "format.free": "Free-form",
    "format.group": "Group session",
    "section.subjective": "Subjective",
    "section.objective": "Objective",
    "section.assessment": "Assessment",
    "section.plan": "Plan",
    "section.data": "Data",
    "section.behavior": "Behavior",
    "section.intervention": "Intervention",
    "section.response": "Response",
    "section.goal": "Goal",
    "section.text": "Note",
    "section.topic": "Group topic",
    "section.interventions": "Group interventions",
    "section.individual": "This client's participation",
    "section.risk_self_harm": "Self-harm",
    "section.risk_overdose": "Overdose risk",
    "section.risk_safety": "Safety concerns",
    "section.next_appointment": "Next appointment",
    "kind.individual": "Individual",
    "kind.group": "Group",
    "kind.family": "Family",
    "kind.peer-support": "Peer support",
    "kind.phone": "Phone",
    # Client summary
    "summary.title": "Client summary",
    "summary.period": "{start} to {end}",
    "summary.client": "Client",
    "summary.legal_name": "Legal name",
    "summary.pronouns": "Pronouns",
    "summary.program": "Program",
    "summary.admitted": "Admitted",
    "summary.discharged": "Discharged",
    "summary.recovery_date": "Recovery date",
    "summary.diagnoses": "Diagnoses",
    "summary.language": "Preferred language",
    "summary.medications": "Medications",
    "summary.current": "Current",
    "summary.past": "Past",
    "summary.no_current": "No current medication on file.",
    "summary.no_past": "No past medication on file.",
    "summary.col.medication": "Medication",
    "summary.col.dose": "Form and dose",
    "summary.col.schedule": "Schedule",
    "summary.col.dispensing": "Dispensing",
    "summary.col.prescriber": "Prescriber",
    "summary.col.started": "Started",
    "summary.col.stopped": "Stopped",
    "summary.take_home": "{count} doses",
    "summary.attendance": "Attendance",
    "summary.attendance_counts": (
        "Attended {attended}  ·  Excused {excused}  ·  No-show {no_show}  ·  Scheduled {scheduled}"
    ),
    "summary.col.date": "Date",
    "summary.col.status": "Status",
    "summary.col.notes": "Notes",
    "summary.screens": "Urine drug screens",
    "summary.screens_legend": (
        "Expected: the client's prescribed medication, which should show. "
        "Flagged: any other positive result."
    ),
    "summary.col.observed": "Observed",
    "summary.col.tested": "Tested",
    "summary.col.findings": "Findings",
    "summary.screen_refused": "Refused",
    "summary.screen_missed": "Missed",
    "summary.screen_clean": "Negative for all tested",
    "summary.finding.expected": "{substance}: positive, expected (prescribed)",
    "summary.finding.unexpected": "{substance}: POSITIVE (flagged)",
    "summary.finding.medication-absent": "{substance}: negative, although prescribed",
    "summary.finding.invalid": "{substance}: no valid reading, retest",
    "summary.scales": "Scales",
    "summary.col.score": "Score",
    "summary.col.band": "Band",
    "summary.col.flags": "Flags",
    "summary.chart_alt": "{scale}: {count} scores from {start} to {end}",
    "summary.plan": "Treatment plan progress",
    "summary.col.objective": "Objective",
    "summary.col.target": "Target date",
    "summary.col.sessions": "Sessions",
    "summary.col.last": "Last worked on",
    "summary.no_plan": "No treatment plan on file.",
    "summary.notes": "Session notes",
    "summary.no_notes": "No signed notes in this period.",
    "summary.drafts_left_out": (
        "{count} draft notes in this period are not signed and are left out."
    ),
    "summary.counseling": "SUD counseling notes (42 CFR 2.11)",
    "summary.counseling_intro": (
        "These are the counselor's private notes. They are included only because they were "
        "added on purpose."
    ),
    "summary.signed_line": "Signed by {name} on {when}",
    "summary.late_mark": "late entry",
    "med.buprenorphine": "Buprenorphine",
    "med.methadone": "Methadone",
    "med.naltrexone": "Naltrexone",
    "med.other": "Other",
    "disp.clinic": "Clinic",
    "disp.pharmacy": "Pharmacy",
    "disp.take-home": "Take-home",
    "disp.injection": "Injection",
    "att.scheduled": "Scheduled",
    "att.attended": "Attended",
    "att.excused": "Excused",
    "att.no-show": "No-show",
    "sub.buprenorphine": "Buprenorphine",
    "sub.methadone": "Methadone",
    "sub.fentanyl": "Fentanyl",
    "sub.opiates": "Opiates",
    "sub.oxycodone": "Oxycodone",
    "sub.cocaine": "Cocaine",
    "sub.amphetamines": "Amphetamines",
    "sub.benzodiazepines": "Benzodiazepines",
    "sub.cannabis": "Cannabis",
    "sub.alcohol": "Alcohol",
    "scale.phq9": "PHQ-9 (depression)",
    "scale.gad7": "GAD-7 (anxiety)",
    "scale.audit": "AUDIT (alcohol)",
    "scale.audit_c": "AUDIT-C (alcohol, short)",
    "scale.dast10": "DAST-10 (drug use)",
    "scale.cows": "COWS (opioid withdrawal)",
    "scale.craving": "Craving (0–10)",
    "flag.safety": "safety",
    "flag.positive-screen": "positive screen",
    "flag.note": "note",
    # Worksheets
    "ws.circle_one": "Circle one number.",
    "ws.write_number": "Write a number from {minimum} to {maximum}.",
    "ws.write_number_open": "Write a number.",
    "ws.date_hint": "month / day / year",
    "ws.pick_one": "Mark one.",
    "ws.pick_any": "Mark all that apply.",
    "ws.completed": "Completed {date}",
    "ws.draft": "Not finished yet (last saved {date})",
    "ws.row": "{label} {number}",
    "ws.row_default": "Row",
    "wallet.title": "Safety plan: wallet card",
    "wallet.instructions": (
        "Cut along the dashed line, then fold on the dotted lines. Keep the card in your "
        "wallet or phone case. Unfold it to read every part."
    ),
    "wallet.card_title": "My safety plan",
    "wallet.danger": "In danger now? Call or text 988, or call 911.",
    "wallet.cut": "cut",
    "wallet.fold": "fold",
    # Recovery kit
    "kit.title": "Recovery kit",
    "kit.subtitle": "This sheet opens your vault if the passphrase is ever lost. Keep it safe.",
    "kit.vault": "Vault",
    "kit.printed": "Printed",
    "kit.key_heading": "Recovery key",
    "kit.key_hint": (
        "16 groups of 4 characters, then group 17, a checksum that catches typing mistakes. "
        "You may type it with or without the dashes."
    ),
    "kit.checksum": "checksum",
    "kit.qr_caption": "The same key as a QR code.",
    "kit.what_heading": "What this sheet is",
    "kit.what": (
        "The recovery key is the master key of the vault. With it, anyone who also has a "
        "copy of the vault or of a backup can read every record in it, without the "
        "passphrase. Treat it like the records themselves."
    ),
    "kit.store_heading": "Where to keep it",
    "kit.store.1": (
        "Store it locked away: in a safe, a locked drawer, or with your program's privacy officer."
    ),
    "kit.store.2": "Never keep it with the laptop, in the laptop bag, or on any computer.",
    "kit.store.3": "Do not photograph, scan, copy or email it.",
    "kit.store.4": "Never write your passphrase on this sheet.",
    "kit.use_heading": "When you need it",
    "kit.use.1": (
        "Passphrase forgotten: on the unlock screen, choose to use the recovery key and "
        "type the groups. Then set a new passphrase."
    ),
    "kit.use.2": (
        "Sheet lost, or seen by someone else: make a new vault key at once (Settings, or "
        "counselor-desk rotate-key). The old key then stops working."
    ),
    "kit.use.3": "After a new vault key is made, shred this sheet and keep the new one.",
    "kit.where": "Where this sheet is kept",
    "kit.checked": "Checked by, date",
    # Accounting of disclosures
    "acc.title": "Accounting of disclosures",
    "acc.subtitle": (
        "Who received records about you, when, what was shared and why (42 CFR 2.24 and 2.25)."
    ),
    "acc.period": "Period: {start} to {end}",
    "acc.all": "All disclosures on file",
    "acc.col.date": "Date",
    "acc.col.recipient": "Recipient",
    "acc.col.what": "What was shared",
    "acc.col.purpose": "Purpose",
    "acc.col.basis": "Basis",
    "acc.consent": "Consent",
    "acc.emergency": "Medical emergency (42 CFR 2.51)",
    "acc.none": "No records about you were disclosed in this period.",
    "acc.count": "{count} disclosures listed.",
    "acc.count_one": "1 disclosure listed.",
    # Group sign-in
    "signin.title": "Group sign-in",
    "signin.date": "Date",
    "signin.time": "Time",
    "signin.topic": "Topic",
    "signin.facilitator": "Facilitator",
    "signin.location": "Location",
    "signin.col.number": "#",
    "signin.col.name": "Name (print)",
    "signin.col.signature": "Signature",
    "signin.confidential": (
        "Confidential: who attends this group is protected by 42 CFR part 2. Please do not "
        "copy or share this sheet."
    ),
    # Treatment plan (export/treatment_plan.py)
    "tp.title": "Treatment plan",
    "tp.status": "Status",
    "tp.status.draft": "Draft",
    "tp.status.active": "Active",
    "tp.status.completed": "Completed",
    "tp.status.discontinued": "Discontinued",
    "tp.status_review": "{status}  ·  next review {date}",
    "tp.in_force_since": "In force since",
    "tp.last_reviewed": "Last reviewed",
    "tp.next_review": "Next review",
    "tp.closed_on": "Closed on",
    "tp.draft_watermark": "DRAFT — NOT IN FORCE",
    "tp.draft_banner": (
        "Draft: this plan is not in force yet and may still change. Do not sign it."
    ),
    "tp.empty": "No problems are written in this plan yet.",
    "tp.problem": "Problem {number}",
    "tp.goal": "Goal {number}",
    "tp.objective": "Objective {number}",
    "tp.target": "Target date: {date}",
    "tp.no_target": "No target date",
    "tp.objective_status": "Status: {status}",
    "tp.sessions_one": "Worked on in 1 session",
    "tp.sessions": "Worked on in {count} sessions",
    "tp.no_interventions": "No interventions written.",
    "tp.col.intervention": "Intervention",
    "tp.col.who": "Who",
    "tp.col.frequency": "How often",
    "tp.signatures": "Signatures",
    "tp.agreement": (
        "I helped make this plan. I understand it, and I agree to work on it. I can ask "
        "to change it at any time."
    ),
    "tp.sign.client": "Client signature",
    "tp.sign.guardian": "Parent or guardian signature",
    "tp.sign.counselor": "Counselor signature and credentials",
    "tp.sign.date": "Date",
    "objective.open": "open",
    "objective.met": "met",
    "objective.revised": "revised",
    "objective.dropped": "dropped",
    # What a disclosure released, as the cover and the accounting say it
    "disc.what.session-note": "Session note of {date}",
    "disc.what.client-summary": "Client summary, {start} to {end}",
    "disc.what.treatment-plan": "Treatment plan ({status})",
    "disc.with_counseling": "{what}, with SUD counseling notes",
    "disc.emergency_purpose": "Treatment of a medical emergency",
    # Support network (export/ecomap.py)
    "eco.title": "Support network (ecomap)",
    "eco.subtitle": "The people and groups around the client, and how each tie feels",
    "eco.count": "{count} people and groups",
    "eco.count_one": "1 person or group",
    "eco.empty": "No one is in the support network yet.",
    "eco.client": "Client",
    "eco.legend": "Ties:",
    "eco.people": "People and groups",
    "eco.meeting": "Meeting",
    "eco.col.name": "Name",
    "eco.col.kind": "Kind",
    "eco.col.role": "Role",
    "eco.col.frequency": "How often",
    "eco.col.meets": "Meets",
    "eco.col.contact": "Contact",
    "eco.col.strength": "Tie",
    "eco.strength.strong": "Strong",
    "eco.strength.tenuous": "Tenuous",
    "eco.strength.stressful": "Stressful",
    "eco.kind.family": "Family",
    "eco.kind.friend": "Friend",
    "eco.kind.sponsor": "Sponsor",
    "eco.kind.peer-specialist": "Peer specialist",
    "eco.kind.na-meeting": "NA meeting",
    "eco.kind.aa-meeting": "AA meeting",
    "eco.kind.smart-meeting": "SMART Recovery meeting",
    "eco.kind.other-meeting": "Other recovery meeting",
    "eco.kind.faith-group": "Faith group",
    "eco.kind.employer": "Employer",
    "eco.kind.prescriber": "Prescriber",
    "eco.kind.other": "Other",
    "eco.day.monday": "Monday",
    "eco.day.tuesday": "Tuesday",
    "eco.day.wednesday": "Wednesday",
    "eco.day.thursday": "Thursday",
    "eco.day.friday": "Friday",
    "eco.day.saturday": "Saturday",
    "eco.day.sunday": "Sunday",
    "eco.day_short.monday": "Mon",
    "eco.day_short.tuesday": "Tue",
    "eco.day_short.wednesday": "Wed",
    "eco.day_short.thursday": "Thu",
    "eco.day_short.friday": "Fri",
    "eco.day_short.saturday": "Sat",
    "eco.day_short.sunday": "Sun",
    "disc.what.ecomap": "Support network (ecomap)",
    # A summary limited to some parts of the record (export/summary.py)
    "summary.only": (
        "This summary holds only these parts of the record: {parts}. The rest is left out "
        "on purpose."
    ),
    "summary.part.medications": "medications",
    "summary.part.plan": "treatment-plan progress",
    "summary.part.attendance": "attendance",
    "summary.part.screens": "urine drug screens",
    "summary.part.scales": "scales",
    "summary.part.notes": "signed session notes",
    "summary.part.counseling-notes": "SUD counseling notes",
    "disc.what.client-summary-parts": "Client summary ({parts}), {start} to {end}",
}

_ES: dict[str, str] = {
    "page_of": "Página {page} de {total}",
    "footer": "Impreso el {date}  ·  Confidencial",
    "footer_plain": "Impreso el {date}",
    "dob_line": "Fecha de nacimiento: {date}",
    "dob": "Fecha de nacimiento",
    "note.addendum_short": "Adenda:",
    "band.none": "ninguna",
    "band.minimal": "mínima",
    "band.mild": "leve",
    "band.moderate": "moderada",
    "band.moderately severe": "moderadamente grave",
    "band.severe": "grave",
    "band.low": "baja",
    "band.substantial": "sustancial",
    "band.zone I": "zona I",
    "band.zone II": "zona II",
    "band.zone III": "zona III",
    "band.zone IV": "zona IV",
    "band.negative": "negativo",
    "band.positive": "positivo",
    "name": "Nombre",
    "date": "Fecha",
    "none_recorded": "No hay registros.",
    "not_written": "(sin escribir)",
    "yes": "Sí",
    "no": "No",
    "dash": "—",
    "lang.en": "Inglés",
    "lang.es": "Español",
    "cover.title": "Divulgación de registros",
    "cover.subtitle": (
        "Estos registros se entregan según la parte 2 del título 42 del CFR. Lea el aviso "
        "de abajo antes de usarlos."
    ),
    "cover.recipient": "Entregado a",
    "cover.facility": "Centro",
    "cover.purpose": "Propósito",
    "cover.information": "Información entregada",
    "cover.date": "Fecha y hora de entrega",
    "cover.basis": "Base",
    "cover.consent": "Consentimiento escrito del cliente (consentimiento {id})",
    "cover.emergency": "Emergencia médica, sin consentimiento (42 CFR 2.51)",
    "cover.nature": "Naturaleza de la emergencia",
    "cover.disclosed_by": "Entregado por",
    "cover.notice_heading_es": "Aviso (42 CFR 2.32), traducción al español",
    "note.title": "Nota de sesión",
    "note.draft_watermark": "BORRADOR — SIN FIRMAR",
    "note.draft_banner": (
        "Borrador: esta nota no está firmada y todavía puede cambiar. No forma parte del "
        "registro firmado."
    ),
    "note.date_time": "Fecha y hora",
    "note.kind": "Tipo de sesión",
    "note.length": "Duración",
    "note.minutes": "{minutes} minutos",
    "note.location": "Lugar",
    "note.participants": "Participantes",
    "note.format": "Formato de la nota",
    "note.risk": "Revisión de riesgos",
    "note.signature": "Firma",
    "note.signed": "Firmada electrónicamente por {name} el {when}.",
    "note.late": "Entrada tardía: firmada más de 24 horas después de la sesión.",
    "note.fingerprint": "Huella del contenido (SHA-256):",
    "note.fingerprint_ok": "El texto de arriba coincide con esta huella.",
    "note.fingerprint_bad": (
        "Atención: el texto de arriba no coincide con la huella registrada al firmarlo."
    ),
    "note.cosigned": "Cofirmada electrónicamente por {name} el {when}.",
    "note.cosign_pending": "Pendiente de la cofirma de un supervisor.",
    "note.addenda": "Adendas",
    "note.addendum": "Adenda {number}",
    "note.addendum_signed": "Firmada electrónicamente por {name} el {when}.",
    "format.SOAP": "SOAP (subjetivo, objetivo, evaluación, plan)",
    "format.DAP": "DAP (datos, evaluación, plan)",
    "format.BIRP": "BIRP (conducta, intervención, respuesta, plan)",
    "format.GIRP": "GIRP (meta, intervención, respuesta, plan)",
    "format.free": "Formato libre",
    "format.group": "Sesión de grupo",
    "section.subjective": "Subjetivo",
    "section.objective": "Objetivo",
    "section.assessment": "Evaluación",
    "section.plan": "Plan",
    "section.data": "Datos",
    "section.behavior": "Conducta",
    "section.intervention": "Intervención",
    "section.response": "Respuesta",
    "section.goal": "Meta",
    "section.text": "Nota",
    "section.topic": "Tema del grupo",
    "section.interventions": "Intervenciones del grupo",
    "section.individual": "Participación de este cliente",
    "section.risk_self_harm": "Autolesión",
    "section.risk_overdose": "Riesgo de sobredosis",
    "section.risk_safety": "Preocupaciones de seguridad",
    "section.next_appointment": "Próxima cita",
    "kind.individual": "Individual",
    "kind.group": "Grupal",
    "kind.family": "Familiar",
    "kind.peer-support": "Apoyo entre pares",
    "kind.phone": "Por teléfono",
    "summary.title": "Resumen del cliente",
    "summary.period": "Del {start} al {end}",
    "summary.client": "Cliente",
    "summary.legal_name": "Nombre legal",
    "summary.pronouns": "Pronombres",
    "summary.program": "Programa",
    "summary.admitted": "Ingreso",
    "summary.discharged": "Alta",
    "summary.recovery_date": "Fecha de recuperación",
    "summary.diagnoses": "Diagnósticos",
    "summary.language": "Idioma preferido",
    "summary.medications": "Medicamentos",
    "summary.current": "Actuales",
    "summary.past": "Anteriores",
    "summary.no_current": "No hay medicamentos actuales registrados.",
    "summary.no_past": "No hay medicamentos anteriores registrados.",
    "summary.col.medication": "Medicamento",
    "summary.col.dose": "Forma y dosis",
    "summary.col.schedule": "Horario",
    "summary.col.dispensing": "Entrega",
    "summary.col.prescriber": "Recetado por",
    "summary.col.started": "Inicio",
    "summary.col.stopped": "Fin",
    "summary.take_home": "{count} dosis",
    "summary.attendance": "Asistencia",
    "summary.attendance_counts": (
        "Asistió {attended}  ·  Justificadas {excused}  ·  No asistió {no_show}  ·  "
        "Programadas {scheduled}"
    ),
    "summary.col.date": "Fecha",
    "summary.col.status": "Estado",
    "summary.col.notes": "Notas",
    "summary.screens": "Pruebas de orina",
    "summary.screens_legend": (
        "Esperado: el medicamento recetado al cliente, que debe aparecer. "
        "Marcado: cualquier otro resultado positivo."
    ),
    "summary.col.observed": "Observada",
    "summary.col.tested": "Analizado",
    "summary.col.findings": "Resultados",
    "summary.screen_refused": "Rechazada",
    "summary.screen_missed": "No realizada",
    "summary.screen_clean": "Negativa para todo lo analizado",
    "summary.finding.expected": "{substance}: positivo, esperado (recetado)",
    "summary.finding.unexpected": "{substance}: POSITIVO (marcado)",
    "summary.finding.medication-absent": "{substance}: negativo, aunque está recetado",
    "summary.finding.invalid": "{substance}: sin lectura válida, repetir",
    "summary.scales": "Escalas",
    "summary.col.score": "Puntaje",
    "summary.col.band": "Rango",
    "summary.col.flags": "Alertas",
    "summary.chart_alt": "{scale}: {count} puntajes del {start} al {end}",
    "summary.plan": "Avance del plan de tratamiento",
    "summary.col.objective": "Objetivo",
    "summary.col.target": "Fecha meta",
    "summary.col.sessions": "Sesiones",
    "summary.col.last": "Última vez trabajado",
    "summary.no_plan": "No hay plan de tratamiento registrado.",
    "summary.notes": "Notas de sesión",
    "summary.no_notes": "No hay notas firmadas en este periodo.",
    "summary.drafts_left_out": (
        "{count} notas en borrador de este periodo no están firmadas y no se incluyen."
    ),
    "summary.counseling": "Notas de consejería (42 CFR 2.11)",
    "summary.counseling_intro": (
        "Estas son las notas privadas del consejero. Se incluyen solo porque se agregaron "
        "a propósito."
    ),
    "summary.signed_line": "Firmada por {name} el {when}",
    "summary.late_mark": "entrada tardía",
    "med.buprenorphine": "Buprenorfina",
    "med.methadone": "Metadona",
    "med.naltrexone": "Naltrexona",
    "med.other": "Otro",
    "disp.clinic": "Clínica",
    "disp.pharmacy": "Farmacia",
    "disp.take-home": "Para llevar",
    "disp.injection": "Inyección",
    "att.scheduled": "Programada",
    "att.attended": "Asistió",
    "att.excused": "Justificada",
    "att.no-show": "No asistió",
    "sub.buprenorphine": "Buprenorfina",
    "sub.methadone": "Metadona",
    "sub.fentanyl": "Fentanilo",
    "sub.opiates": "Opiáceos",
    "sub.oxycodone": "Oxicodona",
    "sub.cocaine": "Cocaína",
    "sub.amphetamines": "Anfetaminas",
    "sub.benzodiazepines": "Benzodiacepinas",
    "sub.cannabis": "Cannabis",
    "sub.alcohol": "Alcohol",
    "scale.phq9": "PHQ-9 (depresión)",
    "scale.gad7": "GAD-7 (ansiedad)",
    "scale.audit": "AUDIT (alcohol)",
    "scale.audit_c": "AUDIT-C (alcohol, breve)",
    "scale.dast10": "DAST-10 (uso de drogas)",
    "scale.cows": "COWS (abstinencia de opioides)",
    "scale.craving": "Antojo (0–10)",
    "flag.safety": "seguridad",
    "flag.positive-screen": "tamizaje positivo",
    "flag.note": "nota",
    "ws.circle_one": "Encierre un número en un círculo.",
    "ws.write_number": "Escriba un número del {minimum} al {maximum}.",
    "ws.write_number_open": "Escriba un número.",
    "ws.date_hint": "día / mes / año",
    "ws.pick_one": "Marque una opción.",
    "ws.pick_any": "Marque todas las que correspondan.",
    "ws.completed": "Completado el {date}",
    "ws.draft": "Sin terminar (guardado el {date})",
    "ws.row": "{label} {number}",
    "ws.row_default": "Fila",
    "wallet.title": "Plan de seguridad: tarjeta de bolsillo",
    "wallet.instructions": (
        "Recorte por la línea de guiones y doble por las líneas de puntos. Guarde la "
        "tarjeta en su cartera o en la funda del teléfono. Desdóblela para leer todo."
    ),
    "wallet.card_title": "Mi plan de seguridad",
    "wallet.danger": "¿En peligro ahora? Llame o envíe un texto al 988, o llame al 911.",
    "wallet.cut": "recortar",
    "wallet.fold": "doblar",
    "kit.title": "Kit de recuperación",
    "kit.subtitle": (
        "Esta hoja abre su bóveda si algún día pierde la frase de contraseña. Guárdela bien."
    ),
    "kit.vault": "Bóveda",
    "kit.printed": "Impreso",
    "kit.key_heading": "Clave de recuperación",
    "kit.key_hint": (
        "16 grupos de 4 caracteres y luego el grupo 17, una suma de control que detecta "
        "errores al escribir. Puede escribirla con o sin los guiones."
    ),
    "kit.checksum": "control",
    "kit.qr_caption": "La misma clave como código QR.",
    "kit.what_heading": "Qué es esta hoja",
    "kit.what": (
        "La clave de recuperación es la llave maestra de la bóveda. Con ella, cualquier "
        "persona que tenga una copia de la bóveda o de un respaldo puede leer todos sus "
        "registros, sin la frase de contraseña. Cuídela como a los registros mismos."
    ),
    "kit.store_heading": "Dónde guardarla",
    "kit.store.1": (
        "Guárdela bajo llave: en una caja fuerte, un cajón con llave o con el responsable "
        "de privacidad de su programa."
    ),
    "kit.store.2": (
        "Nunca la guarde con la computadora portátil, en su maletín ni en ninguna computadora."
    ),
    "kit.store.3": "No la fotografíe, escanee, copie ni envíe por correo.",
    "kit.store.4": "Nunca escriba su frase de contraseña en esta hoja.",
    "kit.use_heading": "Cuándo la necesita",
    "kit.use.1": (
        "Si olvidó la frase de contraseña: en la pantalla de desbloqueo, elija usar la clave "
        "de recuperación y escriba los grupos. Luego ponga una frase nueva."
    ),
    "kit.use.2": (
        "Si perdió la hoja o alguien más la vio: cree enseguida una clave nueva para la "
        "bóveda (Configuración, o counselor-desk rotate-key). La clave anterior deja de "
        "funcionar."
    ),
    "kit.use.3": "Después de crear una clave nueva, destruya esta hoja y guarde la nueva.",
    "kit.where": "Dónde se guarda esta hoja",
    "kit.checked": "Revisado por, fecha",
    "acc.title": "Registro de divulgaciones",
    "acc.subtitle": (
        "Quién recibió registros sobre usted, cuándo, qué se compartió y por qué "
        "(42 CFR 2.24 y 2.25)."
    ),
    "acc.period": "Periodo: del {start} al {end}",
    "acc.all": "Todas las divulgaciones registradas",
    "acc.col.date": "Fecha",
    "acc.col.recipient": "Destinatario",
    "acc.col.what": "Qué se compartió",
    "acc.col.purpose": "Propósito",
    "acc.col.basis": "Base",
    "acc.consent": "Consentimiento",
    "acc.emergency": "Emergencia médica (42 CFR 2.51)",
    "acc.none": "No se divulgaron registros sobre usted en este periodo.",
    "acc.count": "{count} divulgaciones en la lista.",
    "acc.count_one": "1 divulgación en la lista.",
    "signin.title": "Registro de asistencia del grupo",
    "signin.date": "Fecha",
    "signin.time": "Hora",
    "signin.topic": "Tema",
    "signin.facilitator": "Facilitador",
    "signin.location": "Lugar",
    "signin.col.number": "#",
    "signin.col.name": "Nombre (en letra de molde)",
    "signin.col.signature": "Firma",
    "signin.confidential": (
        "Confidencial: la asistencia a este grupo está protegida por la parte 2 del título "
        "42 del CFR. No copie ni comparta esta hoja."
    ),
    "tp.title": "Plan de tratamiento",
    "tp.status": "Estado",
    "tp.status.draft": "Borrador",
    "tp.status.active": "Activo",
    "tp.status.completed": "Completado",
    "tp.status.discontinued": "Suspendido",
    "tp.status_review": "{status}  ·  próxima revisión el {date}",
    "tp.in_force_since": "Vigente desde",
    "tp.last_reviewed": "Última revisión",
    "tp.next_review": "Próxima revisión",
    "tp.closed_on": "Cerrado el",
    "tp.draft_watermark": "BORRADOR — NO VIGENTE",
    "tp.draft_banner": (
        "Borrador: este plan todavía no está vigente y puede cambiar. No lo firme."
    ),
    "tp.empty": "Este plan todavía no tiene problemas escritos.",
    "tp.problem": "Problema {number}",
    "tp.goal": "Meta {number}",
    "tp.objective": "Objetivo {number}",
    "tp.target": "Fecha meta: {date}",
    "tp.no_target": "Sin fecha meta",
    "tp.objective_status": "Estado: {status}",
    "tp.sessions_one": "Se trabajó en 1 sesión",
    "tp.sessions": "Se trabajó en {count} sesiones",
    "tp.no_interventions": "No hay intervenciones escritas.",
    "tp.col.intervention": "Intervención",
    "tp.col.who": "Quién",
    "tp.col.frequency": "Con qué frecuencia",
    "tp.signatures": "Firmas",
    "tp.agreement": (
        "Ayudé a hacer este plan. Lo entiendo y estoy de acuerdo en trabajar en él. Puedo "
        "pedir cambios en cualquier momento."
    ),
    "tp.sign.client": "Firma del cliente",
    "tp.sign.guardian": "Firma del padre, la madre o el tutor",
    "tp.sign.counselor": "Firma y credenciales del consejero",
    "tp.sign.date": "Fecha",
    "objective.open": "en curso",
    "objective.met": "logrado",
    "objective.revised": "revisado",
    "objective.dropped": "descartado",
    "disc.what.session-note": "Nota de la sesión del {date}",
    "disc.what.client-summary": "Resumen del cliente, del {start} al {end}",
    "disc.what.treatment-plan": "Plan de tratamiento ({status})",
    "disc.with_counseling": "{what}, con notas de consejería sobre el uso de sustancias",
    "disc.emergency_purpose": "Tratamiento de una emergencia médica",
    "eco.title": "Red de apoyo (ecomapa)",
    "eco.subtitle": "Las personas y los grupos que rodean al cliente, y cómo es cada relación",
    "eco.count": "{count} personas y grupos",
    "eco.count_one": "1 persona o grupo",
    "eco.empty": "Todavía no hay nadie en la red de apoyo.",
    "eco.client": "Cliente",
    "eco.legend": "Relaciones:",
    "eco.people": "Personas y grupos",
    "eco.meeting": "Reunión",
    "eco.col.name": "Nombre",
    "eco.col.kind": "Tipo",
    "eco.col.role": "Rol",
    "eco.col.frequency": "Frecuencia",
    "eco.col.meets": "Se reúne",
    "eco.col.contact": "Contacto",
    "eco.col.strength": "Relación",
    "eco.strength.strong": "Fuerte",
    "eco.strength.tenuous": "Débil",
    "eco.strength.stressful": "Conflictiva",
    "eco.kind.family": "Familiar",
    "eco.kind.friend": "Amistad",
    "eco.kind.sponsor": "Padrino o madrina",
    "eco.kind.peer-specialist": "Especialista de pares",
    "eco.kind.na-meeting": "Reunión de NA",
    "eco.kind.aa-meeting": "Reunión de AA",
    "eco.kind.smart-meeting": "Reunión de SMART Recovery",
    "eco.kind.other-meeting": "Otra reunión de recuperación",
    "eco.kind.faith-group": "Grupo de fe",
    "eco.kind.employer": "Empleador",
    "eco.kind.prescriber": "Profesional que receta",
    "eco.kind.other": "Otro",
    "eco.day.monday": "lunes",
    "eco.day.tuesday": "martes",
    "eco.day.wednesday": "miércoles",
    "eco.day.thursday": "jueves",
    "eco.day.friday": "viernes",
    "eco.day.saturday": "sábado",
    "eco.day.sunday": "domingo",
    "eco.day_short.monday": "lun",
    "eco.day_short.tuesday": "mar",
    "eco.day_short.wednesday": "mié",
    "eco.day_short.thursday": "jue",
    "eco.day_short.friday": "vie",
    "eco.day_short.saturday": "sáb",
    "eco.day_short.sunday": "dom",
    "disc.what.ecomap": "Red de apoyo (ecomapa)",
    "summary.only": (
        "Este resumen contiene solo estas partes del expediente: {parts}. El resto se dejó "
        "fuera a propósito."
    ),
    "summary.part.medications": "medicamentos",
    "summary.part.plan": "progreso del plan de tratamiento",
    "summary.part.attendance": "asistencia",
    "summary.part.screens": "pruebas de orina",
    "summary.part.scales": "escalas",
    "summary.part.notes": "notas de sesión firmadas",
    "summary.part.counseling-notes": "notas de consejería sobre el uso de sustancias",
    "disc.what.client-summary-parts": "Resumen del cliente ({parts}), del {start} al {end}",
}

CATALOG: MappingProxyType[str, MappingProxyType[str, str]] = MappingProxyType(
    {"en": MappingProxyType(_EN), "es": MappingProxyType(_ES)}
)


def pick_language(explicit: str | None, client: Client | None = None) -> str:
    """The language asked for, else the client's preferred one, else English."""
    if explicit is not None:
        return "es" if str(explicit) == "es" else "en"
    if client is not None:
        return "es" if str(client.preferred_language) == "es" else "en"
    return "en"


class Labels:
    """The catalog in one language, with that language's way of writing dates."""

    def __init__(self, language: str) -> None:
        self.language = "es" if language == "es" else "en"
        self._texts = CATALOG[self.language]

    def __call__(self, key: str, **values: object) -> str:
        text = self._texts[key]
        return text.format(**values) if values else text

    def maybe(self, key: str, default: str) -> str:
        """The label for `key`, or `default` when the catalog has none (new enum values)."""
        text = self._texts.get(key)
        return default if text is None else text

    def date(self, value: dt.date) -> str:
        month = _MONTHS[self.language][value.month - 1]
        if self.language == "es":
            return f"{value.day} de {month} de {value.year}"
        return f"{month} {value.day}, {value.year}"

    def date_short(self, value: dt.date) -> str:
        month = _MONTHS_SHORT[self.language][value.month - 1]
        if self.language == "es":
            return f"{value.day} {month} {value.year}"
        return f"{month} {value.day}, {value.year}"

    def time(self, value: dt.datetime) -> str:
        if self.language == "es":
            return f"{value.hour:02d}:{value.minute:02d}"
        hour = value.hour % 12 or 12
        return f"{hour}:{value.minute:02d} {'AM' if value.hour < 12 else 'PM'}"

    def datetime(self, value: dt.datetime) -> str:
        joiner = ", " if self.language == "en" else ", a las "
        return f"{self.date(value.date())}{joiner}{self.time(value)}"
