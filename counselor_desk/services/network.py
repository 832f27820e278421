"""The support network (ecomap) on an unlocked vault: the use cases behind the chart's
"Support network" tab. Each write is one transaction with its audit row; audit rows name
the member's id and the client's id, never a name or what was said about them.
"""

from __future__ import annotations

from counselor_desk.domain.network import NetworkMember
from counselor_desk.vault import network as repo
from counselor_desk.vault.connection import Connection
from counselor_desk.vault.store import Vault

__all__ = ["Network"]


class Network:
    """Use cases over one connection: the vault's own by default; a worker thread passes
    a connection of its own (a connection belongs to one thread)."""

    def __init__(self, vault: Vault, conn: Connection | None = None) -> None:
        self._vault = vault
        self._conn = conn if conn is not None else vault.conn

    def members(self, client_id: str) -> list[NetworkMember]:
        """A client's support network, by name."""
        return repo.list_members(self._conn, client_id)

    def member(self, member_id: str) -> NetworkMember:
        """One member (also to open a search hit of kind 'network' by its ref_id)."""
        return repo.get_member(self._conn, member_id)

    def add(self, member: NetworkMember) -> NetworkMember:
        """Add a person or group to a client's network; returns it with its stamps."""
        with self._vault.transaction(self._conn) as conn:
            now = self._vault.clock()
            saved = repo.add_member(conn, member, now)
            self._vault.audit.append(
                conn, "add-network-member", at=now, subject=saved.id, detail=saved.client_id
            )
        return saved

    def update(self, member: NetworkMember) -> NetworkMember:
        """Save what changed about a member (same id; it stays with its client)."""
        with self._vault.transaction(self._conn) as conn:
            now = self._vault.clock()
            saved = repo.update_member(conn, member, now)
            self._vault.audit.append(
                conn, "update-network-member", at=now, subject=saved.id, detail=saved.client_id
            )
        return saved

    def remove(self, member_id: str) -> NetworkMember:
        """Take a member out of the network; returns who it was (e.g. for an undo)."""
        with self._vault.transaction(self._conn) as conn:
            now = self._vault.clock()
            removed = repo.delete_member(conn, member_id)
            self._vault.audit.append(
                conn,
                "remove-network-member",
                at=now,
                subject=member_id,
                detail=removed.client_id,
            )
        return removed
