"""Standard scales: item definitions, scoring, bands and flags (DOMAIN.md "Scales").

Item labels and answer labels are short paraphrases of our own; the published wording of
these instruments is not reproduced. Scores and cut-offs follow the published scoring:

- PHQ-9 (Kroenke, Spitzer & Williams 2001): 9 items 0-3, total 0-27. A total of 10 or more
  is the usual cut-off for likely major depression; item 9 above zero asks about safety.
- GAD-7 (Spitzer et al. 2006): 7 items 0-3, total 0-21; 10 or more warrants evaluation.
- AUDIT (WHO, Babor et al. 2001): items 1-8 score 0-4, items 9-10 score 0, 2 or 4, total
  0-40; 8 or more is a positive screen. The WHO manual reads any points on items 4-6 as
  possible (incipient) dependence.
- AUDIT-C (Bush et al. 1998; Bradley et al. 2007): AUDIT items 1-3, total 0-12, positive
  at 4 or more for men and 3 or more for women.
- DAST-10 (Skinner 1982): 10 yes/no items, yes scores 1 except item 3 ("can always stop")
  where no scores 1; total 0-10. Skinner's guide asks for further assessment from 3 up.
- COWS (Wesson & Ling 2003): 11 clinician-rated signs, each with its own score set:
  pulse 0/1/2/4, sweating 0-4, restlessness 0/1/3/5, pupils 0/1/2/5, aches 0/1/2/4,
  runny nose or tearing 0/1/2/4, GI upset 0/1/2/3/5, tremor 0/1/2/4, yawning 0/1/2/4,
  anxiety or irritability 0/1/2/4, gooseflesh 0/3/5; the maxima sum to 48. The published
  form labels 5-12 mild, 13-24 moderate, 25-36 moderately severe and above 36 severe and
  leaves 0-4 unnamed; DOMAIN.md calls it "none" (no active withdrawal).
- Craving: one self-rating 0-10, no bands.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from counselor_desk.domain.errors import ValidationError, quoted


class ScaleId(StrEnum):
    """Stable ids; the values are what the vault stores."""

    PHQ9 = "phq9"
    GAD7 = "gad7"
    AUDIT = "audit"
    AUDIT_C = "audit_c"
    DAST10 = "dast10"
    COWS = "cows"
    CRAVING = "craving"


class FlagKind(StrEnum):
    SAFETY = "safety"  # act today: ask about safety, open the safety plan
    POSITIVE_SCREEN = "positive-screen"  # at or above the published cut-off: assess further
    NOTE = "note"  # how a result was reached, or a pattern worth a question


@dataclass(frozen=True)
class Choice:
    """One allowed answer: the stored value, a short label, and the score it earns."""

    value: int
    label: str
    score: int


@dataclass(frozen=True)
class Item:
    key: str
    label: str
    choices: tuple[Choice, ...]

    @property
    def values(self) -> tuple[int, ...]:
        """The answers this item accepts, in display order."""
        return tuple(choice.value for choice in self.choices)

    @property
    def max_score(self) -> int:
        return max(choice.score for choice in self.choices)

    def score_of(self, value: int) -> int:
        for choice in self.choices:
            if choice.value == value:
                return choice.score
        raise KeyError(value)


@dataclass(frozen=True)
class Band:
    """An inclusive score range with its label; a scale's bands run low to high."""

    low: int
    high: int
    label: str

    def contains(self, total: int) -> bool:
        return self.low <= total <= self.high


@dataclass(frozen=True)
class ScaleDefinition:
    id: ScaleId
    title: str
    timeframe: str
    items: tuple[Item, ...]

    @property
    def max_total(self) -> int:
        return sum(item.max_score for item in self.items)

    def item(self, key: str) -> Item:
        for item in self.items:
            if item.key == key:
                return item
        raise KeyError(key)


@dataclass(frozen=True)
class Flag:
    kind: FlagKind
    message: str


@dataclass(frozen=True)
class ScaleResult:
    scale: ScaleId
    total: int
    max_total: int
    band: Band | None  # None for a scale without bands (craving)
    flags: tuple[Flag, ...]
    item_scores: Mapping[str, int]  # item key -> score earned, in item order (read-only)

    def has_flag(self, kind: FlagKind) -> bool:
        return any(flag.kind is kind for flag in self.flags)


