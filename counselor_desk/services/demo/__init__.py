"""A fictional caseload for demonstrations, screenshots, manual testing and benchmarks.

Every person, clinic, probation office and phone number here is invented (phone numbers
use the 555-01xx range set aside for fiction). The output depends only on the seed, the
given ``today`` and the time zone, so demo vaults and benchmarks are reproducible:
ids come from the seeded generator too, and stored timestamps are derived from the
invented session times, not from the wall clock (only the one "demo" audit row carries
the vault's clock).

``populate_demo`` writes a small, varied caseload (12 clients, about three months of
sessions and notes in English and Spanish) and what the chart tabs show for it: filled-in
worksheets and scales for about half the clients (PHQ-9 and GAD-7 trends, weekly
cravings, an AUDIT, COWS at a buprenorphine induction, one PHQ-9 with item 9 above zero
and the safety plan updated that day), weekly urine screens and attendance for everyone,
and contingency management for three clients (two prize-draw plans, one voucher plan).
Also a treatment plan for every client (in force, but the discharged client's, completed),
in the client's language, with its versions (reviews, one revised after a slip, three
plans completed and two followed by a new one; one review due today and one a few days
late) and the golden thread: each session but a phone call names the objectives it worked
on; support networks (ecomaps) for eight clients; three signed group notes filed into
their attendees' charts (one attendee excused) and one group draft still being written;
and three of the peer specialist's signed notes waiting for a supervisor's co-signature
(none co-signed: only a vault unlocked through a supervisor slot co-signs).

The notes agree with these records: a note tells the craving that was rated, the screen
that was taken or refused, the worksheet written in the session, the plan objective it
worked on. Everything goes in through the repositories, in the one transaction, after the
checks the services make (a plan version is complete and sets a review after its day; a
group's parts pass the name check of signing). No per-record audit rows: the one "demo"
row stands for them all.

``populate_bulk`` writes many clients and signed notes from the same templates, for
benchmarks (10,000 notes in one call).
"""

from __future__ import annotations

from counselor_desk.services.demo.bulk import populate_bulk
from counselor_desk.services.demo.populate import populate_demo
from counselor_desk.services.demo.profiles import PEER_SIGNER, SIGNER
from counselor_desk.services.demo.summary import DemoSummary

__all__ = ["PEER_SIGNER", "SIGNER", "DemoSummary", "populate_bulk", "populate_demo"]
