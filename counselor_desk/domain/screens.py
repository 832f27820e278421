"""Urine drug screens and attendance (DOMAIN.md "Records"), and what a screen shows.

The panel is what the point-of-care cups and lab panels used in MAT programs report:
the two opioid medications (so that taking them can be seen), the illicit opioids
(fentanyl, the opiates heroin/morphine/codeine, oxycodone for other opioids), and the
usual stimulant, sedative, cannabis and alcohol tests. Naltrexone is left out on
purpose: the common cups do not test for it, and it is not an opioid, so its adherence
is followed in the medication history instead.

A positive for the client's own prescribed medication (buprenorphine, methadone) is
expected, not a flag. Only those two can be expected: a positive for fentanyl, heroin
or oxycodone still counts while a client is on MAT.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from types import MappingProxyType

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.records import Medication, MedicationEntry, new_id


class Substance(StrEnum):
    """One test on the panel, in the order cups and lab reports list them."""

    BUPRENORPHINE = "buprenorphine"
    METHADONE = "methadone"
    FENTANYL = "fentanyl"
    OPIATES = "opiates"  # heroin, morphine, codeine
    OXYCODONE = "oxycodone"  # and other semi-synthetic opioids on the OXY strip
    COCAINE = "cocaine"
    AMPHETAMINES = "amphetamines"  # amphetamine and methamphetamine
    BENZODIAZEPINES = "benzodiazepines"
    CANNABIS = "cannabis"  # THC
    ALCOHOL = "alcohol"  # EtG, which shows drinking of the last days


# The medications whose positive can be expected, when the client is prescribed them.
MAT_MEDICATIONS: frozenset[Substance] = frozenset({Substance.BUPRENORPHINE, Substance.METHADONE})
ILLICIT_OPIOIDS: frozenset[Substance] = frozenset(
    {Substance.FENTANYL, Substance.OPIATES, Substance.OXYCODONE}
)
STIMULANTS: frozenset[Substance] = frozenset({Substance.COCAINE, Substance.AMPHETAMINES})

_PANEL_ORDER: MappingProxyType[Substance, int] = MappingProxyType(
    {substance: index for index, substance in enumerate(Substance)}
)

_MEDICATION_SUBSTANCE: MappingProxyType[Medication, Substance] = MappingProxyType(
    {Medication.BUPRENORPHINE: Substance.BUPRENORPHINE, Medication.METHADONE: Substance.METHADONE}
)


class ScreenResult(StrEnum):
    NEGATIVE = "negative"
    POSITIVE = "positive"
    INVALID = "invalid"  # no reading (control line missing, damaged strip): retest


class AttendanceStatus(StrEnum):
    SCHEDULED = "scheduled"
    ATTENDED = "attended"
    EXCUSED = "excused"
    NO_SHOW = "no-show"


ResultPairs = tuple[tuple[Substance, ScreenResult], ...]


def screen_results(results: Mapping[Substance, ScreenResult]) -> ResultPairs:
    """The frozen, panel-ordered form of a mapping of results, for ``UrineScreen.results``."""
    return _canonical(results.items())


def _canonical(pairs: Iterable[tuple[Substance | str, ScreenResult | str]]) -> ResultPairs:
    seen: dict[Substance, ScreenResult] = {}
    for raw_substance, raw_result in pairs:
        try:
            substance, result = Substance(raw_substance), ScreenResult(raw_result)
        except ValueError as exc:
            raise ValidationError(f"Unknown screen entry: {exc}") from exc
        if substance in seen:
            raise ValidationError(f"{substance} is listed twice in one screen.")
        seen[substance] = result
    return tuple(sorted(seen.items(), key=lambda pair: _PANEL_ORDER[pair[0]]))


@dataclass(frozen=True)
class UrineScreen:
    """One collected (or refused, or missed) urine drug screen, with a result per substance."""

    client_id: str
    collected: date
    results: ResultPairs = ()
    observed: bool = False
    refused: bool = False
    missed: bool = False
    id: str = field(default_factory=new_id)
    notes: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def __post_init__(self) -> None:
        # Panel order makes two screens with the same results compare equal.
        object.__setattr__(self, "results", _canonical(self.results))
        if self.refused and self.missed:
            raise ValidationError("A screen is either refused or missed, not both.")
        if (self.refused or self.missed) and self.results:
            raise ValidationError("A refused or missed screen has no results.")

    @property
    def result_map(self) -> Mapping[Substance, ScreenResult]:
        return MappingProxyType(dict(self.results))

    @property
    def tested(self) -> frozenset[Substance]:
        return frozenset(substance for substance, _ in self.results)

    def result(self, substance: Substance) -> ScreenResult | None:
        """The result for one substance, or None when the panel did not test it."""
        return self.result_map.get(substance)


@dataclass(frozen=True)
class Attendance:
    """One scheduled contact and what became of it; feeds CM and reports."""

    client_id: str
    on: date
    status: AttendanceStatus
    session_id: str | None = None
    id: str = field(default_factory=new_id)
    notes: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "status", AttendanceStatus(self.status))
        except ValueError as exc:
            raise ValidationError(f"Unknown attendance status: {exc}") from exc


class FindingKind(StrEnum):
    EXPECTED = "expected"  # the client's own prescribed medication
    UNEXPECTED = "unexpected"  # anything else positive: shown as a flag
    MEDICATION_ABSENT = "medication-absent"  # prescribed medication tested negative
    INVALID = "invalid"  # no reading: retest


@dataclass(frozen=True)
class Finding:
    substance: Substance
    kind: FindingKind


def screen_findings(screen: UrineScreen, prescribed: AbstractSet[Substance]) -> tuple[Finding, ...]:
    """What the screen shows, in panel order: each positive marked expected or unexpected,
    a prescribed medication that tested negative, and each invalid reading."""
    expected = frozenset(prescribed) & MAT_MEDICATIONS
    findings: list[Finding] = []
    for substance, result in screen.results:
        if result is ScreenResult.POSITIVE:
            kind = FindingKind.EXPECTED if substance in expected else FindingKind.UNEXPECTED
            findings.append(Finding(substance, kind))
        elif result is ScreenResult.INVALID:
            findings.append(Finding(substance, FindingKind.INVALID))
        elif substance in expected:
            findings.append(Finding(substance, FindingKind.MEDICATION_ABSENT))
    return tuple(findings)


def prescribed_substances(medications: Iterable[Medication]) -> frozenset[Substance]:
    """The panel substances a screen should show for these medications (naltrexone: none)."""
    return frozenset(
        _MEDICATION_SUBSTANCE[medication]
        for medication in medications
        if medication in _MEDICATION_SUBSTANCE
    )


def prescribed_on(entries: Iterable[MedicationEntry], day: date) -> frozenset[Substance]:
    """The expected substances on a day from the medication history. The stop day still
    counts, so a switch from methadone to buprenorphine expects both on the day of it."""
    return prescribed_substances(
        entry.medication
        for entry in entries
        if entry.started <= day and (entry.stopped is None or day <= entry.stopped)
    )