class InvalidAnswer(ValidationError):
    """An answer missing, unknown or outside an item's allowed values."""

    def __init__(self, message: str, scale: ScaleId, item_key: str) -> None:
        super().__init__(message)
        self.scale = scale
        self.item_key = item_key


# --- definitions -----------------------------------------------------------------------


def _scored(*pairs: tuple[int, str]) -> tuple[Choice, ...]:
    """Choices whose score is the stored value itself."""
    return tuple(Choice(value, label, value) for value, label in pairs)


def _items(prefix: str, labels: Iterable[str], choices: tuple[Choice, ...]) -> tuple[Item, ...]:
    return tuple(
        Item(f"{prefix}{number}", label, choices) for number, label in enumerate(labels, 1)
    )


_FREQUENCY_2_WEEKS = _scored(
    (0, "not at all"),
    (1, "several days"),
    (2, "more than half the days"),
    (3, "nearly every day"),
)

_PHQ9 = ScaleDefinition(
    ScaleId.PHQ9,
    "PHQ-9 (depression)",
    "past two weeks",
    _items(
        "q",
        (
            "Little interest or enjoyment in things",
            "Low mood or hopelessness",
            "Sleep trouble, too little or too much",
            "Tired or low on energy",
            "Appetite change, too little or too much",
            "Feels like a failure or a letdown",
            "Hard to concentrate",
            "Slowed down, or restless and fidgety",
            "Thoughts of death or self-harm",
        ),
        _FREQUENCY_2_WEEKS,
    ),
)

_GAD7 = ScaleDefinition(
    ScaleId.GAD7,
    "GAD-7 (anxiety)",
    "past two weeks",
    _items(
        "q",
        (
            "Nervous or on edge",
            "Cannot stop or control worry",
            "Worries about many different things",
            "Hard to relax",
            "Too restless to sit still",
            "Easily annoyed or irritable",
            "Afraid something bad will happen",
        ),
        _FREQUENCY_2_WEEKS,
    ),
)

_PAST_YEAR_FREQUENCY = _scored(
    (0, "never"),
    (1, "less than monthly"),
    (2, "monthly"),
    (3, "weekly"),
    (4, "daily or almost daily"),
)
_HARM = _scored((0, "no"), (2, "yes, but not in the past year"), (4, "yes, in the past year"))

_AUDIT_ITEMS = (
    Item(
        "q1",
        "How often you have a drink",
        _scored(
            (0, "never"),
            (1, "monthly or less"),
            (2, "2-4 times a month"),
            (3, "2-3 times a week"),
            (4, "4 or more times a week"),
        ),
    ),
    Item(
        "q2",
        "Drinks on a usual drinking day",
        _scored((0, "1 or 2"), (1, "3 or 4"), (2, "5 or 6"), (3, "7 to 9"), (4, "10 or more")),
    ),
    Item("q3", "How often 6 or more drinks at once", _PAST_YEAR_FREQUENCY),
    Item("q4", "Could not stop once started", _PAST_YEAR_FREQUENCY),
    Item("q5", "Drinking got in the way of what you had to do", _PAST_YEAR_FREQUENCY),
    Item("q6", "Needed a morning drink to get going", _PAST_YEAR_FREQUENCY),
    Item("q7", "Guilt or regret after drinking", _PAST_YEAR_FREQUENCY),
    Item("q8", "Could not remember the night before", _PAST_YEAR_FREQUENCY),
    Item("q9", "You or someone else hurt because of your drinking", _HARM),
    Item("q10", "Someone close or a doctor worried about your drinking", _HARM),
)

_AUDIT = ScaleDefinition(ScaleId.AUDIT, "AUDIT (alcohol)", "past year", _AUDIT_ITEMS)
_AUDIT_C = ScaleDefinition(
    ScaleId.AUDIT_C, "AUDIT-C (alcohol, short)", "past year", _AUDIT_ITEMS[:3]
)

_YES_NO = (Choice(0, "no", 0), Choice(1, "yes", 1))
_YES_NO_REVERSED = (Choice(0, "no", 1), Choice(1, "yes", 0))

