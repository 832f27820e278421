"""The chart's "Support network" tab: people added through the real dialog and drawn on
the ecomap, a click on a person's box opening that person's edit, a strength changed by
clicking, a member removed with the keyboard only (after a confirmation), the table and
the map sharing one selection, a failed save bringing the dialog back with what was
typed, and the table model checked by qtmodeltester. Real vaults; writes go through the
worker. Fictional people only."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, QSize, Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from counselor_desk.domain.network import MemberKind, NetworkMember, Strength, Weekday
from counselor_desk.services.network import Network
from counselor_desk.ui.ask import Ask
from counselor_desk.ui.ecomap import LINE_COLOURS, EcomapCanvas, HitKind
from counselor_desk.ui.network_dialog import NetworkMemberDialog
from counselor_desk.ui.network_view import Column, NetworkTableModel, NetworkView
from counselor_desk.ui.workspace import Workspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LEFT = Qt.MouseButton.LeftButton
CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit)


@pytest.fixture
def view(qtbot, workspace: Workspace, ids: dict[str, str]) -> NetworkView:  # type: ignore[no-untyped-def]
    widget = NetworkView(workspace)
    qtbot.addWidget(widget)
    widget.resize(900, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.show_client(ids["dana"])
    return widget


def replace_ask(
    monkeypatch: pytest.MonkeyPatch, fill: Callable[[NetworkMemberDialog], None]
) -> list[NetworkMemberDialog]:
    """`NetworkMemberDialog.ask` builds the real dialog, lets `fill` work it as a counselor
    would (ending with OK or Cancel), and returns its result; returns the dialogs made."""
    made: list[NetworkMemberDialog] = []

    def ask(cls: type, parent: QWidget | None, *args: Any, **kwargs: Any) -> Any:
        dialog = NetworkMemberDialog(
            parent,
            *args,
            kwargs.get("existing"),
            kwargs.get("draft"),
            kwargs.get("problem", ""),
        )
        made.append(dialog)
        fill(dialog)
        return dialog.result_member()

    monkeypatch.setattr(NetworkMemberDialog, "ask", classmethod(ask))
    return made


def press_ok(qtbot, dialog: NetworkMemberDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.buttons()[0], LEFT)  # the accept role comes first


def type_into(qtbot, edit: QLineEdit | QPlainTextEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def add_person(  # type: ignore[no-untyped-def]
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    view: NetworkView,
    *,
    name: str,
    kind: MemberKind,
    strength: Strength,
    role: str = "",
    via: Callable[[], None] | None = None,
    extra: Callable[[NetworkMemberDialog], None] | None = None,
) -> NetworkMemberDialog:
    def fill(dialog: NetworkMemberDialog) -> None:
        type_into(qtbot, dialog.name, name)
        dialog.set_kind(kind)
        dialog.set_strength(strength)
        if role:
            type_into(qtbot, dialog.role, role)
        if extra is not None:
            extra(dialog)
        press_ok(qtbot, dialog)

    count = view.model.rowCount()
    made = replace_ask(monkeypatch, fill)
    if via is None:
        qtbot.mouseClick(view.add_button, LEFT)
    else:
        via()
    qtbot.waitUntil(lambda: view.model.rowCount() == count + 1, timeout=5000)
    return made[0]


def click_at(qtbot, canvas: EcomapCanvas, point: QPointF) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(canvas, LEFT, pos=QPoint(round(point.x()), round(point.y())))


def names_on_map(view: NetworkView) -> list[str]:
    return [m.name for m in view.canvas.members]


def stored(view: NetworkView, client_id: str) -> dict[str, NetworkMember]:
    return {m.name: m for m in Network(view.workspace.vault).members(client_id)}


# -- the story --------------------------------------------------------------------------------


def test_add_three_people_see_them_drawn_edit_by_click_and_remove_by_keyboard(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch: pytest.MonkeyPatch, view: NetworkView, ids: dict[str, str]
) -> None:
    dana = ids["dana"]
    assert view.canvas.members == []
    assert "No one in the support network yet" in view.canvas.accessibleDescription()

    # 1. Three people: one with the Add button, one by clicking an empty spot on the map,
    #    one with the map's "+".
    add_person(
        qtbot,
        monkeypatch,
        view,
        name="Rosa M.",
        kind=MemberKind.FAMILY,
        strength=Strength.STRONG,
        role="mother",
    )
    empty = QPointF(30, 30)
    assert view.canvas.hit(empty).kind is HitKind.EMPTY

    def meeting(dialog: NetworkMemberDialog) -> None:
        assert not dialog.meeting_day.isHidden()  # shown for a meeting
        dialog.meeting_day.setCurrentIndex(dialog.meeting_day.findData("tuesday"))
        qtbot.mouseClick(dialog.has_time, LEFT)
        assert dialog.meeting_time.isEnabled()
        dialog.meeting_time.setTime(QTime(19, 30))

    add_person(
        qtbot,
        monkeypatch,
        view,
        name="Hope Group",
        kind=MemberKind.NA_MEETING,
        strength=Strength.TENUOUS,
        via=lambda: click_at(qtbot, view.canvas, empty),
        extra=meeting,
    )
    plus = view.canvas.geometry_for(view.canvas.size()).add_centre
    assert view.canvas.hit(plus).kind is HitKind.ADD
    add_person(
        qtbot,
        monkeypatch,
        view,
        name="Eddie",
        kind=MemberKind.FRIEND,
        strength=Strength.STRONG,
        role="used together",
        via=lambda: click_at(qtbot, view.canvas, plus),
    )

    people = stored(view, dana)
    assert set(people) == {"Rosa M.", "Hope Group", "Eddie"}
    hope = people["Hope Group"]
    assert (hope.meeting_day, hope.meeting_time) == (Weekday.TUESDAY, "19:30")
    assert people["Rosa M."].role == "mother"
    # Drawn around the client, family first, then friends, then meetings.
    assert names_on_map(view) == ["Rosa M.", "Eddie", "Hope Group"]
    assert [view.model.index(r, Column.NAME).data() for r in range(3)] == [
        "Eddie",
        "Hope Group",
        "Rosa M.",
    ]
    description = view.canvas.accessibleDescription()
    assert "People and groups in the support network: 3." in description
    for words in ("Rosa M., Family, mother: strong tie", "Hope Group, NA meeting", "Eddie"):
        assert words in description
    # The new member is the current one on the map and in the table.
    assert view.current_member_id == people["Eddie"].id

    # 2. A click on Eddie's box opens Eddie's edit; the strength changes by clicking.
    box = view.canvas.box_of(people["Eddie"].id)
    assert box is not None
    assert view.canvas.hit(box.center()).member_id == people["Eddie"].id

    def stressful(dialog: NetworkMemberDialog) -> None:
        assert dialog.name.text() == "Eddie"
        assert dialog.meeting_day.isHidden()  # not a meeting: no day or time
        assert dialog.current_strength() is Strength.STRONG
        qtbot.mouseClick(dialog.strength_buttons[Strength.STRESSFUL], LEFT)
        assert dialog.current_strength() is Strength.STRESSFUL
        press_ok(qtbot, dialog)

    made = replace_ask(monkeypatch, stressful)
    click_at(qtbot, view.canvas, box.center())
    assert len(made) == 1 and made[0]._existing == people["Eddie"]
    qtbot.waitUntil(
        lambda: stored(view, dana)["Eddie"].strength is Strength.STRESSFUL, timeout=5000
    )
    qtbot.waitUntil(
        lambda: (
            view.model.index(view.model.row_of(people["Eddie"].id), Column.STRENGTH).data()
            == "Stressful"
        ),
        timeout=5000,
    )
    assert "Eddie, Friend, used together: stressful tie" in view.canvas.accessibleDescription()

    # 3. Remove Hope Group with the keyboard only: focus the map, move to it, Delete, yes.
    asked: list[str] = []
    monkeypatch.setattr(
        Ask,
        "confirm",
        classmethod(lambda cls, parent, title, text, detail="": asked.append(text) or True),
    )
    view.canvas.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.canvas.hasFocus, timeout=2000)
    while view.current_member_id != hope.id:
        qtbot.keyClick(view.canvas, Qt.Key.Key_Right)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Delete)
    assert asked == ["Remove Hope Group from this client's support network?"]
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
    assert set(stored(view, dana)) == {"Rosa M.", "Eddie"}
    assert names_on_map(view) == ["Rosa M.", "Eddie"]
    assert view.current_member_id == people["Rosa M."].id  # the next one round the map
    assert "Hope Group" not in view.canvas.accessibleDescription()


def test_keyboard_walks_the_map_enter_edits_insert_adds_and_no_means_no(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch: pytest.MonkeyPatch, view: NetworkView, ids: dict[str, str]
) -> None:
    network = Network(view.workspace.vault)
    for name, kind in (
        ("Ana", MemberKind.FAMILY),
        ("Bo", MemberKind.SPONSOR),
        ("Cy", MemberKind.EMPLOYER),
    ):
        network.add(NetworkMember(ids["dana"], name, kind, Strength.STRONG))
    view.refresh()
    assert names_on_map(view) == ["Ana", "Bo", "Cy"]

    # Tab into the map lands on the first person; Tab walks the people, then leaves.
    view.canvas.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.canvas.hasFocus, timeout=2000)
    assert view.canvas.members[0].id == view.current_member_id
    qtbot.keyClick(view.canvas, Qt.Key.Key_Tab)
    assert view.canvas.hasFocus() and names_on_map(view)[1] == _current_name(view)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Tab)
    assert _current_name(view) == "Cy"
    qtbot.keyClick(view.canvas, Qt.Key.Key_Tab)
    assert view.table.hasFocus()  # past the last person, on to the table
    assert selected_name(view) == "Cy"  # the table shows the same selection
    qtbot.keyClick(view.table, Qt.Key.Key_Backtab)
    assert view.canvas.hasFocus() and _current_name(view) == "Cy"
    qtbot.keyClick(view.canvas, Qt.Key.Key_Left)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Left)
    assert _current_name(view) == "Ana"
    qtbot.keyClick(view.canvas, Qt.Key.Key_Left)  # round the circle
    assert _current_name(view) == "Cy"
    qtbot.keyClick(view.canvas, Qt.Key.Key_Home)
    assert _current_name(view) == "Ana"

    # Enter edits the current person; Cancel changes nothing.
    made = replace_ask(monkeypatch, lambda dialog: dialog.reject())
    qtbot.keyClick(view.canvas, Qt.Key.Key_Return)
    assert [d.name.text() for d in made] == ["Ana"]
    assert made[0].windowTitle() == "Change support network member"

    # Insert adds.
    add_person(
        qtbot,
        monkeypatch,
        view,
        name="Dee",
        kind=MemberKind.PRESCRIBER,
        strength=Strength.TENUOUS,
        via=lambda: qtbot.keyClick(view.canvas, Qt.Key.Key_Insert),
    )
    assert _current_name(view) == "Dee"

    # Delete asks; "no" keeps everyone.
    monkeypatch.setattr(Ask, "confirm", classmethod(lambda cls, *args, **kwargs: False))
    qtbot.keyClick(view.canvas, Qt.Key.Key_Delete)
    view.workspace.worker.wait_idle()
    qtbot.wait(1)  # let any settled write deliver (there is none)
    assert len(network.members(ids["dana"])) == 4

    # Delete on the table asks too (the same rule as on the map).
    asked: list[str] = []
    monkeypatch.setattr(
        Ask,
        "confirm",
        classmethod(lambda cls, parent, title, text, detail="": asked.append(text) or True),
    )
    view.table.setFocus()
    view.table.selectRow(view.model.row_of(view.canvas.members[0].id))  # Ana
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert asked == ["Remove Ana from this client's support network?"]
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)


def _current_name(view: NetworkView) -> str:
    current = view.current_member_id
    return next(m.name for m in view.canvas.members if m.id == current)


def selected_name(view: NetworkView) -> str:
    rows = view.table.selectionModel().selectedRows()
    return view.model.index(rows[0].row(), Column.NAME).data() if rows else ""


def test_the_dialog_refuses_a_missing_name_and_keeps_what_was_typed(  # type: ignore[no-untyped-def]
    qtbot, view: NetworkView, ids: dict[str, str]
) -> None:
    dialog = NetworkMemberDialog(view, ids["dana"])
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.role, "aunt")
    type_into(qtbot, dialog.notes, "Lives two blocks away")
    press_ok(qtbot, dialog)
    assert dialog.result_member() is None
    assert dialog.isVisible()
    assert dialog.problem.text() == "Enter a name: a first name is enough, or the group's name."
    assert dialog.focusWidget() is dialog.name
    assert dialog.role.text() == "aunt"
    assert dialog.notes.toPlainText() == "Lives two blocks away"
    # A meeting's day and time are left behind when the kind is not a meeting.
    dialog.set_kind(MemberKind.AA_MEETING)
    dialog.meeting_day.setCurrentIndex(dialog.meeting_day.findData("friday"))
    dialog.has_time.setChecked(True)
    dialog.set_kind(MemberKind.FAMILY)
    assert dialog.meeting_day.isHidden()
    dialog.name.setFocus()
    dialog.name.insert("Tía Carmen")  # QTest cannot type a non-ASCII letter
    press_ok(qtbot, dialog)
    member = dialog.result_member()
    assert member is not None
    assert (member.name, member.role, member.meeting_day, member.meeting_time) == (
        "Tía Carmen",
        "aunt",
        None,
        None,
    )


def test_a_failed_save_brings_the_dialog_back_with_what_was_typed(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch: pytest.MonkeyPatch, view: NetworkView, ids: dict[str, str]
) -> None:
    calls: list[dict[str, Any]] = []

    def ask(cls: type, parent: QWidget | None, client_id: str, **kwargs: Any) -> Any:
        calls.append(kwargs)
        if len(calls) == 1:
            return NetworkMember("not-a-client", "Rosa M.", MemberKind.FAMILY, Strength.STRONG)
        return None  # the counselor gives up the second time

    failures: list[str] = []
    view.workspace.failed.connect(failures.append)
    monkeypatch.setattr(NetworkMemberDialog, "ask", classmethod(ask))
    qtbot.mouseClick(view.add_button, LEFT)
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=5000)
    assert calls[1]["draft"].name == "Rosa M."
    assert "no client" in calls[1]["problem"]
    assert failures and "no client" in failures[0]
    assert view.model.rowCount() == 0


def test_selection_follows_between_table_and_map_and_buttons_follow_it(  # type: ignore[no-untyped-def]
    qtbot, view: NetworkView, ids: dict[str, str]
) -> None:
    network = Network(view.workspace.vault)
    a = network.add(NetworkMember(ids["dana"], "Ana", MemberKind.FAMILY, Strength.STRONG))
    b = network.add(NetworkMember(ids["dana"], "Bo", MemberKind.SPONSOR, Strength.TENUOUS))
    view.workspace.changed.emit("network", ids["dana"])  # as a write elsewhere would
    assert view.model.rowCount() == 2
    assert not view.edit_button.isEnabled() and not view.remove_button.isEnabled()
    view.table.selectRow(view.model.row_of(b.id))
    assert view.canvas.current_id == b.id
    assert view.edit_button.isEnabled() and view.remove_button.isEnabled()
    view.canvas.set_current(a.id)
    assert selected_name(view) == "Ana"
    assert view.canvas.accessibleDescription().startswith("Selected: Ana, Family: strong tie.")
    # Another client: the selection is gone; back again, nothing stale.
    view.show_client(ids["marcus"])
    assert view.model.rowCount() == 0 and view.canvas.current_id is None
    assert not view.edit_button.isEnabled()
    assert view.state() == {"client_id": ids["marcus"], "member_id": None}
    view.restore_state({"client_id": ids["dana"], "member_id": b.id})
    assert view.current_client_id == ids["dana"] and selected_name(view) == "Bo"
    assert view.open_member(a.id) and view.canvas.hasFocus()
    assert not view.open_member("no-such-member")
    view.clear()
    assert view.current_client_id is None and view.stack.currentIndex() == 0


# -- the drawing ------------------------------------------------------------------------------


def _people(client_id: str, count: int) -> list[NetworkMember]:
    strengths = list(Strength)
    kinds = list(MemberKind)
    return [
        NetworkMember(
            client_id,
            f"Person {i:02d} with a rather long name",
            kinds[i % len(kinds)],
            strengths[i % 3],
            role="neighbour",
        )
        for i in range(count)
    ]


@pytest.mark.parametrize("count", [1, 12, 25])
def test_the_map_stays_legible_boxes_apart_and_inside(qtbot, count: int) -> None:  # type: ignore[no-untyped-def]
    canvas = EcomapCanvas()
    qtbot.addWidget(canvas)
    canvas.set_network("Dana R.", _people("c", count))
    size = canvas.minimumSize()
    geometry = canvas.geometry_for(size)
    rects = [rect for _member, rect in geometry.boxes]
    assert len(rects) == count
    bounds = QPointF(size.width(), size.height())
    for i, rect in enumerate(rects):
        assert rect.left() >= 0 and rect.top() >= 0
        assert rect.right() <= bounds.x() and rect.bottom() <= geometry.legend.top()
        assert rect.width() >= 50  # room for at least a few letters of a name
        for other in rects[i + 1 :]:
            assert not rect.intersects(other)
        centre = geometry.centre
        assert not rect.contains(centre)
    # Every box is found by a click on it.
    for member, rect in geometry.boxes:
        canvas.resize(size)
        assert canvas.hit(rect.center()).member_id == member.id


def test_each_strength_is_drawn_in_its_own_colour_and_pattern(qtbot) -> None:  # type: ignore[no-untyped-def]
    canvas = EcomapCanvas()
    qtbot.addWidget(canvas)
    members = [
        NetworkMember("c", "Strong", MemberKind.FAMILY, Strength.STRONG),
        NetworkMember("c", "Tenuous", MemberKind.FAMILY, Strength.TENUOUS),
        NetworkMember("c", "Stressful", MemberKind.FAMILY, Strength.STRESSFUL),
    ]
    canvas.set_network("Dana R.", members)
    size = QSize(720, 520)
    image = canvas.paint_to_image(size)
    geometry = canvas.geometry_for(size, canvas.font())

    def samples(member: NetworkMember) -> tuple[int, int, int]:
        """Along the middle of the tie: pixels in the tie's colour, how many runs of
        them (a dashed line breaks up), and how far off the straight line they stray."""
        rect = next(r for m, r in geometry.boxes if m.id == member.id)
        start, end = geometry.centre, rect.center()
        colour = LINE_COLOURS[member.strength]
        hits, runs, stray, inside = 0, 0, 0, False
        for step in range(30, 71):
            t = step / 100
            x = start.x() + (end.x() - start.x()) * t
            y = start.y() + (end.y() - start.y()) * t
            # Look across the line (it may zig-zag off the straight path).
            dx, dy = end.y() - start.y(), start.x() - end.x()
            norm = (dx * dx + dy * dy) ** 0.5
            found = False
            for off in range(-8, 9):
                px = round(x + dx / norm * off)
                py = round(y + dy / norm * off)
                if _near(QColor(image.pixel(px, py)), colour):
                    found = True
                    stray = max(stray, abs(off))
            hits += found
            runs += found and not inside
            inside = found
        return hits, runs, stray

    strong, tenuous, stressful = (samples(m) for m in members)
    assert strong[0] >= 40 and strong[1] == 1 and strong[2] <= 3  # unbroken, straight
    assert tenuous[1] >= 4  # broken into dashes
    assert stressful[0] >= 35 and stressful[2] >= 4  # strays off the straight line: jagged
    Path("/tmp/shots").mkdir(parents=True, exist_ok=True)
    assert image.save("/tmp/shots/ecomap_strengths.png")


def unnamed(root: QWidget) -> list[str]:
    """Controls without a name a screen reader can say (Qt's inner parts excepted, as in
    test_accessibility)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.accessibleName():
            continue
        if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
            continue
        if _inside(widget, (QComboBox, QAbstractSpinBox, QLineEdit)):
            continue
        found.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}")
    return found


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds) or type(parent).__name__ == "QComboBoxPrivateContainer":
            return True
        parent = parent.parentWidget()
    return False


