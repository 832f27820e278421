"""Record a written consent with the 42 CFR 2.31 elements, and record its revocation."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.records import Consent
from counselor_desk.ui.errors import describe
from counselor_desk.ui.models import CONSENT_SIGNERS, date_pattern, show_date, signer_label
from counselor_desk.vault.consents import validate_consent


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _problem_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setAccessibleName(QCoreApplication.translate("ConsentDialog", "Problem"))
    label.setWordWrap(True)
    label.setStyleSheet("color: white; background: #b00020; padding: 4px")
    label.setVisible(False)
    return label


class ConsentDialog(QDialog):
    """One field per 42 CFR 2.31 element: the client (named inside the dialog, never in
    its title), who may disclose, what information, to whom, the purpose, the date signed
    and who signed (for a minor, the minor, a guardian or both: 42 CFR 2.14), the expiry
    date or event, and whether it names the SUD counseling notes. The right to revoke is
    printed on the form, not typed."""

    def __init__(
        self,
        parent: QWidget | None,
        client_id: str,
        draft: Consent | None = None,
        problem: str = "",
        client_name: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._client_id = client_id
        self._result: Consent | None = None
        self.setWindowTitle(self.tr("Add consent"))
        self.setAccessibleName(self.windowTitle())

        intro = QLabel(
            self.tr(
                "Copy these from the signed consent form. The client may revoke it in "
                "writing at any time."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.client_label = QLabel(client_name or "", self)
        self.client_label.setAccessibleName(self.tr("Client"))
        bold = self.client_label.font()
        bold.setBold(True)
        self.client_label.setFont(bold)
        if client_name:
            form.addRow(self.tr("Client:"), self.client_label)
        else:
            self.client_label.hide()
        self.discloser = self._line(self.tr("Who may disclose"), self.tr("Your program or clinic"))
        form.addRow(self.tr("&Who may disclose:"), self.discloser)
        self.recipient = self._line(
            self.tr("Recipient"), self.tr("Name, or a class such as 'my treating providers'")
        )
        form.addRow(self.tr("&To whom:"), self.recipient)
        self.information = self._text(
            self.tr("Information to disclose"), self.tr("Be specific, e.g. attendance and MAT dose")
        )
        form.addRow(self.tr("&Information:"), self.information)
        self.purpose = self._line(self.tr("Purpose"), self.tr("e.g. coordination of care"))
        form.addRow(self.tr("&Purpose:"), self.purpose)
        self.signed = QDateEdit(self)
        self.signed.setAccessibleName(self.tr("Date signed"))
        self.signed.setCalendarPopup(True)
        self.signed.setDisplayFormat(date_pattern())
        self.signed.setMaximumDate(QDate.currentDate())  # a consent is entered once signed
        self.signed.setDate(QDate.currentDate())
        form.addRow(self.tr("Date si&gned:"), self.signed)
        self.signed_by = QComboBox(self)
        self.signed_by.setAccessibleName(self.tr("Signed by"))
        for signer in CONSENT_SIGNERS:
            self.signed_by.addItem(signer_label(signer), signer)
        form.addRow(self.tr("Signed &by:"), self.signed_by)

        # Expiry: a date or an event (2.31 allows either); radio buttons choose which.
        self.ends_on_date = QRadioButton(self.tr("On a &date:"), self)
        self.ends_on_date.setAccessibleName(self.tr("Expires on a date"))
        self.expires = QDateEdit(self)
        self.expires.setAccessibleName(self.tr("Expiry date"))
        self.expires.setCalendarPopup(True)
        self.expires.setDisplayFormat(date_pattern())
        self.expires.setDate(QDate.currentDate().addYears(1))
        self.ends_on_event = QRadioButton(self.tr("On an &event:"), self)
        self.ends_on_event.setAccessibleName(self.tr("Expires on an event"))
        self.expiry_event = self._line(self.tr("Expiry event"), self.tr("e.g. end of probation"))
        self._ends = QButtonGroup(self)
        self._ends.addButton(self.ends_on_date)
        self._ends.addButton(self.ends_on_event)
        self.ends_on_date.setChecked(True)
        ends = QWidget(self)
        ends_layout = QVBoxLayout(ends)
        ends_layout.setContentsMargins(0, 0, 0, 0)
        for radio, field in (
            (self.ends_on_date, self.expires),
            (self.ends_on_event, self.expiry_event),
        ):
            row = QHBoxLayout()
            row.addWidget(radio)
            row.addWidget(field, 1)
            ends_layout.addLayout(row)
        form.addRow(self.tr("Expires:"), ends)
        self.counseling_notes = QCheckBox(
            self.tr("Includes SUD &counseling notes (this consent names them)"), self
        )
        self.counseling_notes.setAccessibleName(self.tr("Includes SUD counseling notes"))
        form.addRow("", self.counseling_notes)

        self.problem = _problem_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add consent"))
        ok.setAccessibleName(ok.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.ends_on_date.toggled.connect(self._ends_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if draft is not None:
            self._fill(draft)
        self._ends_changed()
        self.show_problem(problem)
        self.setMinimumWidth(480)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _text(self, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        return edit

    def _ends_changed(self) -> None:
        self.expires.setEnabled(self.ends_on_date.isChecked())
        self.expiry_event.setEnabled(self.ends_on_event.isChecked())

    def _fill(self, consent: Consent) -> None:
        self.discloser.setText(consent.discloser)
        self.recipient.setText(consent.recipient)
        self.information.setPlainText(consent.information)
        self.purpose.setText(consent.purpose)
        self.signed.setDate(_qdate(consent.signed))
        self.signed_by.setCurrentIndex(max(0, self.signed_by.findData(consent.signed_by)))
        if consent.expires is not None:
            self.expires.setDate(_qdate(consent.expires))
        self.expiry_event.setText(consent.expires_on_event or "")
        self.ends_on_event.setChecked(consent.expires is None)
        self.counseling_notes.setChecked(consent.includes_counseling_notes)

    def show_problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.setVisible(bool(sentence))

    def consent(self) -> Consent:
        on_date = self.ends_on_date.isChecked()
        return Consent(
            client_id=self._client_id,
            discloser=self.discloser.text().strip(),
            recipient=self.recipient.text().strip(),
            information=self.information.toPlainText().strip(),
            purpose=self.purpose.text().strip(),
            signed=_date(self.signed.date()),
            signed_by=str(self.signed_by.currentData()),
            expires=_date(self.expires.date()) if on_date else None,
            expires_on_event=None if on_date else (self.expiry_event.text().strip() or None),
            includes_counseling_notes=self.counseling_notes.isChecked(),
        )

    def accept(self) -> None:
        consent = self.consent()
        try:
            validate_consent(consent)  # the vault's rule: every element present, dates in order
        except ValidationError as exc:
            self.show_problem(describe(exc))
            return
        self._result = consent
        super().accept()

    def result_consent(self) -> Consent | None:
        return self._result

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        client_id: str,
        *,
        draft: Consent | None = None,
        problem: str = "",
        client_name: str | None = None,
    ) -> Consent | None:
        """The consent as entered, or None if cancelled. `client_name` is shown inside the
        dialog (the first 2.31 element), never in its title."""
        dialog = cls(parent, client_id, draft, problem, client_name)
        dialog.exec()
        return dialog.result_consent()


class RevokeDialog(QDialog):
    """The day the written revocation was received; never before the consent was signed."""

    def __init__(self, parent: QWidget | None, consent: Consent) -> None:
        super().__init__(parent)
        self._result: date | None = None
        self.setWindowTitle(self.tr("Revoke consent"))
        self.setAccessibleName(self.windowTitle())
        text = self.tr("Consent for %1 (%2), signed %3.")
        text = text.replace("%1", consent.recipient).replace("%2", consent.purpose)
        about = QLabel(text.replace("%3", show_date(consent.signed)), self)
        about.setWordWrap(True)
        form = QFormLayout()
        self.on = QDateEdit(self)
        self.on.setAccessibleName(self.tr("Revocation date"))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat(date_pattern())
        self.on.setMinimumDate(_qdate(consent.signed))
        # Received in writing, so not after today (printing refuses a revoked consent at once).
        self.on.setMaximumDate(_qdate(max(consent.signed, date.today())))
        self.on.setDate(QDate.currentDate())
        form.addRow(self.tr("Revoked in writing &on:"), self.on)
        note = QLabel(self.tr("A revoked consent can no longer be used for any disclosure."), self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Revoke"))
        ok.setAccessibleName(ok.text())
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setDefault(True)  # revoking cannot be undone: Enter alone does not do it
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        self._result = _date(self.on.date())
        super().accept()

    def result_date(self) -> date | None:
        return self._result

    @classmethod
    def ask(cls, parent: QWidget | None, consent: Consent) -> date | None:
        """The revocation date, or None if cancelled."""
        dialog = cls(parent, consent)
        dialog.exec()
        return dialog.result_date()
