"""The support network on paper: the ecomap picture (the window's layout, flipped for the
PDF), its legend, and the table of people after it. All names are fictional."""

from __future__ import annotations

import shutil
import subprocess
from itertools import combinations, pairwise
from pathlib import Path
from typing import Any

import pytest
from reportlab.graphics.shapes import Circle, Drawing, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth
from test_export_support import (
    CLIENT_ID,
    SHORT_NOTICE,
    all_text,
    assert_every_page,
    assert_fonts_embedded,
    assert_page_numbers,
    client,
    consent_disclosure,
    page_texts,
    reader,
    setup,
)

from counselor_desk.domain.network import (
    MemberKind,
    NetworkMember,
    Strength,
    Weekday,
    ecomap_order,
)
from counselor_desk.domain.records import Language
from counselor_desk.export.document import frame_width
from counselor_desk.export.ecomap import (
    DASH,
    PADDING,
    ecomap_drawing,
    ecomap_pdf,
    tie_points,
)
from counselor_desk.export.labels import Labels


def member(name: str, kind: MemberKind, strength: Strength, **kw: Any) -> NetworkMember:
    return NetworkMember(client_id=CLIENT_ID, name=name, kind=kind, strength=strength, **kw)


def network() -> list[NetworkMember]:
    return [
        member("Rosa Medina", MemberKind.FAMILY, Strength.STRONG, role="mother", frequency="daily"),
        member("Luis R.", MemberKind.FAMILY, Strength.STRESSFUL, role="brother"),
        member(
            "Ray T.",
            MemberKind.SPONSOR,
            Strength.STRONG,
            contact="555-0199",
            frequency="twice a week",
        ),
        member(
            "Hope Group",
            MemberKind.NA_MEETING,
            Strength.STRONG,
            role="home group",
            meeting_day=Weekday.TUESDAY,
            meeting_time="19:00",
        ),
        member("Marisol", MemberKind.FRIEND, Strength.TENUOUS, frequency="now and then"),
        member(
            "Dr. Lena Park",
            MemberKind.PRESCRIBER,
            Strength.STRONG,
            contact="Valley Clinic, 555-0100",
        ),
        member(
            "Northside Warehouse",
            MemberKind.EMPLOYER,
            Strength.STRESSFUL,
            role="night-shift supervisor",
        ),
    ]


def crowd(count: int) -> list[NetworkMember]:
    strengths = list(Strength)
    kinds = list(MemberKind)
    return [
        member(
            f"Person {i:02d}",
            kinds[i % len(kinds)],
            strengths[i % 3],
            role="neighbour",
            meeting_day=Weekday.MONDAY if kinds[i % len(kinds)].is_meeting else None,
        )
        for i in range(count)
    ]


def shapes(drawing: Drawing, kind: type) -> list[Any]:
    return [shape for shape in drawing.contents if isinstance(shape, kind)]


def test_every_person_prints_in_the_picture_and_in_the_table() -> None:
    pdf = ecomap_pdf(client(), network(), setup())
    text = all_text(pdf)
    for expected in (
        "Support network (ecomap)",
        "7 people and groups",
        "Ties: Strong Tenuous Stressful",  # the legend
        "People and groups",
        "Name Kind Role How often Meets Contact Tie",
        "night-shift supervisor",
        "Valley Clinic, 555-0100",
        "twice a week",
        "NA · Tue 7:00 PM",  # the meeting's box
        "Tuesday 7:00 PM",  # the meeting's row
        "Family · mother",
    ):
        assert expected in text, expected
    for person in network():
        # Once in the picture (its box) and once in the table.
        assert text.count(person.name) >= 2, person.name
    assert len(reader(pdf).pages) == len(page_texts(pdf)) <= 2
    assert_every_page(pdf, "Support network (ecomap)", "Dana R.", "Date of birth: April 2, 1990")
    assert_page_numbers(pdf)
    assert_fonts_embedded(pdf)


def test_the_picture_is_drawn_as_vectors_with_dashed_and_jagged_ties() -> None:
    pdf = ecomap_pdf(client(), network(), setup())
    page = reader(pdf).pages[0]
    xobjects = page["/Resources"].get("/XObject", {})
    assert all(x.get_object()["/Subtype"] != "/Image" for x in xobjects.values())
    content = page.get_contents().get_data()
    assert f"[{DASH[0]:g} {DASH[1]:g}] 0 d".encode() in content  # a tenuous tie is dashed


