"""The genre as named data: the words Swedish minutes use for their parts, and the thresholds the
parser measures against. Everything here is a convention of the genre, never of one document.

Patterns are compiled with ``labels.tolerant`` where OCR may have lost å/ä/ö.
"""
from __future__ import annotations

import re
from functools import lru_cache

from protokoll import regexes
from protokoll.folding import fold
from protokoll.vocab.labels import Folded, tolerant

# --- attendance ---------------------------------------------------------------------------------
# (heading words, status, role the heading gives its entries). Longest headings first, so that
# "Ej tjänstgörande ersättare" is not read as "Tjänstgörande ersättare".
_REPRESENTED_GROUP = r"företrädare\s+för\s+(?:[\wåäö-]+\s+){0,2}[\wåäö-]+"
_APPOINTED_GROUP = (r"(?:ledamöter\s+(?:utsedda|valda)\s+av\s+(?:[\wåäö-]+\s+){0,2}[\wåäö-]+"
                    # "Av regeringen utsedda företrädare för allmänna intressen": who appointed them, then whom
                    r"|av\s+[\wåäö-]+\s+(?:utsedda|valda)\s+företrädare\s+för\s+(?:[\wåäö-]+\s+){0,2}[\wåäö-]+)")
# Who an education body's representatives speak for ("studentrepresentanter", "lärarrepresentant").
_REPRESENTING = ("student", "studerande", "lärar", "doktorand", "yrkeslivs", "bransch", "elev", "förälder",
                 "föräldra", "arbetslivs")
# A heading that is a list's only with its colon after it ("Med: A, B", never "Med anledning av ...").
_COLON_ONLY = r"(?=\s*:)"
_ALONE_ONLY = r"(?=\s*$)"  # a heading that stands on its line alone, nothing after it
ATTENDANCE_HEADINGS: tuple[tuple[str, str, str | None], ...] = (
    # before "ledamöter": "Ledamöter utsedda av regeringen", a university board's group of the roll (see below)
    (_APPOINTED_GROUP, "present", None),
    # the roll told as a sentence: "Närvarande vid mötet var rektor A, lärare B samt föräldrarepresentanterna C
    # (3B) och D (4A)." (a school's forum för samråd)
    (r"närvarande\s+vid\s+(?:dagens\s+)?(?:mötet|sammanträdet)\s+(?:var|är)", "present", None),
    ("närvarande med rösträtt", "present", None),
    ("närvarande röstberättigade", "present", None),
    ("närvarande ej tjänstgörande ersättare", "present", "ersättare"),
    ("närvarande tjänstgörande ersättare", "present", "tjänstgörande ersättare"),
    ("ej tjänstgörande ersättare", "present", "ersättare"),
    ("ej beslutande ersättare", "present", "ersättare"),
    ("icke beslutande ersättare", "present", "ersättare"),
    ("icke tjänstgörande ersättare", "present", "ersättare"),
    ("tjänstgörande ersättare", "present", "tjänstgörande ersättare"),
    ("närvarande ersättare", "present", "ersättare"),
    # a council's substitutes serving for the members away ("Närvarande för fullmäktige tjänstgörande ersättare",
    # a label its cell wraps over four lines): each "A (S) för B (S)"
    (r"närvarande\s+för\s+[\wåäö-]+\s+tjänstgörande\s+ersättare", "present", "tjänstgörande ersättare"),
    ("närvarande ledamöter", "present", None),
    # a fullmäktige's presiding officers, listed apart from its members ("Presidium" / "Talman: Ester Lind")
    ("presidium", "present", None),
    # an annual meeting's delegates and a stämma's shareholders ("Närvarande ombud", "Närvarande aktieägare")
    ("närvarande ombud", "present", None),
    ("närvarande aktieägare", "present", None),
    # the municipal auditors at their own meeting ("Närvarande revisorer" / "Anna Ek (S), ordförande")
    ("närvarande revisorer", "present", None),
    ("närvarande styrelseledamöter", "present", None),
    # a foundation's board: "Deltagande ledamöter" / "Frånvarande ledamot" / "Deltagare från kansliet" /
    # "Inbjudna gäster"
    ("deltagande ledamöter", "present", None),
    ("deltagande ledamot", "present", None),
    (r"deltagare\s+från\s+(?:[\wåäö-]+\s+){0,2}[\wåäö-]+", "present", None),
    ("närvarande tjänstepersoner", "present", None),
    ("övriga beslutande ledamöter", "present", None),  # the rest of the roll, on a later page
    ("beslutande ledamöter", "present", None),
    ("beslutande", "present", None),
    ("ordinarie ledamöter", "present", None),
    # a group of the roll named by where its people come from: "Ur styrelsen Kjell Grahn Maria Lundin"
    ("ur styrelsen", "present", None),
    # a presence table's group titles, one word each ("Ordinarie   N/F   Suppleant   N/F   Noteringar")
    ("ordinarie", "present", None),
    ("styrelseledamöter", "present", None),
    ("ledamöter", "present", None),
    ("ersättare", "present", "ersättare"),
    ("suppleanter", "present", "suppleant"),
    ("suppleant", "present", "suppleant"),
    # a housing association's board: "Närvarande ledamöter" / ... / "Närvarande suppleant" / "Ylva Granberg"
    ("närvarande suppleanter", "present", "suppleant"),
    ("närvarande suppleant", "present", "suppleant"),
    ("övriga deltagare", "present", None),
    ("övriga deltagande", "present", None),
    ("övriga närvarande ersättare", "present", "ersättare"),
    # a region's roll: the substitutes who did not serve, after the members and those who served for them
    ("övriga ersättare", "present", "ersättare"),
    ("ej beslutande", "present", None),
    ("icke beslutande", "present", None),
    ("adjungerande", "present", "adjungerad"),
    ("närvarande medlemmar", "present", None),
    # a road or VA association's roll by property ("Närvarande fastigheter" / "Fastighet | Företrädd av")
    ("närvarande fastigheter", "present", None),
    ("närvarande delägare", "present", None),
    ("övriga närvarande", "present", None),
    # a company's stämma: "Närvarande aktieägare" / ... / "Närvarande i övrigt" over the board and VD
    ("närvarande i övrigt", "present", None),
    ("övriga", "present", None),
    ("adjungerade", "present", "adjungerad"),
    ("adjungerad", "present", "adjungerad"),
    ("tjänstepersoner", "present", None),
    # a service club's committee chairs, present beside its board ("Närvarande styrelsen: ..." / "Kommittéer: A, B")
    ("kommittéer", "present", None),
    ("kommittéordförande", "present", None),
    # an association's staff listed as a group under the board ("Sekretariatet" / "Tessa Fick X, sekreterare")
    ("sekretariatet", "present", None),
    ("kansliet", "present", None),
    ("tjänstemän", "present", None),
    ("insynsplatser", "present", None),
    ("röstlängd", "present", None),
    ("röstberättigade", "present", None),
    ("deltagare", "present", None),
    # a working group's notes: "Med: Ingrid, Hassan, Lotta" (who was with; with its colon only, "Med anledning
    # av ..." is prose)
    ("med" + _COLON_ONLY, "present", None),
    ("mötesdeltagare", "present", None),
    ("närvarande", "present", None),
    ("närvarolista", "present", None),
    ("närvaroförteckning", "present", None),
    ("närvaro", "present", None),
    ("dessutom närvarande", "present", None),
    # a decision group's others present, in the label column beside its roll ("Dessutom:   A/B, kansliet"); with its
    # colon only ("Dessutom beslutades ..." is prose)
    ("dessutom" + _COLON_ONLY, "present", None),
    # the same as a sentence: "Dessutom närvarade: Anna Ek, ombudsman X", "Dessutom närvarade Per Berg från Y"
    ("dessutom närvarade", "present", None),
    # a council's roll told as sentences: "Som ersättare för de frånvarande ledamöterna inträder A (S) för B, ...":
    # the substitutes who serve, each with whom they serve for (a note)
    (r"som ersättare(?: för (?:de )?frånvarande(?: ledamöterna| ledamöter)?)? (?:inträder|inträdde|tjänstgör|tjänstgjorde)",
     "present", "tjänstgörande ersättare"),
    ("deltagande", "present", None),
    # those who took part from elsewhere, listed apart ("Deltog på distans: A, B", "Via Teams: C")
    ("deltog på distans", "present", None),
    ("deltog digitalt", "present", None),
    ("deltog via teams", "present", None),
    ("deltog via länk", "present", None),
    ("deltog per telefon", "present", None),
    ("deltog via telefon", "present", None),
    ("närvarande på distans", "present", None),
    ("på distans", "present", None),
    ("via teams", "present", None),
    ("via zoom", "present", None),
    ("via länk", "present", None),
    ("via telefon", "present", None),
    ("per telefon", "present", None),
    ("inbjudna gäster", "present", None),
    # a council's roll by side (a KPR's, a funktionsrättsråd's): "Förtroendevalda" / "Politiker" over the members
    # from the boards, "Pensionärsorganisationerna" / "Föreningarna" over the organisations' representatives,
    # "Personalföreträdare" over the staff's union representatives at a direktion
    ("förtroendevalda", "present", None),
    ("politiker", "present", None),
    ("pensionärsorganisationerna", "present", None),
    ("pensionärsorganisationer", "present", None),
    ("föreningsrepresentanter", "present", None),
    ("föreningarna", "present", None),
    ("organisationerna", "present", None),
    ("personalföreträdare", "present", None),
    ("fackliga organisationer", "present", None),
    ("fackliga företrädare", "present", None),
    ("fackliga representanter", "present", None),
    # a company board's employee members, by law present with the board ("Arbetstagarrepresentanter:" /
    # "Mats Eriksson (Kommunal)"), after an "Ej närvarande" list too
    ("arbetstagarrepresentanter", "present", None),
    # the two sides of a co-operation group or a negotiation ("Arbetsgivarföreträdare: A, enhetschef; B, ...",
    # "Arbetstagarföreträdare: C, Kommunal; D, Vision")
    ("arbetsgivarföreträdare", "present", None),
    # the municipal auditors' expert, present at their meetings ("Sakkunnigt biträde:" / "Karin Lund, revisor")
    ("sakkunnigt biträde", "present", None),
    ("sakkunniga biträden", "present", None),
    # a state committee's or inquiry's roll beside its members ("Sakkunniga: A (Finansdepartementet)",
    # "Experter: B (Skolverket)", "Sekretariat: C (huvudsekreterare)"): what each is at the meeting
    ("sakkunniga", "present", "sakkunnig"),
    ("sakkunnig", "present", "sakkunnig"),
    ("experter", "present", "expert"),
    ("expert", "present", "expert"),
    ("sekretariat", "present", None),
    ("arbetsgivarrepresentanter", "present", None),
    ("arbetstagarföreträdare", "present", None),
    # the same sides as a presence table's group titles ("Arbetsgivarens företrädare   Närvarande" / "Name, title  X")
    ("arbetsgivarens företrädare", "present", None),
    ("arbetstagarnas företrädare", "present", None),
    ("arbetstagarorganisationernas företrädare", "present", None),
    # an MBL negotiation's roll by side, without "Närvarande" ("För arbetsgivaren:" / "Name, title"); with its
    # colon only: "För arbetsgivaren" under a signature is the side the signer signs for
    (r"för\s+(?:arbetsgivar(?:en|sidan|parten)|arbetstagar(?:organisationerna|organisationen|sidan|parten|na))"
     + _COLON_ONLY, "present", None),
    ("arbetstagarrepresentant", "present", None),
    ("personalrepresentanter", "present", None),
    # an education body's groups by whom they represent ("Studentrepresentanter: A, B", "Lärarrepresentanter:",
    # "Yrkeslivsrepresentant: Name, Org"): each one's role the group's word in the singular
    *((f"{group}representanter", "present", f"{group}representant") for group in _REPRESENTING),
    *((f"{group}representant", "present", f"{group}representant") for group in _REPRESENTING),
    # the auditors a federation's direction invites ("Inbjudna politiskt valda revisorerna" / "Bo Kron")
    (r"inbjudna\s+(?:[\wåäö-]+\s+){0,2}revisorer(?:na)?", "present", None),
    ("inbjuden gäst", "present", None),
    ("inbjudna", "present", None),
    ("inbjuden", "present", None),
    ("gäster", "present", None),
    # a state agency's or a domkapitel's officials who present the cases, a group of the roll in the header
    # ("Föredragande" / "Stiftsjurist Name, §§ 91–94"): present, each one's own title the role; the bare word alone
    # on its line only ("Föredragande: Name" in an item names its presenter)
    ("föredragande" + _ALONE_ONLY, "present", None),
    # one guest named after the roll ("Närvarande: A, B och C. Gäst: D, distriktsordförande.")
    ("gäst", "present", None),
    # an interpreter at a members' or parish meeting ("Tolk: Marco Hellström", "Teckenspråkstolkar: A och B")
    ("teckenspråkstolkar", "present", "tolk"),
    ("teckenspråkstolk", "present", "tolk"),
    ("tolkar", "present", "tolk"),
    ("tolk", "present", "tolk"),
    ("anmält förhinder", "excused", None),
    # the plural, as an art association's two-column minutes title an item ("§4 Anmälda förhinder" / the names)
    ("anmälda förhinder", "excused", None),
    # a volunteer group's notes: "Återbud: Ulf, Mirja" (with its colon only: "Återbud har lämnats ..." is prose)
    ("återbud" + _COLON_ONLY, "excused", None),
    ("anmält frånvaro", "excused", None),
    ("anmäld frånvaro", "excused", None),
    ("förhinder", "excused", None),
    ("förhindrade", "excused", None),
    ("förhindrad", "excused", None),  # one member away: "Förhindrad: Nora Åkesson"
    ("ej närvarande ledamöter", "absent", None),
    ("ej närvarande", "absent", None),
    ("frånvarande ledamöter", "absent", None),
    ("frånvarande ledamot", "absent", None),
    ("ej närvarande ledamot", "absent", None),
    ("frånvarande", "absent", None),
    ("frånvaro", "absent", None),  # "Frånvaro: A, B" (an "anmäld frånvaro" is excused, above)
    (r"frånv\.", "absent", None),  # "Frånv.: Sofie Alfredsdotter", the heading cut short
    # representatives of organisations in a council's roll, named by where they come from ("Representanter från
    # funktionshinderorganisationerna", "Representanter för pensionärsorganisationerna")
    (r"representanter\s+(?:från|för)\s+(?:[\wåäö-]+\s+){0,2}[\wåäö-]+", "present", None),
    # a university board's or a faculty's roll by whom its members represent ("Företrädare för lärarna",
    # "Företrädare för de studerande", "Ledamöter utsedda av regeringen"): groups of the roll, no role of theirs
    (_REPRESENTED_GROUP, "present", None),
)
# Folded: a match holds the lower-cased text (heading_info lower-cases the heading anyway).
# A body's genitive may stand before the heading ("Direktionens ledamöter", "Styrelsens ersättare"); a
# semicolon may stand for the colon ("Närvarande; A, B, C").
_HEADING_GENITIVE = r"(?:[a-zåäö][a-zåäö-]{2,}(?:ens|ets|ns|s)\s+(?=(?:ledamöter|ersättare|beslutande|suppleanter)\b))?"
ATTENDANCE_HEADING = Folded(
    r"^" + _HEADING_GENITIVE + r"(?P<head>" + "|".join(tolerant(h) for h, _, _ in ATTENDANCE_HEADINGS) +
    r")(?![\wåäöÅÄÖ])\s*(?P<colon>[:;])?\s*")
