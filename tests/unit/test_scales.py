"""Scale scoring: every band edge, allowed answers, reverse items, flags and cut-offs."""

from __future__ import annotations

import dataclasses
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.scales import (
    DEFINITIONS,
    Band,
    FlagKind,
    InvalidAnswer,
    ScaleDefinition,
    ScaleId,
    audit_c_from_audit,
    bands,
    definition,
    score,
)


def answers_for(scale_id: ScaleId, total: int) -> dict[str, int]:
    """Answers (stored values) whose scores add up to `total`, filled greedily item by item."""
    scale = definition(scale_id)
    left = total
    answers: dict[str, int] = {}
    for item in scale.items:
        fitting = [c for c in item.choices if c.score <= left]
        best = max(fitting, key=lambda c: c.score)
        answers[item.key] = best.value
        left -= best.score
    if left:
        # Sparse score sets (COWS) can miss a total greedily: search from the bottom instead.
        answers = _search(scale, total)
    assert score(scale_id, answers).total == total
    return answers


def _search(scale: ScaleDefinition, total: int) -> dict[str, int]:
    def walk(index: int, left: int) -> dict[str, int] | None:
        if index == len(scale.items):
            return {} if left == 0 else None
        item = scale.items[index]
        for choice in sorted(item.choices, key=lambda c: -c.score):
            if choice.score <= left:
                rest = walk(index + 1, left - choice.score)
                if rest is not None:
                    return {item.key: choice.value, **rest}
        return None

    found = walk(0, total)
    assert found is not None, f"no answers reach {total} on {scale.id}"
    return found


def zeros(scale_id: ScaleId) -> dict[str, int]:
    return {item.key: item.values[0] for item in definition(scale_id).items} | (
        {"q3": 1} if scale_id is ScaleId.DAST10 else {}
    )


# --- bands: both sides of every edge ----------------------------------------------------

BAND_EDGES = [
    (ScaleId.PHQ9, 0, "none"),
    (ScaleId.PHQ9, 4, "none"),
    (ScaleId.PHQ9, 5, "mild"),
    (ScaleId.PHQ9, 9, "mild"),
    (ScaleId.PHQ9, 10, "moderate"),
    (ScaleId.PHQ9, 14, "moderate"),
    (ScaleId.PHQ9, 15, "moderately severe"),
    (ScaleId.PHQ9, 19, "moderately severe"),
    (ScaleId.PHQ9, 20, "severe"),
    (ScaleId.PHQ9, 27, "severe"),
    (ScaleId.GAD7, 0, "minimal"),
    (ScaleId.GAD7, 4, "minimal"),
    (ScaleId.GAD7, 5, "mild"),
    (ScaleId.GAD7, 9, "mild"),
    (ScaleId.GAD7, 10, "moderate"),
    (ScaleId.GAD7, 14, "moderate"),
    (ScaleId.GAD7, 15, "severe"),
    (ScaleId.GAD7, 21, "severe"),
    (ScaleId.AUDIT, 0, "zone I"),
    (ScaleId.AUDIT, 7, "zone I"),
    (ScaleId.AUDIT, 8, "zone II"),
    (ScaleId.AUDIT, 15, "zone II"),
    (ScaleId.AUDIT, 16, "zone III"),
    (ScaleId.AUDIT, 19, "zone III"),
    (ScaleId.AUDIT, 20, "zone IV"),
    (ScaleId.AUDIT, 40, "zone IV"),
    (ScaleId.DAST10, 0, "none"),
    (ScaleId.DAST10, 1, "low"),
    (ScaleId.DAST10, 2, "low"),
    (ScaleId.DAST10, 3, "moderate"),
    (ScaleId.DAST10, 5, "moderate"),
    (ScaleId.DAST10, 6, "substantial"),
    (ScaleId.DAST10, 8, "substantial"),
    (ScaleId.DAST10, 9, "severe"),
    (ScaleId.DAST10, 10, "severe"),
    (ScaleId.COWS, 0, "none"),
    (ScaleId.COWS, 4, "none"),
    (ScaleId.COWS, 5, "mild"),
    (ScaleId.COWS, 12, "mild"),
    (ScaleId.COWS, 13, "moderate"),
    (ScaleId.COWS, 24, "moderate"),
    (ScaleId.COWS, 25, "moderately severe"),
    (ScaleId.COWS, 36, "moderately severe"),
    (ScaleId.COWS, 37, "severe"),
    (ScaleId.COWS, 48, "severe"),
]


