"""The header of minutes: title (organisation and body), number, date, contact, place and time, room.

Titles come in a few forms: "Styrelsemöte i Exempelföreningen", "Protokoll fört vid Exempelföreningens
årsmöte 12 mars 2024", "Exempelföreningen / PROTOKOLL / Styrelsemöte nr 4", and the municipal block
"SAMMANTRÄDESPROTOKOLL / Exempelby kommun / Kommunstyrelsen / Sammanträdesdatum 2024-05-13".
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from protokoll import regexes
from protokoll import municipalities
from protokoll.clean.lines import Line
from protokoll.vocab import dates
from protokoll.vocab import numbers
from protokoll.vocab import conventions as cv
from protokoll.vocab.conventions import NAME_CAPITALS
from protokoll.vocab.labels import NUMBER_LABEL, tolerant

# Tolerant of OCR's lost å/ä/ö.
# (a student nation's members meet at its "landskap": "Protokoll fört vid ordinarie landskap i X nation")
_MEETING = tolerant(r"(?:möte|sammanträde|stämma|styrelse|nätverk|råd|grupp|träff|konferens|samråd|landskap)")
# "Protokoll fört vid", "Protokoll från", "Minnesanteckningar från", "Protokoll", "Mötesprotokoll".
PREFIX = regexes.compile(tolerant(
    # ("Mötesanteckningar": Teams' and Loop's notes)
    r"^(?:(?:sammanträdesprotokoll|mötesprotokoll|protokoll|minnesanteckningar|mötesanteckningar|anteckningar|"
    r"protokollsutdrag)"
    # "Protokoll, Kårfullmäktige möte 4 2024/2025": a comma after the word
    r"(?:,(?=\s))?"
    # "Protokoll nr 5/2024 fört vid", "Protokoll nummer 3 för styrelsemöte i ..."; "Protokoll (nr 5/2025) fört vid"
    # (the number in parentheses), "Protokoll 7/2025 fört vid" (the number and its year without "nr")
    r"(?:\s+(?:(?:nr\.?|nummer)\s*\d{1,3}(?:\s*/\s*\d{2,4})?|\((?:nr\.?|nummer)\s*\d{1,3}(?:\s*/\s*\d{2,4})?\)|"
    r"\d{1,3}\s*/\s*\d{2,4})(?=\s+(?:fört|förda|förd|vid|från|för)\b))?"
    r"(?:\s+(?:fört|förda|förd))?(?:\s+(?:vid|från|för|över|med))?"
    r"(?:\s+[–—-])?"  # "Minnesanteckningar – Nätverket för skolbibliotek i Norrsjö län"
    r"|(?:fört|förda|förd)\s+(?:vid|på))(?:\s+|$)"),
    re.IGNORECASE)
# (a student nation's ordinary and extra landskap are "lagtima" and "urtima", counted through the term: "Andra
# lagtima landskap")
_QUALIFIER = (r"(?:(?:första|andra|tredje|fjärde)\s+(?=lagtima|urtima))?"
              r"(?:ordinarie|extra|extrainsatt|konstituerande|årligt?|gemensamt?|digitalt?|lagtima|urtima)")
_QUALIFIER_ONLY = regexes.compile(_QUALIFIER, re.IGNORECASE)  # "PROTOKOLL FRÅN ORDINARIE FÖRENINGSSTÄMMA" names no organisation
# "<body> i <organisation>": the body's first word names a meeting, the organisation follows " i ".
# A definite adjective may stand before the body: "Kommunala pensionärsrådet i Tallmo kommun".
_ADJECTIVE = r"(?-i:[A-ZÅÄÖ])[a-zåäö]+a\s+"
# An owner's genitive may stand before the meeting too: "fört vid valberedningens möte i Lövsala Hembygdsförening"
# (a committee of the association met).
_OWNER = rf"(?-i:[a-zåäö])[a-zåäö]+(?:ens|ets|ns)\s+(?=\S*{_MEETING})"
TITLE = regexes.compile(rf"^(?P<body>(?:{_QUALIFIER}\s+|{_ADJECTIVE}|{_OWNER})?\S*{_MEETING}\S*(?:\s+\S+){{0,5}}?)\s+(?:i|för|med|inom)\s+"
                   rf"(?P<org>(?-i:[A-ZÅÄÖ]).+?)\.?$", re.IGNORECASE)
# "Kommunfullmäktige i Hallsjö kommun": a body's name (see BODY_LINE), "i", the organisation.
BODY_IN_ORG = regexes.compile(r"^(?P<body>(?-i:[A-ZÅÄÖ])[\wåäö-]*(?:\s+[\wåäö-]+){0,3}?)\s+i\s+(?P<org>(?-i:[A-ZÅÄÖ]).+?)\.?$",
                              re.IGNORECASE)
# A state agency named with its county ("Länsstyrelsen i Västermarks län"): the whole line is the organisation's
# name, no body of an organisation after " i " (the council that met, "Viltförvaltningsdelegationen", follows it).
AGENCY_IN_COUNTY = regexes.compile(tolerant(r"^länsstyrelsen\s+i\s+\S.*\s+län$"), re.IGNORECASE)
# "Sjövikens IK – styrelsemöte 2025-02-11": the organisation, a dash, the meeting (the date cut off first).
DASH_TITLE = regexes.compile(rf"^(?P<org>(?-i:[A-ZÅÄÖ])[^–—]{{1,60}}?)\s+[–—-]\s+(?P<body>(?:{_QUALIFIER}\s+)?\S*{_MEETING}\S*)$",
                        re.IGNORECASE)
# "Julmarknadsgruppen – anteckningar", "Valberedningen – protokoll": the body that met (a word of a meeting or a
# group in it), then the minutes' word after a dash.
BODY_THEN_NOTES = regexes.compile(tolerant(rf"^(?P<body>(?-i:[A-ZÅÄÖ])\S*{_MEETING}\S*(?:\s+\S+){{0,2}}?)\s+[–—-]\s+"
                                           r"(?:minnesanteckningar|mötesanteckningar|anteckningar|protokoll)$"), re.IGNORECASE)
# A layout's right column that names the minutes of a body: "Styrelseprotokoll", "Årsmötesprotokoll".
# The short forms of a meeting that number it: "SM 3/2025" (styrelsemöte), "ÅM 1/2025" (årsmöte), "MM 2/2025"
# (medlemsmöte). Capitals only: "sm" in running text is no meeting.
MEETING_ABBREVIATIONS = r"(?-i:SM|ÅM|MM)"
# A meeting's running number after its title word: "nr 6", "4/2025", "nr 6/2025".
# "3/2025", and a club's working year over two calendar years: "3/2025-2026", "3/2025/26".
_NUMBER_YEAR = r"(?:\s*/\s*\d{2,4}(?:\s*[-/]\s*\d{2,4})?)?"
_NUMBER_TAIL = regexes.compile(r"\s+(?:nr\.?\s*)?\d{1,3}" + _NUMBER_YEAR + "$", re.IGNORECASE)
BODY_PROTOCOL = regexes.compile(tolerant(r"^[\wåäö-]*(?:styrelse|möte|mötes|stämmo|nämnds|råds|förhandlings)protokoll"
                                    r"(?:\s+(?:nr\.?\s*)?\d{1,3}" + _NUMBER_YEAR + ")?$"), re.IGNORECASE)
# The body a compound minutes' word names, by the end of its stem before "protokoll": "Årsmötesprotokoll" is
# the årsmöte's, "Styrelseprotokoll" the board meeting's, "Stämmoprotokoll" the stämma's. A stem that ends
# otherwise ("Nämndsprotokoll") names no meeting plainly: the word stays the body.
PROTOCOL_STEMS = (("mötes", "möte"), ("stämmo", "stämma"), ("styrelse", "styrelsemöte"))
_PROTOCOL_WORD = "protokoll"
_EXTRACT_WORD = "protokollsutdrag"  # an extract of the minutes, the kind in a header row's column
# What a PDF laid out by position glues onto the end of a header line from the column at its right, with one
# space between: the minutes' word ("PROTOKOLL", "SAMMANTRÄDESPROTOKOLL", "Styrelseprotokoll"), the page
# ("Sida 1 (4)", "1 (4)", "1(16)", "Sida 1 av 4") and the labels of a header table's cells ("Sammanträdesdatum
# Sida", "Datum Nr"). Read from the end, one at a time.
GLUED_TAIL = regexes.compile(tolerant(
    r"\s+(?:(?:sida|blad)(?:\s+\d{1,3}(?:\s*\(\s*\d{1,3}\s*\)|\s+av\s+\d{1,3})?)?|\d{1,3}\s*[(/]\s*\d{1,3}\s*\)|"
    r"\d1\d\)|"  # OCR's "1 (2)" with the "(" read as a "1": "112)"
    r"(?P<word>[\wåäöÅÄÖ-]*protokoll(?:sutdrag)?|utdrag\s+ur\s+[\wåäöÅÄÖ-]*protokoll)|"  # "PROTOKOLLSUTDRAG", "UTDRAG UR PROTOKOLL"
    r"sammanträdesdatum|mötesdatum|datum|nr)$"), re.IGNORECASE)
# "Tallbackens samfällighetsförening – Protokoll fört vid styrelsemöte": a running header's organisation, a dash,
# then the title (PREFIX after the dash).
_TITLE_DASH = regexes.compile(r"\s+[–—-]\s+")
_GLUED_WORDS = frozenset({"sida", "blad", "sammanträdesdatum", "mötesdatum", "datum", "nr"})
# A local unit named under its church or federation ("Svenska kyrkan" / "Åsby-Lindås pastorat"): the unit that
# meets is the organisation.
LOCAL_UNIT = regexes.compile(tolerant(r"\b(?:pastorat|församling|lokalavdelning|lokalförening|krets|distrikt)$"), re.IGNORECASE)
# "Möte med föreningens styrelse": the word that refers back to the organisation before the body.
_OWN_GENITIVE = regexes.compile(r"^(?:föreningens|klubbens|sektionens|förbundets|bolagets|kårens|nätverkets|rådets)\s+(?=\S)",
                           re.IGNORECASE)
# The ANSLAG/BEVIS block of municipal minutes names the body and its organisation: "Organ Omvårdnadsnämnden i
# Västra Hälleby kommun"; where the header names no organisation, it is there.
ORGAN = regexes.compile(tolerant(r"^organ\s*:?\s+(?P<body>(?-i:[A-ZÅÄÖ])\S.*?)\s+i\s+(?P<org>(?-i:[A-ZÅÄÖ]).+?)\.?$"),
                   re.IGNORECASE)
# "Organ: Tallmarks kommun, Kommunala funktionshinderrådet": the ANSLAG block's organ written organisation first,
# a comma before the body (the organisation named by what it is: a municipality, a region, a parish).
ORGAN_ORGANISATION_FIRST = regexes.compile(tolerant(
    r"^organ\s*:?\s+(?P<org>(?-i:[A-ZÅÄÖ])[^,]*?\s(?:kommun|region|församling|pastorat|kommunalförbund))\s*,\s+"
    r"(?P<body>(?-i:[A-ZÅÄÖ])[^,]+?)\.?$"), re.IGNORECASE)
# The body that met, labelled in the header: "Organ: Primärkommunala nämnden", "Forum: Kommunstyrelsen" (with its
# colon: the ANSLAG block's "Organ Kommunstyrelsen" is read by organ_of).
ORGAN_LABEL = regexes.compile(tolerant(r"^(?:organ|forum|instans)\s*:\s*(?P<body>(?-i:[A-ZÅÄÖ])[^:]*?)\.?$"), re.IGNORECASE)
# A row of labels with their values in the row below, in layout columns ("Datum:   Plats:   Löpnummer:").
LABEL_CELL = regexes.compile(r"^[A-ZÅÄÖ][\wåäö ]{1,30}:$")
_CELL = regexes.compile(r"\S+(?:\s\S+)*")  # a layout cell: words apart by single spaces
LABEL_ROW_MIN = 2  # labels in a row before it is read as a label row
# "<Organisation>s <body>": "Björkhamns Tennisklubbs årsmöte"; after "Protokoll" also without the genitive
# ("Protokoll Tjärnbacka IF styrelsemöte").
# The meeting's year may follow ("Norrmarks Skidförbunds ordinarie distriktsmöte 2025"): it is no part of the body.
# The meeting's ordinal may stand between ("Båtklubben Tärnans 41:a årsmöte 2025"): it counts the meetings, no part of
# the body.
GENITIVE_TITLE = regexes.compile(
    rf"^(?P<org>(?-i:[A-ZÅÄÖ]).*?)\s+(?:\d{{1,3}}:?[ae]\s+)?(?P<body>(?:(?:extra|ordinarie|konstituerande)\s+)?\S*{_MEETING}\S*)"
    r"(?:\s+(?:19|20)\d{2})?\.?$", re.IGNORECASE)
# A body's protocol named by its day: "Direktionens protokoll 28 november 2025", "Styrelsens protokoll 2025-03-04" (a
# web page's heading; the body in the genitive before "protokoll", the date after it).
BODY_PROTOCOL_DATED = regexes.compile(
    r"^(?P<body>(?-i:[A-ZÅÄÖ])[\wåäö-]*(?:ens|ets|ns))\s+protokoll\s+(?:den\s+|från\s+)?\d", re.IGNORECASE)
# "fört vid sammanträde med institutionsstyrelsen vid Institutionen för geovetenskap", "... med Fakultetsnämnden
# för teknik", "... med forskarutbildningsnämnden": the body that met, named by a board's word (its field after
# "för" in lower case), then the organisation after "vid"/"i" where the title names one.
_BODY_MET = regexes.compile(
    rf"^\S*{_MEETING}\S*\s+med\s+(?P<body>[\wåäöÅÄÖ-]*(?:nämnden|styrelsen|utskottet|rådet|kommittén|beredningen)"
    r"(?:\s+för\s+(?-i:[a-zåäö])[\wåäö-]*(?:\s+(?:och\s+)?(?-i:[a-zåäö])[\wåäö-]*){0,3})?)"
    r"(?:\s+(?:vid|i|inom)\s+(?P<org>(?-i:[A-ZÅÄÖ]).+?))?\.?$", re.IGNORECASE)
# "det fyrtiotredje sammanträdet med styrelsen för ...": a board that counts its meetings from the first, the
# count written out as an ordinal before the meeting's word (see numbers.ordinal_value)
_COUNTED_MEETING = regexes.compile(rf"^(?:det|den)\s+(?P<ord>[a-zåäö]+)\s+(?=\S*{_MEETING})", re.IGNORECASE)
# "<meeting> med <body>": "sammanträde med styrelsen", "möte med kommunstyrelsen"
# "Möte 2025-10-08, Stadshuset i Åsby", "Styrelsemöte 12 mars 2025 kl 18.00, Klubbstugan": the meeting named by its
# kind and its date under the title, the venue after them
MEETING_DATED = regexes.compile(rf"^\S*{_MEETING}\S*\s+(?:den\s+)?\d", re.IGNORECASE)
_MEETING_WITH = regexes.compile(rf"^\S*{_MEETING}\S*\s+med\s+(?P<body>\S.*)$", re.IGNORECASE)
# After "Protokoll"/"Minnesanteckningar": "<body> <Organisation>" ("styrelsemöte Harsjö Båtklubb")
# (an owner's genitive may stand before a qualified body: "styrelsens konstituerande sammanträde Västra Rönnåns
# Älgskötselområde")
BODY_FIRST = regexes.compile(
    rf"^(?P<body>(?:(?-i:[a-zåäö])[\wåäö]+s\s+(?={_QUALIFIER}\s))?(?:{_QUALIFIER}\s+)?(?-i:[a-zåäö])\S*{_MEETING}\S*)\s+(?P<org>(?-i:[A-ZÅÄÖ])(?!(?i:nr|nummer)\b)[^\d]+?(?P<org_number>\s\d{{1,3}})?)[\s,.]*$",
    re.IGNORECASE)
# The same in capitals, where no case tells the body from the organisation: the meeting's word first, then a name
# that names an organisation ("STYRELSEMÖTE BRF LINGONET 7"; a number may end it).
UPPER_BODY_FIRST = regexes.compile(rf"^(?P<body>(?:{_QUALIFIER}\s+)?\S*{_MEETING}\S*)\s+(?P<org>\S.+)$", re.IGNORECASE)
# "Kårfullmäktige, Västersjö studentkår"
# A municipality's, region's or parish's name, then its body's on the same line: "Västerlinge kommun Socialnämnden",
# "Björkhamns församling Kyrkorådet"; the organisation's word may come first ("Region Västersjö Regionstyrelsen")
ORG_THEN_BODY = regexes.compile(r"^(?P<org>(?-i:[A-ZÅÄÖ])[\wåäö-]*(?:\s+[\wåäö-]+){0,2}?\s+(?:kommun|stad|region|"
                                r"landsting|församling|pastorat)|region(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]*){1,3})"
                                r"\s+(?P<body>(?-i:[A-ZÅÄÖ]).+)$", re.IGNORECASE)
BODY_COMMA_ORG = regexes.compile(r"^(?P<body>[A-ZÅÄÖ][^,]{2,60}?),\s+(?P<org>[A-ZÅÄÖ][^,]{2,80})$")
# "Möte 3 2025/2026", "Sammanträde 4, 2025": a running number before the year, on a header line
# "S6-2025" alone under an association's title: the meeting's code, its body's letter (S for styrelse, Å for årsmöte),
# its number in the year and the year.
CODED_NUMBER = regexes.compile(r"^[A-ZÅÄÖ]{1,2}\s?(?P<n>\d{1,3})\s?[-/]\s?(?:19|20)\d{2}$")
# A school year's term as a student body writes it: "VT26", "HT 2025" (vårtermin, hösttermin).
# ("HT2 2025", "VT1 2026": a student section's meeting counted within its term, then the year)
TERM = r"(?:VT|HT)\s?(?:[1-4]\s+(?=\d{4}))?(?:\d{4}|\d{2})"
# ("Minnesanteckningar styrgruppsmöte 4": a project's meeting counted in its own compound, after the minutes' word)
MEETING_NUMBER = regexes.compile(r"^(?:(?:minnesanteckningar|mötesanteckningar|anteckningar)\s+(?=[\wåäö-]*möte\s))?"
                                 # ("Protokoll, Kårfullmäktige möte 4 2024/2025": the minutes' word and a comma, the
                                 # body's name before its counted meeting)
                                 # ("Protokoll Sektionsmöte 3 (2024/2025)": the same without the comma)
                                 r"(?:protokoll,?\s+(?:[\wåäö-]+\s+(?=möte\s))?)?"
                                 # ("KÅRSTYRELSEMÖTE #7 2025/26": the number after a number sign, as typed in a chat)
                                 # ("Styrelseprotokoll # 3": a compound of the minutes' word, a number sign)
                                 r"(?:[\wåäö-]*möte|sammanträde|[\wåäö-]*protokoll|träff)\s+(?:nr\.?\s*|\#\s?)?(?P<n>\d{1,3})"
                            # "Möte 11, verksamhetsåret 2025/2026", "Möte 3 VT26"
                            r"(?:\s*,?\s+(?:(?:(?:verksamhetsåret|verksamhetsår|läsåret|mandatperioden|året)\s+)?"
                            rf"\d{{4}}(?:\s*/\s*\d{{2,4}})?|{TERM}|\(\d{{4}}(?:\s*/\s*\d{{2,4}})?\)))?"
                            r"(?:\s*,\s*\d.*"  # "..., 2026-03-19, kl. 17.15": the date after a comma
                            # "Möte 3 onsdag 8 oktober 2025 kl 18–19.30 hos Gerd": a working group's meeting and its
                            # number, then the weekday and the date written out, no comma
                            rf"|\s+(?:{dates.WEEKDAY}\s+)?(?:den\s+)?\d{{1,2}}\s+(?:{dates.MONTH_NAMES})\b.*)?\s*$",
                            re.IGNORECASE)
# The law a body meets under, after its name: "Forum för samråd enligt 4 kap. 12 § skollagen".
_UNDER_LAW = regexes.compile(r"\s+enligt\s+\d{1,2}\s+kap\.?\s.*$")
# A co-operation group's line may name it as the safety committee as well ("Lokal samverkansgrupp (LSG) tillika
# skyddskommitté"): part of the body's name.
ALSO_SAFETY_COMMITTEE = r"(?:(?:\s+\([A-ZÅÄÖ]{2,5}\))?\s+tillika\s+skyddskommitt[ée]n?)"
# A negotiation under the co-determination act is the body of its minutes, with the act's paragraphs it is held
# under: "förhandling enligt 11 § MBL", "förhandling enligt 11, 14 §§ medbestämmandelagen".
NEGOTIATION = (r"förhandling(?:\s+enligt\s+\d{1,2}(?:\s*(?:,|och|[-–])\s*\d{1,2})*\s*§§?\s+"
               r"(?:MBL|medbestämmandelagen|lagen\s+om\s+medbestämmande\s+i\s+arbetslivet))?")
# A line that is only a body: "Kommunstyrelsen", "Samhällsbyggnadsnämnden", "Styrelsemöte nr 7".
# The kinds of association a name ends in, written in lower case after the place ("odlingsförening", "idrottsklubb").
ASSOCIATION_KIND = r"(?:förening|klubb|förbund|sällskap|kör|lag|samfällighet|kår|gille|nation)(?:en|et)?"
BODY_LINE = regexes.compile((
    # "Nämnden för folkhälsa och sjukvård": a regional body named by its field after "för" (lower-case words)
    # (so is a council or a group named by its field: "Samverkansrådet för äldreomsorg")
    r"^(?P<body>(?-i:Nämnden|Utskottet|Beredningen|Kommittén|Rådet|[A-ZÅÄÖ][a-zåäö]+(?:rådet|gruppen|nämnden|"
    r"utskottet|beredningen|kommittén))\s+för\s+(?-i:[a-zåäö])[\wåäö-]*"
    r"(?:,?\s+(?:och\s+)?(?-i:[a-zåäö])[\wåäö-]*){0,4}|"
    # a school's forum the law requires ("Forum för samråd enligt 4 kap. 12 § skollagen")
    r"(?-i:F)orum\s+för\s+samråd|"
    # (a student nation's "Andra lagtima landskap": its qualifiers before it)
    # ("Barn- och utbildningsnämndens arbetsutskott": a committee of a board whose name joins two fields; a city
    # district's committee in the indefinite form after its name, "Björkåsens stadsdelsnämnd")
    rf"(?:{_QUALIFIER}\s+|[A-ZÅÄÖ][\wåäö-]*(?:\s+(?:och|för|[\wåäö-]+s)){{0,2}}\s+)?[\wåäöÅÄÖ-]*"
    r"(?:landskap|styrelsen?|nämnden?|(?<=[a-zåäö])nämnd|utskottet|utskott|fullmäktige|beredningen|rådet|direktionen|kommittén|presidiet|"
    # ("Skolråd", "Elevråd": a council in its indefinite form; "Kommunalråd" and its like are a person's title; a
    # "sockenråd", "bygderåd" or "byaråd" is a village's association, whose meeting the title sentence names)
    r"kyrkorådet|kyrkoråd|domkapitlet|domkapitel|(?<=[a-zåäö]{3})(?<!kommunal)(?<!region)(?<!oppositions)(?<!landstings)(?<!socken)(?<!bygde)"
    # (a co-operation group that is also the workplace's safety committee: "Förvaltningssamverkansgrupp (FSG)
    # tillika skyddskommitté", the whole line its name)
    r"(?<!bya)råd|delegationen|ledningsgruppen|samverkansgrupp(?:en)?" + ALSO_SAFETY_COMMITTEE + r"?|revisorerna|"
    # a negotiation under the co-determination act ("förhandling enligt 11 § MBL", "MBL-förhandling")
    + NEGOTIATION + r"|"
    r"årsmöte|stämma|föreningsstämma|styrelsemöte|möte|"
    r"sammanträde|nätverksmöte|sektionsmöte|styrelsesammanträde|medlemsmöte|"
    # a network's or a workplace's meeting ("Nätverksträff", "Träff 3"), its acronym after it: "Arbetsplatsträff (APT)"
    r"träff(?:\s+\([A-ZÅÄÖ]{2,5}\))?))"
    # ("Styrelsemöte nr 7 (2025/2026)": the financial year the number runs in, in parentheses)
    r"(?:\s+(?:nr\.?\s*\d+(?:\s*/\s*\d{2,4})?(?:,?\s+\d{4}(?:\s*/\s*\d{2,4})?|\s+\(\d{4}(?:\s*/\s*\d{2,4})?\))?|"
    r"\d+/\d{4}|\#\s?\d.*|(?-i:VT|HT)\s?(?:[1-4]\s+)?\d{2,4}|"
    + MEETING_ABBREVIATIONS + r"\s+\d{1,3}\s*/\s*\d{2,4}|den\s.*|\d.*|\([^()]*\)|"
    # "Styrelsemöte per capsulam § 41 - 44": decisions taken by mail, the paragraphs they run to
    r"per\s+capsulam(?:\s+§.*)?|§\s*\d.*|"
    # a joint body of two municipalities, named by them: "Gemensamma lönenämnden Ådalen–Bergsby", "... för
    # Lindmo och Västerby kommuner"
    r"(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:–(?-i:[A-ZÅÄÖ])[\wåäö-]+)+|"
    r"för\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:,\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+)*\s+och\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+kommuner|"
    r"(?-i:[A-ZÅÄÖ])[\wåäö-]+(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]+){0,2}|"
    # an association named by its place and its kind in lower case: "Styrelsemöte Ekbackens odlingsförening",
    # "Årsmöte Norrbo idrottsklubb", "Stämma Bergby vägsamfällighet"
    r"(?-i:[A-ZÅÄÖ])[\wåäö-]+\s+(?-i:[a-zåäö])[\wåäö-]*" + ASSOCIATION_KIND + r"))?$"),
    re.IGNORECASE)
# A joint board of several municipalities ("gemensam nämnd") is named with them: "Gemensamma lönenämnden
# Ålunda–Bredsjö", "Gemensamma överförmyndarnämnden Norrvidden"; the names after it are the body's, not an
# organisation's.
JOINT_BODY = regexes.compile(r"^gemensam(?:ma|t)?\s", re.IGNORECASE)


def _joint_body(cut: str, m: re.Match) -> str | None:
    """The whole name of a joint board on a body line (its municipalities or area after it), else None."""
    tail = cut[m.end("body"):m.end()].strip()
    return cut[:m.end()].strip() if tail[:1].isupper() and JOINT_BODY.match(m.group("body")) else None


# A body that names a meeting rather than a board ("Styrelsemöte", "Elevrådsmöte", "Årsstämma"): a name after it
# on the title line is the organisation's ("Styrelsemöte Björkby Ryttarförening"). So is a council named in its
# definite form before its school ("ELEVRÅDET BJÖRKLIDENS SKOLA").
MEETING_BODY = regexes.compile(tolerant(r"(?:möte|sammanträde|stämma|träff|rådet|råd)$"), re.IGNORECASE)
MONTH_WORD = regexes.compile(r"^(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
                        r"december|vår(?:en)?|höst(?:en)?|sommar(?:en)?|vinter(?:n)?)\b", re.IGNORECASE)
_ORG_HINT = regexes.compile(
    r"\b(?:kommun|stad|region|regionen|landsting|förening|föreningen|klubb|klubben|kår|kåren|brf|"
    r"bostadsrättsförening|samfällighetsförening|samfällighet|förbund|förbundet|parti|partiet|sällskap|"
    r"sällskapet|stiftelse|stiftelsen|församling|byalag|byalaget|ab|organisation|nätverket|sektionen|sektion|pastorat|"
    r"sockenråd|sockenrådet|byaråd|byarådet|bygderåd|bygderådet|"  # a village's or parish's association
    r"nation|nationen|"  # a student nation
    r"skola|skolan|gymnasium|gymnasiet|"
    r"universitet|universitetet|högskola|högskolan|akademi|akademien|aktiebolag|"  # a university board's
    # a state agency's and a church's ("Statens institut för X", "Länsstyrelsen i X län", "Ådalens stift")
    r"statens|institut|institutet|myndighet|myndigheten|län|stift|stiftet)\b|"
    # a compound's last part after a letter: tested behind, where "[a-zåäö]+" before it tried every word's every
    # start and length (the callers ask whether there is a hint, never where)
    r"(?<=[a-zåäö])(?:förening|föreningen|förbund|"
    r"förbundet|klubb|klubben|partiet|kåren|sällskapet|laget|gillet|byalaget|sektionen|kören|orkestern|"
    # a hunters' district and the areas of game, fish and elk care ("Norrbo jaktvårdskrets", "Bäsksjöns
    # viltvårdsområde", "Åsens älgskötselområde")
    r"krets|kretsen|vårdsområde|vårdsområdet|skötselområde|skötselområdet)\b", re.IGNORECASE)
_NUMBERED = rf"\b(?:[a-zåäö]*protokoll|möte|[a-zåäö]*sammanträde|styrelsemöte|träff|{MEETING_ABBREVIATIONS})\s+"
NUMBER = regexes.compile(r"(?:\b(?:protokoll|möte|mötesprotokoll|sammanträde|styrelsemöte)\s+)?\b(?:löp|protokoll)?n(?:r|ummer|o)\.?\s*:?\s*"
                    r"(?P<n>\d{1,3})\b(?:\s*[/,-]?\s*(?P<y>\d{4}))?"
                    # (not "Styrelsemöte 2/10-2025": a date's day and month before its year)
                    # (nor "styrelsemöte 9/12 2025": a day and month, the year after a space)
                    rf"|{_NUMBERED}(?P<m>\d{{1,3}})\s*/\s*(?P<my>\d{{4}}|\d{{2}}(?!-\d)(?!\s+(?:19|20)\d{{2}}\b))\b"
                    # "Protokoll 2025:3": the year first, the number after a colon; "UTSKOTTSSAMMANTRÄDE
                    # 2025/26:9": a Riksdag committee's, the session's two years first
                    rf"|{_NUMBERED}(?:nr\.?\s*)?(?:19|20)\d{{2}}(?:/\d{{2}})?\s*:\s*(?P<yn>\d{{1,3}})\b"
                    # "Kommunfullmäktige   4/2025": a body's minutes counted through its year, the count beside its name
                    # (a four-digit year only: "Nämnden 12/3" is a day)
                    r"|\b[a-zåäö]*(?:fullmäktige|nämnden|styrelsen|utskottet|direktionen)\s+(?P<b>\d{1,3})\s*/\s*"
                    r"(?:19|20)\d{2}\b(?![/-]\d)",
                    re.IGNORECASE)
# An association's name right before a bare "nr": "Riksbyggen Bostadsrättsförening Västervången nr 3", "HSB:s
# Bostadsrättsförening Blåkulla nr 248 i Solna" (housing co-operatives' associations are numbered in their names).
ASSOCIATION_BEFORE_NUMBER = regexes.compile(r"(?:förening|brf)\s+(?:(?-i:[A-ZÅÄÖ])[\wåäö-]*\s+){1,3}$", re.IGNORECASE)
_NUMBER_LABEL_LAST = frozenset("rR:.")
NUMBER_VALUE = regexes.compile(r"^(?:nr\.?\s*)?(?P<n>\d{1,3})(?:\s*/\s*\d{2,4})?$", re.IGNORECASE)
EMAIL_LOCAL_MAX = 64  # an address's part before its "@": no match starts further than this before the first "@"
EMAIL = regexes.compile(rf"[\w.+-]{{1,{EMAIL_LOCAL_MAX}}}@[\w-]{{1,63}}(?:\.[\w-]{{1,63}}){{1,8}}")
# OCR reads "@" as Q, © or &: "christian.dahlmannQfamiljenhelsingborg.se".
# The local part is atomic: its class overlaps the dots between its pieces, and trying every split of a
# long run of "a.b.a.b" was exponential; none of the characters that may follow it belong to it.
EMAIL_OCR = regexes.compile(r"\b((?>[a-z0-9][a-z0-9._+-]{0,63}(?:\s?\.\s?[a-z0-9._+-]{1,63}){0,4}))\s?[Q©®&@]{1,2}[ÖO0]?\s?"
                       r"([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.(?:se|com|nu|org|net|eu))\b")
ISO_DATE = regexes.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# "Protokoll styrelsemöte X 2025-09-16 18:30 Klubbhuset": the time right after the date, without "kl" (a title
# typed as a file or calendar names the meeting); a span "18:30-20:00" gives the end too.
ISO_THEN_TIME = regexes.compile(r"\b\d{4}-\d{2}-\d{2}\s+(?P<h>\d{1,2})[.:](?P<m>\d{2})\b"
                                r"(?:\s*[-–]\s*(?P<h2>\d{1,2})[.:](?P<m2>\d{2})\b)?(?![.:/-]\d)")
# "Styrelsemöte 250309": a title that writes the date yymmdd, as a file name would (the long title under it may
# give the day and month without the year); "Styrelsemöte 25-02-23", the same with dashes, in the right-hand
# cell of a notes' title row ("Minnesanteckningar     Styrelsemöte 25-02-23"). Only alone after a meeting's word,
# ending the line: six digits elsewhere are no date.
COMPACT_DATE_TITLE = regexes.compile(r"(?:^|\s{3,})(?P<word>[A-ZÅÄÖ][\wåäö-]*(?:möte|sammanträde|protokoll))\s+"
                                r"(?P<y>\d{2})(?P<sep>-?)(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)$", re.IGNORECASE)
# ... the date alone on the line under the word's cell (with its dashes: no other number of six digits)
COMPACT_DATE_WORD = regexes.compile(r"^[A-ZÅÄÖ][\wåäö-]*(?:möte|sammanträde)$", re.IGNORECASE)
COMPACT_DATE_UNDER = regexes.compile(r"^(?P<y>\d{2})(?P<sep>-)(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)$")
# "Datum: 260312": a date label whose value is written yymmdd, as a state committee's protocol or a file name
# writes it; only the six digits alone after the label.
COMPACT_DATE_LABEL = regexes.compile(r"^(?:datum|sammanträdesdatum|mötesdatum)\s*:?\s+"
                                     r"(?P<y>\d{2})(?P<sep>-?)(?P<m>[01]\d)(?P=sep)(?P<d>[0-3]\d)$", re.IGNORECASE)
CENTURY = 2000  # a yymmdd date's century: minutes written today
PLACE_TIME = regexes.compile(tolerant(
    # "PLATS DATUM OCH TID FÖR MÖTET" (a church body's label cell), "Plats, datum och tid för sammanträdet"
    r"^(?P<label>plats,?\s+datum\s+och\s+tid(?:\s+för\s+(?:mötet|sammanträdet))?|"
    r"plats och tid|tid och plats|tid och lokal|datum och tid|dag och tid|datum och plats|mötesplats|"
    r"sammanträdesplats|sammanträdestid|mötestid|möteslokal|"
    # ("Klockan" / "18:30": a meeting portal's time label over its value)
    r"sammanträdesdatum|mötesdatum|plats|lokal|tid|datum|klockan|när|var)(?![\wåäöÅÄÖ])\s*(?P<colon>:)?\s*"), re.IGNORECASE)
# A further label on a "Label: value" line: "Datum: 2026-04-02 Tid: 19.30 Plats: Bygdegården".
# ("Plats:   Jägarstugan      Dag och tid:   Tisdagen …": two pairs on a row of a landscape page's details)
INLINE_LABEL = regexes.compile(tolerant(
    r"\s+(?P<label>dag och tid|datum och tid|plats|lokal|tid|datum|mötesplats|möteslokal)\s*:\s*"), re.IGNORECASE)
ROOM = regexes.compile(tolerant(r"^(?:mötesrum|sammanträdesrum|konferensrum|rum|sal)\b"), re.IGNORECASE)
# "hos Karin Ek, Granvägen 3": a board that meets at a member's home names the host as its venue
VENUE_AFTER = regexes.compile(r"\s(?:på|i|hos)\s+(?P<venue>[A-ZÅÄÖ0-9].*)$")
# The characters EMAIL_OCR reads as "@": a line without one holds no such address.
_AT_LIKE = regexes.compile(r"[Q©®&@]")
WEEKDAY = regexes.compile(r"\b(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\b\s*(?:den\s+)?", re.IGNORECASE)
_COLUMN_GAP = regexes.compile(r"\s{3,}")
# What may follow the organisation in a title: "... för verksamhetsåret 2024", "..., lördagen den 22 mars"
# (or its organisation number: "Fiberföreningen X ekonomisk förening, org.nr 769600-0000, den 14 maj ...")
_ORG_TAIL = regexes.compile(r"\s+(?:för\s+(?:verksamhetsåret|räkenskapsåret|år|året)\b|org\.?\s?-?nr\b|"
                            r"organisationsnummer\b|" + WEEKDAY.pattern + r").*$",
                            re.IGNORECASE)
# ... and the meeting's number after it, a word of its own: "Hembygdsföreningen X Möte 3"
_ORG_MEETING_TAIL = regexes.compile(r"\s+(?:möte|sammanträde|träff)\s+(?:nr\.?\s*)?(?P<n>\d{1,3})$", re.IGNORECASE)
# "fört vid årsmöte med PRO Ekbackas medlemmar": the organisation in the genitive before its members.
ORG_MEMBERS = regexes.compile(r"^(?P<org>(?-i:[A-ZÅÄÖ]).*?[^\s])\s+(?:medlemmar|ledamöter|medlemsföreningar)$",
                              re.IGNORECASE)
# "fört vid årsstämma med aktieägarna i Rödmyra Bostäder AB": the company after its owners (a stämma's holders:
# aktieägarna, delägarna, andelsägarna, medlemmarna), read without them.
ORG_HOLDERS = regexes.compile(r"^(?:aktieägarna|delägarna|andelsägarna|medlemmarna)\s+i\s+(?P<org>(?-i:[A-ZÅÄÖ]).*)$",
                              re.IGNORECASE)
# ... and where the title parts body and company at "i": "extra bolagsstämma med aktieägarna" is the stämma.
BODY_HOLDERS = regexes.compile(r"\s+med\s+(?:aktieägarna|delägarna|andelsägarna)$", re.IGNORECASE)
# "... 22 mars 2025 klockan 14.00 på Sandvretens hembygdsgård": the venue at the end of a title sentence
TITLE_VENUE = regexes.compile(r"(?:kl\.?|klockan)\s*\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?,?\s+(?:på|i|via|hos)\s+"
                         r"(?P<venue>[A-ZÅÄÖa-zåäö][^.]*?)\.?$")
# "Mötet hölls i klubbstugan, Tallvägen 4.", "Sammanträdet ägde rum på Rådhuset": a sentence of the header
# that says where the meeting was.
HELD_AT = regexes.compile(tolerant(rf"^(?:\S*{_MEETING}\S*|vi)\s+(?:hölls|ägde\s+rum|genomfördes|var)\s+"
                                   r"(?:(?:digitalt|fysiskt)\s+)?(?:i|på|hos|via)\s+(?P<venue>[^.]+)\.?$"), re.IGNORECASE)
# "Protokoll från konstituerande styrelsemöte på Strandgården 2025-04-02": the meeting, then where it was held
# (the date cut off first).
TITLE_PLACE = regexes.compile(rf"^(?P<body>(?:{_QUALIFIER}\s+)?\S*{_MEETING}\S*)\s+(?:på|via)\s+(?P<venue>(?-i:[A-ZÅÄÖ])[^.]+?)\.?$",
                         re.IGNORECASE)
# "Protokoll 7/2025 fört vid styrelsemöte i klubblokalen" under the club's name: the meeting, then the room it met
# in, a noun in its definite form in lower case (an organisation after " i " is a name, capitalised).
TITLE_ROOM = regexes.compile(rf"^(?P<body>(?:{_QUALIFIER}\s+)?\S*{_MEETING}\S*)\s+i\s+"
                             r"(?P<venue>(?-i:[a-zåäö])[\wåäö-]+(?:en|et|na|an))\.?$", re.IGNORECASE)
# "Protokoll från styrelsemöte nr. 1 Tórshavn, 6-8 februari 2026": the meeting and its number, then the town it
# met in before the date (the date cut off first).
TITLE_NUMBER_PLACE = regexes.compile(rf"^(?P<body>(?:{_QUALIFIER}\s+)?\S*{_MEETING}\S*)\s+nr\.?\s*\d{{1,3}}(?:\s*/\s*\d{{2,4}})?"
                                rf",?\s+(?P<venue>(?-i:[{NAME_CAPITALS}])[^\d.,:;]+?)$", re.IGNORECASE)
# A title sentence wraps where a line ends in one of these words or the next begins in lower case
# ("... Kvarnen ekonomisk" / "förening den 14 maj ...", "... kl. 18.30 via" / "Teams").
# So too where it ends in the word before a time ("... lördagen den 15 februari 2025 klockan" / "13.00 i Folkets
# hus"), or in a month with the year on the next line.
TITLE_OPEN_WORDS = frozenset("i på via vid för med och av till hos den klockan kl kl.".split())
# The definite form of an organisation's kind, which its name follows: "Bostadsrättsföreningen Lärksången".
DEFINITE_KIND = regexes.compile(tolerant(r"(?:föreningen|förbundet|klubben|sällskapet|kåren|stiftelsen|samfälligheten)$"),
                           re.IGNORECASE)
NAME_WORDS = 4  # an organisation's name wrapped onto the next line is this short
TITLE_WRAPS = 2  # a title sentence runs over at most this many more lines
# (a count of those present is no organisation: "Närvarande ca 76 medlemmar", "Närvarande: 52 medlemmar")
_NOT_ORG = regexes.compile(r"^(?:sida|page)\b|^\d|^\W*$|@|^(?:närvarande|deltagare|antal\s+närvarande)\b", re.IGNORECASE)


TITLE_LINES = 16  # the title stands among the document's first lines
# "§ 88", "KF § 41", "KTN § 23": an item's label at the start of a line. The document's title stands before the
# first item, so a title-like line after one ("§ 88" / "Förändrad organisation av akutsjukvården i Västerlids län",
# a protokollsutdrag whose header is all cells) is the item's heading, not the document's.
_ITEM_LABEL_START = regexes.compile(r"^(?:[A-ZÅÄÖ]{2,6}\s+){0,2}§\s*\d{1,3}\b")
MAX_VENUE = 80  # a venue is a short line
_DEN_DAY = regexes.compile(r"\bden\s+\d{1,2}\b")  # "onsdagen den 18": a date whose month wrapped to the next line
WRAPPED_LINE = 60  # a plain text line at least this long may have wrapped at the margin ...
# ... or one near the length of the header's other long lines: a PDF sets its header in larger type than its text,
# so it wraps shorter ("Tid och plats Lördagen den 15 och söndagen den 16 mars 2025" / "på Hotell Tallåsen").
# The header's own line lengths give its margin: this quantile of the other lines' lengths, times the share.
HEADER_WRAP_QUANTILE = 0.9
HEADER_WRAP_SHARE = 0.85
HEADER_WRAP_MIN = 40  # however short the header's lines, a shorter one was not wrapped
VALUE_WRAPS = 2  # lines a label's value on the line below may wrap onto (a narrow table cell)
# "PLATS Tallmo bygdegård", "TID 2025-05-07 kl 18.30": a label written in capitals is set apart from its value as
# by a colon (the fishery and road associations' typed minutes).
CAPITAL_LABELS = frozenset({"plats", "tid", "datum", "lokal", "mötesplats", "möteslokal", "plats och tid", "tid och plats"})
VALUE_COLUMN_SLACK = 2  # characters a wrapped value's line may start off its value column ("Plats   X" / "        Y")
_LAYOUT_VALUE = regexes.compile(r"\s{3,}\S")  # a label and its value in two layout columns, no colon between
# A meeting portal's page saved as text starts with its trail of links: "Din position: Hem > Lindvikens kommun >
# Kommunfullmäktige > Sammanträde 2025-05-22", "Du är här: Start > Region X > Regionstyrelsen": the organisation and
# its body are the two links after the start page.
BREADCRUMB = regexes.compile(r"^(?:din\s+position|du\s+är\s+här|du\s+befinner\s+dig\s+här)\s*:?\s*"
                             r"(?:hem|start|startsida)\s*>\s*(?P<org>[^>]{2,60}?)\s*>\s*(?P<body>[^>]{2,60}?)\s*(?:>.*)?$",
                             re.IGNORECASE)
_TIME_LABELS = frozenset({"tid", "sammanträdestid", "mötestid", "datum och tid", "dag och tid", "plats och tid",
                          "tid och plats", "tid och lokal", "klockan"})
_BARE_TIME = regexes.compile(r"(?<![\d.:/-])(\d{1,2})[.:](\d{2})(?![\d.:/-])")
# ("..., lördag 5 april 2025 kl. 14.00. Bygdegården, Kvarnvägen 4": the venue also after the sentence's stop)
# (or a short name standing alone after the time: "Protokoll styrelsemöte 2025-05-20 kl 17.15 Föreningslokalen")
# ("... kl 18–19.30 hos Gerd": a group that meets at a member's home, the host kept as VENUE_AFTER keeps it)
_VENUE_TAIL = regexes.compile(r"^\s*(?:,\s*(?:(?:på|i)\s+)?|\s+(?:på|i)\s+|\.\s+(?=[A-ZÅÄÖ])|\s+(?=hos\s+[A-ZÅÄÖ])|"
                              r"\s+(?=[A-ZÅÄÖ][\wåäö-]+(?:\s+[\wåäöÅÄÖ-]+){0,3}$))(?P<venue>\S.*)$")
# Lines after a date that are no venue: headings of lists, offices and the document's parts.
_NOT_VENUE = regexes.compile(tolerant(r"^(?:närvarande|frånvarande|deltagare|deltagande|ledamöter|beslutande|närvaro|"
                                 r"ordförande|sekreterare|justerare|protokoll|dagordning|§|\d)"), re.IGNORECASE)


@dataclass
class Header:
    values: dict = field(default_factory=dict)
    lines: dict = field(default_factory=dict)  # field name → the Line it was read from


def _org_then_body(cut: str, cells: list[str]) -> tuple[str, str] | None:
    """(organisation, body) of a line that names a municipality or region and then its body, with one space
    between them or in cells of their own ("LINDMO KOMMUN   Socialnämnden"); None otherwise."""
    for text in (cut, f"{cut} {cells[1]}" if len(cells) > 1 and cut == cells[0] else None):
        m = ORG_THEN_BODY.match(text) if text else None
        if m and BODY_LINE.fullmatch(m.group("body")) and not _ORG_HINT.search(m.group("body")):
            return m.group("org"), m.group("body")
    return None


def parse_header(lines: list[Line], after_lists: frozenset[int] = frozenset()) -> Header:
    """``after_lists``: the ids of lines that stand after the attendance lists (a label's value, a time line), where
    no title stands: no line of them is taken for the organisation."""
    h = Header()
    lines = _label_rows(_mail_header(lines))

    def put(name, value, line):
        if name == "body" and isinstance(value, str):
            # "fört vid förbundets årsmöte": the genitive refers back to the organisation, the body is the meeting
            value = _OWN_GENITIVE.sub("", value) or value
        if value is not None and value != "" and name not in h.values:
            h.values[name] = value
            h.lines[name] = line

    for line in lines[:TITLE_LINES]:
        crumb = BREADCRUMB.match(line.text.strip()) if ">" in line.text else None
        if crumb:  # a saved web page's trail: "Din position: Hem > Lindvikens kommun > Kommunfullmäktige > ..."
            put("organisation", crumb.group("org").strip(), line)
            put("body", crumb.group("body").strip(), line)
            break
    head = _joined_titles(lines[:TITLE_LINES])  # the title sentences read whole, once
    _title(lines, head, put, after_lists | _value_wraps(lines))
    for line in lines[:TITLE_LINES] if "body" not in h.values else ():
        m = ORGAN_LABEL.match(line.text.strip()) if ":" in line.text[:9] else None
        if m:
            placed = ORGAN.match(line.text.strip())  # "Organ: Nämnden i X kommun": the organisation after "i"
            put("body", (placed.group("body") if placed else m.group("body")).strip(), line)
            if placed:
                put("organisation", placed.group("org").strip(), line)
            break
    for line in lines[:TITLE_LINES] if "organisation" not in h.values else ():
        m = UNIT_LABEL.match(line.text.strip()) if ":" in line.text[:UNIT_LABEL_CHARS] else None
        if m:  # "Enhet:   Hemtjänsten Björkdalen, grupp Norr": a workplace meeting's unit meets
            put("organisation", m.group("org").strip().rstrip("."), line)
            break
    for line in lines[:TITLE_LINES]:
        m = MEETING_NUMBER.match(line.text.strip()) or CODED_NUMBER.match(line.text.strip())
        if m:
            put("number", int(m.group("n")), line)
            break
    for i, line in enumerate(lines):
        text = line.text
        # Every pattern below needs a digit, and put() keeps the first value found.
        digits = dates.DIGIT.search(text) is not None
        for m in NUMBER.finditer(text) if digits and "number" not in h.values else ():
            if m.group(0)[:1] in "nN" and ASSOCIATION_BEFORE_NUMBER.search(text, 0, m.start()):
                continue  # "HSB:s Bostadsrättsförening Blåkulla nr 248": the association's own number, in its name
            n = m.group("n") or m.group("m") or m.group("yn") or m.group("b")
            put("number", int(n), line)
        if not digits and text[-1:] in _NUMBER_LABEL_LAST and "number" not in h.values and i + 1 < len(lines) \
                and NUMBER_LABEL.match(text.strip()):
            m = NUMBER_VALUE.match(lines[i + 1].text.strip())  # "Protokollnummer" / "10/2025": a table's two cells
            if m:
                put("number", int(m.group("n")), lines[i + 1])
        at = text.find("@")
        m = EMAIL.search(text, max(0, at - EMAIL_LOCAL_MAX)) if at >= 0 else None
        if m:
            put("contact", m.group(0).rstrip("."), line)
        elif "." in text and _AT_LIKE.search(text):
            m = EMAIL_OCR.search(text)
            if m:
                local = re.sub(r"\.+", ".", re.sub(r"\s+", "", m.group(1)))
                put("contact", f"{local}@{m.group(2)}", line)
        m = PLACE_TIME.match(text)
        if m and (m.group("colon") or m.group("label").lower() in ("plats och tid", "tid och plats")
                  or len(m.group("label")) > 5 and text[m.end():m.end() + 1].isdigit()
                  or _LAYOUT_VALUE.match(text[m.end("label"):])  # "Plats        Klubbstugan" in a layout
                  or m.group("label").isupper() and m.group("label").lower() in CAPITAL_LABELS
                  or _alone_over_value(m, text, lines[i + 1] if i + 1 < len(lines) else None)
                  or _label_cell_row(m, text, lines, i)):
            rest = text[m.end():]
            if not rest.strip() and i + 1 < len(lines) and not PLACE_TIME.match(lines[i + 1].text):
                rest = lines[i + 1].text  # the value stands on the next line (or in the next column)
                for nxt in lines[i + 2:i + 2 + VALUE_WRAPS]:
                    if nxt.blank_before or not nxt.text[:1].islower() or PLACE_TIME.match(nxt.text):
                        break
                    rest = f"{rest.rstrip()} {nxt.text.strip()}"  # "..., onsdagen den 18" / "september 2024" / "kl. 18.00"
            label = m.group("label")
            while m and ":" in rest:
                # "Datum: 2026-04-02 Tid: 19.30–20.30 Plats: Bygdegården": each label on one line takes its own value
                m = INLINE_LABEL.search(rest)
                if m:
                    _place_time(h, lines, i, label.lower(), rest[:m.start()], put)
                    label, rest = m.group("label"), rest[m.end():]
            _place_time(h, lines, i, label.lower(), rest, put)
        elif ROOM.match(text) and "room" not in h.values:
            put("room", text.strip().rstrip("."), line)
        m = ISO_DATE.search(text) if digits and "date" not in h.values else None
        if m:
            put("date", dates.first_date(m.group(0)), line)
    # (a title sentence read whole: "... tisdagen den 27" / "maj 2025 kl. 19.00 ...")
    for line in (head + lines[TITLE_LINES:]) if "date" not in h.values else ():
        if "date" in h.values:
            break
        put("date", dates.meeting_day(line.text), line)
    for k, line in enumerate(lines[:TITLE_LINES]) if "date" not in h.values else ():
        m = (COMPACT_DATE_TITLE.search(line.text.strip()) or COMPACT_DATE_LABEL.match(line.text.strip())) \
            if line.text[-1:].isdigit() else None
        if m:
            put("date", _compact_date(m), line)
        elif line.text[-1:].isalpha() and k + 1 < len(lines) and not lines[k + 1].blank_before:
            # "Minnesanteckningar        Styrelsemöte" / "                          25-03-11": the date under the
            # meeting's word in its cell (a scan's line, or a cell too narrow for both)
            cell = _COLUMN_GAP.split(line.text.strip())[-1]
            m = COMPACT_DATE_UNDER.match(lines[k + 1].text.strip()) if COMPACT_DATE_WORD.match(cell) else None
            if m and _under_cell(lines[k + 1], line, cell):
                put("date", _compact_date(m), lines[k + 1])
    # (a title sentence read whole: "... klockan" / "13.00 i Folkets hus")
    timed = "start_time" in h.values and "end_time" in h.values
    for line in () if timed else head + lines[TITLE_LINES:]:
        if "start_time" in h.values and "end_time" in h.values:
            break
        _clock(line.text, line, put)
    for line in head if "start_time" not in h.values else ():
        m = ISO_THEN_TIME.search(line.text) if "-" in line.text else None
        if m:
            put("start_time", f"{int(m.group('h')):02d}:{m.group('m')}", line)
            if m.group("h2"):
                put("end_time", f"{int(m.group('h2')):02d}:{m.group('m2')}", line)
            break
    if "location" not in h.values:
        _title_venue(lines, put)
    if "location" not in h.values:
        _held_at(lines, put)
    if "organisation" not in h.values:
        for line in lines[:TITLE_LINES]:
            m = COMMITTEE.match(line.text.strip())
            if m:
                put("organisation", m.group("name"), line)
                break
    if "location" not in h.values:
        _venue_after_date_line(lines, put)
    if "location" not in h.values:
        _venue_before_when(lines, put)
    if "location" not in h.values:
        _venue_among_whens(lines, put)
    return h


_DATED_LABELS = frozenset({"datum", "tid", "sammanträdesdatum", "mötesdatum", "datum och tid", "sammanträdestid", "mötestid"})


def _header_label(text: str) -> bool:
    """ "Datum:", "Plats:", "Löpnummer:": a header's label alone on its line (its value stands elsewhere)."""
    m = PLACE_TIME.match(text) if text.endswith(":") else None
    return bool(m and m.end() == len(text)) or bool(NUMBER_LABEL.match(text) and text.endswith(":"))


def _label_column(lines: list[Line], i: int) -> int:
    """How many header labels stand one a line from ``i`` with as many values right after them, one a line
    ("Datum:" / "Plats:" / "Löpnummer:" / "15-16 mars 2025" / "Scoutgården" / "4": a header table's label
    column and value column that plain text gives one after the other); 0 where none do."""
    n = 0
    while i + n < len(lines) and _header_label(lines[i + n].text.strip()):
        n += 1
    values = lines[i + n:i + 2 * n]
    if n < LABEL_ROW_MIN or len(values) < n or any(v.text.rstrip().endswith(":") for v in values) or \
            any(v.blank_before for v in values[1:]):
        return 0
    for label, value in zip(lines[i:i + n], values):  # a value wrapped over two lines would shift the pairs
        text = label.text.strip()
        dated = PLACE_TIME.match(text)
        if NUMBER_LABEL.match(text) and not NUMBER_VALUE.match(value.text.strip()) or dated is not None and \
                dated.group("label").lower() in _DATED_LABELS and not dates.DIGIT.search(value.text):
            return 0
    return n


def _label_rows(lines: list[Line]) -> list[Line]:
    """``lines`` with each row of labels whose values stand in the row below ("Datum:   Plats:   Löpnummer:" /
    "18 januari 2025   Distriktsgården Hagen   1/2025") written as one "Label: value" line a label; so is a
    column of labels with their values one a line after it (see _label_column)."""
    out: list[Line] = []
    skip = False
    column_end = 0
    for i, line in enumerate(lines):
        if i < column_end:
            continue
        if skip:
            skip = False
            continue
        n = _label_column(lines, i) if line.text.rstrip().endswith(":") else 0
        if n:
            out.extend(replace(lines[i + k], text=f"{lines[i + k].text.strip()} {lines[i + n + k].text.strip()}")
                       for k in range(n))
            column_end = i + 2 * n
            continue
        labels = list(_CELL.finditer(line.text)) if line.text.rstrip().endswith(":") else []
        values = list(_CELL.finditer(lines[i + 1].text)) if i + 1 < len(lines) and len(labels) >= LABEL_ROW_MIN else []
        if len(labels) < LABEL_ROW_MIN or not all(LABEL_CELL.match(c.group(0)) for c in labels) or not values \
                or any(LABEL_CELL.match(v.group(0)) for v in values):
            out.append(line)
            continue
        # Each value goes under the label whose column it starts in (a label with no value gets none).
        held: dict[int, list[str]] = {}
        for v in values:
            k = max((j for j, c in enumerate(labels) if c.start() <= v.start() + 1), default=0)
            held.setdefault(k, []).append(v.group(0))
        for k, c in enumerate(labels):
            if k in held:
                out.append(replace(line, text=f"{c.group(0)} {' '.join(held[k])}"))
        skip = True
    return out


def organ_of(lines: list[Line]) -> tuple[str, str] | None:
    """(body, organisation) from the "Organ X i Y" (or "Organ: Y kommun, X") line of an ANSLAG/BEVIS block, else
    None."""
    for line in lines:
        if line.text[:5].lower() == "organ":  # the word tested first: this looks at every line
            m = ORGAN.match(line.text.strip()) or ORGAN_ORGANISATION_FIRST.match(line.text.strip())
            if m:
                return m.group("body").strip(), m.group("org").strip()
    return None


# "Organ                Kommunstyrelsens arbetsutskott", "Sammanträdesdatum    2025-03-11": the ANSLAG/BEVIS block's
# cells, the body alone (no organisation after "i") and the meeting's date, apart from their labels by a layout's gap;
# read where the header names no body or date (the page's own header left them to the block).
BOX_ORGAN = regexes.compile(tolerant(r"^(?:organ|instans)\s*:?\s{2,}(?P<body>(?-i:[A-ZÅÄÖ])[^\d,:]{3,60}?)\s*$"), re.IGNORECASE)
BOX_DATE = regexes.compile(tolerant(r"^sammanträdesdatum\s*:?\s{2,}(?P<date>\d{4}-\d{2}-\d{2})\s*$"), re.IGNORECASE)


def box_body_and_date(lines: list[Line]) -> tuple[str | None, dt.date | None]:
    """The body and the date the ANSLAG/BEVIS block's cells give (see BOX_ORGAN, BOX_DATE), each None where absent."""
    body = day = None
    for line in lines:
        text = line.text.strip()
        first = text[:1].lower()
        if first in "oi" and body is None:
            m = BOX_ORGAN.match(text)
            body = m.group("body").strip() if m else None
        elif first == "s" and day is None:
            m = BOX_DATE.match(text)
            day = dates.first_date(m.group("date")) if m else None
    return body, day


# The other labels of a header table that pdftotext reads row by row ("Beslutande Anna Ek (S), ordförande").
_HEADER_ROW_LABEL = regexes.compile(tolerant(r"^(?:närvarande|frånvarande|deltagare|beslutande|ledamöter|ersättare|"
                                             r"övriga\s+deltagare|ordförande|sekreterare|justerare|"
                                             r"utses\s+att\s+justera)(?![\wåäö])"), re.IGNORECASE)


def _label_cell_row(m: re.Match, text: str, lines: list[Line], i: int) -> bool:
    """ "Plats Stadshuset, rum Ekorren" / "Tid 2025-03-04 kl. 13.00–15.30": a header table's label cell and its
    value, one space between and no colon (pdftotext's default reading of the table), where a line beside it
    is another row of the table (a label of place or time, or of the roll or the offices)."""
    label, value = m.group("label"), text[m.end():]
    if not label[:1].isupper() or m.group("colon") or not (value[:1].isupper() or value[:1].isdigit()):
        return False
    beside = lines[max(0, i - 1):i] + lines[i + 1:i + 2]
    return any(_HEADER_ROW_LABEL.match(n.text) or (row := PLACE_TIME.match(n.text)) and n.text[row.end():].strip()
               for n in beside)


def _alone_over_value(m: re.Match, text: str, nxt: Line | None) -> bool:
    """ "Plats" / "Scoutstugan Tallbo": a label alone on its line with its value on the next, as a Word
    table's label and value cells come out of plain text (no colon, one cell a paragraph)."""
    if nxt is None or text[m.end():].strip() or PLACE_TIME.match(nxt.text):
        return False
    if m.group("label").lower() in _TIME_LABELS or "datum" in m.group("label").lower():
        return bool(dates.DIGIT.search(nxt.text))
    return nxt.text[:1].isupper() and _venue_like(nxt.text)


def is_time_line(text: str) -> bool:
    """ "Tid: 18:30", "Sammanträdestid   kl. 09.00": a labelled time, read wherever it stands in the header."""
    m = PLACE_TIME.match(text)
    return bool(m) and m.group("label").lower() in _TIME_LABELS and bool(dates.DIGIT.search(text))


# Labels of the venue and the date: a labelled venue or date after the attendance lists ("Närvarande" / ... /
# "Plats: Lokalen", a text box's roll read before the labels beside it) is read there too.
_PLACE_DATE_LABELS = frozenset({"plats", "lokal", "mötesplats", "möteslokal", "sammanträdesplats", "datum",
                                "mötesdatum", "sammanträdesdatum"})


def is_place_or_date_line(text: str) -> bool:
    """ "Plats: Föreningslokalen", "Datum: 2025-05-20": a labelled venue or date (with its colon and value),
    read wherever it stands in the header."""
    m = PLACE_TIME.match(text)
    return bool(m) and bool(m.group("colon")) and m.group("label").lower() in _PLACE_DATE_LABELS \
        and bool(text[m.end():].strip())


def _opens_title(text: str) -> bool:
    """ "fört vid styrelsesammanträde ...": a line that opens a title sentence of its own (under "PROTOKOLL nr 9")."""
    m = PREFIX.match(text)
    return bool(m and m.end())


# The rest of a title sentence after its "Protokoll", as a page's running header gives it under the organisation
_TITLE_REST = regexes.compile(tolerant(r"^(?:fört|förda|förd|från|vid)\s"), re.IGNORECASE)


def _joined_titles(lines: list[Line]) -> list[Line]:
    """The first lines of the document with a title sentence that wraps over line breaks joined into one line."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if PREFIX.match(line.text.strip()) and not _COLUMN_GAP.search(line.text.strip()):
            text = line.text.strip()
            for _ in range(TITLE_WRAPS):
                last = text.rsplit(None, 1)[-1].lower()
                # (a line in lower case goes on with the title whatever blank line a PDF put before it; so does any
                # line after a title that ends in a word leading on to its organisation: "Protokoll från årsmötet för"
                # / "" / "Lommviks Vägsamfällighet 2025-06-28", a title set large over lines spaced apart)
                nxt = lines[i].text.strip() if i < len(lines) and (not lines[i].blank_before or
                                                                  lines[i].text.strip()[:1].islower()
                                                                  or last in TITLE_OPEN_WORDS) else ""
                if not nxt or ":" in nxt or _COLUMN_GAP.search(nxt) or _opens_title(nxt) or \
                        not (nxt[:1].islower() or last in TITLE_OPEN_WORDS or _names_next(text, nxt)
                             or last in dates.MONTHS and dates.YEAR_START.match(nxt)):
                    break
                text = f"{text} {nxt}"
                i += 1
            if text != line.text.strip():
                line = replace(line, text=text)
        elif i < len(lines) and not lines[i].blank_before and _COLUMN_GAP.search(line.text.strip()) \
                and lines[i].indent == line.indent and lines[i].text[:1].islower() \
                and _COLUMN_GAP.split(line.text.strip(), 1)[0][-1:].isalpha() \
                and not _opens_title(lines[i].text.strip()) and not _TITLE_REST.match(lines[i].text.strip()):
            # "Regionala utvecklingsnämndens    Sammanträdesdatum" / "arbetsutskott    2025-03-18": the body's name
            # a header table's cell wrapped; the first cells joined (the next line stays, for its other cells)
            # (not a title's words under the organisation: "Ljungmarkens Brukshundklubb    Sida 1 (1)" / "fört vid
            # årsmöte    2026-02-22", "från konstituerande styrelsemöte på X    2025-03-23", a running header of two lines)
            head, rest = _COLUMN_GAP.split(line.text.strip(), 1)
            tail = _COLUMN_GAP.split(lines[i].text.strip(), 1)[0]
            line = replace(line, text=f"{head} {tail}   {rest}")
        elif i < len(lines) and not lines[i].blank_before and _wrapped_in_date(line.text, lines[i].text.strip()):
            # "Arbetsgruppen ... Möte 4/2025, måndag 22 september" / "2025", "Årsmöte i X, söndag 6" / "april 2025
            # kl. 15.00": a title line a word processor wrapped inside its date
            line = replace(line, text=f"{line.text.rstrip()} {lines[i].text.strip()}")
            i += 1
        elif i < len(lines) and not lines[i].blank_before and not _COLUMN_GAP.search(line.text.strip()) \
                and line.text.rsplit(None, 1)[-1:] in (["i"], ["på"]) and lines[i].text.strip()[:1].islower() \
                and ":" not in lines[i].text and not _COLUMN_GAP.search(lines[i].text.strip()):
            # "Styrelsemöte X den 15 oktober 2025 i" / "klubbstugan, Sörbyn": a title set large wraps after the
            # word that leads to its place (no line ends so)
            line = replace(line, text=f"{line.text.rstrip()} {lines[i].text.strip()}")
            i += 1
        elif i < len(lines) and not lines[i].blank_before and len(line.text.split()) <= OWNER_WRAP_WORDS \
                and line.text.rsplit(None, 1)[-1:] in (["för"], ["inom"]) and lines[i].text.strip()[:1].isupper() \
                and ":" not in lines[i].text and not _COLUMN_GAP.search(line.text.strip() + lines[i].text.strip()):
            # "Beredningsgruppen för" / "Ormåns vattenråd": a group's name wrapped before the organisation it
            # works for (a heading set in a narrow column)
            line = replace(line, text=f"{line.text.rstrip()} {lines[i].text.strip()}")
            i += 1
        out.append(line)
    return out


# A day of the month ending a line after its weekday or "den" ("..., söndag 6", "den 6"): the month and the year
# may stand on the next line ("Protokoll nr 6" / "April 2025" is no date).
DAY_AT_END = regexes.compile(rf"\b(?:{dates.WEEKDAY}|den)\s+(?:[1-9]|[12]\d|3[01])$", re.IGNORECASE)


def _wrapped_in_date(text: str, nxt: str) -> bool:
    """Whether a title line ends inside a date that goes on on the next line ``nxt``: after its month ("måndag 22
    september" / "2025 ...") or after its day ("söndag 6" / "april 2025 ...")."""
    text = text.rstrip()
    last = text.rsplit(None, 1)[-1:]
    if not last or not nxt:
        return False
    if text[-1:].isalpha():
        return last[0].lower() in dates.MONTHS and dates.YEAR_START.match(nxt) is not None
    month, _, rest = nxt.partition(" ")
    return DAY_AT_END.search(text) is not None and month.lower() in dates.MONTHS and \
        dates.YEAR_START.match(rest) is not None


OWNER_WRAP_WORDS = 3  # "Styrelsen för", "Arbetsgruppen för": the group's word alone before the wrapped owner


# A day and month without a year ("styrelsemöte 11/3"): the year the mail was sent goes after it.
_DAY_MONTH = regexes.compile(r"\b\d{1,2}/\d{1,2}\b(?!\s*[-/]?\s*\d)")


def _mail_header(lines: list[Line]) -> list[Line]:
    """Minutes pasted under a letter's greeting (see conventions.GREETING): the letter's lines left out.
    Minutes sent as an e-mail (see conventions.MAIL_FIELD): the subject is the title line (a day and month in it
    given the year the mail was sent), the recipients are left out, and the sending date is kept only where the
    subject names no day (the meeting is then the mail's day). The sender's line stays (its address is the
    contact). Other minutes are returned as they are."""
    greeting = next((k for k, line in enumerate(lines[:cv.MAIL_HEADER_LINES]) if cv.GREETING.match(line.text.strip())), None)
    title = next((k for k in range(greeting + 1, min(len(lines), greeting + 1 + cv.LETTER_INTRO_LINES))
                  if PREFIX.match(lines[k].text.strip())), None) if greeting is not None else None
    if title is not None:
        # "Hej allihop!" / ... / "/Karin" / "MINNESANTECKNINGAR STYRELSEMÖTE ...": the letter's own words are no
        # header (a mail's fields above its greeting are read as below); the title's own paragraph begins where
        # a blank line stands before it ("Tallmo Golfklubb" / "Protokoll styrelsemöte 06/2025")
        while title > greeting + 1 and not lines[title].blank_before:
            title -= 1
        lines = lines[:greeting] + lines[title:]
    # The mail's fields stand above its greeting: below it the minutes' own "Datum:" is the meeting's date, not the
    # day the mail was sent (a reply quoting "Från:" / "Skickat:" / "Ämne:" / "Hej alla," / "PROTOKOLL" / "Datum:").
    header_end = greeting if title is not None else cv.MAIL_HEADER_LINES
    fields = {k: cv.MAIL_FIELD.match(line.text) for k, line in enumerate(lines[:min(header_end, cv.MAIL_HEADER_LINES)])}
    fields = {k: m for k, m in fields.items() if m}
    if len(fields) < cv.MAIL_FIELDS_MIN or not any(m.group("field").lower() in cv.MAIL_SUBJECT for m in fields.values()):
        return lines
    sent = next((dates.first_date(lines[k].text) for k, m in fields.items() if m.group("field").lower() in cv.MAIL_SENT), None)
    out = []
    for k, line in enumerate(lines):
        m = fields.get(k)
        field = m.group("field").lower() if m else ""
        if field in cv.MAIL_RECIPIENTS:
            continue
        if field in cv.MAIL_SUBJECT:
            subject = line.text[m.end():]
            if sent is not None:
                subject = _DAY_MONTH.sub(lambda d: f"{d.group(0)} {sent.year}", subject, count=1)
            out.append(replace(line, text=subject))
            continue
        if field in cv.MAIL_SENT and any(dates.first_date(lines[j].text[fields[j].end():] if j in fields else "",
                                                          sent.year if sent else None)
                                         for j in fields if fields[j].group("field").lower() in cv.MAIL_SUBJECT):
            continue  # the subject names the meeting's day: the mail's own is no date of the meeting
        out.append(line)
    return out


def _names_next(text: str, nxt: str) -> bool:
    """ "... I BOSTADSRÄTTSFÖRENINGEN" / "LÄRKSÅNGEN": an organisation's kind in its definite form ends the line,
    its name stands on the next."""
    return len(nxt.split()) <= NAME_WORDS and nxt[:1].isupper() and DEFINITE_KIND.search(text) is not None


# A negotiation's parties ("Parter:   Lövsala kommun, tekniska förvaltningen" / "Kommunal, sektion Lövsala"): the
# employer, named first, holds the negotiation and is the organisation; the unions under it are none. A note of
# the party's side after the name ("(arbetsgivaren)") is no part of it.
PARTIES = regexes.compile(r"^(?i:parter|parterna)\s*:\s+(?P<first>[A-ZÅÄÖ].*)$")
_EMPLOYER_NOTE = regexes.compile(r"\s*\((?:arbetsgivaren|arbetsgivarpart(?:en)?)\)\s*$", re.IGNORECASE)


def _title(lines: list[Line], head: list[Line], put, after_lists: frozenset[int] = frozenset()) -> None:
    """Organisation and body from the title forms, looking at the first lines of the document (a line of
    ``after_lists`` is no organisation standing alone: see parse_header)."""
    placed = False  # a title sentence gave the body and the place, not the organisation
    body_line = org_line = protocol_line = None
    org_text = ""
    org_at = -1  # where org_line stands in head
    parties = False  # inside a negotiation's "Parter:" block (see PARTIES)
    for k, line in enumerate(head):
        if _ITEM_LABEL_START.match(line.text.strip()):
            break  # the items begin: see _ITEM_LABEL_START
        party = PARTIES.match(line.text.strip())
        if party:
            put("organisation", _EMPLOYER_NOTE.sub("", party.group("first")).strip(" ,."), line)
            parties = True
            continue
        if parties and line.text[:1].isspace() and not line.blank_before:
            continue  # the other parties under the first, in the label's value column
        parties = False
        text = _COLUMN_GAP.split(line.text.strip())[0]  # a layout's right column is not the title's
        text, glued = _unglued(text)
        dashed = _dashed_title(text) if k < DASHED_TITLE_LINES else text
        if dashed != text and not any(x.text.strip() and x.text.strip() in text for x in head[k + 1:k + 4]):
            text = dashed  # (a running header over the title block that repeats its parts reads as it is)
        stripped = PREFIX.sub("", text, count=1).strip()
        if stripped == text and text[:1].islower():
            continue  # a sentence going on from the line before ("närvarade X från Länsstyrelsen i Y") is no title
        if k and head[k - 1].text.rstrip().endswith(":"):
            continue  # a label's value on the line after it ("Plats och tid:" / "Stora sammanträdesrummet, ...")
        m = BODY_PROTOCOL_DATED.match(text) if stripped == text and k == 0 else None
        if m:
            # "Direktionens protokoll 28 november 2025" over "Kommunalförbundet X" opening a web page: the body's
            # protocol of that day, the organisation on the next line of its own (under a header block that
            # names both, the same line is a heading of the page, read with the block)
            put("body", _genitive(m.group("body")), line)
            nxt = next((x for x in head[k + 1:] if x.text.strip()), None)
            if nxt is not None and _org_like(nxt.text.strip()):
                put("organisation", nxt.text.strip(), nxt)
            _title_venue(lines, put)
            return
        counted = _COUNTED_MEETING.match(stripped) if stripped != text else None
        if counted and numbers.ordinal_value(counted.group("ord")) is not None:
            # "fört vid det fyrtiotredje sammanträdet med styrelsen för X": the meeting's running number, written out
            put("number", numbers.ordinal_value(counted.group("ord")), line)
            stripped = stripped[counted.end():]
        cut = _cut_date(stripped)
        m = TITLE_PLACE.match(cut) or TITLE_NUMBER_PLACE.match(cut) or TITLE_ROOM.match(cut) \
            if stripped != text and not placed else None
        if m:
            put("body", m.group("body"), line)
            put("location", m.group("venue").strip(" ,"), line)
            placed = True
            continue
        m = _BODY_MET.match(cut) if stripped != text else None
        if m:
            put("body", m.group("body"), line)
            if m.group("org"):
                put("organisation", m.group("org").strip(" ,."), line)
            elif org_line is not None:
                # "Hembygdsföreningen Ekbacken" / "Protokoll från telefonmöte med styrelsen 2025-03-04": the board of
                # the organisation named over the title
                put("organisation", org_text, org_line)
            _title_venue(lines, put)
            return
        m = TITLE.match(cut) if not AGENCY_IN_COUNTY.match(cut) else None
        owned = _owned_body(_ORG_TAIL.sub("", _cut_date(m.group("org"))).strip(" ,.")) if m else None
        if owned:  # "sammanträde med Lindhamns kommunstyrelse": the municipality's board met
            put("body", owned[1], line)
            put("organisation", owned[0], line)
            _title_venue(lines, put)
            return
        if m:
            met = _MEETING_WITH.match(m.group("body"))  # "sammanträde med styrelsen för X": the board met
            # ("Styrelsemöte nr 4/2025 i Tallby Energi AB": the meeting's running number is no part of the body)
            put("body", met.group("body") if met else BODY_HOLDERS.sub("", _NUMBER_TAIL.sub("", m.group("body"))), line)
            org = _ORG_TAIL.sub("", _cut_date(m.group("org"))).strip(" ,.")
            members = ORG_MEMBERS.match(org)
            if members:  # "årsmöte med PRO Ekbackas medlemmar": the meeting of the organisation's members
                # (a name that ends in s keeps it: "PRO Lindås medlemmar", see _genitive)
                org = _genitive(members.group("org"))
            if org == m.group("org") and cut == stripped:
                org = _wrapped_title_org(lines, line, org)
            held = ORG_THEN_VENUE.match(org)
            # (the venue's place may follow it after a comma: "i Skolhuset, Ljungsätra, 2025-03-16")
            if held and _ORG_HINT.search(held.group("org").split()[-1]) \
                    and VENUE_WORD.search(held.group("venue").split(",")[0].rstrip()):
                # "Släktmöte i Brandtorps släktförening i Rönnåsa bygdegård den ...": the organisation, then where
                # it met
                org = held.group("org")
                put("location", held.group("venue").strip(" ,."), line)
            holders = ORG_HOLDERS.match(org)
            org = holders.group("org") if holders else org
            # ("Fritidsrådet i Lervreta – mötesanteckningar": the minutes' word after a dash is no part of it)
            put("organisation", _before_title(org), line)
            _title_venue(lines, put)
            return
        # ("DOMKAPITLET I ÅDALENS STIFT": a body and its organisation typed in capitals)
        m = BODY_IN_ORG.match(cut) if " i " in cut.lower() and not AGENCY_IN_COUNTY.match(cut) else None
        if m and BODY_LINE.match(m.group("body")) and _org_like(m.group("org")):
            # "Kommunfullmäktige i Hallsjö kommun", "Socialnämnden i Norrby kommun": a body that names no meeting
            # (TITLE's), then the organisation it belongs to after "i"
            put("body", m.group("body"), line)
            put("organisation", m.group("org").strip(" ,."), line)
            _title_venue(lines, put)
            return
        m = BODY_THEN_NOTES.match(cut) if body_line is None else None
        met = _meeting_then_org(m.group("body")) if m else None
        if met:
            # "Skolråd Hällbyskolan – mötesanteckningar": the council, then who holds it, before the minutes' word
            put("body", met[0], line)
            put("organisation", met[1], line)
            return
        if m:
            body_line = (line, m.group("body"))
            continue
        m = DASH_TITLE.match(cut) if stripped == text else None
        if m and _org_like(m.group("org")):
            put("body", m.group("body"), line)
            put("organisation", m.group("org").strip(), line)
            return
        m = GENITIVE_TITLE.match(cut)
        if m and stripped != text and not _QUALIFIER_ONLY.fullmatch(m.group("org")):
            owned = _owned_body(_genitive(m.group("org")))
            if owned:  # "Lindhamns kommunstyrelses sammanträde": the municipality's board, its meeting
                put("body", owned[1], line)
                put("organisation", owned[0], line)
                return
            put("body", m.group("body"), line)
            put("organisation", _genitive(m.group("org")), line)
            return
        m = UPPER_BODY_FIRST.match(cut) if stripped != text and cut.isupper() else None
        if m and (_org_like(m.group("org")) or _caps_name(m.group("org"))):
            # "MINNESANTECKNINGAR STYRELSEMÖTE BRF TALLKOTTEN 3": BODY_FIRST's shape typed in capitals
            put("body", m.group("body"), line)
            put("organisation", m.group("org").strip(" ,."), line)
            return
        m = BODY_FIRST.match(cut) if stripped != text else None
        if m and not placed and _building(m.group("org")):
            # "Protokoll fört vid styrelsemöte Bäckeby Hembygdsgård 2025-02-06" under the society's own name: a
            # building after the body is where it met, not who met
            put("body", m.group("body"), line)
            put("location", m.group("org").strip(" ,."), line)
            placed = True
            continue
        if m and not _QUALIFIER_ONLY.fullmatch(m.group("org")) and \
                (not m.group("org_number") or _org_like(m.group("org"))):
            # "Minnesanteckningar styrgruppsmöte Energinätverket Västersjö": the body, then the organisation;
            # a number may end an organisation's name ("Protokoll styrelsemöte Brf Tallkotten 3")
            put("body", m.group("body"), line)
            put("organisation", m.group("org").strip(" ,."), line)
            return
        owned = _org_then_body(cut, _COLUMN_GAP.split(line.text.strip())) \
            if stripped == text and body_line is None and org_line is None else None
        if owned:
            # "Västerlinge kommun Socialnämnden", "LINDMO KOMMUN   Socialnämnden   Sammanträdesprotokoll ...": a
            # running header's municipality and its body on one line
            org_line, org_at, org_text = line, k, owned[0]
            body_line = (line, owned[1])
            continue
        m = BODY_COMMA_ORG.match(cut)
        if m and body_line is None and BODY_LINE.match(m.group("body")) and _org_like(m.group("org")):
            # "Kårfullmäktige, Västersjö studentkår": a body line that names its organisation after a comma
            put("body", m.group("body"), line)
            put("organisation", m.group("org").strip(), line)
            return
        cut = _UNDER_LAW.sub("", cut)  # "Forum för samråd enligt 4 kap. 12 § skollagen": the body, under its law
        m = BODY_LINE.match(cut)
        if not m and "/" in cut:
            glossed = cut.rpartition("/")[2].strip()
            if glossed[:1].isupper() and BODY_LINE.fullmatch(glossed):
                # "Kulturlávdegoddi / Kulturnämnden": bilingual minutes gloss the body before a slash
                cut, m = glossed, BODY_LINE.match(glossed)
        met = _meeting_then_org(cut)
        if met and (body_line is None or body_line[1].lower() == met[0].lower()):
            # "Elevrådsmöte Tallängsskolan", "Styrelsemöte Björkby Ryttarförening": the meeting, then who meets
            # (under a bare "PROTOKOLL STYRELSEMÖTE" that names the same meeting)
            put("body", met[0], line)
            put("organisation", met[1], line)
            return
        if m and body_line is None and len(cut.split()) <= 7:
            body_line = (line, _joint_body(cut, m) or _NUMBER_TAIL.sub("", m.group("body")))
            continue
        met = _MEETING_WITH.match(cut) if stripped == text and cut[:1].isupper() else None
        if met and body_line is None:
            # "Möte med föreningens styrelse den 7–8 juni 2025": the board met ("styrelse")
            body_line = (line, _OWN_GENITIVE.sub("", met.group("body")).strip())
            continue
        cells = _COLUMN_GAP.split(line.text.strip())
        if len(cells) == 1 and BODY_PROTOCOL.match(text):
            # "Styrelseprotokoll 4/2025", "Årsmötesprotokoll": the minutes' word, no organisation; the body where
            # no line names the meeting ("Årsmöte 2026-03-08, ...")
            protocol_line = protocol_line or (line, protocol_body(_NUMBER_TAIL.sub("", text)))
            continue
        if stripped == text and id(line) not in after_lists and _org_like(cut or text) and not member_row(line.text):
            if org_line is None or (k == org_at + 1 and LOCAL_UNIT.search(text)):
                # "Svenska kyrkan" / "Åsby-Lindås pastorat": the parish meets. "Hedeby kommun 2025-03-12": the date
                # a PDF's line put beside the organisation is no part of it.
                # ("Gräsö Fiber ekonomisk förening, org nr 769633-1208": the number is no part of the name)
                org_line, org_at, org_text = line, k, _ORG_TAIL.sub("", _before_title(cut or text)).strip(" ,")
                counted = _ORG_MEETING_TAIL.search(org_text)
                if counted and _org_like(org_text[:counted.start()]):
                    # "Hembygdsföreningen Gammelgården i Tallsjö Möte 3" / "onsdag 8 oktober ...": the meeting's number
                    # a wrap put after the organisation
                    org_text = org_text[:counted.start()]
                    put("number", int(counted.group("n")), line)
        right = cells[1] if len(cells) == 2 else glued
        if body_line is None and right and BODY_PROTOCOL.match(right):
            # "Sjödalens scoutdistrikt        Styrelseprotokoll", or glued on with one space
            body_line = (line, protocol_body(right))
        elif body_line is None and right and text != stripped and not stripped and len(cells) == 2:
            # "Minnesanteckningar        Styrelsemöte 25-02-23": the minutes' word alone, the meeting and its date
            # in the right column
            m = BODY_LINE.match(_cut_date(right))
            if m:
                body_line = (line, _NUMBER_TAIL.sub("", m.group("body")))
                nxt = head[k + 1] if k + 1 < len(head) else None
                if nxt is not None and not nxt.blank_before and _under_cell(nxt, line, right) \
                        and _venue_like(nxt.text.strip()):
                    put("location", nxt.text.strip().rstrip("."), nxt)  # the venue under the date: "Lövsjö skola"
        elif body_line is None and right and len(cells) == 2 and stripped == text:
            # "Sångsällskapet X 2025-05-14          Protokoll från styrelsemöte": the organisation and the date in
            # the left column, the title in the right (the title's words open the right cell, not the line)
            titled = PREFIX.sub("", right, count=1).strip()
            m = BODY_LINE.match(_cut_date(titled)) if titled != right and titled else None
            if m:
                body_line = (line, _NUMBER_TAIL.sub("", m.group("body")))
        if org_line is None and not stripped and len(cells) == 2 and _org_like(cells[1]) and \
                not BODY_LINE.match(cells[1]):
            put("organisation", cells[1], line)  # "PROTOKOLL          Ekby Båtklubb": the title's right column
    body_line = body_line or protocol_line
    if body_line:
        put("body", body_line[1], body_line[0])
    if org_line:
        put("organisation", org_text, org_line)


# The end of a title's organisation that a PDF wrapped onto the next line ("Protokoll fört vid styrelsemöte i
# Björnviks" / "Skidklubb"): a line of a few words, the first capitalised, no digits, no punctuation.
TITLE_WRAP = regexes.compile(r"^[A-ZÅÄÖ][\wåäö&-]*(?:\s+[\wÅÄÖåäö&-]+){0,%d}$" % 2)


def _wrapped_title_org(lines: list[Line], line: Line, org: str) -> str:
    """``org``, the end of the title ``line``, with the rest of the name that the title's next line carries:
    a line at the same indent with no space before it, of TITLE_WRAP's shape, that is neither a label nor an
    attendance heading and makes the whole an organisation's name."""
    from protokoll.parse.attendance import heading_of

    at = next((k for k, other in enumerate(lines) if other is line), None)
    nxt = lines[at + 1] if at is not None and at + 1 < len(lines) else None
    if nxt is None or nxt.blank_before or nxt.indent != line.indent or nxt.page != line.page:
        return org
    # (the date and time after the name go: "Samfällighetsförening söndagen den 12 oktober 2025 kl 10.00")
    if is_place_or_date_line(nxt.text.strip()) or _opens_with_date(nxt.text.strip()):
        return org  # "Helsingborg 2023-11-17", "Lördagen den 14 juni 2025": the meeting's place and day under the title
    tail = _cut_date(nxt.text.strip()).strip(" ,")
    if tail != nxt.text.strip() and municipalities.canonical(tail):
        return org  # "Helsingborg 2023-11-17 ...": the place the meeting was held, before its date
    first, joint, _ = tail.partition(" och ")
    if joint and first[:1].isupper() and TITLE_WRAP.match(first):
        # "... den gemensamma styrelsen för Idrottsförbundet" / "Norrmark och SISU Idrottsutbildarna Norrmark": a
        # joint board of two organisations; the first one's name ends on the next line
        tail = first
    if not (TITLE_WRAP.match(tail) or LOWER_KIND_TAIL.match(tail)) or PLACE_TIME.match(tail) or heading_of(tail) \
            or _opens_title(tail) or not _org_like(f"{org} {tail}"):
        return org  # ("Landsbygdsrådet i Gråmora" / "Protokoll från rådsmöte ...": the document's title under the body)
    return f"{org} {tail}"


# The kind of organisation alone, in lower case, that a title wrapped before ("... i Västerdalens" / "kommunförbund").
LOWER_KIND_TAIL = regexes.compile(r"^[a-zåäö]*(?:förbund|förening|samfällighet|sällskap|klubb)(?:et|en)?$")


def _meeting_then_org(cut: str) -> tuple[str, str] | None:
    """(meeting, organisation) of a title that names the meeting, then who meets ("Styrelsemöte Björkby
    Ryttarförening", the date and what follows it cut off), else None."""
    m = BODY_LINE.match(cut)
    tail = cut[m.end("body"):].strip() if m else ""
    # ("SAMVERKANSRÅDET NORDVIDDEN": typed in capitals, a short name of letters after the council is its area's)
    if m and tail[:1].isupper() and MEETING_BODY.search(m.group("body")) \
            and (_org_like(tail) or cut.isupper() and _caps_name(tail)) and not MONTH_WORD.match(tail):
        return m.group("body"), tail
    # "Årsmötesprotokoll Myrängens Vägsamfällighet 2025": the compound minutes' word names the meeting, the
    # organisation follows (the year of the minutes after it is no part of the name)
    word, _, tail = cut.partition(" ")
    tail = _TRAILING_YEAR.sub("", tail).strip()
    if tail[:1].isupper() and word.lower().endswith(_PROTOCOL_WORD) and BODY_PROTOCOL.match(word) \
            and protocol_body(word) != word and _org_like(tail) and not MONTH_WORD.match(tail):
        return protocol_body(word), tail
    return None


_TRAILING_YEAR = regexes.compile(r"\s+(?:19|20)\d{2}$")


def _unglued(text: str) -> tuple[str, str]:
    """A title line without what the column at its right glued on (GLUED_TAIL), and the minutes' word among
    that ("" if none): "SKOGSÅ KOMMUN SAMMANTRÄDESPROTOKOLL 1 (3)" → ("SKOGSÅ KOMMUN", "SAMMANTRÄDESPROTOKOLL").
    A label written inline after the title ends it too: "ÅRSMÖTESPROTOKOLL Datum: 2025-04-20"."""
    if text.find(":") > text.find(" ") > 0:  # a colon after the first word
        m = INLINE_LABEL.search(text)
        if m and text[:m.start()].strip():
            text = text[:m.start()]
    word = ""
    while True:
        last = text.rsplit(None, 1)[-1].lower() if " " in text else ""
        if not (last[-1:].isdigit() or last.endswith((")", _PROTOCOL_WORD, _EXTRACT_WORD)) or last in _GLUED_WORDS):
            return text, word  # the last word tested first: most lines end in none of GLUED_TAIL's
        m = GLUED_TAIL.search(text)
        if not m or not text[:m.start()].strip():
            return text, word
        word = m.group("word") or word
        text = text[:m.start()]


# "Barn- och utbildningsförvaltningen, Ådalens kommun" under a co-operation group's title, "Projekt Trygg skolväg,
# Lövsala kommun" under a project group's: the administration or the project is a part of the municipality (or the
# region), which is the organisation.
_ADMINISTRATION_OF = regexes.compile(r"^(?:[^,]*förvaltningen|Projekt\s[^,]+),\s+(?P<org>[A-ZÅÄÖ][^,]*\s(?:kommun|stad|region)|"
                                     r"Region\s+[A-ZÅÄÖ][^,]*)$")


def _before_title(org: str) -> str:
    """The organisation before a dash and the minutes' title after it, else ``org``."""
    part = _ADMINISTRATION_OF.match(org) if "förvaltningen," in org or org[:8] == "Projekt " else None
    if part:
        return part.group("org")
    low = org.lower()
    for m in _TITLE_DASH.finditer(org) if _PROTOCOL_WORD in low or "anteckningar" in low else ():
        if PREFIX.match(org[m.end():]):
            return org[:m.start()]
    return org


def protocol_body(word: str) -> str:
    """The meeting a compound minutes' word names ("ÅRSMÖTESPROTOKOLL" → "årsmöte"), else the word."""
    low = word.lower()
    if not low.endswith(_PROTOCOL_WORD):
        return word
    stem = low[:-len(_PROTOCOL_WORD)]
    for ending, meeting in PROTOCOL_STEMS:
        if stem.endswith(ending):
            return stem[:-len(ending)] + meeting
    return word


# A street's number at the start of a line, with the town after it: "4, Tallmo", "12 B, Norrvik".
WRAPPED_HOUSE_NUMBER = regexes.compile(r"^\d{1,4}(?:\s?[A-Za-z])?,\s+[A-ZÅÄÖ][\wåäö-]+$")


def _under_cell(nxt: Line, line: Line, cell: str) -> bool:
    """Whether ``nxt`` is one cell that starts under ``cell`` of ``line`` (within VALUE_COLUMN_SLACK characters)."""
    at = line.text.rfind(cell)
    return at >= 0 and "   " not in nxt.text.strip() and abs(nxt.indent - (line.indent + at)) <= VALUE_COLUMN_SLACK


# The rest of a venue's name a wrap put on the next line: a few words in lower case ("bygdegård", "vid Lillsjön").
_WRAPPED_VENUE_TAIL = regexes.compile(r"^[a-zåäö][\wåäö-]*(?:\s+[\wÅÄÖåäö-]+){0,%d}\.?$" % 2)


def _title_venue(lines: list[Line], put) -> None:
    head = _joined_titles(lines[:TITLE_LINES])
    for k, line in enumerate(head):
        m = TITLE_VENUE.search(line.text)
        if m:
            venue = m.group("venue").strip(" ")
            nxt = head[k + 1] if k + 1 < len(head) else None
            if nxt is not None and not nxt.blank_before and (
                    venue.endswith(",") and _venue_like(nxt.text) or WRAPPED_HOUSE_NUMBER.match(nxt.text.strip())):
                # "... kl 18.30 i föreningslokalen," / "Granvägen 4, Tallmo"; a typeset line wraps inside the
                # address too: "... i föreningslokalen, Granvägen" / "4, Tallmo"
                venue = f"{venue} {nxt.text.strip()}"
            elif nxt is not None and not nxt.blank_before and nxt.text[:1].islower() \
                    and _WRAPPED_VENUE_TAIL.match(nxt.text.strip()) and len(line.text.strip()) >= _wrapped_length(head, k):
                # a line wrapped at the margin inside the venue's name: "... kl. 10.00 i Älvnäs" / "bygdegård"
                venue = f"{venue} {nxt.text.strip()}"
            put("location", venue.strip(" ,").rstrip("."), line)
            return
        titled = PREFIX.match(line.text) or k == 0 and TITLE.match(_cut_date(line.text.strip())) \
            or _meeting_then_org(_cut_date(line.text.strip())) or MEETING_DATED.match(line.text.strip()) \
            or _opens_with_date(line.text.strip()) \
            or MEETING_NUMBER.match(line.text.strip())  # "Söndagen den 23 mars 2025 i Jaktstugan" under the title,
        # "Möte 3 onsdag 8 oktober 2025 kl 18–19.30 hos Gerd" under a working group's name
        if titled and dates.DIGIT.search(line.text):
            venue = _venue_after_when(line.text)
            if venue:  # "Protokoll fört vid styrelsemöte i X 2025-03-12 kl. 18.30, Klubbstugan"
                put("location", venue, line)
                return
            nxt = head[k + 1].text.strip() if k + 1 < len(head) else ""
            first = nxt.split(",")[0].split()
            if _cut_date(line.text.strip()) != line.text.strip() and _venue_like(nxt) and not nxt.endswith(".") \
                    and len(first) <= VENUE_NAME_WORDS and _building(" ".join(first)):
                # "Protokoll från årsmötet för Lommviks Vägsamfällighet 2025-06-28" / "Föreningshuset, Almnäs":
                # a building on the line under a title that ends in its date, without a label
                put("location", nxt.rstrip("."), head[k + 1])
                return


_DATE_LEAD = regexes.compile(r"^(?:den\s+)?")


def _opens_with_date(text: str) -> bool:
    """Whether a line opens with the meeting's date, a weekday before it or not ("Lördagen den 14 juni 2025 i
    ...", "2025-06-14 kl 10.00 i ...")."""
    weekday = WEEKDAY.match(text)
    at = weekday.end() if weekday else _DATE_LEAD.match(text).end()
    return bool(dates.DATE.match(text, at) or ISO_DATE.match(text, at))


# A state committee or inquiry named with its designation, the ministry's letters and the year's number:
# "Delegationen för digital samverkan (Fi 2026:01)", "Utredningen om tryggare skolvägar (U 2026:04)". Who met.
COMMITTEE = regexes.compile(r"^(?P<name>[A-ZÅÄÖ][\wåäö-]+(?:\s+[\wåäöÅÄÖ-]+){1,9}?)\s*"
                            r"\((?:[A-ZÅÄÖ][a-zåäö]{0,2}|[A-ZÅÄÖ]{1,3})\s+(?:19|20)\d{2}:\d{1,3}\)$")


def _held_at(lines: list[Line], put) -> None:
    for line in lines:
        m = HELD_AT.match(line.text.strip())
        if m and _venue_like(m.group("venue")):
            put("location", m.group("venue").strip(" ,"), line)
            return


def _venue_after_when(text: str) -> str | None:
    """The venue written after the date and time of a title sentence, with or without "på"."""
    ends = [m.end() for pattern in (dates.DATE, dates.TIME_SPAN, dates.CLOCK, dates.CLOCK_SPAN, ISO_DATE, ISO_THEN_TIME)
            for m in pattern.finditer(text)]  # ("kl 18–19.30": whole hours after "kl", CLOCK_SPAN)
    if not ends:
        return None
    m = _VENUE_TAIL.match(text[max(ends):])
    venue = m.group("venue").strip(" ,").rstrip(".") if m else ""
    return venue if venue and _venue_like(venue) else None


VENUE_NAME_WORDS = 3  # a building's name standing alone under a title ("Föreningshuset, Almnäs"), not a sentence
# The last word of a building's name: "Bäckeby Hembygdsgård", "Folkets hus", "Klubbstugan", "Ekbacka skola".
BUILDING_END = regexes.compile(r"(?:gård|gården|hus|huset|stuga|stugan|lokal|lokalen|sal|salen|hall|hallen|kyrka|kyrkan|"
                               r"kapell|kapellet|bibliotek|biblioteket)$", re.IGNORECASE)


def _building(name: str) -> bool:
    """Whether ``name`` is a building's (its last word ends so) and names no organisation ("Hembygdsföreningen
    Gården" does)."""
    words = name.strip(" ,.").split()
    return bool(words) and bool(BUILDING_END.search(words[-1])) and not _ORG_HINT.search(name)


def _venue_like(text: str) -> bool:
    text = text.strip()
    return bool(text) and ":" not in text and len(text) <= MAX_VENUE and not dates.first_date(text, 2000) \
        and not PLACE_TIME.match(text) and not _NOT_VENUE.match(text)


def _venue_after_date_line(lines: list[Line], put) -> None:
    """ "Tisdag den 3 juni 2025, kl. 13.00–15.30" / "Länsstyrelsen Västersjö, rum Dalen, Norrvik": the place
    on the line right after a line that holds only the date and time, without a label."""
    head = lines[:TITLE_LINES]
    for k, line in enumerate(head[:-1]):
        if not dates.first_date(line.text, 2000) or _when_leftover(line.text):
            continue
        nxt = head[k + 1]
        if not nxt.blank_before and nxt.text[:1].isupper() and _venue_like(nxt.text) and \
                not _COLUMN_GAP.search(nxt.text.strip()) and not nxt.text.rstrip().endswith(":"):
            put("location", nxt.text.strip().rstrip("."), nxt)
        return


def _venue_before_when(lines: list[Line], put) -> None:
    """ "Ridhuset Björkby, 2025-03-12 kl 19.00": a line of its own under the title, the place before the comma
    and nothing but the date and time after it."""
    head = lines[:TITLE_LINES]
    for k, line in enumerate(head):
        place, comma, when = line.text.strip().partition(",")
        if comma and place[:1].isupper() and dates.first_date(when, 2000) and not _when_leftover(when) \
                and _venue_like(place) and not dates.DIGIT.search(place):
            put("location", place.strip(), line)
            return
        below = head[k + 1].text.strip() if k + 1 < len(head) and not head[k + 1].blank_before else ""
        if not comma and below and dates.first_date(below, 2000) and not _when_leftover(below) \
                and _venue_like(place) and not dates.DIGIT.search(place) \
                and _building(" ".join(place.split(" i ")[0].split()[:VENUE_NAME_WORDS])):
            # "Bygdegården i Ekåsen" / "15 mars 2025 kl. 14.00": a building's line right over the date and time
            put("location", place.strip().rstrip("."), line)
            return


def _venue_among_whens(lines: list[Line], put) -> None:
    """ "Årsmöte 2026-03-08, klubbhuset på Udden, kl. 14.00": the meeting and its date, then comma-apart the place
    and the time; the one part that is neither a when nor the meeting is the place."""
    for line in lines[:TITLE_LINES]:
        text = line.text.strip()
        first, *parts = [p.strip() for p in text.rstrip(".").split(",")]
        # (the date in the meeting's part or after it: "Möte 4/2025, 2025-10-21 kl. 13.00–15.00, Digitalt (Teams)")
        if not parts or not dates.DIGIT.search(first) or not BODY_LINE.match(first) or \
                not (dates.CLOCK.search(text) or dates.TIME_SPAN.search(text)) or not dates.first_date(text, 2000):
            continue
        places = [p for p in parts if _when_leftover(p)]
        if len(places) == 1 and _venue_like(places[0]) and not dates.DIGIT.search(places[0]):
            put("location", places[0], line)
        return


def _when_leftover(text: str) -> str:
    """What a line holds besides its date, weekday and time ("" for a line that is only the when)."""
    rest = dates.TIME_SPAN.sub("", dates.DATE.sub("", ISO_DATE.sub("", text)))
    rest = dates.CLOCK.sub("", WEEKDAY.sub("", rest))
    return re.sub(r"\b(?:den|kl\.?|klockan|datum|tid)\b|[\s,.:–-]", "", rest, flags=re.IGNORECASE)


# A workplace meeting's notes name the unit that meets under a label of its own: "Enhet:", "Arbetsplats:".
UNIT_LABEL = regexes.compile(r"^(?:enhet|arbetsplats|arbetsenhet|verksamhet|förening|organisation)\s*:\s*(?P<org>[A-ZÅÄÖ].*)$",
                             re.IGNORECASE)
UNIT_LABEL_CHARS = 14  # the label's colon stands this near the line's start

# An organisation and, after " i ", the building or room it met in.
ORG_THEN_VENUE = regexes.compile(r"^(?P<org>.+?)\s+i\s+(?P<venue>(?:[A-ZÅÄÖ][\wåäö-]*,?|[a-zåäö]+s)\s+\S.*)$")
VENUE_WORD = regexes.compile(r"(?:gård|gården|hus|huset|sal|salen|lokal|lokalen|lokaler|kyrka|kyrkan|skola|skolan|"
                             r"stuga|stugan|hall|hallen|rum|rummet|kansli|kansliet|klubbhus|klubbhuset)$", re.IGNORECASE)

# "Strandby Marthaförening r.f.", "Föräldrakooperativet Solrosen ek. för.": the suffix of a Finland-Swedish
# registered association or an economic association ends the name in a full stop that closes no sentence.
REGISTERED_ASSOCIATION = regexes.compile(r"\b(?:r\.\s?f|ek\.\s?för?)\.$", re.IGNORECASE)


# Organisations whose name is one word and no municipality's, written in capitals at the head of their minutes
# ("RIKSDAGEN" over a committee's): a capitals line of one word is otherwise no organisation.
NAMED_ORGANISATIONS = frozenset({"riksdagen"})


CAPS_NAME_MAX_WORDS = 4  # "VATTENSMART ÅSBYGDEN": a project's or a network's name after its meeting's word


def _caps_name(text: str) -> bool:
    """Whether ``text``, after "PROTOKOLL FRÅN STYRGRUPPSMÖTE" in capitals, is the name of what met: a few words of
    letters only, no date, weekday or qualifier ("PROTOKOLL FRÅN STYRGRUPPSMÖTE SOLKRAFT NORR")."""
    words = text.split()
    return 1 <= len(words) <= CAPS_NAME_MAX_WORDS and all(w.isalpha() or "-" in w and w.replace("-", "").isalpha()
                                                         for w in words) \
        and not WEEKDAY.search(text) and not any(MONTH_WORD.match(w.lower()) for w in words) \
        and not _QUALIFIER_ONLY.fullmatch(text) and not PREFIX.match(text)


# A regional council's or a joint board's members listed across the top of the page, before its title ("Åby
# Björkvik   Ekeby   Dalsjö", "Åby kommun | Björkviks kommun | Ekeby kommun"): the cells of one line apart by
# column gaps or by bars and dots. Places written bare need this many cells to be a row of members (two bare
# words may be an organisation and its body); municipalities written as such ("X kommun") need two.
_MEMBER_CELLS = regexes.compile(r"\s{3,}|\s+[|•·]\s+")
_BARE_PLACE = regexes.compile(r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?")
MEMBER_ROW_BARE_PLACES = 3


def member_row(text: str) -> bool:
    """Whether a line lists the member municipalities of a council side by side: no organisation of its own."""
    cells = _MEMBER_CELLS.split(text.strip())
    if len(cells) < 2:
        return False
    if all(municipalities.with_suffix(c) or municipalities.canonical(c) or municipalities.is_region(c)
           or c.startswith("Region ") for c in cells):
        return True
    return len(cells) >= MEMBER_ROW_BARE_PLACES and all(
        _BARE_PLACE.fullmatch(c) and not _ORG_HINT.search(c) and not MEETING_BODY.search(c)
        and not cv.is_role(c) and not cv.deciding_body(c) for c in cells)


def _org_like(text: str) -> bool:
    if text.lower() in NAMED_ORGANISATIONS:
        return True
    ends = text.endswith((".", ":")) and not REGISTERED_ASSOCIATION.search(text)
    if _NOT_ORG.search(text) or PLACE_TIME.match(text) or len(text) > 80 or ends:
        return False
    if text.isupper() and not municipalities.canonical(text):
        return bool(_ORG_HINT.search(text)) and len(text.split()) > 1 and not PREFIX.match(text)
    return bool(_ORG_HINT.search(text)) or bool(municipalities.canonical(text)) or \
        bool(re.match(r"^[A-ZÅÄÖ][\wåäö&.-]*(?:\s+[\wÅÄÖåäö&.-]+){0,5}$", text)) and not dates.first_date(text, 2000)


# A municipality's or a region's own board named with the place in the genitive: "Lindhamns kommunstyrelse",
# "Lindhamns kommunfullmäktige", "Norrbottens regionstyrelse", "Lindhamns kommunstyrelses arbetsutskott". The board's
# word names what it belongs to, so the organisation is that municipality or region ("Lindhamns kommun", "Region
# Norrbotten") and the body the board, as the title forms that name both apart give them ("Kommunstyrelsen i
# Lindhamns kommun").
OWNED_BOARD = regexes.compile(r"^(?P<owner>(?-i:[A-ZÅÄÖ])[\wåäö-]*(?:\s+(?-i:[A-ZÅÄÖ])[\wåäö-]*)?)\s+"
                              r"(?P<body>(?P<kind>kommun|region)(?:styrelse|fullmäktige)(?:s\s+[\wåäö-]*utskott)?)$",
                              re.IGNORECASE)
_OWNER_NAMES = {"kommun": "{owner} kommun", "region": "Region {place}"}


def _owned_body(text: str) -> tuple[str, str] | None:
    """(organisation, body) of a municipality's or region's board named with its place (see OWNED_BOARD), else None."""
    m = OWNED_BOARD.match(text) if text[:1].isupper() else None
    if m is None:
        return None
    org = _OWNER_NAMES[m.group("kind").lower()].format(owner=m.group("owner"), place=_genitive(m.group("owner")))
    return org, m.group("body")


def _genitive(org: str) -> str:
    """ "Björkhamns Tennisklubbs" → "Björkhamns Tennisklubb"; "Exempelföreningens" → "Exempelföreningen"; a title in
    capitals the same ("FÖRENINGEN NORDLJUSETS" → "FÖRENINGEN NORDLJUSET"); an abbreviation's genitive after its
    colon ("Skogsbyns IF:s" → "Skogsbyns IF")."""
    folded = org.lower()
    if folded.endswith(":s"):
        return org[:-2]
    if folded.endswith(_GENITIVE_OF_PLACE):
        return org[:-1]
    return org[:-1] if folded.endswith("s") and not folded.endswith(_NOT_GENITIVE_S) else org


# Names that end in s without a genitive one ("Kammarkören Vårljus", "Borås", "Campus"); such a name's
# genitive is the name itself.
# So do place names on "-fors" (a rapids: "Lillfors", "Hofors"), whose genitive is the name itself.
_NOT_GENITIVE_S = ("ss", "us", "is", "os", "ås", "xs", "zs", "fors")
# ... but the Swedish place names on "-mo" (a heath: "Lindmo", "Tallmo") and "-bo" ("Hässlebo") take a plain
# genitive s, so "KFUM Lindmos styrelsemöte" is KFUM Lindmo's (the -os above is for foreign names: "Eros", "Logos").
_GENITIVE_OF_PLACE = ("mos", "bos")


def _compact_date(m: re.Match):
    """The date of a COMPACT_DATE_TITLE match, or None where its digits make none ("251340")."""
    import datetime as dt

    try:
        return dt.date(CENTURY + int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


# A title in parts parted by dashes, the organisation on one side and the meeting on the other ("Brf Eken – Protokoll
# styrelsemöte 2025-03-04", "Styrelsemöte – Lindmo IF", "Protokoll styrelsemöte – Lindmo IF – 2025-03-04"), or the
# date first ("Protokoll 2025-03-04 styrelsemöte i X"): read as the title sentence "<meeting> i <organisation> <date>".
DASHED_TITLE_LINES = 2  # only the document's first lines are titles
_MEETING_PART = regexes.compile(r"\b(?:protokoll|styrelseprotokoll|mötesprotokoll|[\wåäö]*möte[t]?|sammanträde[t]?|"
                                r"[\wåäö]*stämma|minnesanteckningar|anteckningar)\b", re.IGNORECASE)
_DATE_WORDS = regexes.compile(rf"\b(?:{dates.WEEKDAY}|den)\b", re.IGNORECASE)  # what a date part holds beside its date
# The title's document word alone: the other part names the body ("Minnesanteckningar – Nätverket för X i Y")
_DOCUMENT_WORD = regexes.compile(r"^(?:protokoll|mötesprotokoll|minnesanteckningar|mötesanteckningar|anteckningar)$",
                                 re.IGNORECASE)
_PROTOCOL_DATE_FIRST = regexes.compile(r"^(?P<word>(?:[Pp]rotokoll|PROTOKOLL))\s+(?P<date>\d{4}-\d{2}-\d{2})\s+"
                                       r"(?P<rest>[a-zåäöA-ZÅÄÖ].*)$")


def _dashed_title(text: str) -> str:
    m = _PROTOCOL_DATE_FIRST.match(text)
    if m:
        return f"{m.group('word')} {m.group('rest')} {m.group('date')}"
    if "–" not in text and "—" not in text and " - " not in text:
        return text
    parts = _TITLE_DASH.split(text)
    if not 2 <= len(parts) <= 3:
        return text
    when = [p for p in parts if dates.DIGIT.search(p) and not _MEETING_PART.search(p) and
            (_cut_date(p) != p or not _DATE_WORDS.sub("", dates.DATE.sub("", p)).strip(" ,."))]
    rest = [p for p in parts if p not in when]
    meeting = [p for p in rest if _MEETING_PART.search(p)]
    named = [p for p in rest if p not in meeting]
    if len(meeting) != 1 or len(named) != 1 or not named[0][:1].isupper() or _DOCUMENT_WORD.match(meeting[0]):
        return text  # "Minnesanteckningar – Nätverket för X i Y": the other part names the body, read as it is
    dated = _cut_date(meeting[0])
    core = _TRAILING_YEAR.sub("", dated)  # "Årsmöte 2025": the year is no part of the meeting (nor of the name)
    if core[:1].islower():  # "Lindmo IF – styrelsemöte": the meeting as written, after the title's own first word
        core = core[:1].upper() + core[1:] if PREFIX.match(core) else "Protokoll från " + core
    return " ".join([core, "i", named[0] + meeting[0][len(dated):]] + when)


def _cut_date(text: str) -> str:
    """The title without a trailing date or time: "årsmöte, torsdag den 20 mars 2025 klockan 19.00"."""
    if not dates.DIGIT.search(text):
        return text  # the pattern below ends in a digit
    # The cut falls where a date starts, not at a number in a name ("Bostadsrättsföreningen Måsen 7, tisdagen den 27
    # maj 2025").
    for m in _BEFORE_DATE.finditer(text):
        found = dates.find_dates(text[m.end() - 1:], 2000)
        if found and found[0][1].start() == 0:
            return text[:m.start()].strip(" ,")
    return text


_BEFORE_DATE = regexes.compile(r"[,\s]+(?:(?:den|kl\.?|klockan)\s+)?(?:" + WEEKDAY.pattern + r")?(?:den\s+)?\d", re.IGNORECASE)


def _clock(text: str, line: Line, put) -> None:
    span = dates.time_span(text)
    if span:
        put("start_time", span[0], line)
        put("end_time", span[1], line)
        return
    put("start_time", dates.clock(text), line)


# The words and stops a date and time taken out of "Måndagen den 2 juni 2025 kl. 08.30–12.15, Kommunhuset" leave
# before the venue.
_WHEN_LEFTOVER = regexes.compile(r"^[\s,.]*(?:(?:den|kl\.?|klockan)(?![\wåäö])[\s,.]*)*", re.IGNORECASE)


def _value_column(line: Line, rest: str) -> int | None:
    """The column a label's value starts at on a layout row ("Plats          Stadshuset": the "S"), else None
    (a value after a colon or a single space, which a table cell does not set apart)."""
    at = line.text.find(rest.strip()) if rest.strip() else -1
    return line.indent + at if at > 0 and _LAYOUT_VALUE.match(line.text[:at + 1][-4:]) else None


def _value_wraps(lines: list[Line]) -> frozenset[int]:
    """The ids of the lines that go on a place-and-time label's value in its column: no title or organisation."""
    wraps = set()
    for line, nxt in zip(lines, lines[1:]):
        m = PLACE_TIME.match(line.text) if not nxt.blank_before else None
        if m and _wraps_in_value_column(nxt, _value_column(line, line.text[m.end():])):
            wraps.add(id(nxt))
    return frozenset(wraps)


def _wraps_in_value_column(nxt: Line, value_col: int | None) -> bool:
    """A narrow value cell goes on under its value in any case ("Plats   Stadshuset, sammanträdesrum" / "Älven"):
    a line starting at the value column that is one cell (no gap, no label) and no date."""
    text = nxt.text.strip()
    return value_col is not None and abs(nxt.indent - value_col) <= VALUE_COLUMN_SLACK and ":" not in text \
        and not _COLUMN_GAP.search(text) and not dates.first_date(text, 2000)


def _wrapped_length(lines: list[Line], i: int) -> float:
    """The length from which line ``i`` of the header may have wrapped at its margin: WRAPPED_LINE, or less where
    the header's other lines are shorter (see HEADER_WRAP_QUANTILE), never under HEADER_WRAP_MIN."""
    others = sorted(len(line.text.strip()) for k, line in enumerate(lines) if k != i)
    if not others:
        return WRAPPED_LINE
    margin = others[min(len(others) - 1, int(len(others) * HEADER_WRAP_QUANTILE))]
    return max(HEADER_WRAP_MIN, min(WRAPPED_LINE, HEADER_WRAP_SHARE * margin))


def _place_time(h: Header, lines: list[Line], i: int, label: str, rest: str, put) -> None:
    line = lines[i]
    # A venue may wrap onto the next line ("... Bredgatan 11,\nHelsingborg.").
    first = i + 1  # the first line the value may wrap onto: after the one a comma took in already
    if rest.rstrip().endswith(",") and i + 1 < len(lines) and not PLACE_TIME.match(lines[i + 1].text):
        rest = rest.rstrip() + " " + lines[i + 1].text
        first += 1
    value_col = _value_column(line, rest)
    for nxt in lines[first:i + 1 + VALUE_WRAPS]:  # a layout's value column wraps under the value: "... den 18" / "september"
        if nxt.blank_before or PLACE_TIME.match(nxt.text):
            break
        if not nxt.text[:1].islower():
            if not _wraps_in_value_column(nxt, value_col):
                break
            rest = f"{rest.rstrip()} {nxt.text.strip()}"
            continue
        # Plain text wraps a long value at the margin ("... i Medborgarhuset, Stora" / "salen, Ekeberga"): a line
        # in lower case that no stop ended before it and that holds no label of its own.
        if nxt.indent <= line.indent and (rest.rstrip().endswith(".") or ":" in nxt.text or
                                          len(line.text.strip()) < _wrapped_length(lines, i)
                                          or _COLUMN_GAP.search(line.text.strip())):
            break
        rest = f"{rest.rstrip()} {nxt.text.strip()}"
    rest = rest.strip()
    _clock(rest, line, put)
    bare = _BARE_TIME.search(rest) if label in _TIME_LABELS and not dates.CLOCK.search(rest) else None
    if bare and not dates.TIME_SPAN.search(rest):  # "Tid: 18:30": a time without "kl."
        put("start_time", dates.hhmm(bare.group(1), bare.group(2)), line)
    found = dates.meeting_day(rest)
    put("date", found, line)
    if label in ("tid", "datum", "datum och tid", "dag och tid", "sammanträdesdatum", "mötesdatum", "när", "klockan"):
        return
    m = VENUE_AFTER.search(rest)
    before = rest[: m.start()] if m else ""
    if m and (dates.first_date(before, 2000) or dates.TIME_SPAN.search(before) or dates.CLOCK.search(before)):
        venue = m.group("venue")
    else:
        # "Plats: Stadshuset, Bjuv", "Plats och tid Sessionssalen, kommunhuset i Lövsala, kl. 09.00–12.10":
        # the whole value is the venue, less any date and time.
        # A venue written before the date and time ends where they begin: "Stadshuset, sal Forsen, torsdagen den
        # 20 mars 2025 kl. 13.00–16.20, ajournering 14.35–14.50" (what follows the time is no part of it).
        whens = [m.start() for p in (WEEKDAY, dates.DATE, ISO_DATE, dates.CLOCK, dates.TIME_SPAN, _DEN_DAY)
                 for m in [p.search(rest)] if m]
        first_when = min(whens) if whens else 0
        if first_when and rest[:first_when].strip(" ,"):
            rest = rest[:first_when]
        venue = dates.TIME_SPAN.sub("", dates.DATE.sub("", rest))
        venue = dates.CLOCK.sub("", WEEKDAY.sub("", venue))
        venue = _WHEN_LEFTOVER.sub("", venue)  # "den  kl. , Stadshuset": what the date and time left before the venue
        venue = re.sub(r"(?:,\s*)?\b(?:den|kl\.?|klockan)\s*$", "", venue.strip(" ,"), flags=re.IGNORECASE)
    venue = venue.strip().rstrip(".").strip(" ,")
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if not venue and nxt is not None and nxt.indent > line.indent and not PLACE_TIME.match(nxt.text) \
            and not dates.first_date(nxt.text, 2000) and nxt.text[:1].isupper():
        venue = nxt.text.strip().rstrip(".")  # the layout's value column goes on under the date and time
    # "Mindpark, Bredgatan 11, Helsingborg. Mötesrum Studion" — a wrapped line may carry the room.
    head, dot, tail = venue.partition(". ")
    if dot and ROOM.match(tail):
        venue = head
        put("room", tail.strip().rstrip("."), line)
    if venue:
        put("location", venue, line)
