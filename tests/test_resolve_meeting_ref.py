"""``followups.MEETING_REF`` finds what the pattern without its lookbehind finds (the lookbehind is there for
speed only, issue 12): the same spans, words and texts, on references as minutes write them and on
random strings of the letters that make them."""
import random
import re

from protokoll.resolve import followups

WITHOUT_LOOKBEHIND = re.compile(r"(?P<word>[\wåäöÅÄÖéÉ-]*m[öoéeØ6]te[\wåäö]*|sammanträde[\wåäö]*)\s+den\s+",
                                re.IGNORECASE)
WRITTEN = [
    "enligt beslut fattat på kommundirektörsmötet den 28 februari",
    "Vid KOMMUNDIREKTÖRSMÖTET den 22 mars efterlystes ...; styrelsemötet den 5 april",
    "ett extra-möte den 3 maj, ett x-y-mötes den 4 maj och sammanträdet den 6 juni",
    "kommunsammanträde den 1 juli; mötet  den\n2 juli; möte den; möte\xa0den 3 juli",
    "Kommundirektorsmote den 16/5 och kommundirekt6rsm6te den 17/5 och KDM-Ø-mØte den 1/6",
    "(se mötet den 2 maj) och \"styrelsemötet den 3 maj\"; jfr.mötet den 4 maj",
]
PIECES = ["m", "ö", "o", "é", "e", "Ø", "6", "te", "t", "-", " ", "\n", "\xa0", "den", "DEN", "Den", "sammanträde",
          "möte", "MÖTE", "mötet", "kommundirektörsmötet", "å", "x", "_", "5", ".", "É", "(", '"', "/"]


def found(pattern, text):
    return [(m.span(), m.group("word"), m.group(0)) for m in pattern.finditer(text)]


def test_meeting_references_are_found_as_without_the_lookbehind():
    rng = random.Random(12)
    texts = WRITTEN + ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14))) for _ in range(50_000)]
    matched = 0
    for text in texts:
        assert found(followups.MEETING_REF, text) == found(WITHOUT_LOOKBEHIND, text), text
        matched += bool(found(WITHOUT_LOOKBEHIND, text))
    assert matched > 50  # the strings do make references, inside words, at their starts and in runs
    assert [w for _, w, _ in found(followups.MEETING_REF, WRITTEN[2])] == ["extra-möte", "x-y-mötes", "sammanträdet"]
    assert [w for _, w, _ in found(followups.MEETING_REF, WRITTEN[3])] == ["sammanträde", "mötet", "möte"]
    assert [w for _, w, _ in found(followups.MEETING_REF, WRITTEN[5])] == ["mötet", "styrelsemötet", "mötet"]
