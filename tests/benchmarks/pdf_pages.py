"""Regenerate the README's page images: one page of each kind of printed document.

    python tests/benchmarks/pdf_pages.py                 # writes resources/screenshots/pdf-*.png
    python tests/benchmarks/pdf_pages.py --out DIR --pdfs DIR2   # elsewhere; keep the PDFs too
    python tests/benchmarks/pdf_pages.py --markdown      # and print the README's table

A developer's script, not shipped and not a test (pytest does not collect it). It makes a
vault in a temporary folder with the fictional demo caseload (services.demo.populate_demo,
a fixed "today", time zone and clock, so the pages come out the same each time), prints
each document through the same code the window and `counselor-desk export-pdf` use
(services.printing where it has the document, else the export module the window calls),
and renders the chosen page with pdftoppm (poppler-utils) at a modest resolution. Every
name, record and key on the pages is fictional; the recovery key is a random one made
here, which opens nothing. Each image is checked to stay under MAX_BYTES.
"""

from __future__ import annotations

import argparse
import io
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from counselor_desk.domain.measures import WorksheetInstance
from counselor_desk.domain.records import Client, Consent
from counselor_desk.domain.recovery import KEY_BYTES, format_recovery_key
from counselor_desk.domain.worksheets import load_shipped
from counselor_desk.export.document import PrintSetup
from counselor_desk.export.ecomap import ecomap_pdf
from counselor_desk.export.handout import handout_pdf
from counselor_desk.export.recovery_kit import recovery_kit_pdf
from counselor_desk.export.worksheet import safety_plan_card_pdf, worksheet_pdf
from counselor_desk.services.caseload import Caseload
from counselor_desk.services.demo import populate_demo
from counselor_desk.services.groups import Groups
from counselor_desk.services.measures import Measures
from counselor_desk.services.printing import Printing, PrintOptions, Release
from counselor_desk.vault import network as network_repo
from counselor_desk.vault import sessions as sessions_repo
from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.store import Vault, create_vault

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "screenshots"
HANDOUTS = ROOT / "resources" / "handouts"
RESOLUTION = 60  # dots per inch: a letter page is 510 × 660 pixels
MAX_BYTES = 150 * 1024
PASSPHRASE = "maple orbit candle harbor"  # fictional, like everything else here
CHEAP = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
TZ = timezone(timedelta(hours=-6), "CST")
TODAY = date(2026, 3, 20)
NOW = datetime(2026, 3, 20, 15, 30, tzinfo=UTC)  # 9:30 in TZ
PROGRAM = "Riverbend Recovery Program"
BY = "Alex Moreno, CADC"
OPTIONS = PrintOptions(tz=TZ, program=PROGRAM, disclosed_by=BY)
SPANISH = PrintOptions(tz=TZ, program=PROGRAM, disclosed_by=BY, language="es")


@dataclass(frozen=True)
class Page:
    kind: str  # the image is pdf-<kind>.png
    caption: str
    pdf: bytes
    page: int  # 1-based


# -- the records -----------------------------------------------------------------------------


def demo_vault(folder: Path) -> Vault:
    vault = create_vault(folder, "Riverbend demo", PASSPHRASE, kdf=CHEAP, clock=lambda: NOW).vault
    populate_demo(vault, today=TODAY, tz=TZ)
    return vault


def by_name(vault: Vault) -> dict[str, Client]:
    return {c.display_name: c for c in Caseload(vault).clients(include_archived=True)}


def consent_for(vault: Vault, client: Client) -> Consent:
    """A usable consent to a primary-care doctor (the demo's, else one made here)."""
    usable = Printing(vault).usable_consents(client.id, TZ)
    if usable:
        return usable[0]
    return Caseload(vault).add_consent(
        Consent(
            client_id=client.id,
            discloser=PROGRAM,
            recipient="Valley Primary Care, Dr. Imani Okafor",
            information="Medication, attendance, urine screens and signed session notes",
            purpose="Coordination of care",
            signed=TODAY - timedelta(days=20),
            signed_by="client",
            expires=TODAY + timedelta(days=345),
        )
    )


