"""Urine drug screens and attendance: the records, and which positives are expected."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from datetime import date

import pytest

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.records import Medication, MedicationEntry
from counselor_desk.domain.screens import (
    ILLICIT_OPIOIDS,
    Attendance,
    AttendanceStatus,
    Finding,
    FindingKind,
    ScreenResult,
    Substance,
    UrineScreen,
    prescribed_on,
    prescribed_substances,
    screen_findings,
    screen_results,
)

S = Substance
POS, NEG, INV = ScreenResult.POSITIVE, ScreenResult.NEGATIVE, ScreenResult.INVALID
DAY = date(2025, 3, 4)
BUP = frozenset({S.BUPRENORPHINE})


def screen(**results: ScreenResult) -> UrineScreen:
    return UrineScreen("c1", DAY, screen_results({S(k): v for k, v in results.items()}))


def test_results_are_kept_in_panel_order_so_equal_screens_compare_equal() -> None:
    a = UrineScreen("c1", DAY, ((S.COCAINE, NEG), (S.BUPRENORPHINE, POS)), id="x")
    b = UrineScreen("c1", DAY, ((S.BUPRENORPHINE, POS), (S.COCAINE, NEG)), id="x")
    assert a == b
    assert a.results == ((S.BUPRENORPHINE, POS), (S.COCAINE, NEG))
    assert a.result(S.COCAINE) is NEG
    assert a.result(S.FENTANYL) is None
    assert a.tested == {S.BUPRENORPHINE, S.COCAINE}
    assert dict(a.result_map) == {S.BUPRENORPHINE: POS, S.COCAINE: NEG}


def test_stored_strings_become_enums() -> None:
    stored = UrineScreen("c1", DAY, (("fentanyl", "positive"),))  # type: ignore[arg-type]
    assert stored.results == ((S.FENTANYL, POS),)
    assert Attendance("c1", DAY, "no-show").status is AttendanceStatus.NO_SHOW  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"results": ((S.COCAINE, NEG), (S.COCAINE, POS))},
        {"results": (("kratom", "positive"),)},
        {"results": ((S.COCAINE, "maybe"),)},
        {"refused": True, "missed": True},
        {"refused": True, "results": ((S.COCAINE, NEG),)},
        {"missed": True, "results": ((S.COCAINE, NEG),)},
    ],
)
def test_impossible_screens_are_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        UrineScreen("c1", DAY, **kwargs)  # type: ignore[arg-type]


def test_unknown_attendance_status_is_refused() -> None:
    with pytest.raises(ValidationError):
        Attendance("c1", DAY, "late")  # type: ignore[arg-type]


def test_records_are_frozen() -> None:
    record = screen(cocaine=NEG)
    with pytest.raises(FrozenInstanceError):
        record.observed = True  # type: ignore[misc]


def test_prescribed_buprenorphine_positive_is_expected() -> None:
    findings = screen_findings(screen(buprenorphine=POS, fentanyl=NEG), BUP)
    assert findings == (Finding(S.BUPRENORPHINE, FindingKind.EXPECTED),)


def test_fentanyl_positive_is_unexpected_even_on_buprenorphine() -> None:
    findings = screen_findings(screen(buprenorphine=POS, fentanyl=POS), BUP)
    assert findings == (
        Finding(S.BUPRENORPHINE, FindingKind.EXPECTED),
        Finding(S.FENTANYL, FindingKind.UNEXPECTED),
    )


def test_methadone_positive_for_a_buprenorphine_client_is_unexpected() -> None:
    findings = screen_findings(screen(buprenorphine=POS, methadone=POS), BUP)
    assert Finding(S.METHADONE, FindingKind.UNEXPECTED) in findings


def test_buprenorphine_positive_without_a_prescription_is_unexpected() -> None:
    findings = screen_findings(screen(buprenorphine=POS), frozenset())
    assert findings == (Finding(S.BUPRENORPHINE, FindingKind.UNEXPECTED),)


def test_only_mat_medications_can_be_expected() -> None:
    # A slip in the prescribed set cannot excuse an illicit opioid.
    findings = screen_findings(screen(fentanyl=POS, opiates=POS), ILLICIT_OPIOIDS)
    assert {f.kind for f in findings} == {FindingKind.UNEXPECTED}


def test_prescribed_medication_missing_from_the_screen_is_shown() -> None:
    findings = screen_findings(screen(buprenorphine=NEG, cocaine=NEG), BUP)
    assert findings == (Finding(S.BUPRENORPHINE, FindingKind.MEDICATION_ABSENT),)


def test_invalid_readings_are_findings_and_negatives_are_not() -> None:
    findings = screen_findings(screen(cocaine=INV, cannabis=NEG, alcohol=POS), frozenset())
    assert findings == (
        Finding(S.COCAINE, FindingKind.INVALID),
        Finding(S.ALCOHOL, FindingKind.UNEXPECTED),
    )


def test_refused_and_missed_screens_have_no_findings() -> None:
    assert screen_findings(UrineScreen("c1", DAY, refused=True), BUP) == ()
    assert screen_findings(UrineScreen("c1", DAY, missed=True), BUP) == ()


def test_medications_map_to_the_substances_a_screen_shows() -> None:
    assert prescribed_substances([Medication.BUPRENORPHINE]) == BUP
    assert prescribed_substances([Medication.METHADONE, Medication.NALTREXONE]) == {S.METHADONE}
    assert prescribed_substances([Medication.NALTREXONE, Medication.OTHER]) == frozenset()


def test_prescribed_on_follows_the_medication_history() -> None:
    history = [
        MedicationEntry("c1", Medication.METHADONE, date(2025, 1, 1), stopped=date(2025, 2, 1)),
        MedicationEntry("c1", Medication.BUPRENORPHINE, date(2025, 2, 1)),
    ]
    assert prescribed_on(history, date(2024, 12, 31)) == frozenset()
    assert prescribed_on(history, date(2025, 1, 15)) == {S.METHADONE}
    assert prescribed_on(history, date(2025, 2, 1)) == {S.METHADONE, S.BUPRENORPHINE}
    assert prescribed_on(history, date(2025, 2, 2)) == BUP
