"""Bad input, import files: hypothesis fuzzing of `counselor-desk/1` documents through
services.interchange (what `counselor-desk import-data` and the window's import call).

Each mutated document starts from a valid export of a small vault that holds every kind
of record (clients with every field, a medication change, sessions, a signed note with an
addendum and a co-signature, a draft note sent for co-signature, consents, a counseling
note, a worksheet with its history, a scale entry, urine screens, attendance, a CM plan and
a prize, an active treatment plan with a session linked to it, support-network members, a
signed and a draft group session, a logged disclosure) and changes one to three things in
it: a value of the wrong type (NaN, infinity and numbers past any range among them), a
key removed or added, a value nested deep in lists, text that is huge or holds control
characters, NUL, right-to-left marks, emoji or lone surrogates, dates and times out of
range (year 0, year 10000, February 30, year 1 with an offset, hours past 24), an id used
twice, a reference to a record of another client, a record moved to another client, a
changed or made-up hash. 2,000 such documents; then 500 more that are random JSON (shaped
like the format or not) or random bytes read as a file (not UTF-8, a byte-order mark,
NaN, a number of 5,000 digits, nesting thousands deep).

For each, on one vault reused by the test: `import_data` either imports it — only when
`validate` finds no problem, and then exporting gives the document back (up to what
import documents that it normalizes: see assert_kept) — or raises InvalidImport whose
every problem has a JSON path that leads into the document (or names a missing key under
a record that is there) and a sentence of at most 600 characters (a value is quoted, not
echoed whole); never another exception; and a refusal writes nothing (the row count of
every table, the audit log included, is unchanged). After an import the vault is put back
to its empty copy (a file copy and an unlock with cheap Argon2 parameters), so the next
document meets the same empty vault.
"""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from counselor_desk.domain.contingency import CmKind, CmPlan, PrizeGiven, SlipSize
from counselor_desk.domain.errors import InvalidImport
from counselor_desk.domain.group_notes import AttendeeStatus
from counselor_desk.domain.network import MemberKind, NetworkMember, Strength, Weekday
from counselor_desk.domain.notes import NoteFormat
from counselor_desk.domain.records import (
    Client,
    Consent,
    CounselingNote,
    Diagnosis,
    Dispensing,
    Language,
    Medication,
    MedicationEntry,
    Session,
    SessionKind,
)
from counselor_desk.domain.screens import (
    Attendance,
    AttendanceStatus,
    ScreenResult,
    Substance,
    UrineScreen,
)
from counselor_desk.domain.supervision import CosignRequest, cosign_note
from counselor_desk.domain.timeutil import parse_datetime
from counselor_desk.domain.treatment_plan import (
    Goal,
    Intervention,
    Objective,
    Problem,
    TreatmentPlan,
)
from counselor_desk.domain.worksheets import load_shipped
from counselor_desk.services import interchange
from counselor_desk.services.caseload import Caseload
from counselor_desk.services.groups import Groups
from counselor_desk.services.measures import Measures
from counselor_desk.services.network import Network
from counselor_desk.services.plans import Plans
from counselor_desk.services.screening import Screening
from counselor_desk.vault import disclosures as disclosure_repo
from counselor_desk.vault import supervision as supervision_repo
from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.store import Vault, create_vault, unlock_with_passphrase

pytestmark = pytest.mark.slow

CHEAP = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
PASSPHRASE = "fuzz passphrase, never a real one"
COUNSELOR = "A. Rivera, CADC-I"
CATALOG = load_shipped().definitions

# The proof runs 2,000; COUNSELOR_DESK_FUZZ_EXAMPLES runs more (a long hunt) or fewer.
EXAMPLES = int(os.environ.get("COUNSELOR_DESK_FUZZ_EXAMPLES", "2000"))

FUZZ = settings(
    deadline=None,
    database=None,  # nothing written into the repository
    # The same cases on every run, so CI lands or fails on the code, not on luck;
    # COUNSELOR_DESK_FUZZ_RANDOM=1 hunts with fresh ones.
    derandomize=not os.environ.get("COUNSELOR_DESK_FUZZ_RANDOM"),
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)


# -- a small vault with every kind of record ---------------------------------------------------