_HEADING_INFO = {h.removesuffix(_COLON_ONLY).removesuffix(_ALONE_ONLY): (status, role)
                 for h, status, role in ATTENDANCE_HEADINGS}
# Those who came from an organisation, as a group of the list: "Från arbetarekommunen: Per-Ola Fransson,
# ombudsman", "Från förvaltaren: Eva Ek" (present; with its colon, a sentence "Från kommunen kom ..." is none).
FROM_GROUP_HEADING = regexes.compile(r"^(?:närvarande\s+)?från\s+(?:[\wåäöÅÄÖ-]+\s+){0,3}[\wåäöÅÄÖ-]+\s*:\s*", re.IGNORECASE)
# The same group on a line of its own without its colon, over its people one a line ("Från förbundskansliet" /
# "Stina Wallin"): the part of the organisation in lower case ("förvaltningen", "kommunerna"), nothing after it.
FROM_GROUP_LINE = regexes.compile(r"^(?:[Nn]ärvarande\s+från|Från)\s+(?:[a-zåäö-]+\s+){0,2}[a-zåäö-]+\s*$")
# A council's roll by side, each side's title on a line of its own over its people ("För organisationerna" /
# "Gunilla Rask, DHR" / "För Region Västerbrunn" / "Sofia Kullberg (S), ordförande"): present, the side no role;
# the side is the organisations, the municipality or region, or one of its bodies, nothing after it.
FOR_SIDE_LINE = regexes.compile(
    r"^För\s+(?:(?:[a-zåäö-]+\s+){0,2}[a-zåäö-]*(?:organisationerna|organisationer|föreningarna|kommunen|kommunerna"
    r"|regionen|förvaltningen|nämnderna|nämnden|styrelsen|partierna)"
    r"|Region\s+[A-ZÅÄÖ][\wåäö-]+|[A-ZÅÄÖ][\wåäö-]+\s+(?:kommun|stad|region))\s*:?\s*$")
# The group's name, what the list writes beside each of its people: "Från förbundskansliet:" → "förbundskansliet".
FROM_GROUP_NAME = regexes.compile(r"^(?:närvarande\s+)?från\s+", re.IGNORECASE)
# The board as a group named after a list's heading: "Närvarande: Styrelsen: Maja Lind (ordförande), ...": the
# group's name is no person.
BOARD_GROUP_LABEL = regexes.compile(r"^(?:styrelsen|styrelseledamöterna|styrelsens\s+ledamöter|hela\s+styrelsen)\s*:\s*",
                                    re.IGNORECASE)

# Headings that say who is present or not, and the groups that may stand under them ("Förhindrade" /
# "Ledamöter" / "Stig Ahl" / "Ersättare" / "Maj Falk"): a group heading under a status heading keeps its status.
# Headings whose word is what the list writes beside each of its people: a service club's committee chairs
# ("Kommittéer: A, B" beside "Närvarande styrelsen: ..."), the affiliation of each.
AFFILIATION_GROUPS = frozenset({"kommittéer", "kommittéordförande"})
STATUS_HEADINGS = frozenset({"närvarande", "anmält förhinder", "anmälda förhinder", "anmält frånvaro", "anmäld frånvaro", "förhinder",
                             "förhindrade", "förhindrad", "frånvarande", "frånvaro", "ej närvarande"})
GROUP_HEADINGS = frozenset({"ledamöter", "ersättare", "suppleanter", "ordinarie ledamöter", "styrelseledamöter"})
# Groups by whom they represent, under a status heading as the groups above ("Frånvarande:" / "Företrädare för
# lärarna" / "Hugo Ek, ledamot": absent).
_REPRESENTATION_GROUP = regexes.compile(rf"^(?:{_REPRESENTED_GROUP}|{_APPOINTED_GROUP})$")


def is_group_heading(word: str) -> bool:
    """Whether a lower-cased bare heading names a group of the roll ("ersättare", "företrädare för lärarna")."""
    return word in GROUP_HEADINGS or is_representation_group(word)


def is_representation_group(word: str) -> bool:
    """Whether a lower-cased bare heading names a group by whom its members represent ("företrädare för lärarna",
    "ledamöter utsedda av regeringen"): a heading over people, never one person's role."""
    return bool(_REPRESENTATION_GROUP.match(word))

# Column titles of a presence table ("Befattning | Namn | Närvarande").
# (a road or VA association's roll by property: "Fastighet | Ägare/ombud | Andelstal", "Fastighet | Fastighetsägare")
TABLE_NAME = frozenset({"namn", "ledamot", "ledamöter", "person", "företrädd av", "företrädare", "ombud", "medlem",
                        "deltagare", "röstande", "representant", "aktieägare", "ägare", "ägare/ombud",
                        "ägare / ombud", "fastighetsägare", "delägare"})