def _near(found: QColor, wanted: QColor) -> bool:
    return (
        abs(found.red() - wanted.red()) < 40
        and abs(found.green() - wanted.green()) < 40
        and abs(found.blue() - wanted.blue()) < 40
    )


def test_every_control_is_named_and_the_model_passes_the_model_tester(  # type: ignore[no-untyped-def]
    qtbot, qtmodeltester, view: NetworkView, ids: dict[str, str]
) -> None:
    network = Network(view.workspace.vault)
    network.add(
        NetworkMember(
            ids["dana"],
            "Hope Group",
            MemberKind.NA_MEETING,
            Strength.TENUOUS,
            meeting_day=Weekday.TUESDAY,
            meeting_time="19:00",
            frequency="weekly",
            contact="St. Mark's basement",
        )
    )
    network.add(NetworkMember(ids["dana"], "Rosa M.", MemberKind.FAMILY, Strength.STRONG))
    view.refresh()
    qtmodeltester.check(view.model)
    row = view.model.row_of(view.canvas.members[1].id)  # Hope Group (after family)
    texts = [view.model.index(row, c).data() for c in Column]
    assert texts == [
        "Hope Group",
        "NA meeting",
        "",
        "Tenuous",
        "weekly",
        "Tuesday 7:00 PM",
        "St. Mark's basement",
    ]
    foreground = Qt.ItemDataRole.ForegroundRole
    assert view.model.index(row, Column.STRENGTH).data(foreground) is None
    assert view.model.index(row, Column.STRENGTH).data(Qt.ItemDataRole.DecorationRole) is not None
    empty = NetworkTableModel()
    qtmodeltester.check(empty)
    dialog = NetworkMemberDialog(view, ids["dana"])
    qtbot.addWidget(dialog)
    for root in (view, dialog):
        assert unnamed(root) == []
    assert view.canvas.accessibleName() == "Support network map"
    assert "no client" not in dialog.windowTitle().lower()
    Path("/tmp/shots").mkdir(parents=True, exist_ok=True)
    assert view.grab().save("/tmp/shots/network_view.png")
    dialog.show()
    assert dialog.grab().save("/tmp/shots/network_dialog.png")