_DAST10 = ScaleDefinition(
    ScaleId.DAST10,
    "DAST-10 (drug use)",
    "past 12 months",
    (
        Item("q1", "Used drugs other than as medically needed", _YES_NO),
        Item("q2", "Used more than one drug at a time", _YES_NO),
        # Reverse-scored: being able to stop is the healthy answer, so "no" scores 1.
        Item("q3", "Can always stop using when you want to", _YES_NO_REVERSED),
        Item("q4", "Blackouts or flashbacks from drug use", _YES_NO),
        Item("q5", "Felt bad or guilty about drug use", _YES_NO),
        Item("q6", "Family has complained about your drug use", _YES_NO),
        Item("q7", "Neglected family because of drug use", _YES_NO),
        Item("q8", "Broke the law to get drugs", _YES_NO),
        Item("q9", "Withdrawal or felt sick when you stopped", _YES_NO),
        Item("q10", "Health problems from drug use", _YES_NO),
    ),
)

_COWS = ScaleDefinition(
    ScaleId.COWS,
    "COWS (opioid withdrawal)",
    "now, rated by the clinician",
    (
        Item(
            "resting_pulse",
            "Resting pulse after sitting 1 minute",
            _scored((0, "80 or less"), (1, "81-100"), (2, "101-120"), (4, "over 120")),
        ),
        Item(
            "sweating",
            "Sweating not explained by room or activity (last 30 min)",
            _scored(
                (0, "none, no chills or flushing"),
                (1, "reports chills or flushing"),
                (2, "flushed or damp face"),
                (3, "beads of sweat on face"),
                (4, "sweat streaming down face"),
            ),
        ),
        Item(
            "restlessness",
            "Restlessness while being assessed",
            _scored(
                (0, "sits still"),
                (1, "finds it hard to sit still, but can"),
                (3, "shifts often, extra arm or leg movements"),
                (5, "cannot sit still more than a few seconds"),
            ),
        ),
        Item(
            "pupils",
            "Pupil size",
            _scored(
                (0, "pinned or normal for the light"),
                (1, "maybe larger than normal"),
                (2, "moderately dilated"),
                (5, "so wide only the rim of the iris shows"),
            ),
        ),
        Item(
            "aches",
            "Bone or joint aches (new ones only)",
            _scored(
                (0, "none"),
                (1, "mild, all-over discomfort"),
                (2, "reports severe all-over aching"),
                (4, "rubbing joints or muscles, cannot sit still"),
            ),
        ),
        Item(
            "runny_nose",
            "Runny nose or tearing (not from a cold or allergy)",
            _scored(
                (0, "none"),
                (1, "stuffy nose or moist eyes"),
                (2, "runny nose or tearing"),
                (4, "nose runs constantly or tears stream"),
            ),
        ),
        Item(
            "gi_upset",
            "Stomach or gut upset (last 30 min)",
            _scored(
                (0, "none"),
                (1, "stomach cramps"),
                (2, "nausea or loose stool"),
                (3, "vomiting or diarrhea"),
                (5, "vomiting or diarrhea many times"),
            ),
        ),
        Item(
            "tremor",
            "Tremor of outstretched hands",
            _scored(
                (0, "none"),
                (1, "can be felt, not seen"),
                (2, "slight, can be seen"),
                (4, "large tremor or muscle twitching"),
            ),
        ),
        Item(
            "yawning",
            "Yawning during the assessment",
            _scored(
                (0, "none"),
                (1, "once or twice"),
                (2, "three or more times"),
                (4, "several times a minute"),
            ),
        ),
        Item(
            "anxiety",
            "Anxiety or irritability",
            _scored(
                (0, "none"),
                (1, "reports growing anxiety or irritability"),
                (2, "clearly anxious or irritable"),
                (4, "so anxious or irritable the assessment is hard"),
            ),
        ),
        Item(
            "gooseflesh",
            "Gooseflesh skin",
            _scored(
                (0, "smooth skin"),
                (3, "bumps can be felt, or arm hair stands up"),
                (5, "clearly visible gooseflesh"),
            ),
        ),
    ),
)

_CRAVING = ScaleDefinition(
    ScaleId.CRAVING,
    "Craving (0-10)",
    "right now",
    (
        Item(
            "craving",
            "How strong is the craving right now?",
            _scored(
                (0, "none"),
                *((n, str(n)) for n in range(1, 10)),
                (10, "strongest ever"),
            ),
        ),
    ),
)