# Columns of what each one on a röstlängd holds, read and left out of the record: a stämma's shares and votes
# ("Aktieägare | Antal aktier | Antal röster"), an annual meeting's votes per delegate ("Förening | Ombud | Röster").
# A joint-property association's roll gives each property's share of the costs ("Andelstal", "Andelar").
TABLE_HOLDING = frozenset({"antal aktier", "antal röster", "aktier", "röster", "röstetal", "antal", "andelstal",
                           "andelar", "antal andelar"})
# A stämma's column of who attended for each shareholder ("Aktieägare | Företrädd genom" / "Byalaget | Per Ek,
# ombud"): the person present, the shareholder their affiliation; "personligen" says the shareholder came in person.
TABLE_PROXY = frozenset({"företrädd genom", "företrädda genom", "genom ombud"})
IN_PERSON = frozenset({"personligen", "själv", "egen person", "i egen person"})
# Columns saying whom or what a person represents: a property in a joint-property association's roll,
# a flat in a housing association's, a municipality or organisation in a network's, a class in a pupils' council's
# ("Klass | Representant").
# A name given in two columns, surname first ("Efternamn | Förnamn | Närvarande"): read "First Last".
TABLE_SURNAME = frozenset({"efternamn"})
TABLE_GIVEN = frozenset({"förnamn", "fornamn", "tilltalsnamn"})
TABLE_AFFILIATION = frozenset({"fastighet", "fastighetsbeteckning", "lägenhet", "lgh", "lgh nr", "lägenhetsnummer",
                               "kommun", "organisation", "förening", "representerar", "företräder", "klass",
                               "region"})
TABLE_ROLE = frozenset({"befattning", "roll", "funktion", "uppdrag", "post", "titel"})
TABLE_PRESENCE = frozenset({"närvarande", "närvaro", "närv", "närv.", "deltog", "närvarande?", "n/f", "n/f/a", "n / f"})
# A presence column that gives the paragraphs each one attended ("Närvarande §", "Närv §§", "Närvaro paragrafer"):
# its cells are "12–15", "12–13" or a dash for none.
# (the title holds no "§": "Närvaro §§" is "Närvaro" over its paragraphs, not "Närvaro §" over one "§")
TABLE_PRESENCE_SECTIONS = regexes.compile(r"^(?P<title>[^\s§]+(?:\s[^\s§]+)?)\s*(?:§§?|paragrafer|paragraf)$", re.IGNORECASE)
# Column titles of two words that a narrow cell wraps at the space (a reader glues them back).
WRAPPED_COLUMN_TITLES = frozenset({"tjänstgörande ersättare", "ej tjänstgörande ersättare", "ersättare för"})
# What such a cell holds for someone who attended no paragraph.
NONE_ATTENDED = "-"
NO_SECTIONS = frozenset({NONE_ATTENDED, "–", "—", "0"})

# A column of notes beside the names: a role written there is the person's role, anything else a note.
TABLE_NOTE = frozenset({"anteckning", "anteckningar", "kommentar", "kommentarer", "notering", "noteringar", "övrigt",
                        "anmärkning", "anmärkningar", "anm", "anm."})
TABLE_PARTY = frozenset({"parti"})
# Columns of a roll table that belong to the seat, not to one of the people on its row: "Ledamot | Ersättare |
# Parti" titles one party column for the member and the substitute who serves for them.
TABLE_SEAT_COLUMNS = frozenset({"party"})
# The role of a roll table's second name column ("Ledamot | Ersättare | Parti") whose name beside a member's is the
# substitute who serves for them (the member is away); and the role and note the substitute gets then.
SEAT_SUBSTITUTE_ROLES = frozenset({"ersättare", "suppleant"})
SERVING_SUBSTITUTE = "tjänstgörande ersättare"
# The title of that second name column, right of the members' ("Ledamot | Ersättare | Parti")
TABLE_SUBSTITUTE = frozenset({"ersättare", "tjänstgörande ersättare", "suppleant", "tjänstgörande suppleant"})
SERVES_FOR_NOTE = "ersätter"
# Members' initials as minutes write them for who does what: two or three capitals, each may carry one
# lower-case letter that tells two members apart ("KL", "POS", "BSt", "KLj", "MaG"). Two capitals at least,
# so that a first name ("Per") is no initials. A hyphenated first name keeps its hyphen between its parts' capitals
# ("Lars-Göran Alm" → "L-GA", "Per-Olof" → "P-O").
INITIALS = r"(?:[A-ZÅÄÖ][a-zåäö]?(?:-(?=[A-ZÅÄÖ]))?){2,3}"
# The capitals a surname may start with, for a hyphenated first name's initials where the roll leaves the surname
# out ("Lars-Göran" in a roll of first names, "L-GA" for who does what).
SURNAME_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ"

# The words left of a roll's grid where a text tool broke it into one cell a line: its sum row ("Summa"),
# vote columns carried to the next page ("Nej", "Avstår"), their marks and counts. Lines of these alone,
# right after a roll, are the roll's and no item's text.
ROLL_GRID_WORDS = frozenset({"summa", "totalt", "total", "ja", "nej", "avstår", "avstod", "avstår/ej", "x", "–", "-",
                             "närvarande", "frånvarande", "§"})
# Columns that a mark ("X") puts a person in when the table gives absence a column of its own
# ("Namn | Närvarande | Frånvarande", "Närv. | Ej närv. | Förhinder").
TABLE_ABSENT = frozenset({"frånvarande", "ej närvarande", "frånv", "frånv.", "ej närv", "ej närv.", "ej deltog"})
TABLE_EXCUSED = frozenset({"förhinder", "anmält förhinder", "anm. förhinder", "anmält frånvaro", "anmäld frånvaro"})
TABLE_MARKS = frozenset({"x", "ja", "1", "✓", "✔", "•", "*"})
# Columns of a council's roll under "Närvaro" ("Tjg | Ej tjg"): a mark under "Tjg" is a member or a substitute who
# serves, under "Ej tjg" a substitute present who does not; a member with no mark in either is absent.
TABLE_SERVING = frozenset({"tjg", "tjänstg", "tjänstgör", "tjänstgörande"})
TABLE_NOT_SERVING = frozenset({"ej tjg", "ej tjänstg", "ej tjänstgörande", "icke tjg", "ej tjänstgör"})


@lru_cache(maxsize=None)
def _column_titles() -> frozenset[str]:
    from protokoll.tableheads import ROLE_OF

    return frozenset(set(ROLE_OF) | TABLE_NAME | TABLE_ROLE | TABLE_PRESENCE | TABLE_NOTE | TABLE_PARTY | TABLE_ABSENT
                     | TABLE_EXCUSED | TABLE_SERVING | TABLE_NOT_SERVING | GROUP_HEADINGS | WRAPPED_COLUMN_TITLES)


def is_column_title(text: str) -> bool:
    """Whether ``text`` titles a table column: an item table's ("Punkt", "Ansvarig"), a roll's ("Närvaro",
    "Tjänstgörande ersättare"), or a presence title over the paragraphs attended ("Närvarande §")."""
    text = text.lower()
    sections = TABLE_PRESENCE_SECTIONS.match(text)
    return text in _column_titles() or bool(sections and sections.group("title") in TABLE_PRESENCE)

WRAPPED_TITLE_TAIL_CHARS = 12  # the piece of a column title a narrow cell wrapped onto its next line is no longer


@lru_cache(maxsize=None)
def _folded_column_titles() -> frozenset[str]:
    return frozenset(fold(title) for title in _column_titles())


def _is_wrapped_column_title(text: str) -> bool:
    """``is_column_title``, also for a title that lost its å/ä/ö ("Narvarand" / "e §", "Tjanstgo" / "rande"):
    the pieces of a wrapped title are glued before the Swedish repair, which cannot repair a word's half."""
    return is_column_title(text) or fold(text) in _folded_column_titles() or bool(
        (sections := TABLE_PRESENCE_SECTIONS.match(fold(text)))
        and sections.group("title") in {fold(title) for title in TABLE_PRESENCE})


def wrapped_title(head: str, tail: str) -> str | None:
    """The column title a narrow cell broke in two, inside a word ("Närva" / "ro") or at a space ("Närvarande" /
    "§"), put back together; None where the two make no known column title (a cell's text wrapped at a space,
    "Ordföranden" / "öppnade", is never glued)."""
    if len(tail) > WRAPPED_TITLE_TAIL_CHARS:
        return None
    return next((head + sep + tail for sep in ("", " ") if (sep or tail[:1].islower())
                 and _is_wrapped_column_title(head + sep + tail)), None)

# A vote column beside the roll ("§ 19" over "Ja | Nej"): its marks are votes, not presence.
# A column of votes: "§ 19", "KF § 27", and a vote's own title over its columns ("Votering § 19", "Omröstning").
TABLE_VOTE = regexes.compile(r"^(?:(?:[A-ZÅÄÖ]{1,6}\s*)?§\s*\d+[a-z]?|(?i:votering|omröstning|röstning)(?:\s+§\s*\d+[a-z]?)?)$")
# Titles of a header's second row, under a presence or vote column group: "Ja", "Nej", "Tjg", "Avst".
SUB_TITLES = frozenset({"ja", "nej", "x", "avstår", "avst", "avst.", "tjg", "ej tjg", "närv", "frånv"})
# Parties as old minutes write them, in lower case in a column of their own ("m", "fp", "kd"): the riksdag
# parties only (a lower-case word of a local party would be any word).
LOWER_CASE_PARTIES = frozenset({"s", "m", "c", "l", "kd", "v", "mp", "sd", "fp"})
VOTE_VALUES = frozenset({"ja", "nej", "x", "avstår", "avst", "-", "–"})
# A fax machine's or a copier's transmission line across the top of every page of minutes sent on paper ("2026-03-12
# 14:22  FRÅN: KOMMUNKANSLIET  +46 611 12 34 00  S. 01/02", "MAR-12-2026 14:22 FROM: ... P.02/05"): the time it was
# sent (first on the line), the sender's label in capitals ("FRÅN:", "FROM:", "FAX") and its number or the page of
# the sending, or the sender in capitals alone (OCR may read the number and the page as lines of their own). No part of the minutes: its date is the sending's, not the meeting's. The sender's words (looked for
# before the pattern):
FAX_SENDER_WORDS = ("FRÅN", "FROM", "FAX")
FAX_LINE = regexes.compile(r"^.{0,25}?\b\d{1,2}[:.]\d{2}\b.{0,40}?(?:\b(?:FRÅN|FROM)\s*:|\b(?:TELE)?FAX\b)"
                           r"(?:.{0,80}?(?:\+?\d[\d -]{6,}\d|\b[SP]{1,2}[.,]?\s*\d{1,3}\s*/\s*\d{1,3})"
                           r"|[\sA-ZÅÄÖ0-9.,&/-]*$)")
