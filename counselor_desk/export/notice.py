"""The 42 CFR Part 2 notices a disclosed record carries, and what a disclosure is.

42 CFR 2.32 (as amended by the 2024 final rule, 89 FR 12472) requires each disclosure
made with the patient's consent to be accompanied by Statement 1 or Statement 2. We
print the short Statement 2 on every page of a disclosed record and Statement 1 on its
cover. The English is the regulation's own wording and is always printed; a Spanish
document adds our translation beside it, marked as a translation. A medical-emergency
disclosure (42 CFR 2.51) needs no consent, but the notice still prints (DOMAIN.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from counselor_desk.domain.errors import ValidationError

SHORT_NOTICE = "42 CFR part 2 prohibits unauthorized use or disclosure of these records."

SHORT_NOTICE_ES = (
    "La parte 2 del título 42 del CFR prohíbe el uso o la divulgación no autorizados "
    "de estos registros."
)

# Statement 1, 42 CFR 2.32(a)(1): the lead paragraph, the three conditions, the closing.
LONG_NOTICE_LEAD = (
    "This record which has been disclosed to you is protected by Federal confidentiality "
    "rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, "
    "or testimony that describes the information contained in this record, in any civil, "
    "criminal, administrative, or legislative proceedings by any Federal, State, or local "
    "authority, against the patient, unless authorized by the consent of the patient, "
    "except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance "
    "with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making any "
    "other use or disclosure of this record unless at least one of the following applies:"
)
LONG_NOTICE_CONDITIONS = (
    "(i) Further use or disclosure is expressly permitted by the written consent of the "
    "individual whose information is being disclosed in this record or as otherwise "
    "permitted by 42 CFR part 2.",
    "(ii) You are a covered entity or business associate and have received the record for "
    "treatment, payment, or health care operations, or",
    "(iii) You have received the record from a covered entity or business associate as "
    "permitted by 45 CFR part 164, subparts A and E.",
)
LONG_NOTICE_CLOSING = (
    "A general authorization for the release of medical or other information is NOT "
    "sufficient to meet the required elements of written consent to further use or "
    "redisclose the record (see 42 CFR 2.31)."
)

LONG_NOTICE_ES_LEAD = (
    "Este registro que se le ha divulgado está protegido por las normas federales de "
    "confidencialidad (parte 2 del título 42 del CFR). Estas normas le prohíben usar o "
    "divulgar este registro, o testimonios que describan la información que contiene, en "
    "cualquier procedimiento civil, penal, administrativo o legislativo de una autoridad "
    "federal, estatal o local contra el paciente, a menos que el paciente lo autorice con "
    "su consentimiento, salvo lo previsto en 42 CFR 2.12(c)(5) o lo autorizado por un "
    "tribunal conforme a 42 CFR 2.64 o 2.65. Además, las normas federales le prohíben hacer "
    "cualquier otro uso o divulgación de este registro a menos que se cumpla al menos una "
    "de estas condiciones:"
)
LONG_NOTICE_ES_CONDITIONS = (
    "(i) El consentimiento escrito de la persona cuya información se divulga en este "
    "registro permite expresamente otro uso o divulgación, o lo permite de otro modo la "
    "parte 2 del título 42 del CFR.",
    "(ii) Usted es una entidad cubierta o un socio comercial y recibió el registro para "
    "tratamiento, pago u operaciones de atención médica, o",
    "(iii) Usted recibió el registro de una entidad cubierta o de un socio comercial según "
    "lo permite la parte 164, subpartes A y E, del título 45 del CFR.",
)
LONG_NOTICE_ES_CLOSING = (
    "Una autorización general para divulgar información médica o de otro tipo NO basta "
    "para cumplir los requisitos del consentimiento escrito para volver a usar o divulgar "
    "el registro (vea 42 CFR 2.31)."
)


def long_notice(language: str) -> tuple[str, tuple[str, ...], str]:
    """Statement 1 as (lead, conditions, closing); Spanish is our translation."""
    if language == "es":
        return LONG_NOTICE_ES_LEAD, LONG_NOTICE_ES_CONDITIONS, LONG_NOTICE_ES_CLOSING
    return LONG_NOTICE_LEAD, LONG_NOTICE_CONDITIONS, LONG_NOTICE_CLOSING


@dataclass(frozen=True)
class MedicalEmergency:
    """A 42 CFR 2.51 disclosure: no consent, but who, where and why are recorded."""

    facility: str
    nature: str


@dataclass(frozen=True)
class Disclosure:
    """A record printed for someone other than the client. Exactly one basis: the id of a
    valid consent (checked by the service before printing) or a medical emergency."""

    recipient: str
    purpose: str
    information: str
    disclosed_at: datetime
    consent_id: str | None = None
    emergency: MedicalEmergency | None = None
    disclosed_by: str | None = None

    def __post_init__(self) -> None:
        if (self.consent_id is None) == (self.emergency is None):
            raise ValidationError(
                "A disclosure needs exactly one basis: a consent or a medical emergency."
            )
        if not self.recipient.strip():
            raise ValidationError("A disclosure needs the recipient's name.")
        if self.disclosed_at.tzinfo is None:
            raise ValidationError("A disclosure time must carry its offset.")