@pytest.mark.parametrize(("scale_id", "total", "label"), BAND_EDGES)
def test_band_at_each_edge(scale_id: ScaleId, total: int, label: str) -> None:
    result = score(scale_id, answers_for(scale_id, total))
    assert result.total == total
    assert result.band is not None
    assert result.band.label == label


@pytest.mark.parametrize(
    ("scale_id", "maximum"),
    [
        (ScaleId.PHQ9, 27),
        (ScaleId.GAD7, 21),
        (ScaleId.AUDIT, 40),
        (ScaleId.AUDIT_C, 12),
        (ScaleId.DAST10, 10),
        (ScaleId.COWS, 48),
        (ScaleId.CRAVING, 10),
    ],
)
def test_max_totals(scale_id: ScaleId, maximum: int) -> None:
    top = {
        item.key: max(item.choices, key=lambda c: c.score).value
        for item in definition(scale_id).items
    }
    result = score(scale_id, top, sex="male")
    assert result.total == result.max_total == maximum
    assert score(scale_id, zeros(scale_id), sex="male").total == 0


@pytest.mark.parametrize("scale_id", [s for s in ScaleId if s is not ScaleId.CRAVING])
def test_bands_cover_zero_to_max_without_gaps(scale_id: ScaleId) -> None:
    scale_bands = bands(scale_id)
    assert scale_bands[0].low == 0
    assert scale_bands[-1].high == definition(scale_id).max_total
    for lower, upper in itertools.pairwise(scale_bands):
        assert upper.low == lower.high + 1


def test_craving_has_no_band_and_takes_0_to_10() -> None:
    assert bands(ScaleId.CRAVING) == ()
    for value in range(11):
        result = score(ScaleId.CRAVING, {"craving": value})
        assert result.total == value
        assert result.band is None
        assert result.flags == ()
    with pytest.raises(ValidationError, match="craving"):
        score(ScaleId.CRAVING, {"craving": 11})


# --- item rules -------------------------------------------------------------------------


def test_dast_item_3_is_reverse_scored() -> None:
    all_no = {f"q{n}": 0 for n in range(1, 11)}
    result = score(ScaleId.DAST10, all_no)
    assert result.item_scores["q3"] == 1  # "no, I cannot always stop" counts
    assert result.total == 1
    assert result.band == Band(1, 2, "low")

    can_stop = all_no | {"q3": 1}
    assert score(ScaleId.DAST10, can_stop).total == 0

    all_yes = {f"q{n}": 1 for n in range(1, 11)}
    result = score(ScaleId.DAST10, all_yes)
    assert result.item_scores["q3"] == 0
    assert result.total == 9


def test_dast_answers_are_yes_no_only() -> None:
    with pytest.raises(ValidationError, match=r"item 4 .*allowed values: 0, 1"):
        score(ScaleId.DAST10, zeros(ScaleId.DAST10) | {"q4": 2})


@pytest.mark.parametrize("key", ["q9", "q10"])
def test_audit_q9_q10_accept_only_0_2_4(key: str) -> None:
    for value in (0, 2, 4):
        assert score(ScaleId.AUDIT, zeros(ScaleId.AUDIT) | {key: value}).total == value
    for value in (1, 3):
        with pytest.raises(ValidationError, match=rf"\({key}\) cannot be {value}.*0, 2, 4"):
            score(ScaleId.AUDIT, zeros(ScaleId.AUDIT) | {key: value})


def test_audit_q1_to_q8_take_0_to_4() -> None:
    for n in range(1, 9):
        assert definition(ScaleId.AUDIT).item(f"q{n}").values == (0, 1, 2, 3, 4)
    with pytest.raises(ValidationError, match=r"item 8 .*cannot be 5"):
        score(ScaleId.AUDIT, zeros(ScaleId.AUDIT) | {"q8": 5})


COWS_SETS = {
    "resting_pulse": (0, 1, 2, 4),
    "sweating": (0, 1, 2, 3, 4),
    "restlessness": (0, 1, 3, 5),
    "pupils": (0, 1, 2, 5),
    "aches": (0, 1, 2, 4),
    "runny_nose": (0, 1, 2, 4),
    "gi_upset": (0, 1, 2, 3, 5),
    "tremor": (0, 1, 2, 4),
    "yawning": (0, 1, 2, 4),
    "anxiety": (0, 1, 2, 4),
    "gooseflesh": (0, 3, 5),
}


def test_cows_items_and_allowed_scores() -> None:
    cows = definition(ScaleId.COWS)
    assert {item.key: item.values for item in cows.items} == COWS_SETS
    assert cows.max_total == 48