def test_ties_are_straight_or_zig_zag_by_strength() -> None:
    start, end = (0.0, 0.0), (100.0, 0.0)
    for strength in (Strength.STRONG, Strength.TENUOUS):
        assert tie_points(start, end, strength) == [0.0, 0.0, 100.0, 0.0]
    jagged = tie_points(start, end, Strength.STRESSFUL)
    ys = jagged[1::2]
    assert len(ys) > 10 and jagged[:2] == [0.0, 0.0] and jagged[-2:] == [100.0, 0.0]
    inner = ys[1:-1]
    assert all(a * b < 0 for a, b in pairwise(inner))  # side to side


def test_the_layout_is_flipped_so_the_first_member_is_at_the_top() -> None:
    ordered = ecomap_order(network())
    drawing = ecomap_drawing("Dana R.", ordered, Labels("en"), width=frame_width())
    (hub,) = shapes(drawing, Circle)
    boxes = shapes(drawing, Rect)
    assert len(boxes) == len(ordered)
    first = boxes[0]
    # In the window the first member sits straight above the client (clockwise from 12
    # o'clock); a PDF's y runs up, so its box must be the highest, centred over the hub.
    assert first.y == max(box.y for box in boxes)
    assert first.y > hub.cy + hub.r
    assert abs(first.x + first.width / 2 - hub.cx) < 0.01
    # The second one is to the right of the top (clockwise), not to the left.
    second = boxes[1]
    assert second.x + second.width / 2 > hub.cx


@pytest.mark.parametrize("count", [1, 2, 5, 8, 12, 13, 18, 25])
def test_boxes_stay_on_the_picture_and_never_overlap(count: int) -> None:
    width = frame_width()
    drawing = ecomap_drawing("Dana R.", ecomap_order(crowd(count)), Labels("en"), width=width)
    boxes = shapes(drawing, Rect)
    assert len(boxes) == count
    for box in boxes:
        assert box.x >= 0 and box.x + box.width <= width
        assert box.y >= 0 and box.y + box.height <= drawing.height
    for a, b in combinations(boxes, 2):
        apart = (
            a.x + a.width <= b.x
            or b.x + b.width <= a.x
            or a.y + a.height <= b.y
            or b.y + b.height <= a.y
        )
        assert apart, (a.x, a.y, b.x, b.y)
    # Names fit their boxes: cut with an ellipsis, never spilling out.
    _client, *names, legend = [s for s in shapes(drawing, String) if s.fontName.endswith("Bold")]
    assert legend.text == "Ties:" and len(names) == count
    for name, box in zip(names, boxes, strict=True):
        assert name.text.startswith("Person") or name.text.startswith("Pers")
        assert stringWidth(name.text, name.fontName, name.fontSize) <= box.width - 2 * PADDING


def test_an_empty_network_says_so() -> None:
    pdf = ecomap_pdf(client(), [], setup())
    text = all_text(pdf)
    assert "No one is in the support network yet." in text
    assert "People and groups" not in text  # no empty table
    assert len(page_texts(pdf)) == 1


def test_a_spanish_client_gets_a_spanish_ecomap() -> None:
    pdf = ecomap_pdf(client(Language.SPANISH), network(), setup())
    text = all_text(pdf)
    for expected in (
        "Red de apoyo (ecomapa)",
        "Relaciones: Fuerte Débil Conflictiva",
        "Personas y grupos",
        "Nombre Tipo Rol Frecuencia Se reúne Contacto Relación",
        "Familiar · mother",
        "NA · mar 19:00",
        "martes 19:00",
        "Padrino o madrina",
        "Profesional que receta",
        "Fecha de nacimiento: 2 de abril de 1990",
    ):
        assert expected in text, expected
    assert "Tuesday" not in text and "Strong" not in text
    assert_page_numbers(pdf, "Página {page} de {total}")
    assert_fonts_embedded(pdf)


def test_a_disclosed_ecomap_has_its_cover_and_the_notice_on_every_page() -> None:
    pdf = ecomap_pdf(client(), crowd(20), setup(disclosure=consent_disclosure()))
    pages = page_texts(pdf)
    assert len(pages) >= 3
    assert "Disclosure of records" in pages[0]
    assert_every_page(pdf, SHORT_NOTICE)


def test_the_same_network_prints_the_same_bytes() -> None:
    assert ecomap_pdf(client(), network(), setup()) == ecomap_pdf(client(), network(), setup())


def test_the_first_page_renders(tmp_path: Path) -> None:
    """Rendered with poppler, as a reader's viewer would (and kept to look at)."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    source = tmp_path / "ecomap.pdf"
    source.write_bytes(ecomap_pdf(client(), network(), setup()))
    shots = Path("/tmp/shots")
    shots.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            tool,
            "-png",
            "-r",
            "110",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            source,
            shots / "pdf-ecomap",
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    assert (shots / "pdf-ecomap.png").stat().st_size > 20_000