class Clock:
    """Stands still; each step moves it on a minute (so stamps differ and sort)."""

    def __init__(self) -> None:
        self.now = datetime(2024, 5, 6, 9, 30, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def step(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


def fill(vault: Vault, clock: Clock) -> None:
    """Fictional people; every record the interchange format carries."""
    caseload = Caseload(vault)
    dana = caseload.add_client(
        Client(
            "Dana R.",
            legal_name="Dana Rivers",
            date_of_birth=date(1990, 2, 3),
            sex="F",
            pronouns="she/her",
            preferred_language=Language.SPANISH,
            phone="555-0100",
            emergency_contact="Rosa R., 555-0101",
            program="IOP",
            admission_date=date(2024, 1, 2),
            recovery_date=date(2024, 1, 5),
            diagnoses=(Diagnosis("Opioid use disorder, severe", "F11.20"),),
        )
    )
    luis = caseload.add_client(Client("Luis G.", guardian="M. Gomez", archived=False))
    clock.step()
    first_med = caseload.start_medication(
        MedicationEntry(
            dana.id,
            Medication.BUPRENORPHINE,
            date(2024, 1, 5),
            form="film",
            dose="8 mg",
            schedule="daily",
            prescriber="Dr. Z",
            dispensing=Dispensing.PHARMACY,
            notes="Started at intake.",
        )
    )
    clock.step()
    caseload.change_medication(
        first_med.id,
        MedicationEntry(
            dana.id,
            Medication.BUPRENORPHINE,
            date(2024, 3, 1),
            dose="16 mg",
            dispensing=Dispensing.TAKE_HOME,
            take_home_count=6,
        ),
    )

    def session(client: Client, day: int) -> Session:
        clock.step()
        start = datetime(2024, 5, day, 16, 0, tzinfo=UTC)
        return caseload.add_session(
            Session(client.id, start, 50, SessionKind.INDIVIDUAL, location="Office 2")
        )

    first, second, third = session(dana, 1), session(dana, 3), session(luis, 2)
    note = caseload.start_note(first.id, NoteFormat.DAP)
    caseload.save_draft(
        note.with_sections({"data": "Reports no use.", "plan": "Meet weekly.", "risk_overdose": ""})
    )
    clock.step()
    signed = caseload.sign_note(note.id, COUNSELOR)
    clock.step()
    caseload.add_addendum(signed.id, "Correction: two meetings, not one.", COUNSELOR)
    draft = caseload.start_note(second.id, NoteFormat.SOAP)
    caseload.save_draft(draft.with_sections({"subjective": "Tired after a double shift."}))
    third_note = caseload.start_note(third.id, NoteFormat.FREE)
    caseload.save_draft(third_note.with_sections({"text": "Quiet; on time."}))
    with vault.transaction() as conn:
        supervision_repo.add_request(conn, CosignRequest(signed.id, dana.id, COUNSELOR, clock()))
        supervision_repo.add_request(conn, CosignRequest(draft.id, dana.id, COUNSELOR, clock()))
        supervision_repo.add_cosignature(
            conn, cosign_note(signed, cosigner="J. Park, LCSW", at=clock.step()), clock()
        )
    clock.step()
    consent = caseload.add_consent(
        Consent(
            dana.id,
            "Riverside Clinic",
            "Dr. Z",
            "Attendance and medication",
            "Care coordination",
            date(2024, 1, 3),
            "Dana Rivers",
            expires=date(2025, 1, 3),
            includes_counseling_notes=True,
        )
    )
    caseload.add_consent(
        Consent(
            luis.id,
            "Riverside Clinic",
            "County court",
            "Attendance",
            "Probation",
            date(2024, 2, 1),
            "Luis G.",
            expires_on_event="End of probation",
        )
    )
    caseload.add_counseling_note(CounselingNote(dana.id, "Private analysis.", session_id=first.id))

    measures = Measures(vault)
    clock.step()
    sheet = measures.start_worksheet(dana.id, "readiness_ruler", session_id=first.id)
    clock.step()
    measures.complete_worksheet(
        sheet.id, {**sheet.values, "change": "Stop using", "importance": 8, "confidence": 6}
    )
    clock.step()
    measures.reopen_worksheet(sheet.id)
    clock.step()
    measures.record_scale(
        dana.id, "phq9", {f"q{i}": i % 4 for i in range(1, 10)}, date(2024, 5, 1), first.id
    )

    screening = Screening(vault)
    clock.step()
    screening.set_cm_plan(
        dana.id,
        CmPlan(
            CmKind.PRIZE,
            frozenset({Substance.FENTANYL}),
            reinforce_attendance=True,
            starts=date(2024, 4, 1),
        ),
    )
    clock.step()
    screening.record_screen(
        UrineScreen(
            dana.id,
            date(2024, 5, 1),
            (
                (Substance.FENTANYL, ScreenResult.NEGATIVE),
                (Substance.BUPRENORPHINE, ScreenResult.POSITIVE),
            ),
            observed=True,
            notes="Cup 12.",
        )
    )
    clock.step()
    screening.record_screen(UrineScreen(dana.id, date(2024, 5, 2), refused=True))
    clock.step()
    screening.record_attendance(
        Attendance(dana.id, date(2024, 5, 1), AttendanceStatus.ATTENDED, first.id, notes="On time.")
    )
    clock.step()
    screening.record_prize(
        PrizeGiven(date(2024, 5, 1), SlipSize.SMALL, Decimal("1"), dana.id, notes="Bus pass.")
    )

    plans = Plans(vault)
    clock.step()
    plan = plans.start_plan(dana.id)
    plans.save_plan(
        TreatmentPlan(
            dana.id,
            id=plan.id,
            problems=(
                Problem(
                    "Opioid use disorder",
                    goals=(
                        Goal(
                            "Keep my job",
                            objectives=(
                                Objective(
                                    "Two meetings a week",
                                    target_date=date(2024, 7, 1),
                                    interventions=(
                                        Intervention("Meeting list", "Counselor", "Weekly"),
                                    ),
                                ),
                            ),
                        ),
                    ),
                ),
            ),
        )
    )
    clock.step()
    plans.activate(plan.id, date(2024, 8, 1))
    clock.step()
    plans.link_session(first.id, [o.id for _p, _g, o in plans.plan(plan.id).objectives()])
    clock.step()
    plans.start_plan(luis.id)

    network = Network(vault)
    clock.step()
    network.add(
        NetworkMember(
            dana.id, "Rosa", MemberKind.FAMILY, Strength.STRONG, role="mother", contact="555"
        )
    )
    clock.step()
    network.add(
        NetworkMember(
            dana.id,
            "Tuesday Night Hope",
            MemberKind.NA_MEETING,
            Strength.TENUOUS,
            meeting_day=Weekday.TUESDAY,
            meeting_time="19:30",
            notes="Shy about sharing.",
        )
    )

    groups = Groups(vault)
    clock.step()
    group = groups.start_group(datetime(2024, 5, 2, 17, 0, tzinfo=UTC), 90, "Room 4")
    groups.add_attendee(group.id, dana.id, section="Shared a plan for the weekend.")
    groups.add_attendee(group.id, luis.id, AttendeeStatus.EXCUSED, "Called in: work.")
    groups.save_group(
        replace(groups.group(group.id), topic="Cravings", interventions="Urge surfing")
    )
    clock.step()
    groups.sign_group(group.id, COUNSELOR)
    clock.step()
    later = groups.start_group(datetime(2024, 5, 9, 17, 0, tzinfo=UTC), 60, None)
    groups.add_attendee(later.id, luis.id, section="Draft, unfiled.")

    with vault.transaction() as conn:
        disclosure_repo.add_disclosure(
            conn,
            disclosure_repo.DisclosureEntry(
                dana.id,
                clock.step(),
                "Dr. Z",
                "Attendance and medication",
                "Care coordination",
                COUNSELOR,
                "session-note",
                2,
                "ab" * 32,
                consent_id=consent.id,
            ),
            clock(),
        )


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    clock = Clock()
    folder = tmp_path_factory.mktemp("source") / "vault"
    vault = create_vault(
        folder, "Source", PASSPHRASE, kdf=CHEAP, check_strength=False, clock=clock
    ).vault
    try:
        fill(vault, clock)
        document = interchange.export_data(vault)
    finally:
        vault.lock()
    assert interchange.validate(document, catalog=CATALOG) == []
    return document


@dataclass
class Target:
    """One empty vault for a whole test, put back to its empty copy after an import."""

    folder: Path
    pristine: Path
    vault: Vault

    def counts(self) -> dict[str, int]:
        conn = self.vault.conn
        tables = [
            str(row[0])
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}

    def reset(self) -> None:
        self.vault.lock()
        shutil.rmtree(self.folder)
        shutil.copytree(self.pristine, self.folder)
        self.vault = unlock_with_passphrase(self.folder, PASSPHRASE)


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Target]:
    folder = tmp_path / "target"
    create_vault(folder, "Target", PASSPHRASE, kdf=CHEAP, check_strength=False).vault.lock()
    pristine = tmp_path / "pristine"
    shutil.copytree(folder, pristine)
    made = Target(folder, pristine, unlock_with_passphrase(folder, PASSPHRASE))
    yield made
    made.vault.lock()


# -- JSON paths --------------------------------------------------------------------------------

_STEP = re.compile(r'\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]')


def leads_into(document: object, path: str) -> bool:
    """Whether a problem's JSON path ("$.clients[0].sessions[1].note") walks into the
    document; the last step may be missing (a required key is named where it belongs)."""
    if not path.startswith("$"):
        return False
    steps: list[str | int] = []
    at = 1
    while at < len(path):
        found = _STEP.match(path, at)
        if found is None:
            return False
        name, index, quoted = found.groups()
        steps.append(name if name is not None else int(index) if index else json.loads(quoted))
        at = found.end()
    node = document
    for number, step in enumerate(steps):
        last = number == len(steps) - 1
        if (isinstance(step, int) and isinstance(node, list) and step < len(node)) or (
            isinstance(step, str) and isinstance(node, dict) and step in node
        ):
            node = node[step]
        else:
            return last and isinstance(node, dict) and isinstance(step, str)
    return True


MESSAGE_LIMIT = 600  # a problem is named, not a pasted document echoed back


def assert_refusal_names_problems(refused: InvalidImport, document: object) -> None:
    assert refused.problems, refused
    for problem in refused.problems:
        assert problem.message.strip(), problem
        assert len(problem.message) <= MESSAGE_LIMIT, problem.message[:MESSAGE_LIMIT]
        assert leads_into(document, problem.path), problem
    assert "Nothing was written" in str(refused)


# -- comparing an import's export with what was imported --------------------------------------

_FLAG_MESSAGE = re.compile(r"\.scale_entries\[\d+\]\.flags\[\d+\]\.message$")
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


def assert_kept(given: object, exported: object, where: str = "$") -> None:
    """Exported is given, up to what import documents that it normalizes: text stripped
    (an empty optional text becomes null), a time written in UTC to the second, a hash in
    lowercase, a number without a fraction written as a whole number, stamps and hashes
    left out filled in, records in the export's order, a CM plan's substances once each,
    a scale flag's wording the program's own."""
    if isinstance(given, dict) and isinstance(exported, dict):
        for key, value in given.items():
            if value in ([], None) and key not in exported:
                continue  # an empty list of newer records is left out of an export
            assert key in exported, f"{where}.{key} was lost"
            assert_kept(value, exported[key], f"{where}.{key}")
        return
    if isinstance(given, list) and isinstance(exported, list):
        if where.endswith(".target_substances") and set(given) == set(exported):
            return  # a set: each substance once, in the panel's order
        assert len(given) == len(exported), f"{where}: {len(given)} became {len(exported)}"
        by_id = {_id(b): b for b in exported}
        if (
            None not in by_id
            and len(by_id) == len(exported)
            and set(by_id) == {_id(a) for a in given}
        ):
            # Records come out in the export's order (by date, by name): match them by id.
            exported = [by_id[_id(a)] for a in given]
        for index, (a, b) in enumerate(zip(given, exported, strict=True)):
            assert_kept(a, b, f"{where}[{index}]")
        return
    if given == exported and type(given) is type(exported):
        return
    if given is None and where.rsplit(".", 1)[-1] in FILLED_IN:
        return
    if _FLAG_MESSAGE.search(where):
        return  # worded by the program from the answers (the kinds must match)
    if isinstance(given, str):
        if isinstance(exported, str) and exported == given.strip():
            return
        if exported is None and not given.strip():
            return
        if isinstance(exported, str) and _HEX64.fullmatch(exported) and given.lower() == exported:
            return  # a hash, in lowercase
        if isinstance(exported, str) and _TIME.match(given) and _TIME.match(exported):
            # Kept to the second (the stored and hashed form).
            kept = parse_datetime(given).replace(microsecond=0)
            assert kept == parse_datetime(exported), f"{where}: {given} came back as {exported}"
            return
    if isinstance(given, float) and given.is_integer() and exported == int(given):
        return
    raise AssertionError(f"{where}: {given!r} came back as {exported!r}")


def _id(record: object) -> object:
    """What a record is known by: its id, its number in a history, or (a group's
    attendee) its client."""
    if not isinstance(record, dict):
        return None
    found = record.get("id", record.get("version", record.get("client_id")))
    if isinstance(found, float) and found.is_integer():
        return int(found)  # version 3.0 is version 3
    return found if isinstance(found, str | int) else None


# Left out (or null) in a file, these are filled in on import: stamps and hashes.
FILLED_IN = {"created_at", "updated_at", "content_sha256", "saved_at"}


def without_stamp(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k != "exported_at"}


def import_or_refuse(target: Target, document: object) -> None:
    """The property, for one document on the test's vault."""
    given = json.loads(json.dumps(document))  # a deep copy that copes with deep nesting
    before = target.counts()
    try:
        interchange.import_data(target.vault, document, catalog=CATALOG)
    except InvalidImport as refused:
        event("refused")
        assert_refusal_names_problems(refused, given)
        assert target.counts() == before, "a refused import wrote something"
        return
    event("imported")
    try:
        # Imported: so the document was valid, and it comes back out as it went in.
        assert interchange.validate(given, catalog=CATALOG) == []
        assert isinstance(given, dict)
        exported = interchange.export_data(target.vault)
        assert_kept(without_stamp(given), without_stamp(exported))
    finally:
        target.reset()  # (also after a failure, so that hypothesis can replay it)


# -- strategies --------------------------------------------------------------------------------

RTL = "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \u202e\u202b\u200f"
ODD = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\t\n\r",
    "\x7f\x1b\x07",
    RTL,
    "🙂👩‍👩‍👧🏳️‍🌈",
    "\ufeff\u200b",
    "\ud800",
]


