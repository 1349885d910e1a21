"""The shortcuts the page cleaner takes past its comparison keys answer as the full computation would."""
from protokoll.clean.furniture import _FOLD, _NON_LETTERS, _furn_header_stem, _key_initial, key

TAILS = ("", "abc", "ÅÄÖ 12 §x", "Σ", "\u0307x", " İ", " – Sida 2 (3)", "”citat” … 2025-03-04")


def _reference_key(text: str) -> str:
    """key as its docstring defines it: case and diacritics folded, every run of non-letters one space."""
    text = text.lower()
    for letter, plain in _FOLD:
        text = text.replace(letter, plain)
    return _NON_LETTERS.sub(" ", text).strip()


def test_key_matches_its_definition_with_signs_between_words():
    texts = ["§ 12 Val av justerare", "Budget – förslag", "”Citat” «inom» ‘tecken’", "Sida 1\xa0av\u20092",
             "Mötet • punkt … 3", "°C och ½ liter", "Ärende: § 4–5 — ﬁnansiering", "İstanbul ſ ı"]
    for text in texts:
        assert key(text) == _reference_key(text), text


def test_a_line_led_by_a_letter_keys_from_that_letter():
    # _opening_echoes skips key for a line whose first letter starts no opening line's key
    for code in range(0x3000):
        letter = chr(code)
        if letter.isalpha():
            for tail in TAILS:
                assert key(letter + tail)[:1] == _key_initial(letter), (letter, tail)


def test_a_header_stem_opens_with_its_lines_first_word():
    # _furn_repeated_headers compares first words before stems
    for text in ["Kommunstyrelsen 2025-03-04 Sida 2 (3)", "STRASSE Förbundsmöte 2 (3)", "Datum        2 av 6",
                 "Protokoll 3/4", "Ärende\u00a0§ 4 2/3"]:
        stem = _furn_header_stem(text)[0]
        assert stem.split(" ", 1)[0] == text.split(None, 1)[0].casefold(), text
