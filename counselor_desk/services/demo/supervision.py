"""The peer specialist's signed notes waiting for a supervisor's co-signature."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

from counselor_desk.domain.notes import Note
from counselor_desk.domain.supervision import CosignRequest
from counselor_desk.services.demo.profiles import PEER_SIGNER
from counselor_desk.services.demo.summary import _Tally
from counselor_desk.vault import supervision as supervision_repo
from counselor_desk.vault.connection import Connection

# -- supervision -----------------------------------------------------------------------------


_COSIGN_SIGNED = 3  # the peer specialist's newest signed notes, waiting for a supervisor


def _write_cosign_requests(
    conn: Connection, notes: Mapping[str, list[Note]], tally: _Tally
) -> None:
    """New notes do not ask by default; the peer specialist sent their newest signed notes
    for a clinical supervisor's co-signature. None is co-signed: only a vault unlocked
    through a supervisor slot co-signs (Supervision.cosign), so they wait in its queue."""
    supervision_repo.set_default_request(conn, False)
    signed = sorted(
        (n.signed_at, n.id, n)
        for ns in notes.values()
        for n in ns
        if n.signed_at is not None and n.signed_by == PEER_SIGNER
    )
    for signed_at, _id, note in signed[-_COSIGN_SIGNED:]:
        asked = signed_at + timedelta(minutes=2)
        supervision_repo.add_request(
            conn, CosignRequest(note.id, note.client_id, PEER_SIGNER, asked)
        )
        tally.cosign_requests += 1