@pytest.mark.parametrize("key", sorted(COWS_SETS))
def test_cows_refuses_scores_outside_each_items_set(key: str) -> None:
    for value in range(7):
        answers = zeros(ScaleId.COWS) | {key: value}
        if value in COWS_SETS[key]:
            assert score(ScaleId.COWS, answers).item_scores[key] == value
        else:
            with pytest.raises(InvalidAnswer) as caught:
                score(ScaleId.COWS, answers)
            assert caught.value.item_key == key
            assert ", ".join(map(str, COWS_SETS[key])) in str(caught.value)


# --- validation messages ----------------------------------------------------------------


def test_missing_item_is_named() -> None:
    answers = zeros(ScaleId.PHQ9)
    del answers["q6"]
    with pytest.raises(ValidationError) as caught:
        score(ScaleId.PHQ9, answers)
    message = str(caught.value)
    assert "item 6" in message
    assert "(q6)" in message
    assert "not answered" in message
    assert "0, 1, 2, 3" in message


def test_out_of_range_value_is_named() -> None:
    with pytest.raises(ValidationError) as caught:
        score(ScaleId.GAD7, zeros(ScaleId.GAD7) | {"q7": 4})
    message = str(caught.value)
    assert "GAD-7" in message
    assert "item 7" in message
    assert "cannot be 4" in message
    assert "0, 1, 2, 3" in message


def test_negative_bool_and_text_values_are_refused() -> None:
    for bad in (-1, True, "2", 1.0):
        with pytest.raises(InvalidAnswer, match=r"\(q2\) cannot be"):
            score(ScaleId.PHQ9, zeros(ScaleId.PHQ9) | {"q2": bad})  # type: ignore[arg-type]


def test_unknown_item_is_refused() -> None:
    with pytest.raises(ValidationError, match="no item 'q10'"):
        score(ScaleId.PHQ9, zeros(ScaleId.PHQ9) | {"q10": 0})


# --- flags ------------------------------------------------------------------------------


def test_phq9_item_9_flags_safety_at_1_not_at_0() -> None:
    base = zeros(ScaleId.PHQ9)
    assert not score(ScaleId.PHQ9, base).has_flag(FlagKind.SAFETY)
    for value in (1, 2, 3):
        result = score(ScaleId.PHQ9, base | {"q9": value})
        safety = [f for f in result.flags if f.kind is FlagKind.SAFETY]
        assert len(safety) == 1
        assert "safety plan" in safety[0].message
        # The flag stands even when the total is in the lowest band.
        assert result.band is not None
        assert result.band.label == "none"


def test_phq9_item_9_zero_never_flags_even_at_high_total() -> None:
    answers = {f"q{n}": 3 for n in range(1, 9)} | {"q9": 0}
    result = score(ScaleId.PHQ9, answers)
    assert result.total == 24
    assert not result.has_flag(FlagKind.SAFETY)


@pytest.mark.parametrize(
    ("scale_id", "cutoff"), [(ScaleId.PHQ9, 10), (ScaleId.GAD7, 10), (ScaleId.AUDIT, 8)]
)
def test_positive_screen_cutoffs(scale_id: ScaleId, cutoff: int) -> None:
    assert not score(scale_id, answers_for(scale_id, cutoff - 1)).has_flag(FlagKind.POSITIVE_SCREEN)
    assert score(scale_id, answers_for(scale_id, cutoff)).has_flag(FlagKind.POSITIVE_SCREEN)


def test_dast_positive_from_3() -> None:
    two = {f"q{n}": 0 for n in range(1, 11)} | {"q1": 1, "q3": 1, "q2": 1}
    assert score(ScaleId.DAST10, two).total == 2
    assert not score(ScaleId.DAST10, two).has_flag(FlagKind.POSITIVE_SCREEN)
    assert score(ScaleId.DAST10, two | {"q4": 1}).has_flag(FlagKind.POSITIVE_SCREEN)


def test_audit_dependence_items_add_a_note() -> None:
    assert not score(ScaleId.AUDIT, zeros(ScaleId.AUDIT) | {"q3": 4}).has_flag(FlagKind.NOTE)
    for key in ("q4", "q5", "q6"):
        assert score(ScaleId.AUDIT, zeros(ScaleId.AUDIT) | {key: 1}).has_flag(FlagKind.NOTE)


def test_no_flags_on_cows() -> None:
    assert score(ScaleId.COWS, answers_for(ScaleId.COWS, 48)).flags == ()


# --- AUDIT-C ----------------------------------------------------------------------------


def audit_c(total: int) -> dict[str, int]:
    return answers_for(ScaleId.AUDIT_C, total)