FAX_LINE_MAX = 140  # a longer line is text
# An attachment's heading ("Bilaga 1", "Bilaga 2 till protokoll 2025-03-11 § 4", "Bilaga A: Verksamhetsplan",
# "Bil. 3", "Bilaga § 12", "Bilaga till § 7"): where it opens a page after the minutes' closing signatures, what
# follows is the attachment, no part of the last item.
ATTACHMENT_HEADING = Folded(
    r"^\s*(?:bilaga|bil\.)\s*(?:nr\.?\s*)?(?:\d{1,3}[a-z]?\b|[a-h]\b|§\s*\d{1,3}\b|till\s+(?:protokoll|§)|:|$)")
ATTACHMENT_HEADING_MAX_CHARS = 120  # a longer line is a sentence that names an attachment
# A web page's own links saved with its text ("Hoppa över navigering" atop a meeting portal's page): no part of the
# minutes, least of all their title; matched on the whole line, lower-cased.
WEB_CHROME_LINES = frozenset({"hoppa över navigering", "hoppa till innehållet", "hoppa till huvudinnehållet",
                              "till innehåll på sidan", "gå till huvudinnehåll", "skip to main content",
                              # (its search button and the toggles that fold its sections)
                              "sök", "visa mer", "visa mindre"})
# ... and its bar across the top with the site's name and its links at the right ("Sammanträdesportalen   Sök
# Logga in", a portal's page printed from a browser): the site's, no organisation; its links (one of them to log
# in or out, or the menu) end the line after a column gap.
WEB_BAR_LINKS = ("sök", "logga in", "logga ut", "meny", "in english", "english", "lyssna")
WEB_BAR_ANCHORS = ("logga in", "logga ut", "meny")
WEB_BAR = regexes.compile(r"^\S.{0,60}?\s{3,}(?:(?:%s)\s*)+$" % "|".join(w.replace(" ", r"\s+") for w in WEB_BAR_LINKS),
                          re.IGNORECASE)
# The labels of the address footer at a letterhead's page foot ("Postadress   Besöksadress   Telefon / E-post
# Org.nr / Bankgiro", each over its values): a row of two or more of them, nothing else, heads the page's footer.
ADDRESS_FOOT_LABELS = frozenset({"postadress", "besöksadress", "adress", "telefon", "tel", "e-post", "epost",
                                 "mejl", "org.nr", "org nr", "organisationsnummer", "orgnr", "bankgiro", "plusgiro",
                                 "bg", "pg", "swish", "hemsida", "webb", "webbplats", "fax", "telefax", "besök",
                                 "telefon / e-post", "org.nr / bankgiro", "telefon/e-post", "org.nr/bankgiro"})
ADDRESS_FOOT_ROWS = 4  # the label row's values under it: a few short lines, no more
# ... and its trail of links written bare, led by the start page ("Start › Kommun och politik › Protokoll"): the
# site's menu, no organisation (a trail under its own label, "Du är här: Hem > X kommun > ...", names the
# organisation: see parse.header.BREADCRUMB).
TRAIL_SEPARATORS = ">›»"
WEB_TRAIL = regexes.compile(r"^(?:hem|start|startsida)\s*[%s](?:[^%s]+[%s])+[^%s]*$" % ((TRAIL_SEPARATORS,) * 4),
                            re.IGNORECASE)
# The title of the list of items over its first item, where a meeting portal's export or a roll's page has one
# ("Protokollpunkter", "Ärendelista"): it ends the roll above it, no one's name.
AGENDA_HEADINGS = frozenset({"dagordning", "föredragningslista", "ärendelista", "ärendeförteckning", "protokollpunkter",
                             "dagordningspunkter", "mötespunkter", "ärenden",
                             # (a protocol's table of contents on a page of its own after the front page)
                             "innehållsförteckning", "innehåll"})
# ... and its cookie notice at the foot ("Vi använder cookies på denna webbplats för att ..."), by how it begins.
WEB_COOKIE_NOTICE = ("vi använder cookies", "denna webbplats använder cookies", "webbplatsen använder cookies",
                     "we use cookies")
# A case system's column title that its PDF's text layer leaves on a line of its own beside each paragraph's label
# ("nummer" over or under "Vn 4 Title", from the cell "Paragraf nummer"): no text, no part of the title.
CASE_SYSTEM_CELL_LINES = frozenset({"nummer", "paragrafnummer", "paragraf nummer"})
# What a case system's page head says before its page mark besides the body's name ("Sammanträdesprotokoll  Sida 4
# (12)"): such a head is page furniture wherever a flattened page break leaves it, even once (see clean.furniture).
PAGE_HEAD_WORDS = frozenset({"protokoll", "sammanträdesprotokoll", "protokollsutdrag", "utdrag ur protokoll",
                             "justerat protokoll"})
# The columns of a voting list ("Ledamöter  Parti  Tjänstgörande ersättare  Ja  Nej  Avstår"): a roll of those
# who voted, whose header has no presence column (see parse.roll).
VOTE_COLUMNS = frozenset({"ja", "nej"})
PRESENCE_VALUES = {"ja": "present", "x": "present", "nej": "absent", "frånvarande": "absent",
                   "förhinder": "excused", "anmält förhinder": "excused",
                   # the marks of an "N/F" column: närvarande / frånvarande
                   "n": "present", "f": "absent", "närvarande": "present"}
# What a notes column ("Notering") writes for someone listed who did not attend: the row's status.
NOTE_STATUSES = {"deltog ej": "absent", "deltog inte": "absent", "ej närvarande": "absent", "ej närv": "absent",
                 "ej närv.": "absent", "frånvarande": "absent", "förhinder": "excused", "anmält förhinder": "excused"}

# A heading's qualifier between the heading word and its list: "Närvarande ledamöter (röstberättigade)",
# "Närvarande med yttrande- och förslagsrätt", "Ledamöter utan rösträtt".
HEADING_QUALIFIER = regexes.compile(
    r"^(?:\([^()]{1,60}\)|(?:med|utan)\s+(?:[\wåäö-]+\s+){0,4}?[\wåäö-]*rätt(?:ighet)?)\s*(?P<colon>:)?\s*")

# The words that say whom a substitute serves for: "för", "i stället för", and its short forms "istf",
# "i st f", "i st. f." ("Björn Mård (S) ersättare istf Ronny Bäck (S)").
SERVES_FOR_WORDS = r"(?:för|i\s+stället\s+för|istället\s+för|istf\.?|i\s?st\.?\s?f\.?)"
# What the name of a unit of a municipal administration ends in: "Anläggningsavdelningen", "Gatuenheten",
# "Tekniska kontoret", "Miljöförvaltningen", "Planeringssektionen".
UNIT_ENDINGS = ("avdelningen", "enheten", "förvaltningen", "kontoret", "sektionen")
# Abbreviated roles beside a name and the role they stand for: "tjg ers för Anna Ek (S)".
ROLE_FORMS: tuple[tuple[re.Pattern, str], ...] = (
    (regexes.compile(r"^(?:ej|icke)\s+(?:tjg|tjänstg|tjänstgörande)\.?\s*(?:ers|ersättare)\.?(?=\s|$)", re.I), "ersättare"),
    (regexes.compile(r"^(?:tjg|tjänstg|tj)\.?\s*(?:ers|ersättare)\.?(?=\s|$)", re.I), "tjänstgörande ersättare"),
    # "Jonas Wiik (S), tjänstgörande" in a list of substitutes: the one who serves
    (regexes.compile(r"^(?:tjänstgörande|tjänstgör|tjg)\.?$", re.I), "tjänstgörande ersättare"),
    # "Tobias Krans (M), tjg för Ulla Hemberg (M)": serving, whom for (a note) after it ("tjänstgör för …" written out
    # stays whole as the note)
    (regexes.compile(r"^tjg\.?(?=\s+" + SERVES_FOR_WORDS + r"\s)", re.I), "tjänstgörande ersättare"),
)
# A line of a roll that opens with whom the entry before it stands in for ("Ulf Ravn (L)" / "tjänstgörande
# ersättare för Karin Sjö (C)"): the entry wrapped before its role.
SERVES_FOR_LEAD = regexes.compile(r"^(?:tjänstgörande\s+)?ersättare\s+för\s+[A-ZÅÄÖ]")
# "ersättare för Eva Strand (S) §§ 124–126" beside a name: the substitute serves for someone, and so serves.
SERVING_ROLES = {"ersättare": "tjänstgörande ersättare", "ers": "tjänstgörande ersättare",
                 "ers.": "tjänstgörande ersättare", "suppleant": "tjänstgörande ersättare"}
# A role with the party after it: "ordförande (S)" in "Karin Holmgren, ordförande (S), Tallmo kommun".
ROLE_PARTY = regexes.compile(r"^(?P<role>[^()]+?)\s*\((?P<party>[^()]+)\)$")
# A line of a list grouped by class or team, the group before a colon: "7A: Alva Berg, Noah Lind",
# "Klass 8B: Elsa Nyström" (school councils); the group is what the list writes beside each name.
# The adults among them are a group of their own: "Vuxen: Pia Grankvist (lärare)".
ADULT_GROUPS = ("vuxen", "vuxna", "personal", "gäst", "gäster")
GROUP_LINE = regexes.compile(r"^(?:(?:klass|årskurs|åk)\s+)?(?P<group>\d{1,2}\s?[A-ZÅÄÖ]{1,2}|[A-ZÅÄÖ]{1,3}\s?\d{1,2}[A-ZÅÄÖ]?|"
                        + "|".join(ADULT_GROUPS) + r")\s*:\s*(?P<names>[A-ZÅÄÖ].*)$", re.IGNORECASE)