@st.composite
def odd_text(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["odd", "random", "huge", "mixed"]))
    if kind == "odd":
        return draw(st.sampled_from(ODD))
    if kind == "random":
        return draw(st.text(max_size=30))
    if kind == "huge":
        return draw(st.sampled_from([*ODD[1:], "x", "ab "])) * draw(st.integers(2_000, 200_000))
    return "".join(draw(st.lists(st.sampled_from(ODD) | st.text(max_size=5), max_size=6)))


BAD_DATES = [
    "0000-01-01",
    "10000-01-01",
    "2024-02-30",
    "2023-02-29",
    "2024-13-01",
    "2024-00-10",
    "0001-01-01",
    "9999-12-31",
    "0999-06-01",
    "24-05-01",
    "2024-5-1",
    "2024-05-01T10:00:00Z",
]
BAD_TIMES = [
    "0000-01-01T00:00:00Z",
    "10000-01-01T00:00:00Z",
    "2024-02-30T10:00:00Z",
    "0001-01-01T00:00:00Z",
    "0001-01-01T00:30:00+05:00",
    "9999-12-31T23:59:59-05:00",
    "9999-12-31T23:59:59Z",
    "0999-06-01T12:00:00Z",
    "2024-05-06T24:00:00Z",
    "2024-05-06T09:30:00+24:00",
    "2024-05-06T09:30:00",
    "2024-05-06T09:30",
    "2024-05-06T09:30:00.123456Z",
    "2024-05-06",
    "2024-05-06 09:30:00Z",
]
NUMBERS = [0, -1, 1, 2.5, 1e300, -1e300, 2**63, 2**64, 10**30, 10**400, -(10**400), 1441]
scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.sampled_from(NUMBERS)
    | st.floats(allow_nan=True, allow_infinity=True)
    | odd_text()
    | st.sampled_from(BAD_DATES + BAD_TIMES)
)
junk = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)

