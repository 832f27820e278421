"""The command line (DESIGN.md "Command line"): for IT staff, scripts and tests.

Secrets never come from argv: the passphrase comes from COUNSELOR_DESK_PASSPHRASE (a new
one from COUNSELOR_DESK_NEW_PASSPHRASE) or the recovery key from
COUNSELOR_DESK_RECOVERY_KEY; else a no-echo prompt on a terminal; with no terminal, the
first line of standard input. Exit codes: 0 ok, 1 refused or failed, 2 usage, 3 wrong
passphrase or key, 4 vault damaged. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from counselor_desk import __version__
from counselor_desk.domain.errors import (
    CounselorDeskError,
    InvalidImport,
    KeysNeedRebuild,
    UnlockThrottled,
    UsageError,
    VaultDamaged,
    WeakPassphrase,
)
from counselor_desk.domain.passphrase import check_passphrase
from counselor_desk.domain.recovery import format_recovery_key
from counselor_desk.services.backups import Secret, replace_damaged, restore
from counselor_desk.vault import backup as backup_files
from counselor_desk.vault.connection import DatabaseError
from counselor_desk.vault.locations import default_vaults_dir
from counselor_desk.vault.store import Vault, create_vault, disable_core_dumps

if TYPE_CHECKING:
    from counselor_desk.services.printing import Release

ENV_PASSPHRASE = "COUNSELOR_DESK_PASSPHRASE"  # noqa: S105 (a variable name)
ENV_NEW_PASSPHRASE = "COUNSELOR_DESK_NEW_PASSPHRASE"  # noqa: S105
ENV_RECOVERY_KEY = "COUNSELOR_DESK_RECOVERY_KEY"
MAX_THROTTLE_WAIT = 300.0


@dataclass
class Console:
    """Where secrets and queries come from; tests drive main() with their own streams."""

    stdin: TextIO
    stdout: TextIO
    stderr: TextIO
    env: dict[str, str]
    _stdin_lines: list[str] | None = None

    def is_terminal(self) -> bool:
        try:
            return self.stdin.isatty()
        except (AttributeError, ValueError):
            return False

    def stdin_line(self) -> str | None:
        """Next line of a piped standard input (secret first, then a query)."""
        line = self.stdin.readline()
        if not line:
            return None
        return line.rstrip("\r\n")

    def say(self, text: str) -> None:
        print(text, file=self.stderr)


def resolve_vault(text: str) -> Path:
    """A folder path, or a bare name for a vault in the default folder."""
    path = Path(text).expanduser()
    if path.exists() or os.sep in text or "/" in text or text.startswith("."):
        return path.resolve()
    return default_vaults_dir() / text


# -- secrets ---------------------------------------------------------------------------------


def _no_secret(kind: str, env: str) -> UsageError:
    return UsageError(
        f"No {kind} given: set {env}, run in a terminal to be asked, or pipe it as the first "
        "line of standard input."
    )


def read_secret(console: Console) -> Secret:
    """The passphrase or recovery key that opens an existing vault."""
    if console.env.get(ENV_RECOVERY_KEY):
        # A new passphrase is only used when keys.json is missing and must be rebuilt.
        return Secret(
            recovery_key=console.env[ENV_RECOVERY_KEY],
            new_passphrase=console.env.get(ENV_NEW_PASSPHRASE) or None,
        )
    if console.env.get(ENV_PASSPHRASE):
        return Secret(passphrase=console.env[ENV_PASSPHRASE])
    if console.is_terminal():
        return Secret(passphrase=getpass.getpass("Passphrase: "))
    line = console.stdin_line()
    if not line:
        raise _no_secret("passphrase", ENV_PASSPHRASE)
    return Secret(passphrase=line)


def read_new_passphrase(console: Console, user_inputs: Sequence[str]) -> str:
    """A new passphrase, checked for strength (and typed twice on a terminal)."""
    given = console.env.get(ENV_NEW_PASSPHRASE)
    if given:
        check_passphrase(given, user_inputs)
        return given
    if console.is_terminal():
        while True:
            first = getpass.getpass("New passphrase: ")
            try:
                check_passphrase(first, user_inputs)
            except WeakPassphrase as exc:
                console.say(str(exc))
                continue
            if getpass.getpass("Type it again: ") == first:
                return first
            console.say("The two passphrases differ; try again.")
    line = console.stdin_line()
    if not line:
        raise _no_secret("new passphrase", ENV_NEW_PASSPHRASE)
    check_passphrase(line, user_inputs)
    return line


def open_vault(folder: Path, console: Console, *, daily_backup: bool = True) -> Vault:
    secret = read_secret(console)
    try:
        try:
            vault = secret.unlock(folder)
        except KeysNeedRebuild as exc:
            if console.is_terminal():
                console.say(f"{exc} Choose one now.")
            try:
                new = read_new_passphrase(console, ())
            except UsageError as missing:
                raise UsageError(f"{exc} {missing}") from None
            secret = replace(secret, new_passphrase=new)
            vault = secret.unlock(folder)
    except UnlockThrottled as exc:
        if exc.seconds > MAX_THROTTLE_WAIT:
            raise
        console.say(f"Waiting {exc.seconds:.0f} seconds after earlier wrong tries…")
        time.sleep(exc.seconds)
        vault = secret.unlock(folder)
    if daily_backup:
        try:
            vault.backup_if_due()
        except BaseException:
            vault.lock()
            raise
    return vault


# -- commands --------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, console: Console) -> int:
    folder = resolve_vault(args.vault)
    passphrase = read_new_passphrase(console, (args.name,))
    created = create_vault(folder, args.name, passphrase)
    with created.vault:
        _print_recovery_key(console, folder, created.recovery_key)
    return 0


def _print_recovery_key(console: Console, folder: Path, key: bytes) -> None:
    print(f"Created the vault at {folder}.", file=console.stdout)
    print(
        "Recovery key (shown only now; write it down and keep it locked away):", file=console.stdout
    )
    print(f"  {format_recovery_key(key)}", file=console.stdout)


def cmd_demo(args: argparse.Namespace, console: Console) -> int:
    from counselor_desk.services.demo import populate_demo

    folder = resolve_vault(args.vault)
    passphrase = read_new_passphrase(console, ("Demo",))
    created = create_vault(folder, "Demo", passphrase)
    with created.vault as vault:
        summary = populate_demo(vault, today=date.today())
        _print_recovery_key(console, folder, created.recovery_key)
        print(
            f"Added a fictional caseload: {summary.clients} clients, {summary.notes} notes.",
            file=console.stdout,
        )
    return 0


def cmd_import(args: argparse.Namespace, console: Console) -> int:
    from counselor_desk.services.interchange import import_file

    source = Path(args.file)
    if not source.is_file():
        raise UsageError(f"There is no file {source}.")
    with open_vault(resolve_vault(args.vault), console) as vault:
        summary = import_file(vault, source)
    print(
        f"Imported {summary.clients} clients, {summary.sessions} sessions, "
        f"{summary.notes} notes, {summary.consents} consents.",
        file=console.stdout,
    )
    return 0


def cmd_export(args: argparse.Namespace, console: Console) -> int:
    from counselor_desk.services.interchange import export_file

    target = Path(args.file)
    if target.exists():
        raise CounselorDeskError(f"{target} already exists; choose a new file name.")
    with open_vault(resolve_vault(args.vault), console) as vault:
        export_file(vault, target)
    console.say(
        f"Wrote {target}. It holds client records in clear: keep it safe, delete it when done."
    )
    return 0


def cmd_search(args: argparse.Namespace, console: Console) -> int:
    from counselor_desk.services.search import SearchService

    folder = resolve_vault(args.vault)
    vault = open_vault(folder, console)
    with vault:
        query = args.query
        if query == "-":
            query = console.stdin_line() or ""
        if query is None or not query.strip():
            raise UsageError("Give a search query, or '-' to read it from standard input.")
        hits = SearchService(vault).search(query, limit=args.limit)
        for hit in hits:
            when = hit.at.astimezone().date().isoformat() if hit.at else ""
            print(f"{hit.client_name}\t{when}\t{hit.snippet}", file=console.stdout)
    return 0


DOCUMENTS = ("summary", "note", "plan", "accounting", "ecomap")
SUMMARY_DAYS = 90  # the summary's default period: the 90 days up to --to (default today)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-01") from None


def _check_export_pdf_usage(args: argparse.Namespace) -> None:
    """Every usage mistake, before the passphrase is asked for."""
    document = args.document
    if args.sections is not None:
        from counselor_desk.export.summary import SummarySection, parse_sections

        if document != "summary":
            raise UsageError("--sections goes with --document summary.")
        try:
            args.sections = parse_sections(args.sections)
        except ValueError as exc:
            raise UsageError(f"--sections: {exc}") from None
        # Naming the counseling notes is asking for them (the release checks the consent).
        args.counseling_notes = args.counseling_notes or (
            SummarySection.COUNSELING_NOTES in args.sections
        )
    emergency_fields = [n for n in ("recipient", "facility", "nature") if getattr(args, n)]
    if args.emergency:
        missing = [f"--{n}" for n in ("recipient", "facility", "nature") if not getattr(args, n)]
        if missing:
            raise UsageError(
                "A medical-emergency disclosure (42 CFR 2.51) needs " + ", ".join(missing) + "."
            )
        if args.counseling_notes:
            raise UsageError(
                "SUD counseling notes are never part of a medical-emergency disclosure."
            )
    elif emergency_fields:
        raise UsageError("--recipient, --facility and --nature go with --emergency only.")
    if document == "note" and not args.note:
        raise UsageError("--document note needs --note ID.")
    if args.note and document != "note":
        raise UsageError("--note goes with --document note.")
    if args.plan and document != "plan":
        raise UsageError("--plan goes with --document plan.")
    if (args.start or args.end) and document not in ("summary", "accounting"):
        raise UsageError("--from and --to go with --document summary or accounting.")
    if args.start and args.end and args.end < args.start:
        raise UsageError("--to is before --from.")
    if document == "accounting" and not args.client_copy:
        raise UsageError(
            "The accounting of disclosures is the client's own copy: use --client-copy."
        )
    if args.counseling_notes and document != "summary":
        raise UsageError("SUD counseling notes print only in the summary (--document summary).")


def _export_pdf_release(args: argparse.Namespace, console: Console) -> Release:
    """The Release the options ask for (checked already); the emergency's nature may come
    from standard input, after the passphrase, so it stays out of argv and shell history."""
    from counselor_desk.services.printing import Release

    if args.emergency:
        nature = args.nature
        if nature == "-":
            nature = console.stdin_line() or ""
            if not nature.strip():
                raise UsageError("--nature -: give the nature of the emergency on standard input.")
        return Release.emergency(args.recipient, args.facility, nature)
    if args.consent:
        return Release.under_consent(args.consent, include_counseling_notes=args.counseling_notes)
    return Release.client_copy(include_counseling_notes=args.counseling_notes)


def _owned(record_client_id: str, client_id: str, what: str) -> None:
    if record_client_id != client_id:
        raise CounselorDeskError(f"{what} is not a record of client {client_id}.")


def cmd_export_pdf(args: argparse.Namespace, console: Console) -> int:
    from counselor_desk.services.caseload import Caseload
    from counselor_desk.services.plans import Plans
    from counselor_desk.services.printing import Printed, Printing, PrintOptions
    from counselor_desk.vault.files import atomic_write

    _check_export_pdf_usage(args)
    target = Path(args.out)
    if target.exists():
        raise CounselorDeskError(f"{target} already exists; choose a new file name.")
    if not target.parent.resolve().is_dir():
        raise CounselorDeskError(f"There is no folder {target.parent}; the PDF goes in one.")
    with open_vault(resolve_vault(args.vault), console) as vault:
        release = _export_pdf_release(args, console)
        caseload = Caseload(vault)
        printing = Printing(vault)
        options = PrintOptions(language=args.language, disclosed_by=args.by)
        client = caseload.client(args.client)
        printed: Printed
        if args.document == "note":
            _owned(caseload.note(args.note).client_id, client.id, f"Note {args.note}")
            printed = printing.session_note(args.note, release, options)
        elif args.document == "plan":
            plan_id = args.plan
            if plan_id is None:
                plan = printing.plan_to_print(client.id)
                if plan is None:
                    raise CounselorDeskError("This client has no treatment plan to print.")
                plan_id = plan.id
            _owned(Plans(vault).plan(plan_id).client_id, client.id, f"Plan {plan_id}")
            printed = printing.treatment_plan(plan_id, release, options)
        elif args.document == "ecomap":
            printed = printing.prepare_ecomap(client.id, release, options).build()
        elif args.document == "accounting":
            printed = printing.accounting(
                client.id, options, period_start=args.start, period_end=args.end
            )
        else:
            end = args.end or vault.clock().astimezone().date()
            start = args.start or end - timedelta(days=SUMMARY_DAYS)
            printed = printing.client_summary(
                client.id, start, end, release, options, sections=args.sections
            )
        # Logged and written in one transaction: a failed write logs nothing.
        entry = printing.release(printed, deliver=lambda pdf: atomic_write(target, pdf))
    pages = f"{printed.info.pages} page{'s' if printed.info.pages != 1 else ''}"
    if entry is None:
        what = "the client's own copy"
    elif entry.consent_id is not None:
        what = f"a disclosure under consent {entry.consent_id}, logged in the accounting"
    else:
        what = "a medical-emergency disclosure (42 CFR 2.51), logged in the accounting"
    console.say(
        f"Wrote {target} ({pages}, {what}). It holds client records in clear: keep it safe, "
        "delete it when done."
    )
    return 0


def cmd_backup(args: argparse.Namespace, console: Console) -> int:
    with open_vault(resolve_vault(args.vault), console, daily_backup=False) as vault:
        target = Path(args.to).resolve() if args.to else None
        if target is not None and target.exists():
            raise CounselorDeskError(f"{target} already exists; choose a new file name.")
        made = vault.backup_now(target)
    print(str(made), file=console.stdout)
    return 0


def cmd_restore(args: argparse.Namespace, console: Console) -> int:
    source = Path(args.file).resolve()
    target = resolve_vault(args.to)
    secret = read_secret(console)
    if args.replace_damaged:
        if not target.exists():
            raise UsageError(f"There is no vault at {target} to replace.")
        _require_damaged(target, secret)
        _used, aside = replace_damaged(target, secret, source)
        console.say(f"Moved the damaged vault to {aside}.")
    else:
        restore(source, target, secret)
    print(f"Restored {source.name} to {target}.", file=console.stdout)
    return 0


def _require_damaged(folder: Path, secret: Secret) -> None:
    """Replacing is for damaged vaults only: a sound one is never moved aside."""
    try:
        vault = secret.unlock(folder)
    except VaultDamaged:
        return
    try:
        problems = vault.integrity_problems()
    finally:
        vault.lock()
    if not problems:
        raise CounselorDeskError(
            f"The vault at {folder} is not damaged; restore into a new folder instead."
        )


def cmd_verify(args: argparse.Namespace, console: Console) -> int:
    from counselor_desk.services.verify import verify

    folder = resolve_vault(args.vault)
    with open_vault(folder, console, daily_backup=False) as vault:
        report = verify(vault)
    if report.ok:
        print(
            f"OK: every page, the structure, {report.audit_rows} audit rows and "
            f"{report.signed_notes} signed notes check out.",
            file=console.stdout,
        )
        return 0
    for problem in report.problems:
        print(problem, file=console.stdout)
    raise VaultDamaged(f"The vault failed verification: {report.problems[0]}.")


def cmd_passwd(args: argparse.Namespace, console: Console) -> int:
    folder = resolve_vault(args.vault)
    with open_vault(folder, console, daily_backup=False) as vault:
        new = read_new_passphrase(console, (vault.name,))
        slot = vault.change_passphrase(new)
    print(f"Changed the passphrase of slot '{slot.label}'.", file=console.stdout)
    console.say(
        "Existing backups still open with the old passphrase. To make the old passphrase "
        f"useless everywhere, run: counselor-desk rotate-key {args.vault}"
    )
    return 0


def cmd_rotate(args: argparse.Namespace, console: Console) -> int:
    from counselor_desk.services.rotation import rotate

    folder = resolve_vault(args.vault)
    secret = read_secret(console)
    passphrase = secret.passphrase
    if passphrase is None:  # opened with the recovery key: the new vault needs a passphrase
        passphrase = read_new_passphrase(console, ())
    done = rotate(folder, secret, passphrase)
    out = console.stdout
    print("Rotated the vault key. The old recovery key no longer opens this vault.", file=out)
    print("New recovery key (shown only now; write it down):", file=out)
    print(f"  {format_recovery_key(done.new_key)}", file=out)
    console.say(
        f"The previous vault is kept at {done.aside}; it still opens with the old passphrase "
        "and recovery key. Delete it once the new recovery key is written down."
    )
    if done.dropped_slots:
        console.say(
            "These slots were removed (their passphrases were not given): "
            + ", ".join(done.dropped_slots)
            + ". Add them again in settings."
        )
    return 0


# -- parser and main -------------------------------------------------------------------------

Handler = Callable[[argparse.Namespace, Console], int]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see: counselor-desk --help)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="counselor-desk",
        description="Counselor Desk: encrypted notes for addiction counselors. "
        "With no command, starts the window.",
        epilog="VAULT is a folder, or a bare name for a vault in "
        f"{default_vaults_dir()}. Secrets come from {ENV_PASSPHRASE}, {ENV_NEW_PASSPHRASE} or "
        f"{ENV_RECOVERY_KEY}, a prompt on a terminal, or the first line of standard input.",
    )
    parser.add_argument("--version", action="version", version=f"counselor-desk {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def add(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    p = add("init", cmd_init, "create a new vault and print its recovery key once")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("--name", required=True, help="the vault's name (e.g. the counselor's)")
    p = add("demo", cmd_demo, "create a vault holding a fictional caseload")
    p.add_argument("vault", metavar="VAULT")
    p = add("import-data", cmd_import, "import a counselor-desk/1 JSON file (all or nothing)")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("file", metavar="FILE.json")
    p = add("export-data", cmd_export, "export everything as counselor-desk/1 JSON")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("file", metavar="FILE.json")
    p = add("search", cmd_search, "search notes and names; '-' reads the query from stdin")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("query", metavar="QUERY", nargs="?")
    p.add_argument("--limit", type=int, default=50, help="most hits to print (default 50)")
    p = add(
        "export-pdf",
        cmd_export_pdf,
        "print a client's record to a PDF: the client's own copy, or a disclosure under a "
        "consent or in a medical emergency (logged in the accounting of disclosures)",
    )
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("--client", required=True, metavar="ID", help="the client's id")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="a new file (0600)")
    basis = p.add_mutually_exclusive_group(required=True)
    basis.add_argument("--consent", metavar="ID", help="disclose under this consent (42 CFR 2.31)")
    basis.add_argument(
        "--client-copy", action="store_true", help="the client's own copy (no consent needed)"
    )
    basis.add_argument(
        "--emergency",
        action="store_true",
        help="a medical-emergency disclosure without consent (42 CFR 2.51); "
        "needs --recipient, --facility and --nature",
    )
    p.add_argument("--recipient", metavar="NAME", help="emergency: who receives the records")
    p.add_argument("--facility", metavar="NAME", help="emergency: the recipient's facility")
    p.add_argument(
        "--nature",
        metavar="TEXT",
        help="emergency: the nature of the emergency; '-' reads it from standard input",
    )
    p.add_argument(
        "--document",
        choices=DOCUMENTS,
        default="summary",
        help="what to print (default: summary)",
    )
    p.add_argument("--note", metavar="ID", help="with --document note: the note to print")
    p.add_argument(
        "--plan",
        metavar="ID",
        help="with --document plan (default: the active plan, else the newest)",
    )
    p.add_argument(
        "--from",
        dest="start",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help=f"first day of the summary (default: {SUMMARY_DAYS} days before --to)",
    )
    p.add_argument(
        "--to", dest="end", type=_iso_date, metavar="YYYY-MM-DD", help="last day (default: today)"
    )
    p.add_argument(
        "--counseling-notes",
        action="store_true",
        help="include SUD counseling notes in the summary (the client's own copy, or a "
        "consent that names them)",
    )
    p.add_argument(
        "--sections",
        metavar="A,B,C",
        help="with --document summary: only these parts (the minimum necessary), of "
        "medications, plan, attendance, screens, scales, notes, counseling-notes "
        "(default: all but counseling-notes)",
    )
    p.add_argument("--language", choices=("en", "es"), help="default: the client's preferred one")
    p.add_argument("--by", metavar="NAME", help="who releases it (default: the unlocking slot)")
    p = add("backup", cmd_backup, "write a verified .cdbackup")
    p.add_argument("vault", metavar="VAULT")
    p.add_argument("--to", metavar="FILE.cdbackup")
    p = add("restore", cmd_restore, "restore a .cdbackup into a new folder")
    p.add_argument("file", metavar="FILE.cdbackup")
    p.add_argument("--to", metavar="VAULT", required=True)
    p.add_argument(
        "--replace-damaged",
        action="store_true",
        help="move a damaged vault at VAULT aside (VAULT.damaged-TIME) and restore in its place",
    )
    p = add("verify", cmd_verify, "check pages, structure, audit chain, signed notes, schema")
    p.add_argument("vault", metavar="VAULT")
    p = add("passwd", cmd_passwd, "new passphrase for the slot that unlocked")
    p.add_argument("vault", metavar="VAULT")
    p = add("rotate-key", cmd_rotate, "new vault key and recovery key; re-encrypts the vault")
    p.add_argument("vault", metavar="VAULT")
    return parser


def _damaged_hint(args: argparse.Namespace) -> str:
    vault_arg = getattr(args, "vault", None)
    if not vault_arg:
        return ""
    folder = resolve_vault(vault_arg)
    for candidate in backup_files.list_backups(folder):
        return (
            f" The newest backup is {candidate}; to restore it: counselor-desk restore "
            f"{candidate} --to {vault_arg} --replace-damaged"
        )
    return (
        " There is no backup in the vault folder; the recovery key opens vault.db "
        "with any SQLCipher 4 tool."
    )


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    env: dict[str, str] | None = None,
) -> int:
    console = Console(
        stdin or sys.stdin,
        stdout or sys.stdout,
        stderr or sys.stderr,
        dict(os.environ if env is None else env),  # an explicit {} means no secrets
    )
    disable_core_dumps()
    parser = build_parser()
    args: argparse.Namespace | None = None
    try:
        try:
            with contextlib.redirect_stdout(console.stdout):
                args = parser.parse_args(argv)
        except SystemExit as stop:  # --help and --version print, then stop here
            return stop.code if isinstance(stop.code, int) else 0
        if args.command is None:  # the window starts from app.main, which wraps this
            parser.print_help(console.stdout)
            return 2
        handler: Handler = args.handler
        return handler(args, console)
    except InvalidImport as exc:
        count = len(exc.problems)
        console.say(
            f"counselor-desk: the file cannot be imported ({count} problem"
            f"{'s' if count != 1 else ''}); nothing was written."
        )
        for problem in exc.problems:
            console.say(f"  {problem}")
        return exc.exit_code
    except VaultDamaged as exc:
        console.say(f"counselor-desk: {exc}{_damaged_hint(args) if args else ''}")
        return exc.exit_code
    except CounselorDeskError as exc:
        console.say(f"counselor-desk: {exc}")
        return exc.exit_code
    except KeyboardInterrupt:
        console.say("counselor-desk: stopped.")
        return 1
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        console.say(f"counselor-desk: {exc.strerror or exc}{where}")
        return 1
    except DatabaseError as exc:
        # SQLite errors that reach here mean the file cannot be read as a vault.
        hint = _damaged_hint(args) if args else ""
        console.say(f"counselor-desk: the vault cannot be read ({exc}).{hint}")
        return 4
    except Exception as exc:  # one line, never a traceback; no record content in it
        console.say(f"counselor-desk: unexpected error ({type(exc).__name__}: {exc}).")
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