# A council's roll by the organisation each person represents, written before them (a KPR's, a funktionsrättsråd's
# notes): "PRO Ljungsta – Bertil Åhs, vice ordförande" (one person after a dash), "FUB Västerbygd: Birgit Alm, Sune
# Alm" (the organisation's people after a colon); the organisation is the affiliation.
ORGANISATION_DASH_ENTRY = regexes.compile(r"^(?P<group>[A-ZÅÄÖ][^–—:;,()]{1,60}?)\s+[–—]\s+(?P<names>[A-ZÅÄÖ].+)$")
ORGANISATION_COLON_LINE = regexes.compile(r"^(?P<group>[A-ZÅÄÖ][^–—:;,()]{1,60}?)\s*:\s*(?P<names>[A-ZÅÄÖ].+)$")
# A roll of a school council written class first, without a colon: "7A Elin Ljung", "8B Noah Sten (ordförande)";
# the class is what the list writes beside the name (as "7A: ..." above).
CLASS_LEAD = regexes.compile(r"^(?P<group>\d{1,2}[A-ZÅÄÖ]{1,2})\s+(?P<names>[A-ZÅÄÖ][^:]*)$")
# A voting roll by district or member association, a row a group: "Dalsjö 2 Lennart Smed, Jenny Håkansdotter",
# "Gotmark 2 Eric Jonsson 2 röster" (the group, its count of votes or delegates, the delegates, the votes again
# where one delegate carries several); the group is whom the delegates represent.
GROUP_COUNT_ROW = regexes.compile(r"^(?P<group>[A-ZÅÄÖ][a-zåäöé-]+(?:\s+[A-ZÅÄÖ][a-zåäöé-]+){0,2})\s+(?P<count>\d{1,3})\s+"
                                  r"(?P<names>[A-ZÅÄÖÉ][^:\d]*?)(?:\s+\d{1,3}\s+röst(?:er)?)?\.?$")
# Words of the sentence over such a roll inside an item ("Röstlängden konstateras omfatta 14 ombud ... enligt
# följande:"): only there are the rows read as the meeting's roll.
ROLL_WORDS = ("röstlängd", "upprop", "ombud", "närvarolista", "röstberättigade")

# A substitute written with whom they serve for, no comma: "Maj Falk för Olle Sten", "Bo Ek ersätter Per Berg"
# (the tjänstgörande ersättare's form); whom and how, a note.
SUBSTITUTE_FOR = regexes.compile(r"^(?P<name>.+?)\s+(?P<note>(?:" + SERVES_FOR_WORDS + r"|ersätter)\s+(?P<whom>[A-ZÅÄÖ].*))$")
# A roll's line that is only whom the entry before serves for, its cell wrapped before "för": "tjänstgörande
# ersättare" / "för Kjell Andersson (S)", "ersätter Kjell Andersson (S)".
WHOM_LEAD = regexes.compile(r"^(?:" + SERVES_FOR_WORDS + r"|ersätter)\s+(?=[A-ZÅÄÖ])")
# A guest written with where they come from: "Hans Ljung från Länsstyrelsen i Lövby län" (the organisation).
# ("Ulrik Hage från valberedningen" closing a club's comma roll: the association's own committee or office, a
# noun in its definite form in lower case, as the organisation it sits for)
FROM_ORGANISATION = regexes.compile(r"^(?P<name>.+?)\s+från\s+(?P<org>[A-ZÅÄÖ].*|(?-i:[a-zåäö])[\wåäö-]{3,}(?:en|et|na))$")
# A person in a list written as a sentence of what they took part as: "Kamrer Per Ek deltog som adjungerad.",
# "Eva Holm närvarade som sekreterare": the person and that role, as "Name, role" would write them.
TOOK_PART_AS = regexes.compile(r"^(?P<who>[A-ZÅÄÖ][^,]*?)\s+(?:deltog|närvarade|medverkade|var\s+(?:med|närvarande))\s+"
                          r"(?:som|såsom)\s+(?P<role>[a-zåäö][\wåäö-]*(?:\s+[a-zåäö][\wåäö-]*){0,2})\s*\.?$")
# Titles that are followed by where the person comes from rather than by a person's name: in "Dennis Ros,
# ombudsman Byggnads Väst" the piece after the name is his title and union, not a second person.
ORGANISATION_TITLES = frozenset({"ombudsman", "ombud", "representant", "konsult", "förvaltare", "regionombudsman",
                                 "förbundsombudsman"})
# How a group attended, written once after the last name of its list ("A, B och C (på plats). D (via Teams)."):
# it holds for the whole group.
ATTENDANCE_MODE = regexes.compile(r"^(?:på plats|fysiskt|fysiskt närvarande|digitalt|på distans|via\s+\S+|"
                             r"per\s+(?:telefon|video|länk))$", re.IGNORECASE)
# A nomination group in church elections, written out in parentheses: "(Kyrkans Väl)", "(Frimodig kyrka)",
# "(Partipolitiskt obundna)": two to four words, the first capitalised, no digits; taken as the party.
# A title and the organisation after it: "ombudsman Brandmännens Riksförbund" (role, then the affiliation).
ROLE_THEN_ORGANISATION = regexes.compile(r"^(?P<role>[a-zåäö][\wåäö-]+)\s+(?P<org>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäöÅÄÖ-]+){0,5})$")
NOMINATION_GROUP = regexes.compile(r"^[A-ZÅÄÖ][a-zåäö]+(?:[ -][A-ZÅÄÖa-zåäö][a-zåäö]+){1,3}$")
# A church body's nomination group by its short name in parentheses, written in mixed case: "(Posk)", "(Sfk)",
# "(Kr)", "(BorgA)" (a capital, one to three small letters, perhaps a closing capital); taken as the party.
# (and a local party's short name with a small letter last: "(LPo)")
NOMINATION_CODE = regexes.compile(r"^[A-ZÅÄÖ](?:[a-zåäö]{1,3}[A-ZÅÄÖ]?|[A-ZÅÄÖ]{1,2}[a-zåäö]{1,2})$")
# A local party's short name in small letters in parentheses after a name, as old templates write every party
# ("(s)", "(m)", and "(ö)", "(spi)", "(ka)"): one to three small letters, none of the short words a roll writes there.
LOWER_CASE_PARTY_CODE = regexes.compile(r"^[a-zåäö]{1,3}$")
NOT_PARTY_SHORT_WORDS = frozenset({"ej", "tjg", "ers", "adj", "del", "via", "vik", "tf", "fr", "tom", "ny", "nr", "och",
                                   "för", "kl", "jäv", "jäf", "ord", "sup", "led", "se", "bil", "ca", "st"})
# "för Anna Ek (S)" after such a role: whom the substitute serves for, a note.
SERVES_FOR = regexes.compile(r"^\s*(?P<note>" + SERVES_FOR_WORDS + r"\s+\S.*)?$", re.I)
# The note beside a name in the members' list that says the person stands in for a member ("Rut Gren (V) ersätter
# Sten Bly (V)", "Ola Ranström (M), tjänstgör för Ewa Kind (M)"): a substitute who serves, whatever the list's heading.
# ("Amira Haddad (S) ers Lars Ekstig (S)": "ers" right before a member's name is "ersätter" written short, as
# old case-system templates print it in Beslutande; "ej tjg ers" before a name is the person before's role)
SERVING_NOTE = regexes.compile(r"^(?:ersätter|ers\.?(?=\s+[A-ZÅÄÖ][a-zåäöé])|(?:tjänstgör|tjg)\s+" + SERVES_FOR_WORDS
                               + r")\s+[A-ZÅÄÖ]", re.I)

# A representative at a shareholders' or members' meeting: "Harsjö kommun, genom ombudet Anna Ek, 10 000 aktier"
# (the organisation represented, the person who attends for it, and the shares or votes as a note).
# (the holding may stand before the representative: "Rödmyra kommun, 15 000 aktier, genom ombudet Karin Thunberg")
PROXY = regexes.compile(r"^(?P<org>[A-ZÅÄÖ][^,]*?)(?:,\s*(?P<held>\d[\d\s]*\s(?:aktier|röster|andelar)))?,?\s+"
                   r"(?:genom|via|företrädd av|företrätt av|representerad av|"
                   r"representerat av)\s+(?:sitt\s+|sina\s+)?(?:ombudet\s+|ombud\s+|ombuden\s+|"
                   r"ställföreträdaren\s+|firmatecknaren\s+)?(?P<name>[A-ZÅÄÖ][^,]*?)\s*(?:,\s*(?P<note>.*))?$")
# A representative's line that a column wrapped before the name ("Rödmyra kommun, 15 000 aktier, genom ombudet" /
# "Karin Thunberg"): the next line is the same entry.
PROXY_OPEN_END = regexes.compile(r"\b(?:genom|via|företrädd av|representerad av)(?:\s+(?:sitt|sina))?"
                                 r"(?:\s+(?:ombudet|ombud|ombuden))?$")
# Every reading of PROXY holds one of these words (it is case-sensitive): a text without any is no representative's.
_PROXY_WORDS = ("genom", "via", "företr", "representera")


def may_be_proxy(text: str) -> bool:
    """The cheap first test of PROXY, asked of every attendance entry (_PROXY_WORDS, written out)."""
    return "genom" in text or "via" in text or "företr" in text or "representera" in text


# A seat without a person in a roll: "Vakant (M)", "Vakans (SD)": no attendee.
VACANT_SEATS = frozenset({"vakant", "vakans", "vakanta", "vakant plats", "ej tillsatt", "ej utsedd"})

PARTIES = frozenset("S M C L KD V MP SD FP NYD SPI".split())
# Capitals beside a name that are a job, not a party: "Christina Falk, VD", "Frida Engström (MAS)".
# "Mats o Marianne Udén", "Sören och Katrin Simonsson", "Per & Eva Ek": a couple in a roll, two given names
# sharing the surname written once (an association's members, a joint property's owners). The couple stands as a
# whole entry of its list (at the line's start or after a comma, colon or semicolon).
COUPLE = regexes.compile(r"(?P<lead>^|[,:;]\s*)(?P<a>[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)\s+(?:o|och|&)\s+"
                         r"(?P<b>[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)\s+(?P<surname>[A-ZÅÄÖ][\wåäöé-]+)"
                         r"(?=\s*(?:[,.;]|$)|\s+(?:och|samt)\s)")