DEFINITIONS: Mapping[ScaleId, ScaleDefinition] = MappingProxyType(
    {d.id: d for d in (_PHQ9, _GAD7, _AUDIT, _AUDIT_C, _DAST10, _COWS, _CRAVING)}
)


def definition(scale_id: ScaleId) -> ScaleDefinition:
    """The items, answers and title of one scale."""
    return DEFINITIONS[scale_id]


# --- bands -----------------------------------------------------------------------------

_BANDS: Mapping[ScaleId, tuple[Band, ...]] = MappingProxyType(
    {
        ScaleId.PHQ9: (
            Band(0, 4, "none"),
            Band(5, 9, "mild"),
            Band(10, 14, "moderate"),
            Band(15, 19, "moderately severe"),
            Band(20, 27, "severe"),
        ),
        ScaleId.GAD7: (
            Band(0, 4, "minimal"),
            Band(5, 9, "mild"),
            Band(10, 14, "moderate"),
            Band(15, 21, "severe"),
        ),
        ScaleId.AUDIT: (
            Band(0, 7, "zone I"),
            Band(8, 15, "zone II"),
            Band(16, 19, "zone III"),
            Band(20, 40, "zone IV"),
        ),
        ScaleId.DAST10: (
            Band(0, 0, "none"),
            Band(1, 2, "low"),
            Band(3, 5, "moderate"),
            Band(6, 8, "substantial"),
            Band(9, 10, "severe"),
        ),
        ScaleId.COWS: (
            Band(0, 4, "none"),
            Band(5, 12, "mild"),
            Band(13, 24, "moderate"),
            Band(25, 36, "moderately severe"),
            Band(37, 48, "severe"),
        ),
        ScaleId.CRAVING: (),
    }
)

AUDIT_C_CUTOFF_WOMEN = 3
AUDIT_C_CUTOFF_MEN = 4

_FEMALE = frozenset({"f", "female", "woman", "w"})
_MALE = frozenset({"m", "male", "man"})


def _audit_c_cutoff(sex: str | None) -> int | None:
    """The cut-off for a recorded female or male sex; None when it is not either."""
    normal = (sex or "").strip().casefold()
    if normal in _FEMALE:
        return AUDIT_C_CUTOFF_WOMEN
    if normal in _MALE:
        return AUDIT_C_CUTOFF_MEN
    return None


def bands(scale_id: ScaleId, *, sex: str | None = None) -> tuple[Band, ...]:
    """Score bands low to high for chart shading; empty for a scale without bands.

    AUDIT-C bands depend on sex; without a female or male sex the lower (protective)
    cut-off of 3 is used, as in `score`."""
    if scale_id is ScaleId.AUDIT_C:
        cutoff = _audit_c_cutoff(sex) or AUDIT_C_CUTOFF_WOMEN
        top = DEFINITIONS[ScaleId.AUDIT_C].max_total
        return (Band(0, cutoff - 1, "negative"), Band(cutoff, top, "positive"))
    return _BANDS[scale_id]


# --- scoring ---------------------------------------------------------------------------


def _allowed(item: Item) -> str:
    return ", ".join(str(value) for value in item.values)


def _name(definition: ScaleDefinition, item: Item) -> str:
    number = definition.items.index(item) + 1
    return f'{definition.title} item {number} "{item.label}" ({item.key})'


def _check_answers(definition: ScaleDefinition, answers: Mapping[str, int]) -> dict[str, int]:
    """Item key -> score; refuses unknown keys, missing items and values not allowed."""
    keys = [item.key for item in definition.items]
    unknown = sorted(str(key) for key in answers if key not in keys)
    if unknown:
        raise InvalidAnswer(
            f"{definition.title} has no item {quoted(unknown[0])}; "
            f"its items are {', '.join(keys)}.",
            definition.id,
            unknown[0],
        )
    scores: dict[str, int] = {}
    for item in definition.items:
        if item.key not in answers:
            raise InvalidAnswer(
                f"{_name(definition, item)} is not answered; allowed values: {_allowed(item)}.",
                definition.id,
                item.key,
            )
        value = answers[item.key]
        # bool is an int subclass; True must not pass for a score of 1.
        if type(value) is not int or value not in item.values:
            raise InvalidAnswer(
                f"{_name(definition, item)} cannot be {quoted(value)}; "
                f"allowed values: {_allowed(item)}.",
                definition.id,
                item.key,
            )
        scores[item.key] = item.score_of(value)
    return scores


