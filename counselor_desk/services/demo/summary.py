"""What a demo or bulk population wrote: ``DemoSummary``, and the tally that counts it
while the records go in."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoSummary:
    """How many records a demo or bulk population wrote."""

    clients: int
    archived_clients: int
    medication_entries: int
    sessions: int
    notes: int
    signed_notes: int
    draft_notes: int
    late_entries: int
    addenda: int
    consents: int
    counseling_notes: int
    worksheets: int = 0
    scale_entries: int = 0
    urine_screens: int = 0
    attendance: int = 0
    cm_plans: int = 0
    prizes: int = 0
    treatment_plans: int = 0
    plan_versions: int = 0
    objective_links: int = 0
    network_members: int = 0
    group_notes: int = 0  # signed group sessions, each filed into its attendees' charts
    group_drafts: int = 0
    cosign_requests: int = 0


@dataclass
class _Tally:
    clients: int = 0
    archived_clients: int = 0
    medication_entries: int = 0
    sessions: int = 0
    notes: int = 0
    signed_notes: int = 0
    draft_notes: int = 0
    late_entries: int = 0
    addenda: int = 0
    consents: int = 0
    counseling_notes: int = 0
    worksheets: int = 0
    scale_entries: int = 0
    urine_screens: int = 0
    attendance: int = 0
    cm_plans: int = 0
    prizes: int = 0
    treatment_plans: int = 0
    plan_versions: int = 0
    objective_links: int = 0
    network_members: int = 0
    group_notes: int = 0
    group_drafts: int = 0
    cosign_requests: int = 0

    def freeze(self) -> DemoSummary:
        return DemoSummary(
            clients=self.clients,
            archived_clients=self.archived_clients,
            medication_entries=self.medication_entries,
            sessions=self.sessions,
            notes=self.notes,
            signed_notes=self.signed_notes,
            draft_notes=self.draft_notes,
            late_entries=self.late_entries,
            addenda=self.addenda,
            consents=self.consents,
            counseling_notes=self.counseling_notes,
            worksheets=self.worksheets,
            scale_entries=self.scale_entries,
            urine_screens=self.urine_screens,
            attendance=self.attendance,
            cm_plans=self.cm_plans,
            prizes=self.prizes,
            treatment_plans=self.treatment_plans,
            plan_versions=self.plan_versions,
            objective_links=self.objective_links,
            network_members=self.network_members,
            group_notes=self.group_notes,
            group_drafts=self.group_drafts,
            cosign_requests=self.cosign_requests,
        )
