"""Full disk and I/O errors: a write the disk refuses part-way, during a note save, an
import, a backup or a PDF save, ends in one clear sentence; the vault stays whole; nothing
acknowledged is lost, and the failed save changed nothing, so the next one succeeds once
there is room.

How the disk is made to refuse: a child process lowers its own file-size limit
(RLIMIT_FSIZE) and ignores SIGXFSZ, so a write past that size fails with EFBIG. SQLite
reports that as an I/O error (SQLITE_IOERR, what a failing disk gives; a full one gives
SQLITE_FULL, and both take the same path). Only the soft limit is lowered, so the child
can raise it again, as when space has been freed. The limits are spread from "nothing more
fits" to "everything fits", so the write is cut at every stage: the first frame, part-way,
the commit, and the checkpoint at lock. One child runs every cut of a test, each on its own
copy of a small vault.

Permission denied: the tests run as root, whom chmod does not stop. The child drops to the
`nobody` user after its imports, so a folder owned by root refuses it as it would refuse a
counselor (not root: plain chmod does the same). Without a `nobody` user the test is skipped.

The window's side is proven where the widgets are: the note editor keeps the text of a
failed save and retries (tests/gui/test_note_editor.py::
test_a_failed_save_keeps_the_text_and_retries and test_the_failure_is_shown_while_it_lasts),
and Save as PDF says why and keeps the preview (tests/gui/test_print_preview.py::
test_a_save_that_fails_says_so_and_keeps_the_preview).
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from counselor_desk.domain.notes import NoteFormat
from counselor_desk.domain.records import Client, Session, SessionKind
from counselor_desk.services.caseload import Caseload
from counselor_desk.services.verify import verify
from counselor_desk.vault import backup
from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.store import create_vault, unlock_with_passphrase

# RLIMIT_FSIZE and SIGXFSZ are POSIX; elsewhere these proofs cannot be made this way.
resource = pytest.importorskip("resource")

pytestmark = pytest.mark.slow

# Argon2 below the program's floor: these proofs are about the disk, not about guessing.
CHEAP_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
PASSPHRASE = "correct horse battery staple orbit"
OLD_TEXT = "Client reports steady attendance and no missed doses this week."
RETRY_TEXT = "Saved again once there was room: plans a family session."
BIG = 300_000  # characters of the draft that does not fit; several hundred pages
CHILD_TIMEOUT = 120


# -- the vault the cuts are made on ----------------------------------------------------------


def big_sections(size: int = BIG) -> dict[str, str]:
    line = "Talked through cravings after work; practiced urge surfing twice. "
    return {"data": (line * (size // len(line) + 1))[:size], "plan": "Weekly individual."}


def make_vault(folder: Path) -> dict[str, dict[str, str]]:
    """A small fictional caseload with one fresh backup, locked; returns note id → sections."""
    created = create_vault(folder, "Disk", PASSPHRASE, kdf=CHEAP_KDF, check_strength=False)
    vault = created.vault
    notes: dict[str, dict[str, str]] = {}
    try:
        caseload = Caseload(vault)
        for n in range(3):
            client = caseload.add_client(Client(f"Fictional Client {n}"))
            for day in (2, 9):
                start = datetime(2026, 3, day, 16, 0, tzinfo=UTC)
                session = caseload.add_session(
                    Session(client.id, start, 50, SessionKind.INDIVIDUAL)
                )
                note = caseload.start_note(session.id, NoteFormat.DAP)
                sections = {"data": f"{OLD_TEXT} ({n}, March {day})", "plan": "Weekly."}
                caseload.save_draft(note.with_sections(sections))
                notes[note.id] = sections
        vault.backup_now()  # so the command line's daily backup is not due
    finally:
        vault.lock()
    return notes


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict[str, str]]]:
    folder = tmp_path_factory.mktemp("io-template") / "vault"
    return folder, make_vault(folder)


def copy_of(template: tuple[Path, dict[str, dict[str, str]]], where: Path) -> Path:
    shutil.copytree(template[0], where)
    return where


def wal_holds_data(folder: Path) -> bool:
    wal = folder / "vault.db-wal"
    return wal.exists() and wal.stat().st_size > 0


def assert_whole(folder: Path, expected: dict[str, dict[str, str]]) -> None:
    """Opens; every page, the structure and the audit chain check out; every note holds
    exactly the expected text; and, after lock, no -wal holds data."""
    vault = unlock_with_passphrase(folder, PASSPHRASE)
    try:
        assert vault.integrity_problems() == [], folder
        report = verify(vault)
        assert report.ok, (folder, report.problems)
        caseload = Caseload(vault)
        for note_id, sections in expected.items():
            assert caseload.note(note_id).sections == sections, (folder, note_id)
    finally:
        vault.lock()
    assert not wal_holds_data(folder), folder


def assert_one_sentence(error: dict[str, Any], kind: str, start: str) -> None:
    assert error["type"] == kind, error
    message = error["message"]
    assert message.startswith(start), error
    assert "\n" not in message and "Traceback" not in message, error


# -- the child: runs every cut of one test under its own file-size limit ---------------------


def set_limit(size: int | None) -> None:
    """Lower (or, with None, lift) the soft file-size limit; the hard one stays unlimited."""
    soft = resource.RLIM_INFINITY if size is None else max(size, 0)
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, resource.RLIM_INFINITY))


def described(exc: BaseException) -> dict[str, Any]:
    return {
        "type": type(exc).__name__,
        "message": str(exc),
        "errno": getattr(exc, "errno", None),
        "strerror": getattr(exc, "strerror", None),
        "where": traceback.format_exception(exc)[-2:] if not _is_ours(exc) else None,
    }


def _is_ours(exc: BaseException) -> bool:
    from counselor_desk.domain.errors import CounselorDeskError

    return isinstance(exc, CounselorDeskError | OSError)


def wal_size(folder: Path) -> int:
    wal = folder / "vault.db-wal"
    return wal.stat().st_size if wal.exists() else 0


def child_saves(request: dict[str, Any]) -> list[dict[str, Any]]:
    """Per job: unlock, limit = the -wal's size + room, save a draft that does not fit, read
    it back, optionally lift the limit and save again, lock (under the limit when no retry)."""
    results = []
    for job in request["jobs"]:
        folder = Path(job["folder"])
        vault = unlock_with_passphrase(folder, request["passphrase"])
        caseload = Caseload(vault)
        note = caseload.note(job["note_id"])
        result: dict[str, Any] = {"folder": str(folder)}
        set_limit(wal_size(folder) + job["room"])
        try:
            caseload.save_draft(note.with_sections(big_sections()))
            result["saved"] = True
        except Exception as exc:
            result["error"] = described(exc)
            # In this session too, the failed save changed nothing.
            result["unchanged"] = caseload.note(note.id).sections == note.sections
        if job["retry"]:
            set_limit(None)
            try:
                caseload.save_draft(note.with_sections({"data": RETRY_TEXT}))
                result["retried"] = True
            except Exception as exc:
                result["retry_error"] = described(exc)
        try:
            vault.lock()
        except Exception as exc:
            result["lock_error"] = described(exc)
        set_limit(None)
        results.append(result)
    return results


def child_unlocks(request: dict[str, Any]) -> list[dict[str, Any]]:
    """Per job: the disk is full before the unlock (which writes the -shm file and the
    audit log's unlock row)."""
    results = []
    for job in request["jobs"]:
        result: dict[str, Any] = {"folder": job["folder"]}
        set_limit(job["limit"])
        try:
            unlock_with_passphrase(Path(job["folder"]), request["passphrase"]).lock()
            result["opened"] = True
        except Exception as exc:
            result["error"] = described(exc)
        set_limit(None)
        results.append(result)
    return results


def child_imports(request: dict[str, Any]) -> list[dict[str, Any]]:
    from counselor_desk.services.interchange import import_data

    results = []
    for job in request["jobs"]:
        folder = Path(job["folder"])
        vault = unlock_with_passphrase(folder, request["passphrase"])
        result: dict[str, Any] = {"folder": str(folder)}
        set_limit(wal_size(folder) + job["room"])
        try:
            import_data(vault, request["document"])
            result["imported"] = True
        except Exception as exc:
            result["error"] = described(exc)
        set_limit(None)
        vault.lock()
        results.append(result)
    return results


def child_backups(request: dict[str, Any]) -> list[dict[str, Any]]:
    folder = Path(request["folder"])
    out = Path(request["out"])
    vault = unlock_with_passphrase(folder, request["passphrase"])
    results = []
    for number, limit in enumerate(request["limits"]):
        target = out / f"backup-{number:02d}{backup.SUFFIX}"
        result: dict[str, Any] = {"target": str(target), "limit": limit}
        set_limit(limit)
        try:
            vault.backup_now(target)
            result["made"] = True
        except Exception as exc:
            result["error"] = described(exc)
        set_limit(None)
        results.append(result)
    vault.lock()
    return results


def child_pdfs(request: dict[str, Any]) -> list[dict[str, Any]]:
    from counselor_desk.ui.print_preview import save_pdf  # what Save as PDF runs

    data = Path(request["pdf"]).read_bytes()
    results = []
    for job in request["jobs"]:
        target = Path(job["target"])
        result: dict[str, Any] = {"target": str(target)}
        set_limit(job["limit"])
        try:
            save_pdf(target, data, job["password"])
            result["saved"] = True
        except Exception as exc:
            result["error"] = described(exc)
        set_limit(None)
        results.append(result)
    return results


def child_denied(request: dict[str, Any]) -> dict[str, Any]:
    """Everything imported first; then, as root, become `nobody`; then try to write into a
    folder that belongs to root."""
    import pypdf  # noqa: F401  (imported before the drop, like everything else)

    from counselor_desk.ui.print_preview import save_pdf

    if os.geteuid() == 0:
        os.setgroups([])
        os.setgid(request["gid"])
        os.setuid(request["uid"])
    result: dict[str, Any] = {"uid": os.geteuid()}
    locked = Path(request["locked"])
    try:
        save_pdf(locked / "summary.pdf", Path(request["pdf"]).read_bytes(), None)
        result["pdf"] = {"saved": True}
    except Exception as exc:
        result["pdf"] = described(exc)
    vault = unlock_with_passphrase(Path(request["folder"]), request["passphrase"])
    try:
        vault.backup_now(locked / f"backup-denied{backup.SUFFIX}")
        result["backup"] = {"made": True}
    except Exception as exc:
        result["backup"] = described(exc)
    finally:
        vault.lock()
    return result


CHILD_TASKS = {
    "saves": child_saves,
    "unlocks": child_unlocks,
    "imports": child_imports,
    "backups": child_backups,
    "pdfs": child_pdfs,
    "denied": child_denied,
}


def child_main() -> None:
    # Python already ignores SIGXFSZ; said again, since the proofs rest on it: a write past
    # the limit must fail with EFBIG, not kill the process.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    request = json.loads(sys.stdin.read())
    answer = CHILD_TASKS[request["task"]](request)
    sys.stdout.write(json.dumps(answer) + "\n")


def run_child(task: str, **request: Any) -> Any:
    """Run one task in a child process; secrets go through stdin, never argv."""
    request.update(task=task, passphrase=PASSPHRASE)
    done = subprocess.run(
        [sys.executable, __file__],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT,
        cwd=Path(__file__).parent,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- saving a note ---------------------------------------------------------------------------


def test_a_save_the_disk_refuses_says_so_changes_nothing_and_the_next_save_succeeds(
    template: tuple[Path, dict[str, dict[str, str]]], tmp_path: Path
) -> None:
    notes = template[1]
    note_id = next(iter(notes))
    # Room for the new frames in the -wal, from none at all to more than they need (about
    # 800 kB: the draft, its search index and the pages above them); every other cut also
    # locks while the disk is still full, so the checkpoint at lock, which grows vault.db
    # past the limit, is cut as well (the -wal then keeps the saved draft until next time).
    rooms = [0, 600, 4_096, 30_000, 200_000, 500_000, 790_000, 805_000, 830_000, 1_200_000]
    rooms += [3_000_000]
    jobs: list[dict[str, Any]] = [
        {
            "folder": str(copy_of(template, tmp_path / f"cut-{n:02d}")),
            "note_id": note_id,
            "room": room,
            "retry": n % 2 == 0,
        }
        for n, room in enumerate([*rooms, *rooms])
    ]
    results = run_child("saves", jobs=jobs)

    for job, result in zip(jobs, results, strict=True):
        assert "lock_error" not in result, result  # locking never fails, full disk or not
        if "error" in result:
            assert_one_sentence(result["error"], "StorageFailed", "Nothing was saved")
            assert "free some space" in result["error"]["message"]
            assert result["unchanged"], result
        if job["retry"]:
            assert result.get("retried"), result  # room again: the save goes through
            expected = {"data": RETRY_TEXT}
        elif result.get("saved"):
            expected = big_sections()  # acknowledged: never lost, even if lock was cut
        else:
            expected = notes[note_id]
        assert_whole(Path(job["folder"]), {**notes, note_id: expected})
    outcomes = {("saved" if r.get("saved") else "refused") for r in results}
    assert outcomes == {"saved", "refused"}, "the limits must cut some saves and not others"


def test_an_unlock_the_disk_refuses_says_so_not_that_the_vault_is_damaged(
    template: tuple[Path, dict[str, dict[str, str]]], tmp_path: Path
) -> None:
    """Before the fix, a -shm file that could not grow read as a wrong key, reported as
    "vault.db is damaged ... restore the newest good backup"."""
    limits = [0, 100, 8_000, 16_000, 30_000, 60_000, 10_000_000]
    jobs: list[dict[str, Any]] = [
        {"folder": str(copy_of(template, tmp_path / f"cut-{n}")), "limit": limit}
        for n, limit in enumerate(limits)
    ]
    results = run_child("unlocks", jobs=jobs)
    for job, result in zip(jobs, results, strict=True):
        if "error" in result:
            assert_one_sentence(
                result["error"], "StorageFailed", "The vault could not be opened: the disk is full"
            )
        assert_whole(Path(job["folder"]), template[1])
    opened = [bool(r.get("opened")) for r in results]
    assert opened[0] is False and opened[-1] is True, results


def test_an_import_the_disk_refuses_writes_nothing(
    template: tuple[Path, dict[str, dict[str, str]]], tmp_path: Path
) -> None:
    document = {
        "format": "counselor-desk/1",
        "clients": [
            {
                "id": "5d1f7c62-0a51-4c1e-9d1b-7f0c2a0e6b11",
                "display_name": "Fictional Imported Client",
                "sessions": [
                    {
                        "id": "0b7a5a1e-8f55-4a4e-b0e4-3f9b8c1d2e21",
                        "start": "2026-03-04T10:00:00-06:00",
                        "minutes": 50,
                        "kind": "individual",
                        "note": {"format": "DAP", "status": "draft", "sections": big_sections()},
                    }
                ],
            }
        ],
    }
    rooms = [0, 10_000, 150_000, 300_000, 2_000_000]
    jobs: list[dict[str, Any]] = [
        {"folder": str(copy_of(template, tmp_path / f"cut-{n}")), "room": room}
        for n, room in enumerate(rooms)
    ]
    results = run_child("imports", jobs=jobs, document=document)
    for job, result in zip(jobs, results, strict=True):
        if "error" in result:
            assert_one_sentence(result["error"], "StorageFailed", "Nothing was saved")
        vault = unlock_with_passphrase(Path(job["folder"]), PASSPHRASE)
        try:
            assert verify(vault).ok
            names = {c.display_name for c in Caseload(vault).clients()}
        finally:
            vault.lock()
        assert ("Fictional Imported Client" in names) == bool(result.get("imported")), result
    assert [bool(r.get("imported")) for r in results] == [False] * 4 + [True]


def cli_under_limit(args: list[str], limit: int, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`counselor-desk ARGS` in a process whose files may not grow past `limit` bytes."""
    script = (
        "import resource, runpy, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, resource.RLIM_INFINITY))\n"
        f"sys.argv = ['counselor-desk', *{args!r}]\n"
        "runpy.run_module('counselor_desk', run_name='__main__')\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("COUNSELOR_DESK_")}
    env["COUNSELOR_DESK_PASSPHRASE"] = PASSPHRASE
    env["HOME"] = str(cwd)
    return subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        timeout=CHILD_TIMEOUT,
    )


def test_the_command_line_says_the_disk_is_full_not_that_the_vault_is_damaged(
    template: tuple[Path, dict[str, dict[str, str]]], tmp_path: Path
) -> None:
    """Before the fix, a refused write reached the command line as a raw SQLite error: exit 4,
    "the vault cannot be read", and advice to replace the vault with a backup."""
    folder = copy_of(template, tmp_path / "vault")
    document = tmp_path / "big.json"
    document.write_text(
        json.dumps(
            {
                "format": "counselor-desk/1",
                "clients": [
                    {
                        "id": "9a3c2b10-6c1d-4f8e-a2b4-1e5d7c9f0a31",
                        "display_name": "Fictional Imported Client",
                        "sessions": [
                            {
                                "id": "3e8d1c2b-7a6f-4e5d-9c0b-2a1f3e4d5c61",
                                "start": "2026-03-04T10:00:00-06:00",
                                "minutes": 50,
                                "kind": "individual",
                                "note": {
                                    "format": "DAP",
                                    "status": "draft",
                                    "sections": big_sections(),
                                },
                            }
                        ],
                    }
                ],
            }
        )
    )
    # Room for the unlock's audit rows in a fresh -wal, not for the import.
    done = cli_under_limit(["import-data", str(folder), str(document)], 60_000, tmp_path)
    assert done.returncode == 1, done
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("counselor-desk: Nothing was saved: the disk is full"), lines
    assert "--replace-damaged" not in done.stderr

    refused = cli_under_limit(["verify", str(folder)], 0, tmp_path)
    assert refused.returncode == 1, refused
    line = refused.stderr.strip()
    assert line.startswith("counselor-desk: The vault could not be opened: the disk is full"), line
    assert "\n" not in line and "--replace-damaged" not in line

    target = tmp_path / "x.cdbackup"
    made = cli_under_limit(["backup", str(folder), "--to", str(target)], 60_000, tmp_path)
    assert made.returncode == 1, made
    lines = made.stderr.strip().splitlines()
    assert len(lines) == 1 and "no backup was made and the vault is unchanged" in lines[0], lines
    assert not target.exists()
    assert_whole(folder, template[1])


# -- backups ---------------------------------------------------------------------------------


def test_a_backup_the_disk_refuses_leaves_no_partial_file_and_the_vault_whole(
    template: tuple[Path, dict[str, dict[str, str]]], tmp_path: Path
) -> None:
    folder = copy_of(template, tmp_path / "vault")
    size = (folder / "vault.db").stat().st_size
    out = tmp_path / "backups"
    # From nothing at all, through the database copy, to the zip around it (a little more
    # than the database), then room for all of it.
    limits = [0, 1_000, 20_000, size // 2, size - 1, size + 200, size + 1_000, size + 200_000]
    results = run_child("backups", folder=str(folder), out=str(out), limits=limits)

    made = []
    for result in results:
        target = Path(result["target"])
        if "error" in result:
            assert_one_sentence(result["error"], "StorageFailed", "The backup could not be written")
            assert "no backup was made and the vault is unchanged" in result["error"]["message"]
            assert not target.exists(), result
        else:
            assert result["made"] and target.exists(), result
            backup.read_manifest(target)  # every checksum agrees
            made.append(target)
    assert len(made) >= 1 and len(made) < len(results), results
    # No half-written backup, work folder or temp file is left beside the finished ones.
    assert sorted(out.iterdir()) == sorted(made)
    assert backup.backups_in(out) == sorted(made, reverse=True)
    assert_whole(folder, template[1])


# -- Save as PDF -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pdf_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real PDF of several pages (fictional text), as the preview holds it in memory."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    path = tmp_path_factory.mktemp("pdf") / "source.pdf"
    sheet = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    for page in range(40):
        for row in range(50):
            sheet.drawString(40, 740 - 14 * row, f"Page {page}, line {row}: fictional handout.")
        sheet.showPage()
    sheet.save()
    return path


def test_a_pdf_save_the_disk_refuses_leaves_no_file_and_keeps_an_older_one(
    pdf_file: Path, tmp_path: Path
) -> None:
    data = pdf_file.read_bytes()
    folder = tmp_path / "out"
    folder.mkdir()
    last_week = b"%PDF-1.4 the copy saved last week\n"
    jobs: list[dict[str, Any]] = []
    for limit in (0, 100, len(data) // 2, len(data) - 1, len(data) + 10):
        jobs.append({"target": str(folder / f"new-{limit}.pdf"), "limit": limit, "password": None})
        older = folder / f"older-{limit}.pdf"
        older.write_bytes(last_week)
        jobs.append({"target": str(older), "limit": limit, "password": None})
    # Protected with a password (pypdf rewrites the file first): cut part-way too.
    jobs.append(
        {
            "target": str(folder / "protected.pdf"),
            "limit": len(data) // 3,
            "password": "blue heron 4418",
        }
    )
    results = run_child("pdfs", pdf=str(pdf_file), jobs=jobs)

    for job, result in zip(jobs, results, strict=True):
        target = Path(job["target"])
        if job["limit"] > len(data):
            assert result.get("saved"), result
            assert target.read_bytes() == data
            continue
        error = result["error"]
        # The dialog shows "The PDF could not be saved there (<strerror>)."
        assert error["type"] == "OSError" and error["errno"] == errno.EFBIG, error
        assert error["strerror"] == os.strerror(errno.EFBIG), error
        if target.name.startswith("older-"):
            assert target.read_bytes() == last_week, result  # the older copy is untouched
        else:
            assert not target.exists(), result
    # Only finished files: no temp file of a cut save is left in the folder.
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"new-{len(data) + 10}.pdf", *(Path(j["target"]).name for j in jobs[1::2][:5])]
    )


# -- permission denied -----------------------------------------------------------------------


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder outside pytest's private (0700) temp tree, so `nobody` can reach it."""
    path = Path(tempfile.mkdtemp(prefix="counselor-desk-denied-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


def test_a_folder_that_refuses_writes_is_named_and_nothing_is_left(
    shared_dir: Path, pdf_file: Path
) -> None:
    import pwd

    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("no `nobody` user to drop to, and chmod does not stop root")
    folder = shared_dir / "vault"
    notes = make_vault(folder)
    pdf = shared_dir / "source.pdf"
    shutil.copy(pdf_file, pdf)
    pdf.chmod(0o644)
    locked = shared_dir / "locked"
    locked.mkdir()
    if os.geteuid() == 0:  # the vault is nobody's; the target folder stays root's
        for path in [folder, *folder.rglob("*")]:
            os.chown(path, nobody.pw_uid, nobody.pw_gid)
    else:
        locked.chmod(0o555)
    result = run_child(
        "denied",
        folder=str(folder),
        locked=str(locked),
        pdf=str(pdf),
        uid=nobody.pw_uid,
        gid=nobody.pw_gid,
    )
    if os.geteuid() == 0:
        assert result["uid"] == nobody.pw_uid
    assert result["pdf"]["type"] == "PermissionError", result
    assert result["pdf"]["strerror"] == os.strerror(errno.EACCES)
    assert_one_sentence(result["backup"], "StorageFailed", "The backup could not be written")
    # Denied making the work folder, or (a folder someone else owns) making it private.
    reasons = (os.strerror(errno.EACCES), os.strerror(errno.EPERM))
    assert any(f"({reason})" in result["backup"]["message"] for reason in reasons), result
    assert list(locked.iterdir()) == []
    assert_whole(folder, notes)


if __name__ == "__main__":
    child_main()