RELAPSE_PLAN_ES: dict[str, Any] = {
    "reasons": (
        "Mis hijos, Mateo y Sofía. Quiero estar presente para ellos y volver a trabajar "
        "en la panadería. Quiero dormir tranquila y no tener miedo de una sobredosis."
    ),
    "external_triggers": (
        "Los viernes por la tarde, cuando cobro. Pasar por la calle Olmo. Las fiestas en "
        "casa de mi primo."
    ),
    "internal_triggers": "El cansancio, la soledad de la noche y el dolor de espalda.",
    "warning_early": "Dejo de ir a las reuniones. Duermo mal. No contesto el teléfono.",
    "warning_middle": "Pienso mucho en consumir. Busco excusas para ver a viejos amigos.",
    "warning_late": "Me digo «solo una vez» y pienso en cómo conseguirlo.",
    "coping": (
        "Llamar a mi hermana. Salir a caminar con el perro. Esperar 15 minutos y tomar "
        "agua. Ir a la reunión del martes en la iglesia de San José."
    ),
    "support_people": [
        {"name": "Marisol", "relationship": "mi hermana", "phone": "555-0142"},
        {"name": "Doña Carmen", "relationship": "madrina de NA", "phone": "555-0187"},
        {"name": "Alex Moreno", "relationship": "mi consejero", "phone": "555-0100"},
    ],
    "if_i_slip": (
        "Le cuento a Marisol el mismo día y llamo a mi consejero. No consumo a solas y "
        "tengo naloxona en la bolsa. Vuelvo a mi plan al día siguiente."
    ),
    "local_crisis_name": "Línea de crisis del condado",
    "local_crisis_phone": "555-0111",
    "review_date": "2026-04-17",
}

SAFETY_PLAN_EN: dict[str, Any] = {
    "warning_signs": (
        "I stop answering my phone.\nI lie awake past 2 a.m.\nI think nobody would miss me."
    ),
    "things_alone": "Take a hot shower. Walk the dog around the lake. Play guitar.",
    "distractions": "Coffee with Marisol at the corner cafe. The public library.",
    "help_people": [
        {"name": "Marisol (sister)", "phone": "555-0142"},
        {"name": "Ray, my sponsor", "phone": "555-0199"},
    ],
    "professionals": [
        {"name": "Alex Moreno, counselor", "phone": "555-0100 x12"},
        {"name": "County crisis line", "phone": "555-0111"},
    ],
    "safer_surroundings": "Marisol keeps my extra pills. No alcohol in the house.",
    "reason_for_living": "My daughter Lucia, and seeing her graduate.",
}


def filled_worksheet(
    vault: Vault, client: Client, definition_id: str, values: dict[str, Any]
) -> WorksheetInstance:
    measures = Measures(vault)
    started = measures.start_worksheet(client.id, definition_id)
    return measures.complete_worksheet(started.id, values)


# -- the documents ---------------------------------------------------------------------------


def pages(vault: Vault) -> list[Page]:
    printing = Printing(vault)
    clients = by_name(vault)
    dana, rosa, lupe = clients["Dana R."], clients["Rosa M."], clients["Lupe G."]
    setup = PrintSetup(printed_at=NOW, program=PROGRAM, tz=TZ)
    setup_es = PrintSetup(printed_at=NOW, program=PROGRAM, tz=TZ, language="es")
    definitions = load_shipped().definitions
    made: list[Page] = []

    def add(kind: str, caption: str, pdf: bytes, page: int | Callable[[bytes], int] = 1) -> None:
        number = page(pdf) if callable(page) else page
        made.append(Page(kind, caption, pdf, number))

    # A signed session note with its addenda (the demo's notes with addenda).
    addenda = sessions_repo.all_addenda(vault.conn)
    note_id = ([a for a in addenda if a.client_id == dana.id] or addenda)[0].note_id
    note = printing.session_note(note_id, Release.client_copy(), OPTIONS)
    add("session-note", "A signed session note (its addendum follows)", note.pdf)

    # A client summary sent to a doctor under the client's consent: its cover carries the
    # long 42 CFR 2.32 notice, every page the short one; the page shown has the scale charts.
    start = TODAY - timedelta(days=90)
    consent = consent_for(vault, dana)
    disclosed = printing.client_summary(
        dana.id, start, TODAY, Release.under_consent(consent.id), OPTIONS
    )
    printing.release(disclosed)  # logged in the accounting of disclosures, as paper leaving
    add("disclosure-cover", "Disclosure cover with the Part 2 notice", disclosed.pdf)
    add(
        "client-summary",
        "Client summary: scale charts, the Part 2 notice at the foot",
        disclosed.pdf,
        first_page_with("Scales"),
    )

    # A medical emergency (42 CFR 2.51), so the accounting has both kinds.
    emergency = printing.session_note(
        note_id,
        Release.emergency(
            "Dr. Sam Whitfield, emergency physician",
            "Mercy County Hospital emergency department",
            "Unresponsive after a suspected overdose; the team asked for current MAT doses",
        ),
        OPTIONS,
    )
    printing.release(emergency)
    accounting = printing.accounting(dana.id, OPTIONS)
    add("accounting", "Accounting of disclosures", accounting.pdf)

    # The treatment plan, in Spanish.
    plan = printing.plan_to_print(lupe.id)
    assert plan is not None, "the demo gives every client a plan"
    spanish_plan = printing.treatment_plan(plan.id, Release.client_copy(), SPANISH)
    add("treatment-plan-es", "Treatment plan (Spanish)", spanish_plan.pdf)

    # A worksheet blank (for writing by hand), and the relapse prevention plan filled in Spanish.
    relapse = definitions["relapse_prevention"]
    add("worksheet-blank", "Worksheet, blank", worksheet_pdf(relapse, setup))
    instance = filled_worksheet(vault, rosa, "relapse_prevention", RELAPSE_PLAN_ES)
    filled = worksheet_pdf(relapse, setup_es, instance=instance, client=rosa)
    add("worksheet-filled-es", "Relapse prevention plan, filled in Spanish", filled)

    # The safety plan as a wallet card.
    safety = definitions["safety_plan"]
    card_instance = filled_worksheet(vault, dana, "safety_plan", SAFETY_PLAN_EN)
    card = safety_plan_card_pdf(safety, setup, instance=card_instance, client=dana)
    add("safety-card", "Safety plan, wallet size", card)

    # The support network (ecomap) of the client with the largest one.
    networks = {c.id: network_repo.list_members(vault.conn, c.id) for c in clients.values()}
    widest = max(clients.values(), key=lambda c: len(networks[c.id]))
    add("ecomap", "Support network (ecomap)", ecomap_pdf(widest, networks[widest.id], setup))

    # The recovery kit, with a made-up key that opens nothing (random, but the same each run
    # so the image does not change for nothing).
    key = format_recovery_key(random.Random("README recovery kit").randbytes(KEY_BYTES))
    add(
        "recovery-kit",
        "Recovery kit (a made-up key)",
        recovery_kit_pdf("Riverbend demo", key, setup),
    )

    # A group-session sign-in sheet.
    groups = sorted(Groups(vault).groups(), key=lambda g: g.start)
    signin = printing.group_signin(groups[-1].id, OPTIONS)
    add("group-signin", "Group sign-in sheet", signin.pdf)

    # A handout in large print.
    markdown = (HANDOUTS / "en" / "overdose_and_naloxone.md").read_text(encoding="utf-8")
    title = next(
        (line[2:].strip() for line in markdown.splitlines() if line.startswith("# ")), "Handout"
    )
    add(
        "handout-large",
        "Handout, large print",
        handout_pdf(markdown, title, setup, large_print=True),
    )
    return made


