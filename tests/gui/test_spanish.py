"""The window in Spanish: the committed translation covers every string the code asks
for, its compiled .qm matches the .ts, and real widgets read Spanish once it is installed.

When a test here fails after a UI change, from the repository root (TS and QM being
resources/i18n/counselor_desk_es.ts and .qm):
    pyside6-lupdate counselor_desk/ui/*.py counselor_desk/app.py -ts $TS
then translate the new messages (Qt Linguist, or edit the .ts) and compile:
    pyside6-lrelease $TS -qm $QM
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QPushButton, QWidget

from counselor_desk.domain.records import Medication, SessionKind
from counselor_desk.ui.workspace import Workspace
from counselor_desk.vault.keyslots import KdfParams
from counselor_desk.vault.store import create_vault

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TS = I18N / "counselor_desk_es.ts"
QM = I18N / "counselor_desk_es.qm"

Message = tuple[str, str]  # (context, source)


def _sources() -> list[Path]:
    """What lupdate reads: the same files as the command in the module docstring."""
    return [
        *sorted((ROOT / "counselor_desk" / "ui").glob("*.py")),
        ROOT / "counselor_desk" / "app.py",
    ]


def _tool(name: str) -> str:
    """A Qt tool from this interpreter's environment (PySide6 installs them there)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found; it comes with PySide6 (pip install PySide6-Essentials)")
    return found


def _run(*args: str) -> None:
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{Path(args[0]).name} failed:\n{done.stdout}\n{done.stderr}"


