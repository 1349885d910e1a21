"""Made-up minutes around an agenda body, for tests that look at the items in between."""
import re

from protokoll.pipeline import parse_text


def items_between(head: str, body: str):
    """The items of made-up minutes with header ``head`` whose agenda is ``body`` (items "2. Title" ...),
    between an opening item 1 and a closing item after the last."""
    last = max(int(n) for n in re.findall(r"^(\d+)\. ", body, re.MULTILINE))
    text = f"{head}\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n{body.strip()}\n\n" \
        f"{last + 1}. Mötets avslutande\nOrdföranden avslutade mötet.\n"
    return parse_text(text).items[1:-1]


def texts(item):
    """The texts of an item's decisions."""
    return [d.text for d in item.decisions]