def first_page_with(text: str) -> Callable[[bytes], int]:
    def find(pdf: bytes) -> int:
        for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):
            if any(line.strip() == text for line in (page.extract_text() or "").splitlines()):
                return number
        raise LookupError(f"no page has the heading {text!r}")

    return find


# -- rendering -------------------------------------------------------------------------------


def render(page: Page, out: Path, folder: Path) -> Path:
    source = folder / f"{page.kind}.pdf"
    source.write_bytes(page.pdf)
    target = out / f"pdf-{page.kind}"
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            str(RESOLUTION),
            "-f",
            str(page.page),
            "-l",
            str(page.page),
            "-singlefile",
            str(source),
            str(target),
        ],
        check=True,
    )
    return target.with_suffix(".png")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="where the PNGs go")
    parser.add_argument("--pdfs", type=Path, help="also keep the PDFs in this folder")
    parser.add_argument("--markdown", action="store_true", help="print the README's table too")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: apt-get install -y poppler-utils", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    too_big = 0
    with tempfile.TemporaryDirectory(prefix="counselor-desk-pages-") as tmp:
        folder = Path(tmp)
        vault = demo_vault(folder / "vault")
        try:
            made = pages(vault)
        finally:
            vault.lock()
        for page in made:
            image = render(page, args.out, folder)
            size = image.stat().st_size
            count = len(PdfReader(io.BytesIO(page.pdf)).pages)
            flag = "" if size <= MAX_BYTES else f"  TOO BIG (> {MAX_BYTES // 1024} KiB)"
            too_big += size > MAX_BYTES
            print(f"{image.name:<28} page {page.page} of {count:<3} {size / 1024:6.1f} KiB{flag}")
            if args.pdfs is not None:
                args.pdfs.mkdir(parents=True, exist_ok=True)
                (args.pdfs / f"{page.kind}.pdf").write_bytes(page.pdf)
        if args.markdown:
            print()
            print(markdown_table(made))
    return 1 if too_big else 0


def markdown_table(made: Sequence[Page]) -> str:
    """The README's table of page images, two to a row."""
    cells = [f"![{page.caption}](resources/screenshots/pdf-{page.kind}.png)" for page in made]
    if len(cells) % 2:
        cells.append("")
    rows = ["| | |", "|---|---|"]
    rows += [
        f"| {cells[i]} | {cells[i + 1]} |".replace("|  |", "| |") for i in range(0, len(cells), 2)
    ]
    return "\n".join(rows)


if __name__ == "__main__":
    sys.exit(main())