# "Närvarande / Board members and others attending:", "Annika Fahl, sekreterare / secretary": minutes kept in
# two languages gloss their front matter in English after a slash. The gloss is plain ASCII words, some in lower
# case (names alone are no gloss: "Anna Ek / Per Berg" are two people).
ENGLISH_GLOSS = regexes.compile(r"\s+/\s+(?P<gloss>[A-Za-z][A-Za-z ,.'&-]*?)\s*(?P<colon>:)?$")
GLOSS_WORD_MIN = 3  # a lower-case word of the gloss this long at least ("member", "chairman", "and")
MIN_GLOSSED_LINES = 3  # front-matter lines glossed so before the document counts as bilingual
# The capitals a name may start with: Swedish letters and the Latin capitals of names from other languages
# ("Ágúst Árnason", "Øystein Berg", "Şahin Yıldız", "Łukasz Nowak").
NAME_CAPITALS = "A-ZÅÄÖÉÜÀ-ÖØ-ÞŠŽČĆŁŚŞŻŹŇŘĎŤ"
# A decision written as its infinitive alone at a line's start, the "Mötet beslutade att" of a decision column
# left out ("1.3 Val av mötesordförande" / "välja Erland Nyström till mötesordförande.", "notera detta till
# protokollet.", "fastställa dagordningen enligt bilaga."): a board's minutes typed from a decision template.
BARE_INFINITIVE_DECISION = regexes.compile(
    r"^(?:välja|omvälja|utse|fastställa|godkänna|anta|notera|bevilja|bordlägga|avslå|bifalla|tillsätta|adjungera|"
    r"lägga\s+(?:\S+\s+){0,8}?till\s+handlingarna|uppdra\s+(?:åt|till)|ge\s+(?:\S+\s+){1,4}?i\s+uppdrag)\s+\S")
# Minutes sent as an e-mail: the header fields a mail program prints over the message ("Från: Anna Ek <...>",
# "Skickat: den 12 mars 2025 21:14", "Till: ...", "Ämne: Minnesanteckningar styrelsemöte 11/3"). The subject is
# the minutes' title; the sending date is the meeting's only where the subject names no day.
MAIL_FIELD = regexes.compile(r"^(?P<field>från|from|skickat|sent|datum|date|till|to|kopia|cc|ämne|subject)\s*:\s*", re.IGNORECASE)
MAIL_FIELDS_MIN = 3  # fields of a mail's header (of the sender, sent, recipient and subject) among the first lines
MAIL_HEADER_LINES = 8  # where a mail's header fields stand
MAIL_SENT = frozenset({"skickat", "sent", "datum", "date"})
# Notes pasted from a letter or a mail open with its greeting ("Hej allihop!", "Hej!") and a word or two before the
# minutes' own title ("Här kommer anteckningarna ...", "/Karin", "Hälsningar Lena"): all of it is no header.
GREETING = regexes.compile(r"^(?:hej|hejsan|hallå|god\s+(?:morgon|kväll|dag))(?![\wåäö])", re.IGNORECASE)
LETTER_INTRO_LINES = 8  # how far below its greeting a letter's notes begin with their title
MAIL_RECIPIENTS = frozenset({"till", "to", "kopia", "cc"})
MAIL_SUBJECT = frozenset({"ämne", "subject"})
ROLE_ABBREVIATIONS = frozenset("VD vVD MAS MAR SAS CFO CEO HR IT".split())
# Abbreviations that never end a sentence: "samtliga kl." / "09.00–12.00:" is one sentence over two lines, and
# "Maria bokar bl.a. Folkets hus ..." one sentence on a line (a capital after the stop starts no new one).
OPEN_ABBREVIATIONS = frozenset("kl. kl t.ex. bl.a. fr.o.m. t.o.m. p.g.a. dvs. d.v.s. s.k. enl. ang. ca. nr. jfr.".split())
# Parties written out: "(Sjukvårdspartiet)", "(Socialdemokraterna)", a local "-partiet".
PARTY_NAME = regexes.compile(r"^(?:[A-ZÅÄÖ][\wåäö-]*partiet|Socialdemokraterna|Moderaterna|Sverigedemokraterna|"
                        r"Kristdemokraterna|Liberalerna|Folkpartiet)$")
# A party as minutes write it in parentheses: the riksdag parties and local ones ("SvP", "ÖP").
PARTY = regexes.compile(r"^(?:[A-ZÅÄÖ]{1,4}|[A-ZÅÄÖ][a-zåäö]?[A-ZÅÄÖ]{1,3})$")

_ROLE_PHRASES = frozenset(w.strip() for line in """ordförande|vice ordförande|förste vice ordförande|andre vice ordförande|
1:e vice ordförande|2:e vice ordförande|1:e vice ordf|2:e vice ordf|1:e v. ordf|2:e v. ordf|förste vice ordf|andre vice ordf|ledamot|ersättare|suppleant|sekreterare|kassör|adjungerad|revisor|
revisorssuppleant|sammankallande|tjänstgörande ersättare|ej tjänstgörande ersättare|mötesordförande|
mötessekreterare|protokollförare|justerare|ordf|vice ordf|sekr|styrelseledamot|styrelsesuppleant|vice talman|
ungdomsrepresentant|personalrepresentant|facklig representant|insynsplats|tjänsteperson|tjänsteman|
nämndsekreterare|kommunsekreterare|registrator|notarie|kanslist|v. ordf|v ordf|v.ordf|suppl|adj|ers|
kassor|kassörska|vice sekreterare|v. sekr|ledamot/kassör|kass|ledam|v sekr|adjung|talman|
styrelsemedlem|tolk|
president|past president|vice president|inkommande president|tillträdande president""".split("\n") for w in line.split("|") if w.strip())
# (A service club's chair is its "president", last year's its "past president": Rotary, Lions, Kiwanis.)
# Abbreviated roles and the spec's role word each stands for ("Lena Vik (ordf)", "Omar Said, sekr.", "Pia Holm
# v. ordf", "Kent Ås kass."): a list's role is given in full (keyed lower case, spaces folded, no final stop).
ROLE_WORDS = {
    "ordf": "ordförande", "sekr": "sekreterare", "kass": "kassör", "kassor": "kassör",
    "v. ordf": "vice ordförande", "v ordf": "vice ordförande", "v.ordf": "vice ordförande",
    "vice ordf": "vice ordförande", "1:e vice ordf": "1:e vice ordförande", "2:e vice ordf": "2:e vice ordförande",
    "1:e v. ordf": "1:e vice ordförande", "2:e v. ordf": "2:e vice ordförande",
    "förste vice ordf": "förste vice ordförande", "andre vice ordf": "andre vice ordförande",
    "v. sekr": "vice sekreterare", "v sekr": "vice sekreterare", "suppl": "suppleant", "ledam": "ledamot",
    "adj": "adjungerad", "adjung": "adjungerad", "ers": "ersättare",
}


def role_word(role: str | None) -> str | None:
    """The role a list writes beside a name, an abbreviation given as the role word it stands for ("ordf." →
    "ordförande"); any other role as it is."""
    if not role:
        return role
    return ROLE_WORDS.get(" ".join(role.lower().split()).rstrip("."), role)


# A role with what it is for: "vårdnadshavare klass 2A", "förälder årskurs 4" (a school's parents by class).
_ROLE_FOR_CLASS = r"klass|årskurs|åk"
ROLE_SUFFIX = Folded(
    r"(?:chef|ansvarig|sekreterare|handläggare|direktör|ledare|samordnare|strateg|controller|ekonom|utvecklare|"
    r"förvaltare|administratör|assistent|ombud|ombudsman|revisor|kassör|ordförande|ledamot|ersättare|suppleant|"
    r"adjungerad|sakkunnig|planerare|arkitekt|ingenjör|inspektör|rektor|jurist|kommunikatör|tjänsteperson|"
    r"tjänsteman|notarie|kanslist|registrator|kommunalråd|oppositionsråd|regionråd|representant|koordinator|"
    r"rådgivare|specialist|analytiker|konsult|projektledare|utredare|granskare|vd|tränare|värd|vaktmästare|förvaltare|herde|präst|"
    r"komminister|diakon|kantor|kyrkvärd|skattmästare|klubbmästare|studierektor|pedagog|lärare|kurator|"
    r"sköterska|vicevärd|fastighetsskötare|bibliotekarie|kamrer|vårdnadshavare|förälder|"
    r"guide|kontrollant|tillsyningsman|tillsynsman|fogde|konsulent|sammankallande|"
    # the municipal auditors' experts ("sakkunnigt biträde") and an office's assistants ("kontorsbiträde")
    r"biträde|"
    # a university's offices and posts ("prefekt", "stf. prefekt", "dekanus", "prodekan", "universitetslektor")
    r"prefekt|dekanus|dekan|professor|lektor|docent|doktorand|"
    # a state's and a church's offices written before the name ("Landshövding Eva Ek", "Biskop Per Ås", "Domprost Bo
    # Lind", "Rådman Jan Sör", "Överste Ola Rönn", "Stiftsadjunkt Eva Sten"), and the interests a council seats
    # ("personalföreträdare")
    r"landshövding|biskop|prost|rådman|lagman|domare|överste|adjunkt|företrädare|länsråd|"
    # a free church's ministers, adjunct to its board ("Pastor Hanna Strid", "Församlingsföreståndare Daniel Ek")
    r"pastor|föreståndare|evangelist)$")  # "Fiskeguide Tobias Rask", "Fiskekontrollant Nils Lillja", "Vägfogde Arne Ek"

