"""Every control in the working window has a name a screen reader can say."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from counselor_desk.ui.main_window import MainWindow

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        if type(parent).__name__ == "QComboBoxPrivateContainer":
            return True
        parent = parent.parentWidget()
    return False


def unnamed(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.accessibleName():
            continue
        # Qt's own inner parts (a table's headers, a tab bar's scroll arrows, a combo's
        # popup list, a spin box's line edit) are named by the control that owns them.
        if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
            continue
        if _inside(widget, (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit)):
            continue
        text = getattr(widget, "text", lambda: "")()
        text += f" in {type(widget.parentWidget()).__name__}"
        found.append(f"{type(widget).__name__} {widget.objectName()!r} {text!r}")
    return found


# The offscreen platform cannot raise the group notes window; a real desktop does.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_the_desk_with_a_chart_and_a_note_open_names_every_control(
    qtbot, vaults_root, ui_settings, cheap_kdf, open_vault, ids
) -> None:
    window = MainWindow(vaults_root, ui_settings, kdf=cheap_kdf)
    qtbot.addWidget(window)
    window.show()
    assert unnamed(window.unlock_page) == []
    window.open_vault(open_vault)
    desk = window.desk
    assert desk is not None
    desk.client_list.select_client(ids["dana"])
    qtbot.waitUntil(lambda: desk.chart.current_client_id == ids["dana"], timeout=5000)
    desk.open_note(ids["note"])
    qtbot.waitUntil(lambda: desk.editor.current_note_id == ids["note"], timeout=5000)
    window.open_search()
    assert unnamed(window) == []
    assert window.search_popup is not None
    assert unnamed(window.search_popup) == []
    window.open_groups()
    assert window.group_window is not None
    assert unnamed(window.group_window) == []
    window.lock("manual")