_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HEX64 = re.compile(r"[0-9a-f]{64}")

Path_ = tuple[str | int, ...]


def nodes(value: object, path: Path_ = ()) -> Iterator[tuple[Path_, Any]]:
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from nodes(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from nodes(item, (*path, index))


def at(document: Any, path: Path_) -> Any:
    for step in path:
        document = document[step]
    return document


OPERATIONS = [
    "wrong type",
    "delete",
    "odd text",
    "bad date",
    "duplicate id",
    "other reference",
    "bad hash",
    "duplicate item",
    "move to other client",
    "number",
    "unknown key",
    "other text",
    "nest",
]


@st.composite
def mutated_document(draw: st.DrawFn, base: dict[str, Any]) -> dict[str, Any]:
    document = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 3))):
        everything = [(p, v) for p, v in nodes(document) if p]
        leaves = [(p, v) for p, v in everything if isinstance(v, str)]
        operation = draw(st.sampled_from(OPERATIONS))
        if operation == "wrong type":
            path, _ = draw(st.sampled_from(everything))
            at(document, path[:-1])[path[-1]] = draw(junk)
        elif operation == "delete":
            path, _ = draw(st.sampled_from(everything))
            del at(document, path[:-1])[path[-1]]
        elif operation == "odd text" and leaves:
            path, _ = draw(st.sampled_from(leaves))
            at(document, path[:-1])[path[-1]] = draw(odd_text())
        elif operation == "bad date":
            dated = [(p, v) for p, v in leaves if _DATE.match(v)]
            if dated:
                path, _ = draw(st.sampled_from(dated))
                at(document, path[:-1])[path[-1]] = draw(st.sampled_from(BAD_DATES + BAD_TIMES))
        elif operation in ("duplicate id", "other reference"):
            ids = [(p, v) for p, v in leaves if _UUID.fullmatch(v)]
            own = [(p, v) for p, v in ids if p[-1] == "id"]
            chosen = own if operation == "duplicate id" else ids
            if chosen:
                path, _ = draw(st.sampled_from(chosen))
                _, other = draw(st.sampled_from(ids))
                at(document, path[:-1])[path[-1]] = other
        elif operation == "bad hash":
            hashes = [(p, v) for p, v in leaves if _HEX64.fullmatch(v)]
            if hashes:
                path, value = draw(st.sampled_from(hashes))
                flip = draw(st.integers(0, 63))
                changed = value[:flip] + ("0" if value[flip] != "0" else "1") + value[flip + 1 :]
                made_up = draw(st.sampled_from(["0" * 64, "F" * 64, changed, value.upper()]))
                at(document, path[:-1])[path[-1]] = made_up
        elif operation == "duplicate item":
            lists = [(p, v) for p, v in everything if isinstance(v, list) and v]
            if lists:
                path, items = draw(st.sampled_from(lists))
                items.append(copy.deepcopy(draw(st.sampled_from(items))))
        elif operation == "move to other client":
            clients = document.get("clients")
            if isinstance(clients, list) and len(clients) >= 2:
                source, dest = draw(st.permutations(range(len(clients))))[:2]
                giver, taker = clients[source], clients[dest]
                if not (isinstance(giver, dict) and isinstance(taker, dict)):
                    continue  # an earlier change made one of them something else
                keys = [
                    k
                    for k, v in giver.items()
                    if isinstance(v, list) and v and isinstance(taker.get(k), list)
                ]
                if keys:
                    key = draw(st.sampled_from(keys))
                    index = draw(st.integers(0, len(giver[key]) - 1))
                    taker[key].append(giver[key].pop(index))
        elif operation == "number":
            numbers = [
                (p, v)
                for p, v in everything
                if isinstance(v, int | float) and not isinstance(v, bool)
            ]
            if numbers:
                path, _ = draw(st.sampled_from(numbers))
                value = draw(st.sampled_from(NUMBERS) | st.floats() | st.booleans())
                at(document, path[:-1])[path[-1]] = value
        elif operation == "unknown key":
            objects = [(p, v) for p, v in nodes(document) if isinstance(v, dict)]
            _, obj = draw(st.sampled_from(objects))
            obj[draw(st.text(min_size=1, max_size=8))] = draw(junk)
        elif operation == "nest":
            path, value = draw(st.sampled_from(everything))
            for _ in range(draw(st.sampled_from([2, 60, 63, 64, 65, 150]))):
                value = [value]
            at(document, path[:-1])[path[-1]] = value
        elif operation == "other text" and leaves:
            path, _ = draw(st.sampled_from(leaves))
            at(document, path[:-1])[path[-1]] = draw(st.text(min_size=1, max_size=20))
    return document