# "1-6", "2-5, 7-9": paragraphs by number alone, in spans (see NOTE)
PARAGRAPH_SPAN = r"\d{1,3}\s*[-–]\s*\d{1,3}(?:\s*,\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?)*"
# A note on part-time presence or substitution: "§§ 112–116", "från § 4", "18.30–19.15", "ersätter X", "t o m 6"
# (a foundation's roll writes "t o m" and "fr o m" with spaces, the items by number alone).
# "frånvarande § 66" (away for that paragraph only) and a bare span of paragraphs after the party, the sign left out as
# old case systems print it ("Roland Hjelm (M) 1-6", "2-5, 7-9"), are notes too.
NOTE = regexes.compile(
    r"^(?:(?:[A-ZÅÄÖ]{1,6}\s*)?§§?\s*\d|(?:från|fr\.?\s?o\.?\s?m\.?|till|t\.?\s?o\.?\s?m\.?|efter|före|under|ej|del av|" + SERVES_FOR_WORDS + r"|"
    r"deltog|deltar|närvarande|frånvarande|ersätter|ersatte|ers\.?(?=\s+[A-ZÅÄÖ][a-zåäöé])|tjänstgör|tjänstgörande ersättare för|ersättare för|"
    r"via|digitalt|på distans|på plats|"
    # why someone is away, beside the name under "Frånvarande": "Sara Lind (sjuk)", "Olle Ny (anmält förhinder)"
    r"sjuk|sjukdom|sjukskriven|(?:anmält\s+|anmälda\s+)?förhinder|bortrest|(?:på\s+)?semester|föräldraledig|"
    r"(?:på\s+)?tjänsteresa|utomlands|"
    r"per\s+(?:telefon|video|länk|teams|zoom)|pkt|punkt|p\.|lämnade|kom|anslöt|"
    # "sekreteraren Lars Hed (vid anteckningarna)": who kept the minutes, a note on the duty, no affiliation
    r"vid\s+(?:anteckningarna|protokollet|pennan|tangentbordet)|"
    # the paragraphs or items written out: "(paragraf 4–10)", "(punkterna 1–6)", "(ärende 3–5)", "(p 4–10)"
    r"(?:paragraf|punkt|ärende)(?:en|er|erna|et|na|n)?(?=\s*\d)|p\.?(?=\s*\d)|"
    r"kl\.?|klockan|endast|utan\s+(?:röst|yttrande|förslags|närvaro)\S*|"
    # "(med yttrande- och förslagsrätt)": what the person may do at the meeting
    r"med\s+(?:[\wåäö-]+\s+){0,3}?[\wåäö-]*rätt)\b|\d{1,2}[.:]\d{2}|"
    # "+ 2 fullmakter": the proxies a voter holds at a stämma
    r"\+\s*\d{1,2}\s+fullmakt|" + PARAGRAPH_SPAN + r"$)", re.IGNORECASE)

# --- decisions --------------------------------------------------------------------------------------
# Words that end the name of a meeting's deciding body in the definite form ("Styrelsen", "Elevrådet",
# "Kommunala pensionärsrådet", "Stämman"): the body that decides, not someone given a task. Where an
# "Ansvarig:" line names who carries a decision out ("Elevrådet anordnar ett disco ... / Ansvarig: Leo och
# Omar"), the named people are its actors, not the body.
DECIDING_BODY_ENDINGS = ("styrelsen", "rådet", "nämnden", "utskottet", "mötet", "stämman", "föreningen",
                         "klubben", "sektionen", "fullmäktige", "direktionen", "kommittén")


# A proposal a board puts to the meeting that decides later: "Styrelsen lägger ett förslag till årsmötet om en
# höjning av avgiften", "lägger fram förslag om nya stadgar till stämman". Proposing is no task and no decision
# (a proposal for the board's own next meeting, "Per lägger fram ett förslag till nästa möte", stays a task).
PROPOSAL_TO_MEETING = regexes.compile(r"lägger\s+(?:fram\s+)?(?:ett\s+|sitt\s+|styrelsens\s+)?(?:nytt\s+)?förslag\b"
                                      r"(?:\s+\S+){0,10}?\s+(?:till|för|på|inför)\s+(?:det\s+kommande\s+)?"
                                      r"(?:(?:års|medlems|förenings|extra|höst|vår)mötet|\w*stämman|\w*fullmäktige)\b",
                                      re.IGNORECASE)


# Work a body goes on with, told in its own minutes: "Styrelsen fortsätter arbetet med en åtgärdsplan",
# "Styrelsen arbetar vidare med frågan". With the deciding body as actor it reports, and gives no one a task
# (with a person as actor, "Anna fortsätter med översynen", it is one).
# So too the decision a body is to take, told in the case's description: "Regionstyrelsen ska ta ställning till en
# plan ...", "Nämnden ska besluta om taxan" (the decision itself is recorded under "Beslut").
ONGOING_WORK = regexes.compile(r"(?:fortsätter\s+(?:med\s+)?(?:arbetet|att\s+arbeta|att\s+driva|sitt\s+arbete)|"
                               r"arbetar\s+vidare|driver\s+vidare|"
                               r"(?:ska|skall)\s+(?:nu\s+|därför\s+)?(?:ta\s+ställning|besluta|fatta\s+beslut|pröva|"
                               r"yttra\s+sig))\b", re.IGNORECASE)


# The members' general meeting under its several names ("årsmöte", "årsstämma", "föreningsstämma", "stämma",
# "extrastämma"): minutes of one name it by another ("Årsstämman gav styrelsen i uppdrag ..." in a föreningsstämma's
# own minutes is this meeting), so a word of the family names the meeting whose minutes call themselves any of them.
GENERAL_MEETING = regexes.compile(r"arsmote[t]?|\w*stamm(?:a|an)")  # (on a folded word: "årsmöte", "arsmote")


def general_meeting(name: str) -> bool:
    """Whether ``name`` (a body's name, "ordinarie föreningsstämma", "Årsmöte 2026") names the members' general
    meeting."""
    return any(GENERAL_MEETING.fullmatch(fold(word)) for word in name.split())


def deciding_body(text: str) -> bool:
    """Whether ``text`` names a deciding body in the definite form ("Styrelsen", "Elevrådet")."""
    return text.lower().endswith(DECIDING_BODY_ENDINGS) and len(text.split()) <= 3


# --- labels in the front matter and the signature block ----------------------------------------
CHAIR = "chair"
# The chair named after what they lead, as an association's roll and signatures write it ("Agneta Holm,
# förbundsordförande", "Förbundsordförande" under a signature); "vice förbundsordförande" is none. (Not
# "kårordförande": a student union's assembly, its kårfullmäktige, is led by its talman, the kårordförande attends.)
ORGANISATION_CHAIRS = ("förbundsordförande", "föreningsordförande", "klubbordförande", "distriktsordförande",
                       "styrelseordförande")
SECRETARY = "secretary"
ADJUSTER = "adjusters"
# Signature and front-matter labels and the office each names.
OFFICE_WORDS: tuple[tuple[str, str], ...] = (
    ("mötesordförande", CHAIR), ("ordförande för mötet", CHAIR), ("stämmoordförande", CHAIR),
    ("årsmötesordförande", CHAIR),
    ("talman", CHAIR),  # a fullmäktige's chair (a student union's, "Jon Ek, talman")
    # a faculty board's vice-dean standing in for the dean ("Name, prodekanus, tjänstgörande ordförande")
    ("tjänstgörande ordförande", CHAIR),
    ("ordförande", CHAIR), ("ordf", CHAIR),
    ("president", CHAIR),  # a service club's chair (Rotary, Lions): "President" under the name signed
    ("landskapsordförande", CHAIR),  # a student nation's landskap
    ("mötesledare", CHAIR),  # a workplace meeting's (APT) notes: "Mötesledare:" / "Anteckningar:"
    *((word, CHAIR) for word in ORGANISATION_CHAIRS),
    ("mötessekreterare", SECRETARY), ("stämmosekreterare", SECRETARY), ("årsmötessekreterare", SECRETARY),
    ("protokollförare", SECRETARY), ("sekreterare för mötet", SECRETARY),
    ("sekreterare", SECRETARY), ("sekr", SECRETARY), ("vid protokollet", SECRETARY),
    ("vid anteckningarna", SECRETARY), ("vid minnesanteckningarna", SECRETARY),  # notes' keeper
    ("antecknat av", SECRETARY), ("antecknare", SECRETARY),
    ("anteckningar", SECRETARY), ("anteckningsförare", SECRETARY),
    ("protokolljusterare", ADJUSTER), ("justeringsperson", ADJUSTER), ("justeringspersoner", ADJUSTER),
    ("justerare", ADJUSTER), ("justerande", ADJUSTER), ("utses att justera", ADJUSTER),
    ("justeringsman", ADJUSTER), ("justeringsmän", ADJUSTER), ("mötesjusterare", ADJUSTER),
    ("justeras", ADJUSTER), ("justeras av", ADJUSTER),
)
# Folded: a match holds the lower-cased text (office_of lower-cases the word anyway).
# An abbreviated office may keep its full stop ("Ordf.  Anna Ek", "Sekr.: Per Berg").
# An adjuster may be named for a second task at once ("Justerare tillika rösträknare: A och B").
ALSO_COUNTS_VOTES = r"(?:\s+(?:tillika|och|samt)\s+rösträknare)?"
OFFICE = Folded(r"^(?P<word>" + "|".join(tolerant(w) for w, _ in OFFICE_WORDS) + r")(?:(?<=ordf|sekr)\.)?(?![\wåäöÅÄÖ])"
                + ALSO_COUNTS_VOTES + r"\s*:?\s*")
# Signature labels written short with their full stop, alone under the names signed ("Kjell Dahl Maria Sund" /
# "Ordf. Sekr." / "Berit Hall" / "Just."): office_of's words only, not OFFICE's (a line "Just nu ..." is no label).
SIGNED_ABBREVIATIONS = (("ordf.", CHAIR), ("sekr.", SECRETARY), ("just.", ADJUSTER))
_OFFICE_OF = {w: office for w, office in (*OFFICE_WORDS, *SIGNED_ABBREVIATIONS)}
# Offices a board holds for the year (not the meeting's own "Protokollförare", "Mötesordförande"): written as
# a label inside a list of those present ("Ordförande: Anna Ek"), the person is both listed and the officer.
# (a student union's fullmäktige elects its talman for the year: "Presidium" / "Talman: Ester Lind")
BOARD_OFFICES = frozenset({"ordförande", "ordf", "sekreterare", "sekr", "talman"})
# Labels that only introduce what follows ("Vid protokollet", "Justeras"): weaker than a role word.
# The labels the secretary signs under ("Vid protokollet" / the name).
KEEPER_LABELS = frozenset({"vid protokollet", "vid anteckningarna", "vid minnesanteckningarna", "antecknat av",
                           "protokollförare"})