def _messages(ts: Path) -> dict[Message, ET.Element]:
    root = ET.parse(ts).getroot()
    found: dict[Message, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _named(messages: set[Message] | list[Message]) -> str:
    return "\n".join(f"  [{context}] {source!r}" for context, source in sorted(messages))


# -- the translation file -----------------------------------------------------------------


def test_every_message_is_translated() -> None:
    unfinished = []
    for key, message in _messages(TS).items():
        translation = message.find("translation")
        assert translation is not None, key
        texts = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") is not None or not all(t and t.strip() for t in texts):
            unfinished.append(key)
    assert not unfinished, "Untranslated (or obsolete) messages:\n" + _named(unfinished)


def test_translation_file_has_every_string_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    _run(_tool("pyside6-lupdate"), "-silent", *map(str, _sources()), "-ts", str(fresh))
    in_code, committed = set(_messages(fresh)), set(_messages(TS))
    assert in_code, "lupdate found no strings at all"
    missing, stale = in_code - committed, committed - in_code
    assert not missing, "Strings not in counselor_desk_es.ts (run lupdate):\n" + _named(missing)
    assert not stale, "Strings in counselor_desk_es.ts the code no longer has:\n" + _named(stale)


def _hidden_from_lupdate(tree: ast.AST) -> list[int]:
    """Lines where lupdate extracts the wrong text or nothing: an f-string or a
    concatenation handed to a translate call, or a translate call inside an f-string."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            inner = [n for n in ast.walk(node) if isinstance(n, ast.Call)]
            if any(getattr(c.func, "attr", None) in ("tr", "translate") for c in inner):
                lines.append(node.lineno)
        name = getattr(node.func, "attr", None) if isinstance(node, ast.Call) else None
        if name in ("tr", "translate"):
            assert isinstance(node, ast.Call)
            at = 1 if name == "translate" else 0
            text = node.args[at] if len(node.args) > at else None
            built = isinstance(text, ast.BinOp) and not all(
                isinstance(part, ast.Constant | ast.BinOp | ast.operator) for part in ast.walk(text)
            )
            if isinstance(text, ast.JoinedStr) or built:
                lines.append(node.lineno)
    return lines


def test_every_translate_call_is_visible_to_lupdate() -> None:
    hidden = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in _sources()
        for line in _hidden_from_lupdate(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert not hidden, "tr()/translate() text lupdate cannot see as written:\n" + "\n".join(hidden)


def test_compiled_translation_is_up_to_date(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    _run(_tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(fresh))
    assert QM.is_file(), "counselor_desk_es.qm is missing (run lrelease)"
    if QM.read_bytes() == fresh.read_bytes():
        return
    # Another lrelease version may lay the bytes out differently: compare what they say.
    committed, rebuilt = QTranslator(), QTranslator()
    assert committed.load(str(QM)) and rebuilt.load(str(fresh))
    differ = []
    for (context, source), message in _messages(TS).items():
        counts = (1, 2, 5) if message.get("numerus") == "yes" else (-1,)
        for n in counts:
            if committed.translate(context, source, None, n) != rebuilt.translate(
                context, source, None, n
            ):
                differ.append((context, source))
    assert not differ, "counselor_desk_es.qm is out of date (run lrelease):\n" + _named(differ)


@pytest.mark.parametrize("name", ["es", "es_US", "es_MX", "es_PR"])
def test_the_app_finds_the_spanish_file(name: str) -> None:
    """The same call app.py makes with the system locale."""
    translator = QTranslator()
    assert translator.load(QLocale(name), "counselor_desk", "_", str(I18N))
    assert translator.language() == "es"


# -- real widgets in Spanish ----------------------------------------------------------------


def _labels(widget: QWidget) -> dict[str, str]:
    """Every label's text, keyed by text, with its accessible name as the value."""
    return {label.text(): label.accessibleName() for label in widget.findChildren(QLabel)}


def _labelled(widget: QWidget, accessible_name: str) -> QLabel:
    found = [w for w in widget.findChildren(QLabel) if w.accessibleName() == accessible_name]
    assert len(found) == 1, (accessible_name, [w.accessibleName() for w in found])
    return found[0]


def test_unlock_page_reads_spanish(  # type: ignore[no-untyped-def]
    qtbot, spanish, vaults_root: Path, ui_settings, passphrase: str, cheap_kdf: KdfParams
) -> None:
    from counselor_desk.ui.unlock_page import UnlockPage

    created = create_vault(
        vaults_root / "rivera", "A. Rivera", passphrase, kdf=cheap_kdf, check_strength=False
    )
    created.vault.lock()
    page = UnlockPage(vaults_root, ui_settings, kdf=cheap_kdf)
    qtbot.addWidget(page)

    assert page.unlock_button.text() == "Desbloquear"
    assert page.subtitle.text() == "Desbloquee su bóveda para ver sus casos."
    assert page.secret_label.text() == "&Frase de contraseña:"
    assert page.secret_edit.accessibleName() == "Frase de contraseña"
    assert page.recovery_toggle.text() == "&Usar la clave de recuperación en su lugar"
    assert page.create_button.text() == "&Crear una bóveda nueva…"
    assert page.demo_button.text() == "Probar la bóveda de &demostración"
    assert page.open_button.toolTip() == "Una bóveda guardada en otro lugar, como una memoria USB"
    assert "&Bóveda:" in _labels(page)
    page.recovery_toggle.setChecked(True)
    assert page.secret_label.text() == "Clave de &recuperación:"
    assert page.secret_edit.placeholderText() == "17 grupos de 4, p. ej., 1a2b-3c4d-…"


def test_plural_forms_in_spanish(spanish) -> None:  # type: ignore[no-untyped-def]
    wait = "Too many wrong tries. You can try again in %n second(s)."
    one = QCoreApplication.translate("UnlockPage", wait, "", 1)
    many = QCoreApplication.translate("UnlockPage", wait, "", 30)
    assert one == "Demasiados intentos fallidos. Puede volver a intentarlo en 1 segundo."
    assert many == "Demasiados intentos fallidos. Puede volver a intentarlo en 30 segundos."


def test_note_editor_reads_spanish(  # type: ignore[no-untyped-def]
    qtbot, spanish, workspace: Workspace, ids: dict[str, str]
) -> None:
    from counselor_desk.ui.note_editor import NoteEditor

    editor = NoteEditor(workspace, autosave_ms=50)
    qtbot.addWidget(editor)
    header = _labelled(editor, "Sesión")
    assert header.text() == "No hay ninguna nota abierta. Elija una sesión para escribir su nota."
    assert editor.open_note(ids["note"])

    assert header.text().startswith("Dana R. — Sesión individual, ")
    assert header.text().endswith(", 50 min")
    labels = _labels(editor)
    assert {"Datos", "Evaluación", "Plan", "Próxima cita", "Autolesión:", "For&mato:"} <= set(
        labels
    )
    assert "Revisión de riesgos" in {box.title() for box in editor.findChildren(QGroupBox)}
    formats = editor.findChild(QComboBox, "formatBox")
    assert formats is not None
    assert formats.currentText() == "DAP"
    assert "Formato libre" in [formats.itemText(i) for i in range(formats.count())]
    sign = editor.findChild(QPushButton, "signButton")
    assert sign is not None
    assert sign.text() == "&Firmar…"
    assert sign.toolTip() == "Firmar y bloquear esta nota (Ctrl+Shift+Enter)"
    data = editor.field("data")
    assert data is not None
    assert data.accessibleName() == "Datos"
    assert data.toPlainText() == "Talked about cravings after work"  # the record, as written


def test_labels_dates_and_dialogs_in_spanish(  # type: ignore[no-untyped-def]
    qtbot, spanish, ids: dict[str, str]
) -> None:
    from counselor_desk.ui.consent_dialog import ConsentDialog
    from counselor_desk.ui.medication_dialog import MedicationDialog
    from counselor_desk.ui.models import date_pattern, medication_label, session_kind_label
    from counselor_desk.ui.workspace import describe

    assert medication_label(Medication.BUPRENORPHINE) == "Buprenorfina"
    assert medication_label(Medication.METHADONE) == "Metadona"
    assert medication_label(Medication.NALTREXONE) == "Naltrexona"
    assert session_kind_label(SessionKind.PEER_SUPPORT) == "Apoyo entre pares"
    assert date_pattern() == "d MMM yyyy"
    assert describe(RuntimeError()) == "Algo salió mal y no se cambió nada (RuntimeError)."

    medication = MedicationDialog(None, ids["dana"])
    qtbot.addWidget(medication)
    assert medication.windowTitle() == "Iniciar medicamento"
    offered = [medication.form.itemText(i) for i in range(medication.form.count())]
    assert offered == [
        "película sublingual",
        "tableta sublingual",
        "inyección de liberación prolongada",
    ]

    consent = ConsentDialog(None, ids["dana"])
    qtbot.addWidget(consent)
    assert consent.windowTitle() == "Agregar consentimiento"
    assert consent.problem.accessibleName() == "Problema"