def _band_for(scale_bands: tuple[Band, ...], total: int) -> Band | None:
    return next((band for band in scale_bands if band.contains(total)), None)


def _flags(
    scale_id: ScaleId, total: int, scores: Mapping[str, int], sex: str | None
) -> tuple[Flag, ...]:
    flags: list[Flag] = []
    if scale_id is ScaleId.PHQ9:
        if scores["q9"] > 0:
            flags.append(
                Flag(
                    FlagKind.SAFETY,
                    "Item 9 (thoughts of death or self-harm) is above zero: ask about safety "
                    "today and review or write a safety plan (crisis line 988).",
                )
            )
        if total >= 10:
            flags.append(
                Flag(
                    FlagKind.POSITIVE_SCREEN,
                    "Total 10 or more: depression is likely; arrange a fuller assessment.",
                )
            )
    elif scale_id is ScaleId.GAD7:
        if total >= 10:
            flags.append(
                Flag(
                    FlagKind.POSITIVE_SCREEN,
                    "Total 10 or more: an anxiety disorder is likely; arrange a fuller assessment.",
                )
            )
    elif scale_id is ScaleId.AUDIT:
        if total >= 8:
            flags.append(
                Flag(
                    FlagKind.POSITIVE_SCREEN,
                    "Total 8 or more: hazardous or harmful drinking is likely.",
                )
            )
        if any(scores[key] > 0 for key in ("q4", "q5", "q6")):
            flags.append(
                Flag(
                    FlagKind.NOTE,
                    "Items 4-6 above zero can point to alcohol dependence; ask more.",
                )
            )
    elif scale_id is ScaleId.AUDIT_C:
        cutoff = _audit_c_cutoff(sex)
        if cutoff is None:
            flags.append(
                Flag(
                    FlagKind.NOTE,
                    f"Sex is not recorded as female or male. AUDIT-C is positive at "
                    f"{AUDIT_C_CUTOFF_WOMEN} or more for women and {AUDIT_C_CUTOFF_MEN} or "
                    f"more for men; the lower cut-off ({AUDIT_C_CUTOFF_WOMEN}) was used.",
                )
            )
            cutoff = AUDIT_C_CUTOFF_WOMEN
        if total >= cutoff:
            flags.append(
                Flag(
                    FlagKind.POSITIVE_SCREEN,
                    f"Total {cutoff} or more: positive screen for risky drinking; "
                    "consider the full AUDIT.",
                )
            )
    elif scale_id is ScaleId.DAST10 and total >= 3:
        flags.append(
            Flag(
                FlagKind.POSITIVE_SCREEN,
                "Total 3 or more: drug-related problems are moderate or higher; assess further.",
            )
        )
    return tuple(flags)


def score(scale_id: ScaleId, answers: Mapping[str, int], *, sex: str | None = None) -> ScaleResult:
    """Validate one entry's answers and return its total, band and flags.

    `sex` matters only for AUDIT-C ("female"/"F" or "male"/"M"; anything else uses the
    protective cut-off and says so). Raises InvalidAnswer (a ValidationError)."""
    scale = DEFINITIONS[scale_id]
    scores = _check_answers(scale, answers)
    total = sum(scores.values())
    return ScaleResult(
        scale=scale_id,
        total=total,
        max_total=scale.max_total,
        band=_band_for(bands(scale_id, sex=sex), total),
        flags=_flags(scale_id, total, scores, sex),
        item_scores=MappingProxyType(scores),
    )


def audit_c_from_audit(answers: Mapping[str, int]) -> dict[str, int]:
    """The AUDIT-C answers inside a full AUDIT entry (items 1-3), for `score(AUDIT_C, ...)`."""
    scale = DEFINITIONS[ScaleId.AUDIT_C]
    picked = {item.key: answers[item.key] for item in scale.items if item.key in answers}
    _check_answers(scale, picked)
    return picked