SIGNATURE_INTRO = frozenset({"vid protokollet", "vid anteckningarna", "justeras", "justeras av", "antecknat av"})
SIGNATURE_START = Folded(
    tolerant(r"^(?:vid protokollet|vid anteckningarna|justeras|underskrifter|signaturer|antecknat av|"
             r"protokollet justeras|justering|"
             # an extract's certification ("Rätt utdraget, intygar" over the name): part of the closing block
             r"rätt utdraget,? intygar|rätt utdraget,? betygar|rätt utdrag,? intygar|utdraget bestyrkes)"
             r"(?![\wåäöÅÄÖ])\s*:?\s*$"))
# A signature written on one line with its names: "Vid protokollet: Erik Lövgren", "Justeras: A, B".
SIGNATURE_INLINE = regexes.compile(
    # "Ordförande: X" / "Sekreterare: Y" after the last item: the offices signed at the foot
    tolerant(r"^(?P<label>vid protokollet|vid anteckningarna|justeras|protokollet justeras|antecknat av|"
             r"mötesordförande|stämmoordförande|ordförande|mötessekreterare|stämmosekreterare|sekreterare|"
             r"protokollförare|protokolljusterare|justerare)\s*:\s*"
             r"(?P<names>[A-ZÅÄÖ].*)$"), re.IGNORECASE)
# "Justering och sekreterare" over the sentence that names them ("Att jämte ordföranden X justera ... valdes Y.
# Sekreterare är Z."): a label of its own, whatever list stands above it.
OFFICERS_HEADING = Folded(tolerant(r"^(?:justering|justering och (?:sekreterare|protokollförare)|"
                                   r"(?:sekreterare|protokollförare) och justering)\s*:?\s*$"))
# Front-matter labels that are neither attendance nor offices: they end an attendance list.
FRONT_LABEL = Folded(tolerant(
    r"^(?:justeringens (?:plats och tid|tid och plats|datum)|justering(?:ens)? tid|paragrafer|§§|underskrifter|"
    r"anslag|anslaget|organ|sammanträdesdatum|datum|tid|plats|lokal|plats och tid|tid och plats|"
    r"förvaringsplats|protokollet förvaras|ajournering|sekreterare|ordförande|justerare|underskrift)"
    r"(?![\wåäöÅÄÖ])"))


def office_of(word: str) -> str | None:
    return _OFFICE_OF.get(" ".join(word.lower().split()))


# Attendance headings as matched (a few dozen spellings): heading_info is pure, and its fallback compiles a
# tolerant pattern for each known heading; asked for every heading line a document's passes read.
HEADING_INFO_CACHE_SIZE = 1024


@lru_cache(maxsize=HEADING_INFO_CACHE_SIZE)
def heading_info(head: str) -> tuple[str, str | None]:
    """(status, role) of an attendance heading as matched, tolerant of OCR's lost letters."""
    key = " ".join(head.lower().split())
    if key in _HEADING_INFO:
        return _HEADING_INFO[key]
    for h, status, role in ATTENDANCE_HEADINGS:
        if re.fullmatch(tolerant(h), key):
            return status, role
    return "present", None


ROLE_CACHE_SIZE = 8192  # role tests repeat over the same few hundred words of a document
ROLE_AT_MAX_WORDS = 6  # "chef för kansliavdelningen", "handläggare vid miljöenheten": a role and where
_ROLE_AT = regexes.compile(r"^(?P<role>\S+)\s+(?:för|på|vid|inom|" + _ROLE_FOR_CLASS + r")\s+\S")
# "ordförande elevrådet år 7-9", "sekreterare föräldrarådet": a role and the body it holds it in, named right
# after it in the definite form without a preposition (a school's or an association's list); the body's name may
# open with adjectives in their definite form ("rektor internationella sektionen", "ledamot tekniska utskottet").
ROLE_BODY_ADJECTIVES = 2
_ROLE_OF_BODY = regexes.compile(r"^(?P<role>\S+)\s+(?:(?:[a-zåäö]+[ae]\s+){1,%d}\w*|\w+)(?:rådet|" % ROLE_BODY_ADJECTIVES + r"styrelsen|nämnden|utskottet|kommittén|sektionen|"
                                r"beredningen|gruppen)(?:\s|$)")


# "områdeschef skola", "enhetschef förskola": a job title and the field it heads, one noun in lower case right
# after it (a municipality's officials in a council's roll). No meeting's office or seat with a word after it
# ("ersättare tjänstgörande"), nor two roles side by side ("rektor adjungerad").
FIELD_MIN_CHARS = 4  # "skola", "fritid", "IFO" aside (in capitals): a field is a word, no abbreviation
_PARTICIPLE_ENDINGS = ("ande", "ende")  # "tjänstgörande", "ersättande": how the person sits, no field
_ROLE_IN_FIELD = regexes.compile(r"^(?P<role>[a-zåäö][a-zåäö-]+)\s+(?P<field>[a-zåäö]{%d,})$" % FIELD_MIN_CHARS)


def is_role_in_field(text: str) -> bool:
    """ "områdeschef skola": a job title and the field it heads (see _ROLE_IN_FIELD)."""
    m = _ROLE_IN_FIELD.match(text.strip())
    if m is None:
        return False
    role, field = m.group("role"), m.group("field")
    return is_role(role) and office_of(role) is None and role not in SERVING_ROLES and role_base(field) is None \
        and not field.endswith(_PARTICIPLE_ENDINGS)


def is_party_abbreviation(text: str) -> bool:
    """ "S", "KD", "SvP": a party's abbreviation, not a job title's ("VD", "HR")."""
    return bool(PARTY.match(text)) and text not in ROLE_ABBREVIATIONS


def is_party(text: str) -> bool:
    """A party beside a name: an abbreviation ("S", "KD", "SvP") that is no job title, or a party's name."""
    return is_party_abbreviation(text) or bool(PARTY_NAME.match(text))


@lru_cache(maxsize=ROLE_CACHE_SIZE)
def is_role(text: str) -> bool:
    if text.strip().rstrip(".") in ROLE_ABBREVIATIONS:
        return True
    t = " ".join(text.lower().split()).rstrip(".")
    if t in _ROLE_PHRASES or len(t.split()) <= 4 and bool(ROLE_SUFFIX.search(t, t)):  # t is lower case
        return True
    at = (_ROLE_AT.match(t) or _ROLE_OF_BODY.match(t)) if len(t.split()) <= ROLE_AT_MAX_WORDS else None
    return bool(at) and bool(ROLE_SUFFIX.search(at.group("role"), at.group("role")))


# Phrases written beside a name in a list that say which office the person holds at the meeting, and the role
# each gives ("Maja Gullberg, (MG) vid protokollet": she keeps the minutes).
LIST_OFFICE_PHRASES = {"vid protokollet": "sekreterare", "vid anteckningarna": "sekreterare"}

# Definite and plural endings of role words ("suppleanten", "ersättarna", "ledamöterna") and what they
# come from, tried longest first; the stems whose vowel changes in the plural are listed apart.
# ("Adjungerade" in a roll's label column over names: a participle's plural names the group, "adjungerad" each)
_ROLE_ENDINGS = (("arna", "are"), ("erna", ""), ("orna", "or"), ("na", ""), ("en", ""), ("n", ""), ("er", ""), ("ar", ""),
                 ("ade", "ad"))
# ("sakkunniga biträdena" / "sakkunniga biträden": the auditors' experts, the adjective in its plural form too)
_ROLE_PLURAL_STEMS = {"ledamöt": "ledamot", "sakkunniga biträde": "sakkunnigt biträde"}


@lru_cache(maxsize=ROLE_CACHE_SIZE)
def role_base(text: str) -> str | None:
    """The role a word group names in any form, as its base form with the case of the text:
    "suppleanten" → "suppleant", "Ersättarna" → "Ersättare", "Kommundirektör" → "Kommundirektör"."""
    text = " ".join(text.split()).rstrip(".,:")
    if not text or len(text.split()) > 4:
        return None
    if is_role(text):
        return text
    lower = text.lower()
    for ending, base in _ROLE_ENDINGS:
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            stem = text[: len(text) - len(ending)]
            for old, new in _ROLE_PLURAL_STEMS.items():
                if stem.lower().endswith(old):
                    stem = stem[: len(stem) - len(old)] + (new if stem[-len(old)].islower() else new.capitalize())
            candidate = stem + base
            if is_role(candidate):
                return candidate
    return None


def is_plural_role(text: str) -> bool:
    """ "Ersättarna", "ledamöterna": a role word that names a group, so it holds for the names after it."""
    t = text.lower().rstrip(".,:")
    return t.endswith(("na", "erna", "arna")) and role_base(text) is not None and not is_role(text)

# A vote that another body took, told in a report ("Av kommunfullmäktiges protokoll framgår att förslaget
# antogs med 31 röster mot 18", "Kommunstyrelsen har behandlat ärendet och beslutade då med 5 röster mot 2"):
# no vote of this meeting. Tested on the sentence that holds the count.
REPORTED_VOTE = regexes.compile(
    r"\b(?:framgår|framgick|beslutade\s+då|beslöt\s+då|vid\s+sitt\s+(?:sammanträde|möte)|i\s+sitt\s+beslut|"
    r"(?:har|hade)\s+(?:tidigare\s+)?(?:behandlat|beslutat|antagit))\b", re.IGNORECASE)

# --- page furniture -----------------------------------------------------------------------------
# The words minutes carry as a watermark across the page (a draft's, a copy's, the adjusted copy's). Plain
# pdftotext breaks a diagonal word into pieces of a few letters, each a line of its own among the text's blocks
# ("ER" / "A" / "T" / "JU" / "ST" for "JUSTERAT"); clean.watermarks leaves such pieces out.
WATERMARK_WORDS = ("UTKAST", "KOPIA", "JUSTERAT", "OJUSTERAT", "PRELIMINÄR", "PRELIMINÄRT", "KONCEPT",
                   "ARBETSMATERIAL", "FÖRSLAG", "ARKIVEX", "MAKULERAD")