@pytest.mark.parametrize(
    ("sex", "negative_at", "positive_at"),
    [("female", 2, 3), ("F", 2, 3), ("male", 3, 4), ("M", 3, 4)],
)
def test_audit_c_cutoff_by_sex(sex: str, negative_at: int, positive_at: int) -> None:
    below = score(ScaleId.AUDIT_C, audit_c(negative_at), sex=sex)
    at = score(ScaleId.AUDIT_C, audit_c(positive_at), sex=sex)
    assert not below.has_flag(FlagKind.POSITIVE_SCREEN)
    assert below.band is not None
    assert below.band.label == "negative"
    assert at.has_flag(FlagKind.POSITIVE_SCREEN)
    assert at.band is not None
    assert at.band.label == "positive"
    assert not at.has_flag(FlagKind.NOTE)


@pytest.mark.parametrize("sex", [None, "other", ""])
def test_audit_c_without_female_or_male_uses_3_and_says_so(sex: str | None) -> None:
    two = score(ScaleId.AUDIT_C, audit_c(2), sex=sex)
    three = score(ScaleId.AUDIT_C, audit_c(3), sex=sex)
    assert not two.has_flag(FlagKind.POSITIVE_SCREEN)
    assert three.has_flag(FlagKind.POSITIVE_SCREEN)
    assert three.band == Band(3, 12, "positive")
    notes = [f.message for f in three.flags if f.kind is FlagKind.NOTE]
    assert len(notes) == 1
    assert "not recorded" in notes[0]
    assert "3 or more for women" in notes[0]
    assert "4 or more for men" in notes[0]


def test_audit_c_bands_by_sex() -> None:
    assert bands(ScaleId.AUDIT_C, sex="male") == (Band(0, 3, "negative"), Band(4, 12, "positive"))
    assert bands(ScaleId.AUDIT_C, sex="female") == (
        Band(0, 2, "negative"),
        Band(3, 12, "positive"),
    )
    assert bands(ScaleId.AUDIT_C) == bands(ScaleId.AUDIT_C, sex="female")


def test_audit_c_from_audit_takes_items_1_to_3() -> None:
    full = zeros(ScaleId.AUDIT) | {"q1": 2, "q2": 1, "q3": 1, "q4": 4, "q9": 4}
    picked = audit_c_from_audit(full)
    assert picked == {"q1": 2, "q2": 1, "q3": 1}
    assert score(ScaleId.AUDIT_C, picked, sex="male").total == 4
    assert definition(ScaleId.AUDIT_C).items == definition(ScaleId.AUDIT).items[:3]
    with pytest.raises(ValidationError, match=r"item 2 .*not answered"):
        audit_c_from_audit({"q1": 1, "q3": 0})


# --- definitions and properties -----------------------------------------------------------


def test_every_scale_is_defined_with_unique_keys_and_short_labels() -> None:
    assert set(DEFINITIONS) == set(ScaleId)
    for scale in DEFINITIONS.values():
        keys = [item.key for item in scale.items]
        assert len(keys) == len(set(keys))
        for item in scale.items:
            assert 0 < len(item.label) <= 60, item.label
            assert len({c.value for c in item.choices}) == len(item.choices)


def test_result_is_immutable() -> None:
    result = score(ScaleId.GAD7, zeros(ScaleId.GAD7))
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.total = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        result.item_scores["q1"] = 3  # type: ignore[index]


@st.composite
def valid_entry(draw: st.DrawFn) -> tuple[ScaleId, dict[str, int], str | None]:
    scale_id = draw(st.sampled_from(list(ScaleId)))
    answers = {item.key: draw(st.sampled_from(item.values)) for item in definition(scale_id).items}
    sex = draw(st.sampled_from([None, "female", "male", "other"]))
    return scale_id, answers, sex


@given(valid_entry())
def test_total_is_sum_of_item_scores_and_band_holds_it(
    entry: tuple[ScaleId, dict[str, int], str | None],
) -> None:
    scale_id, answers, sex = entry
    result = score(scale_id, answers, sex=sex)
    scale = definition(scale_id)
    assert result.total == sum(result.item_scores.values())
    assert list(result.item_scores) == [item.key for item in scale.items]
    for item in scale.items:
        assert result.item_scores[item.key] == item.score_of(answers[item.key])
    assert 0 <= result.total <= result.max_total == scale.max_total
    if scale_id is ScaleId.CRAVING:
        assert result.band is None
    else:
        assert result.band is not None
        assert result.band.contains(result.total)
        assert result.band in bands(scale_id, sex=sex)
