"""A tally led by its verb, the yes side named and the other counted ("Vid votering röstade 24 för styrelsens förslag
och 6 emot, 1 avstod"), or both sides named after who voted ("röstade 19 medlemmar för att avslå motionen och 12 för
att bifalla den"): association minutes count a vote so (dev fixture 447)."""
import pytest

from protokoll.parse import decisions as dec
from protokoll.pipeline import parse_text


@pytest.mark.parametrize("sentence, counts", [
    ("Vid votering röstade 24 för styrelsens förslag och 6 emot, 1 avstod.", (24, 6, 1)),
    ("Vid votering röstade 24 för styrelsens förslag och 6 emot.", (24, 6, None)),
    ("Vid sluten omröstning röstade 24 medlemmar för förslaget och 6 medlemmar emot.", (24, 6, None)),
    ("Vid sluten omröstning röstade 19 medlemmar för att avslå motionen och 12 för att bifalla den.", (19, 12, None)),
    ("Vid omröstning röstade 12 för avslag och 6 för bifall.", (12, 6, None)),
])
def test_verb_first_tallies(sentence, counts):
    vote = dec.counted_vote(sentence)
    assert (vote.yes, vote.no, vote.abstain) == counts


def test_a_number_after_röstade_without_sides_is_no_tally():
    assert dec.counted_vote("Medlemmarna röstade 2024 för första gången digitalt.") is None


def test_the_vote_goes_on_the_decision_after_it():
    text = ("Protokoll fört vid extra föreningsstämma i Brf Kvarnstenen\nDatum: 2025-09-18\n\n"
            "§ 1 Stambyte\nEfter diskussion begärdes votering.\n"
            "Vid votering röstade 24 för styrelsens förslag och 6 emot, 1 avstod.\n"
            "Stämman beslutade att genomföra stambyte enligt styrelsens förslag.\n")
    decision = parse_text(text).items[0].decisions[0]
    assert decision.text == "att genomföra stambyte enligt styrelsens förslag."
    assert [(v.yes, v.no, v.abstain) for v in decision.votes] == [(24, 6, 1)]