# -- the properties ----------------------------------------------------------------------------


@settings(FUZZ, max_examples=EXAMPLES)
@given(data=st.data())
def test_a_mutated_document_is_imported_whole_or_refused_at_its_paths(
    base: dict[str, Any], target: Target, data: st.DataObject
) -> None:
    import_or_refuse(target, data.draw(mutated_document(base)))


@st.composite
def shaped(draw: st.DrawFn) -> dict[str, Any]:
    """Random records in the format's own shape (right keys, random values)."""
    keys = ["id", "display_name", "sessions", "medications", "note", "start", "minutes"]
    record = st.dictionaries(st.sampled_from(keys), junk, max_size=5)
    return {
        "format": draw(st.sampled_from(["counselor-desk/1", "counselor-desk/2", ""])),
        "exported_at": draw(st.sampled_from(BAD_TIMES)),
        "clients": draw(st.lists(record, max_size=3) | junk),
        **draw(st.dictionaries(st.sampled_from(["group_sessions", "extra"]), junk, max_size=1)),
    }


@st.composite
def raw_file(draw: st.DrawFn) -> bytes:
    choice = draw(st.sampled_from(["bytes", "deep", "not utf-8", "bom", "tokens"]))
    if choice == "bytes":
        return draw(st.binary(max_size=200))
    if choice == "deep":
        depth = draw(st.sampled_from([50, 64, 900, 5_000, 200_000]))
        opener, closer = draw(st.sampled_from([("[", "]"), ('{"a":', "}")]))
        inner = '{"format": "counselor-desk/1", "clients": ' + opener * depth + closer * depth
        return (inner + "}").encode()
    text = json.dumps(draw(junk), ensure_ascii=draw(st.booleans()))
    if choice == "not utf-8":
        return text.encode("utf-8", "surrogatepass") + b"\xff"
    if choice == "bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8", "surrogatepass")
    tokens = ["NaN", "Infinity", "-Infinity", "[NaN]", '{"a": 1e999}', '"\\ud800"', "1" * 5000]
    return draw(st.sampled_from(tokens)).encode()


