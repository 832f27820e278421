"""The core's error sentences in Spanish: resources/i18n/errors_es.json has a translation
for every sentence the core can raise, none it no longer raises, the same values in
each, and describe() says real errors in Spanish once the Spanish translation is in.

The templates are read from the source with `ast`, by one rule: the message of every
call to a CounselorDeskError class (its first argument, or its `message`, `problem` or
`lead` parameter), of every MemberProblem (NetworkMemberInvalid joins their sentences),
and what the __init__ of such a class hands to Exception. A message is a string or an
f-string, each replacement field becoming {0}, {1}, … in order; when it is a name, the
strings it is bound to (in the function, in the module, or as the argument of every
call of the function in the module), or returned by the function it is the result of.
Names inside an f-string are followed the same way: their strings ("digits", "The
first voucher") are templates too, translated where the value shows up.

When test_every_error_has_spanish fails after a new error, add its template to
errors_es.json with the Spanish (same {n} fields, in any order).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator

from counselor_desk.domain.errors import (
    CounselorDeskError,
    ImportProblem,
    InvalidImport,
    RecoveryKeyTypo,
    UnlockThrottled,
    ValidationError,
    VaultNotFound,
)
from counselor_desk.domain.group_notes import NameLeak
from counselor_desk.domain.network import MemberProblem, NetworkMemberInvalid, ProblemCode
from counselor_desk.domain.records import Client, Session, SessionKind
from counselor_desk.domain.recovery import parse_recovery_key
from counselor_desk.domain.treatment_plan import PlanBodyInvalid
from counselor_desk.services.caseload import Caseload
from counselor_desk.ui import error_text
from counselor_desk.ui.error_text import (
    fill,
    forget_catalogs,
    has_words,
    template_fields,
    template_words,
    translate_error,
)
from counselor_desk.ui.errors import describe, ui_language
from counselor_desk.vault.store import Vault, unlock_with_passphrase

ROOT = Path(__file__).resolve().parents[2]
CATALOG = ROOT / "resources" / "i18n" / "errors_es.json"
CORE = ("domain", "services", "vault", "export")

MESSAGE_PARAMETERS = {"message", "problem", "lead"}
# Not errors themselves, but their sentence becomes an error's.
PART_CLASSES = {"MemberProblem"}
# Messages the rule cannot read, and why that is fine ("file: call" as ast.unparse says).
UNREAD = {
    # a parameter passed through: its callers' strings are read at the call sites
    "domain/errors.py: super().__init__(message)",
    "domain/scales.py: super().__init__(message)",
    # lists of problems joined after a lead: the window shows each problem itself
    # (worksheets_view, treatment_plan_view, network_dialog); the joined text stays English
    "domain/measures.py: super().__init__("
    "f'{lead}: ' + '; '.join((str(p) for p in problems)) + '.')",
    "domain/treatment_plan.py: super().__init__("
    "f'{lead}: ' + '; '.join((str(f) for f in faults)) + '.')",
    "domain/network.py: super().__init__(' '.join((p.message for p in problems)))",
    # a worksheet file's fault (_Bad): for the worksheet's author, not the counselor
    "domain/worksheets.py: WorksheetDefinitionError(path, bad.key_path, bad.problem)",
}

Function = ast.FunctionDef | ast.AsyncFunctionDef


# -- the templates in the source ------------------------------------------------------------


def _core_modules() -> Iterator[tuple[ModuleType, Path]]:
    for package in CORE:
        for path in sorted((ROOT / "counselor_desk" / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            yield importlib.import_module(".".join(parts)), path


def _message_classes() -> dict[str, type]:
    """Every CounselorDeskError class of the core, and the part classes, by name."""
    found: dict[str, type] = {}
    for module, _ in _core_modules():
        for name, value in vars(module).items():
            if inspect.isclass(value) and (
                issubclass(value, CounselorDeskError) or name in PART_CLASSES
            ):
                found[name] = value
    return found


def _message_arguments(cls: type, call: ast.Call) -> list[ast.expr]:
    if cls.__init__ is Exception.__init__:  # type: ignore[misc]
        return call.args[:1]
    names = list(inspect.signature(cls).parameters)
    positional = [a for i, a in enumerate(call.args) if i < len(names)]
    return [a for a, n in zip(positional, names, strict=False) if n in MESSAGE_PARAMETERS] + [
        k.value for k in call.keywords if k.arg in MESSAGE_PARAMETERS
    ]


def source_template(node: ast.Constant | ast.JoinedStr) -> str:
    """A string or an f-string as a template: each replacement field {0}, {1}, …"""

    def literal(text: object) -> str:
        return str(text).replace("{", "{{").replace("}", "}}")

    if isinstance(node, ast.Constant):
        return literal(node.value)
    parts, number = [], 0
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append(literal(value.value))
        else:
            parts.append(f"{{{number}}}")
            number += 1
    return "".join(parts)


@dataclass
class _Module:
    """One module's tree, with what following a name needs."""

    tree: ast.Module
    parents: dict[ast.AST, ast.AST] = field(default_factory=dict)
    functions: dict[str, list[Function]] = field(default_factory=dict)
    constants: dict[str, ast.expr] = field(default_factory=dict)
    calls: list[ast.Call] = field(default_factory=list)

    def __post_init__(self) -> None:
        for node in ast.walk(self.tree):
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                self.functions.setdefault(node.name, []).append(node)
            if isinstance(node, ast.Call):
                self.calls.append(node)
        for statement in self.tree.body:
            if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
                target = statement.targets[0]
                if isinstance(target, ast.Name):
                    self.constants[target.id] = statement.value

    def scope(self, node: ast.AST) -> Function | None:
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                return node
        return None

    def strings(
        self, expr: ast.expr, scope: Function | None, depth: int = 0
    ) -> list[tuple[ast.Constant | ast.JoinedStr, Function | None]]:
        """The string and f-string nodes `expr` can be, each with its function."""
        if depth > 4:
            return []
        if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
            return [(expr, scope)]
        if isinstance(expr, ast.JoinedStr):
            return [(expr, scope)]
        if isinstance(expr, ast.IfExp):
            return self.strings(expr.body, scope, depth + 1) + self.strings(
                expr.orelse, scope, depth + 1
            )
        if isinstance(expr, ast.BoolOp):
            return [s for v in expr.values for s in self.strings(v, scope, depth + 1)]
        if isinstance(expr, ast.Name):
            return self._name(expr.id, scope, depth)
        if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name):
            return [
                s
                for function in self.functions.get(expr.func.id, [])
                for node in ast.walk(function)
                if isinstance(node, ast.Return) and node.value is not None
                for s in self.strings(node.value, function, depth + 1)
            ]
        return []

    def _name(
        self, name: str, scope: Function | None, depth: int
    ) -> list[tuple[ast.Constant | ast.JoinedStr, Function | None]]:
        bound: list[ast.expr] = []
        if scope is not None:
            for node in ast.walk(scope):
                targets = (
                    node.targets
                    if isinstance(node, ast.Assign)
                    else [node.target]
                    if isinstance(node, ast.AnnAssign)
                    else []
                )
                value = getattr(node, "value", None)
                if value is not None and any(
                    isinstance(t, ast.Name) and t.id == name for t in targets
                ):
                    bound.append(value)
            arguments = scope.args.posonlyargs + scope.args.args + scope.args.kwonlyargs
            if not bound and name in [a.arg for a in arguments]:
                return [
                    s
                    for value in self._passed(scope, name)
                    for s in self.strings(value, self.scope(value), depth + 1)
                ]
        if not bound and name in self.constants:
            return self.strings(self.constants[name], None, depth + 1)
        return [s for value in bound for s in self.strings(value, scope, depth + 1)]

    def _passed(self, function: Function, parameter: str) -> list[ast.expr]:
        """What the calls of `function` in this module pass as `parameter`."""
        names = [a.arg for a in function.args.posonlyargs + function.args.args]
        found: list[ast.expr] = []
        if function.name.startswith("__"):
            return found  # a class is called by its name, an __init__ read on its own
        for call in self.calls:
            func = call.func
            called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if called != function.name:
                continue
            position = names.index(parameter) if parameter in names else None
            if position is not None and names[:1] in (["self"], ["cls"]):
                position -= 1 if isinstance(func, ast.Attribute) else 0
            found += [a for i, a in enumerate(call.args) if i == position]
            found += [k.value for k in call.keywords if k.arg == parameter]
        return found

    def templates(self, expr: ast.expr, scope: Function | None, depth: int = 0) -> list[str]:
        """The templates `expr` can be, and those of the names its f-strings show."""
        found = []
        for node, where in self.strings(expr, scope):
            found.append(source_template(node))
            if isinstance(node, ast.JoinedStr) and depth < 2:
                for value in node.values:
                    if isinstance(value, ast.FormattedValue) and isinstance(value.value, ast.Name):
                        found += self.templates(value.value, where, depth + 1)
        return found


