"""A session note on paper: sections, risk check, signatures, addenda, drafts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from test_export_support import (
    DAP_SECTIONS,
    SHORT_NOTICE,
    addendum,
    all_text,
    assert_every_page,
    assert_fonts_embedded,
    assert_page_numbers,
    client,
    consent_disclosure,
    draft_note,
    page_texts,
    session,
    setup,
    signed_note,
    squash,
)

from counselor_desk.domain.records import Language
from counselor_desk.domain.supervision import cosign_note
from counselor_desk.export.note import session_note_pdf


def grouped(digest: str) -> str:
    return " ".join(digest[i : i + 8] for i in range(0, 64, 8))


def test_a_signed_note_prints_its_sections_signature_and_fingerprint() -> None:
    sess = session(date(2026, 3, 1))
    note = signed_note(sess)
    pdf = session_note_pdf(client(), sess, note, setup())
    text = all_text(pdf)
    for heading in ("Data", "Assessment", "Plan", "Risk check", "Next appointment"):
        assert heading in text
    for section in DAP_SECTIONS.values():
        assert squash(section) in text
    assert "Individual" in text and "50 minutes" in text and "Room 2" in text
    assert "DAP (data, assessment, plan)" in text
    assert "Signed electronically by Alex Moreno, CADC on March 1, 2026, 11:00 AM." in text
    assert note.content_sha256 is not None
    assert grouped(note.content_sha256) in text
    assert "The text above matches this fingerprint." in text
    assert "Late entry" not in text
    assert "DRAFT" not in text
    assert_every_page(pdf, "Session note", "Dana R.", "Date of birth: April 2, 1990")
    assert_page_numbers(pdf)
    assert_fonts_embedded(pdf)


def test_a_late_entry_says_so() -> None:
    sess = session(date(2026, 3, 1))
    text = all_text(session_note_pdf(client(), sess, signed_note(sess, late=True), setup()))
    assert "Late entry: signed more than 24 hours after the session." in text


def test_addenda_follow_in_signing_order_each_with_its_signature() -> None:
    sess = session(date(2026, 3, 1))
    note = signed_note(sess)
    assert note.signed_at is not None
    later = addendum(
        note, "SECOND: the next appointment moved to March 9.", note.signed_at + timedelta(days=2)
    )
    earlier = addendum(
        note,
        "FIRST: the client went to three meetings, not two.",
        note.signed_at + timedelta(days=1),
    )
    text = all_text(session_note_pdf(client(), sess, note, setup(), addenda=[later, earlier]))
    assert text.index("Addendum 1") < text.index("FIRST:") < text.index("Addendum 2")
    assert text.index("Addendum 2") < text.index("SECOND:")
    assert "Signed electronically by Alex Moreno, CADC on March 2, 2026, 11:00 AM." in text
    assert grouped(earlier.content_sha256) in text and grouped(later.content_sha256) in text


def test_an_altered_note_is_shown_as_not_matching_its_fingerprint() -> None:
    sess = session(date(2026, 3, 1))
    note = signed_note(sess)
    tampered = replace(note, sections={**note.sections, "plan": "Changed after signing."})
    text = all_text(session_note_pdf(client(), sess, tampered, setup()))
    assert "does not match the fingerprint recorded when it was signed" in text
    assert "The text above matches this fingerprint." not in text


def test_a_draft_is_watermarked_on_every_page_and_has_no_signature() -> None:
    sess = session(date(2026, 3, 1))
    draft = replace(
        draft_note(sess), sections={"subjective": "Long week. " * 900, "plan": "Keep going."}
    )
    pdf = session_note_pdf(client(), sess, draft, setup())
    assert len(page_texts(pdf)) >= 2
    assert_every_page(pdf, "DRAFT — NOT SIGNED")
    text = all_text(pdf)
    assert "this note is not signed" in text
    assert "Signed electronically" not in text
    assert "(nothing written)" in text  # objective and assessment were left empty


def test_a_cosignature_or_a_pending_one_prints() -> None:
    sess = session(date(2026, 3, 1))
    note = signed_note(sess)
    at = datetime(2026, 3, 2, 16, 0, tzinfo=sess.start.tzinfo)
    cosign = cosign_note(note, cosigner="Dr. Rosa Vega, LCSW", at=at)
    text = all_text(session_note_pdf(client(), sess, note, setup(), cosignature=cosign))
    assert "Co-signed electronically by Dr. Rosa Vega, LCSW on March 2, 2026, 4:00 PM." in text
    assert grouped(cosign.content_sha256) in text
    assert text.count("The text above matches this fingerprint.") == 2
    forged = replace(cosign, cosigned_by="Someone Else")
    text = all_text(session_note_pdf(client(), sess, note, setup(), cosignature=forged))
    assert "does not match the fingerprint" in text
    pending = all_text(session_note_pdf(client(), sess, note, setup(), cosign_pending=True))
    assert "Waiting for a supervisor's co-signature." in pending


def test_a_spanish_note_uses_spanish_labels() -> None:
    sess = session(date(2026, 3, 1))
    pdf = session_note_pdf(client(Language.SPANISH), sess, signed_note(sess), setup())
    text = all_text(pdf)
    for label in ("Nota de sesión", "Datos", "Evaluación", "Revisión de riesgos", "Próxima cita"):
        assert label in text
    assert (
        "Firmada electrónicamente por Alex Moreno, CADC el 1 de marzo de 2026, a las 11:00." in text
    )
    assert_page_numbers(pdf, "Página {page} de {total}")


def test_a_disclosed_note_carries_the_notice_on_every_page() -> None:
    sess = session(date(2026, 3, 1))
    note = signed_note(sess, sections={**DAP_SECTIONS, "data": "Went well. " * 1200})
    pdf = session_note_pdf(client(), sess, note, setup(disclosure=consent_disclosure()))
    assert len(page_texts(pdf)) >= 3
    assert_every_page(pdf, SHORT_NOTICE)


def test_a_note_from_another_session_is_refused() -> None:
    sess = session(date(2026, 3, 1))
    other = session(date(2026, 3, 8))
    with pytest.raises(ValueError, match="does not belong"):
        session_note_pdf(client(), other, signed_note(sess), setup())