@settings(FUZZ, max_examples=EXAMPLES // 4)
@given(
    case=st.one_of(
        junk.map(lambda document: ("json", document)),
        shaped().map(lambda document: ("shaped", document)),
        raw_file().map(lambda data: ("file", data)),
    )
)
@example(case=("file", b"1" * 5000))  # past Python's 4,300 digits
@example(case=("file", b"[" * 200_000 + b"]" * 200_000))  # past the recursion limit
@example(case=("file", b'{"format": "counselor-desk/1", "clients": [], "x": NaN}'))
def test_random_json_and_random_files_are_refused_cleanly(
    target: Target, case: tuple[str, Any], tmp_path: Path
) -> None:
    kind, content = case
    document = content
    if kind == "file":
        path = tmp_path / "import.json"
        path.write_bytes(content)
        try:
            document = interchange.read_file(path)
        except InvalidImport as refused:
            (problem,) = refused.problems
            assert problem.path == "$" and problem.message.strip(), problem
            return
    import_or_refuse(target, document)


def test_the_source_document_round_trips(base: dict[str, Any], target: Target) -> None:
    """The base of every mutation is itself imported whole (so a refusal is the mutation's)."""
    interchange.import_data(target.vault, copy.deepcopy(base), catalog=CATALOG)
    assert without_stamp(interchange.export_data(target.vault)) == without_stamp(base)