@dataclass
class Extracted:
    templates: dict[str, list[str]]  # template -> where ("vault/store.py:453")
    unread: set[str]


def extract() -> Extracted:
    """The templates of the core's error messages, by the rule of the module docstring."""
    classes = _message_classes()
    result = Extracted({}, set())
    for _, path in _core_modules():
        _extract_module(path, classes, result)
    return result


def _extract_module(path: Path, classes: dict[str, type], result: Extracted) -> None:
    module = _Module(ast.parse(path.read_text(encoding="utf-8")))
    where = path.relative_to(ROOT / "counselor_desk").as_posix()

    def add(messages: list[ast.expr], scope: Function | None, call: ast.Call) -> None:
        for message in messages:
            found = module.templates(message, scope)
            if not found:
                result.unread.add(f"{where}: {ast.unparse(call)}")
            for template in filter(has_words, found):
                result.templates.setdefault(template, []).append(f"{where}:{call.lineno}")

    for node in ast.walk(module.tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name in classes:
                add(_message_arguments(classes[name], node), module.scope(node), node)
        if isinstance(node, ast.ClassDef) and node.name in classes:
            for init in node.body:
                if not (isinstance(init, ast.FunctionDef) and init.name == "__init__"):
                    continue
                for call in ast.walk(init):
                    if (
                        isinstance(call, ast.Call)
                        and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "__init__"
                        and isinstance(call.func.value, ast.Call)  # super().__init__
                    ):
                        add(call.args[:1], init, call)


@pytest.fixture(scope="module")
def extracted() -> Extracted:
    return extract()


@pytest.fixture(scope="module")
def catalog() -> dict[str, str]:
    loaded = json.loads(CATALOG.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


# -- the catalog against the source -------------------------------------------------------


def test_the_rule_finds_the_errors(extracted: Extracted) -> None:
    """A sanity check of the extractor: a raise, an __init__, a helper's returns."""
    templates = extracted.templates
    assert len(templates) > 250
    assert "There is no vault at {0}." in templates
    assert "Too many wrong tries. Wait {0} seconds before trying again." in templates
    assert "Consent {0} expired on {1}; ask the client for a new consent." in templates
    assert "digits" in templates  # the noun of "The recovery key has {0} {1}, but …"


def test_every_message_is_read(extracted: Extracted) -> None:
    """A message built where the rule cannot read it would stay English unnoticed: say
    why it is fine in UNREAD, or build it from strings the rule reads."""
    unknown = sorted(extracted.unread - UNREAD)
    assert not unknown, "Error messages the template rule cannot read:\n" + "\n".join(unknown)


def test_every_error_has_spanish(extracted: Extracted, catalog: dict[str, str]) -> None:
    missing = sorted(set(extracted.templates) - set(catalog))
    assert not missing, (
        "English error messages without Spanish in resources/i18n/errors_es.json:\n"
        + "\n".join(f"  {t!r}  ({extracted.templates[t][0]})" for t in missing)
    )


def test_no_stale_entries(extracted: Extracted, catalog: dict[str, str]) -> None:
    stale = sorted(set(catalog) - set(extracted.templates))
    assert not stale, "errors_es.json entries the code no longer raises:\n" + "\n".join(
        f"  {t!r}" for t in stale
    )


def test_spanish_keeps_every_value(catalog: dict[str, str]) -> None:
    wrong = [
        f"  {english!r}: {spanish!r}"
        for english, spanish in catalog.items()
        if sorted(template_fields(spanish)) != sorted(template_fields(english))
        or template_fields(english) != list(range(len(template_fields(english))))
    ]
    assert not wrong, "Fields must be {0}, {1}, … once each, the same in both:\n" + "\n".join(wrong)


def test_braces_are_balanced(catalog: dict[str, str]) -> None:
    """A stray { or } is not a field: it would show as typed, or hide a value."""
    loose = [
        text
        for pair in catalog.items()
        for text in pair
        if "{" in template_words(text) or "}" in template_words(text)
    ]
    assert not loose, "\n".join(loose)


# Kept in English on purpose: names of files, commands and the program.
_KEPT = re.compile(r"vault\.db|keys\.json|counselor-desk[\w -]*|--[\w-]+|Counselor Desk|[A-Z]{2,}")


def _english_words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]{4,}", _KEPT.sub(" ", template_words(text)).lower()))


_ENGLISH = {
    "the", "this", "that", "with", "there", "cannot", "must", "have", "already", "which",
    "would", "before", "after", "only", "needs", "another", "client", "vault", "note",
    "backup", "first", "again", "open", "opens", "does", "because", "records", "name",
}  # fmt: skip


def test_spanish_is_not_english(catalog: dict[str, str]) -> None:
    """Each value is a translation, not the English copied over: it differs from its
    key and has none of the common English words."""
    same = [english for english, spanish in catalog.items() if spanish == english]
    assert not same, "Not translated:\n" + "\n".join(same)
    english_left = [
        f"  {spanish!r}: {sorted(_english_words(spanish) & _ENGLISH)}"
        for spanish in catalog.values()
        if _english_words(spanish) & _ENGLISH
    ]
    assert not english_left, "English words left in the Spanish:\n" + "\n".join(english_left)


def test_every_template_comes_back_as_its_own_spanish(
    catalog: dict[str, str], fresh_catalogs: None
) -> None:
    """Filled in with plain values, each English sentence matches its own template (no
    shorter one takes it) and its values land where the Spanish puts them."""
    wrong = []
    for english, spanish in catalog.items():
        values = {n: f"V{n}x" for n in template_fields(english)}
        expected = fill(spanish, values)
        got = translate_error(fill(english, values), "es")
        if got != expected:
            wrong.append(f"  {english!r}\n    gives {got!r}\n    not {expected!r}")
    assert not wrong, "\n".join(wrong)


# -- translating real errors ------------------------------------------------------------------


@pytest.fixture
def fresh_catalogs() -> Iterator[None]:
    forget_catalogs()
    yield
    forget_catalogs()


def test_a_refused_session_in_spanish(open_vault: Vault, fresh_catalogs: None) -> None:
    caseload = Caseload(open_vault)
    client = caseload.add_client(Client("Dana R."))
    start = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
    with pytest.raises(ValidationError) as raised:
        caseload.add_session(Session(client.id, start, 0, SessionKind.INDIVIDUAL))
    english = str(raised.value)
    assert english == "A session lasts between 1 minute and 24 hours."
    assert translate_error(english, "es") == "Una sesión dura entre 1 minuto y 24 horas."
    assert translate_error(english, "en") == english


def test_values_come_back_in_place(fresh_catalogs: None) -> None:
    throttled = str(UnlockThrottled(42.4))
    assert translate_error(throttled, "es") == (
        "Demasiados intentos fallidos. Espere 42 segundos antes de volver a intentarlo."
    )
    leak = NameLeak(
        part="individual",
        owner_id="c1",
        owner_name="Dana R.",
        named_id="c2",
        named_name="Marcus T.",
        word="Marcus",
    )
    assert translate_error(str(leak), "es") == (
        "La sección de Dana R. menciona a otro integrante del grupo, Marcus T. (“Marcus”). "
        "Cada expediente recibe solo su propia sección, así que quite el nombre antes de "
        "firmar."
    )


@pytest.mark.parametrize(
    ("typed", "spanish"),
    [
        (
            "a",
            "La clave de recuperación tiene 1 dígito, pero se esperan 64 (68 con el grupo de "
            "verificación). Revise si falta algún grupo o si hay uno repetido.",
        ),
        (
            "abcd-o123",
            "El grupo 2 de la clave de recuperación contiene 'o'. 'o' no se usa en las claves "
            "de recuperación; ¿quiso escribir 0?",
        ),
    ],
)
def test_recovery_key_typos_in_spanish(typed: str, spanish: str, fresh_catalogs: None) -> None:
    """Words the code chose (digit or digits, the hint) are translated where they stand."""
    with pytest.raises(RecoveryKeyTypo) as raised:
        parse_recovery_key(typed)
    assert translate_error(str(raised.value), "es") == spanish


def test_a_missing_vault_in_spanish(tmp_path: Path, fresh_catalogs: None) -> None:
    with pytest.raises(VaultNotFound) as raised:
        unlock_with_passphrase(tmp_path / "nowhere", "maple orbit candle harbor")
    spanish = translate_error(str(raised.value), "es")
    assert spanish == f"No hay ninguna bóveda en {tmp_path / 'nowhere'}."


def test_nested_joined_and_located_messages(fresh_catalogs: None) -> None:
    """A value that is itself a sentence, sentences joined, a location before one."""
    assert translate_error(
        "The backup's database is damaged: That recovery key does not open this vault.", "es"
    ) == (
        "La base de datos de la copia de seguridad está dañada: Esa clave de recuperación "
        "no abre esta bóveda."
    )
    assert translate_error("The recovery key has 1 digit, but 32 are expected", "es") == (
        "The recovery key has 1 digit, but 32 are expected"  # not a whole sentence
    )
    member = NetworkMemberInvalid(
        [
            MemberProblem(
                "name", ProblemCode.REQUIRED, "A name is needed (a first name, or a group's name)."
            ),
            MemberProblem(
                "role", ProblemCode.TOO_LONG, "Role is 300 characters long; at most 200 are kept."
            ),
        ]
    )
    spanish = translate_error(str(member), "es")
    assert spanish.startswith("Hace falta un nombre")
    assert "Role" in spanish and "300" in spanish and "200" in spanish
    body = PlanBodyInvalid("problems[0].goals", "must be a list")
    assert translate_error(str(body), "es") == "problems[0].goals: debe ser una lista"


def test_unknown_and_english_messages_unchanged(fresh_catalogs: None) -> None:
    assert translate_error("Something nobody wrote.", "es") == "Something nobody wrote."
    assert translate_error("", "es") == ""
    import_error = str(InvalidImport([ImportProblem("$", "not valid JSON")]))
    assert translate_error(import_error, "en") == import_error


def test_missing_or_broken_catalog_leaves_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_catalogs: None
) -> None:
    sentence = "The vault is locked; unlock it first."
    monkeypatch.setattr(error_text, "I18N", tmp_path)
    assert translate_error(sentence, "es") == sentence  # no file at all
    forget_catalogs()
    (tmp_path / "errors_es.json").write_text("{ not json", encoding="utf-8")
    assert translate_error(sentence, "es") == sentence
    forget_catalogs()
    (tmp_path / "errors_es.json").write_bytes(b"\xff\xfe\x00")
    assert translate_error(sentence, "es") == sentence
    forget_catalogs()
    (tmp_path / "errors_es.json").write_text('["a list"]', encoding="utf-8")
    assert translate_error(sentence, "es") == sentence
    forget_catalogs()
    (tmp_path / "errors_es.json").write_text(
        json.dumps({sentence: 3, "Wait {0} s.": "Espere {1} s.", "A file {0}.": "Un archivo {0}."}),
        encoding="utf-8",
    )
    assert translate_error(sentence, "es") == sentence  # not a string
    assert translate_error("Wait 5 s.", "es") == "Wait 5 s."  # a value it does not have
    assert translate_error("A file {x}.", "es") == "Un archivo {x}."  # braces in a value kept


# -- describe() in the window ------------------------------------------------------------------


def test_describe_speaks_the_window_language(qapp, fresh_catalogs: None) -> None:  # type: ignore[no-untyped-def]
    error = ValidationError("The discharge date is before the admission date.")
    assert ui_language() == "en"
    assert describe(error) == "The discharge date is before the admission date."


def test_describe_in_spanish(spanish: QTranslator, fresh_catalogs: None) -> None:
    assert ui_language() == "es"
    error = ValidationError("The discharge date is before the admission date.")
    assert describe(error) == "La fecha de alta es anterior a la fecha de admisión."
    unknown = CounselorDeskError("A sentence the catalog does not have.")
    assert describe(unknown) == "A sentence the catalog does not have."
    assert describe(KeyError("x")) == "Algo salió mal y no se cambió nada (KeyError)."


def test_describe_a_real_vault_error_in_spanish(
    spanish: QTranslator, open_vault: Vault, fresh_catalogs: None
) -> None:
    with pytest.raises(CounselorDeskError) as raised:
        Caseload(open_vault).client("no-such-client")
    english = str(raised.value)
    assert english == "There is no client with id no-such-client."
    assert describe(raised.value) == "No hay ningún cliente con el id no-such-client."
