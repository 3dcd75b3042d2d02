"""NL301 name-consistency: one name spelled two ways in an article ("Roddick" ... "Rodick").

The rule runs its passes in order, each print reported once; the passes live in `rules/nl301/`,
one module per kind of evidence (one word spelled two ways, a word of a multi-word name, a bare
name referring back, acronyms, a name's other forms)."""

from __future__ import annotations

from collections.abc import Iterable

from ..core.diagnostics import Diagnostic
from ..core.document import Document
from ..core.rule import RuleSpec
from ..settings_model import setting
from .nl301.acronyms import (
    AcronymPasses,
    _defined_acronym,
)
from .nl301.forms import FormPasses
from .nl301.refer import ReferPasses
from .nl301.runs import RunPasses
from .nl301.words import WordPasses
from .support.spelling import SpellingOptions, english_only


class NameConsistencyOptions(SpellingOptions):
    # Agencies print a name with and without its accents in one story as often as not; that is
    # a style's call, not a slip, so only a desk whose style wants one form turns this on.
    accents: bool = setting(
        False, description="Report a name printed with and without its accents (José, Jose) in one story."
    )


class NameConsistency(WordPasses, RunPasses, ReferPasses, AcronymPasses, FormPasses):
    spec = RuleSpec(
        code="NL301",
        name="name-consistency",
        category="typo",
        summary="A name spelled one way most of the time and another way once, such as "
        "\"Roddick\" and \"Rodick\".",
        rationale=(
            "Most names in a story are in no gazetteer, but the story itself is evidence: a "
            "name printed three times one way and once, one letter off, another way is almost "
            "always a slip. A word in capitals inside a sentence of small letters ('the INDEC recorded') is "
            "an acronym, no print of a name's word ('Index'); in a headline in capitals, or opening a "
            "paragraph as a dateline's city, a comma or a dash after it ('LONVIEW, Calif.'), it is compared "
            "('PDTRA President ...' opens with an acronym). "
            "The rarer spelling is reported against the dominant one when it is "
            "not a word or known name in its own right (\"Regan\" beside \"Reagan\" is a real "
            "name; its first letter changed, a print no list knows counts beside a name printed three "
            "times or more, \"Xolcker\" beside \"Volcker\", where two names differing at their start "
            "are two people, \"Chuong\" beside \"Phuong\"), nor a very common English word written "
            "as another language writes it "
            "(\"Nasional\" beside \"National\": NL106 weighs a slip of such a word), nor an "
            "acronym in brackets after the name it stands for (\"(PDTRA)\" beside "
            "\"Petra\"), unless the name's initials spell two of its letters the other way round and "
            "the article prints that spelling elsewhere (\"International Cooperation (MAFIC)\" beside "
            "\"MFAIC\"). The fix is a suggestion, applied automatically only when the evidence is "
            "overwhelming: four or more uses against one, a spelling no word list knows, and the "
            "same first letter, and no listed form of the name, its plural say, one slip away too "
            "(\"Thasi\" beside \"Thai\" may be \"Thais\": shown). A letter put before a name "
            "abbreviates it or coins another "
            "(\"NKorea\", \"Vnews\") and is not reported, unless a print no list knows puts a key before "
            "a name of five letters or more printed twice or more elsewhere, the name's capital then "
            "lost (\"Xappleton\" beside \"Appleton\"). A name printed with and without its "
            "accents (\"José\", \"Jose\") is shown where the rarer form stands, with the `accents` "
            "option, for a desk whose style wants one form (agencies print both as often as not); "
            "not in a story that prints Vietnamese, whose marks tell names apart. "
            "A person's name the names lists hold, printed once, beside a print no list knows printed "
            "twice at most is that name, and the other print its slip, shown (\"Hui Liangvu\" twice "
            "beside \"Hui Liangyu\"; not two words side by side, \"Jumardi Jukardi\"). "
            "A spelling used nowhere, printed once beside a known name printed once, is shown "
            "too (\"Lochart\" beside \"Lockhart\", \"McGown\" beside \"McGowan\"), unless they "
            "differ at the first letter other than by losing it or by its first two letters "
            "swapped (\"Merika\", \"Erika\": two people; \"Etxaco\" beside \"Texaco\" is a slip). "
            "A known name there may be an English word that English spells only with a capital "
            "(\"Rusesdki\" beside \"Rusedski\") or seldom prints at all (\"Silkworrm\" beside "
            "\"Silkworm\"), or a common one the article prints once, with a capital (a name's word), "
            "when the print is a typing slip of it, a consonant struck or lost or two letters swapped "
            "(\"ELECRONICS\" beside \"Electronics\"); another language's form of a word changes or adds "
            "a vowel (\"Graan\", \"Bankiers\" beside \"Grain\", \"Bankers\": shown by no rule). "
            "Two unknown prints each printed once (or each twice or three times, when two inner "
            "letters are swapped), a letter longer or with two inner letters swapped (\"Westfair\", \"Westfiar\"; "
            "long ones a letter longer with two slips inside, their last three letters alike, \"Illarionov\", "
            "\"Iliaronov\", not two names of one stem, \"Sadanoumi\", \"Sadanofuji\"), "
            "are both shown, and so are two long prints a last letter apart that stand beside the same word "
            "(\"Veera Lakhonwanid\", \"Veera Lakhonwanit\"), unless each stands beside its own first "
            "name or surname (\"S Horgan\", "
            "\"M Horan\": two people); two given names the lists hold, each before a surname of its own, "
            "are two people wherever they stand (\"to replace Digna Calle\" beside \"President Dina "
            "Boluarte\"). A lost final \"s\" counts only where one person or firm "
            "fits (\"Mr Nattras\", or \"Cyclop's\" in a story that prints \"Cyclops said\" and "
            "never \"the Cyclops\"), not a family's plural. In a person's slot, a print one letter "
            "off a common surname or given name is another person (\"David Walliams\" beside "
            "\"Williams\"; after a given name of its own, where the common name stands after another and "
            "never after the same, whatever the slot: \"David Walliams\" beside \"Robbie Williams\"), "
            "unless two inner letters are swapped, as typing does (\"Sir Henry "
            "Greald Elliot\" beside \"Gerald\"), or the print is known to no list, name list or frequency "
            "table and keeps the name's first letter (\"Tony Bdair\" beside \"Blair\"). A print that "
            "differs only in its ending, or a "
            "short one (four letters), counts when it is used nowhere and stands beside the same "
            "word as the dominant print (\"Nawas Sharif\" under \"Nawaz Sharif\" twice, \"Sief "
            "Palace\" under \"Seif Palace\"): the same name, whatever its ending. Another form of "
            "the word is no slip (\"Spokesmen\" beside \"Spokesman\", \"Gardaí\" beside \"Garda\"). A print with "
            "another script's letter in it (\"Karagцz\") is mojibake, NL407's, and pairs with no "
            "other print. A man's and a woman's form of a Slavic or Central Asian surname "
            "(\"Mirziyoyev\", \"Mirziyoyeva\"; \"Ivanov\", \"Ivanova\") are two people, not a slip, "
            "unless one first name stands before both (\"Anastasia Myskin\" beside \"Anastasia Myskina\"). "
            "A word of five letters or more in small letters that no list knows and that is a name the "
            "article prints capitalised but for its first letter, lost (\"inubu\" beside \"Tinubu\") or "
            "its capital I read as an l (\"lliyasu\" beside \"Iliyasu\"), is that name: an unsafe fix. "
            "A hyphenated name printed once with one part one edit off, beside the same name printed "
            "twice or more (\"Kasym-Jomart\" beside \"Kassym-Jomart\"), is shown, when a part of four "
            "letters or more is shared (\"Al-Ahmed\" and \"Al-Ahmad\" may be two people) and the part "
            "is no other form of the word (\"Pro-Russian\"). A gazetteer's name is compared like any other, "
            "shown only (NL101 fixes such names with what the lists know of them). A print no list, name "
            "list or frequency table knows, printed once, one slip from a name printed once that the "
            "lists hold or that real text prints often and is no English word, is that name's slip, "
            "shown (\"Minneosta\" beside \"Minnesota\"): the article and the lists agree; not a letter "
            "put after the name (\"Xicor\" beside \"Xico\": a name coined from it), an acronym of five "
            "capitals or fewer (\"OAPEC\" beside \"Opec\"), or a print in capitals with a letter changed "
            "(\"SANGSAD\" beside \"Sangbad\": another name). A multi-word name printed once with one "
            "word one edit off the same name printed elsewhere (\"ASTV Manger Online\", \"Mekong Della\" "
            "beside \"Mekong Delta\") is shown when the rest of the name has a word that is not common, "
            "and not when each print has a name of its own after it (\"Sheikh Mohamed bin Zayed\", \"Sheikh "
            "Mohammed bin Rashid\": two people), nor when each print and the word have a name's word of their "
            "own right before them, or after them, never the same (\"Al Arabiya\" beside \"Sky News Arabia\" "
            "and \"Saudi Arabia\": two names; a title or a firm's legal form is no name's word); "
            "where two more words are the same, a word of four letters counts too, and so does a print "
            "made more than once when the other is made more often (\"Lee Hsien Long\" twice beside "
            "\"Lee Hsien Loong\" three times). Two names of people that differ only inside (\"Mr Mathew "
            "Wale\" beside \"Matthew Wale\") are one name spelled two ways, unless the story keeps to each "
            "spelling twice or more; names that differ at an end are two people (\"Paul\", \"Paula\"; not a "
            "last letter struck twice in a print no list knows, \"Straitss\" beside \"Straits\"), "
            "two English words in small letters two words (\"Aluminum\", \"Aluminium\"), and names that "
            "differ only in their accents are the `accents` option's. A story names a person in full before it "
            "names them bare, so a bare name printed once (\"Jervis said\", \"Mr Khamptaeng\"), one slip from "
            "the name of a person introduced in full above it (\"Paul Jarvis\", \"Alchin Shirinzade\") that "
            "the story prints as often (more often, for a bare name a list knows), refers back to that "
            "person, misspelled: shown, when the bare "
            "name is known to no list or is a rare listed name, the two keep their first letter and "
            "differ inside or by a letter added at the end (or, from the surname of the person introduced, "
            "by their last letter: \"Rosso, who headed ...\" after \"Marco Rossi\"; not a woman's form of it), "
            "and the print is no part of a longer name "
            "(\"Hai Ba Trung\", \"M Horan\") or of a list of names (a team sheet)."
        ),
        example="Roddick won. Roddick served. Rodick lost the third set. Roddick smiled.",
        example_fixed=None,
        fix_safety="varies",
    )
    Options = NameConsistencyOptions

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        return english_only(doc, (d for d in self._check(doc) if not _defined_acronym(doc.text, d)))

    def _check(self, doc: Document) -> Iterable[Diagnostic]:
        found = list(self._word_variants(doc))
        yield from found
        reported = {d.start for d in found}
        # A word the article spells another way once is reported once, by the pass above.
        others = [
            *(d for d in self._name_variants(doc) if d.start not in reported),
            *self._acronym_swaps(doc),
            *self._lost_capitals(doc),
            *(d for d in self._hyphenated_variants(doc) if d.start not in reported),
        ]
        yield from others
        reported.update(d.start for d in others)
        # A bare name is reported once too: by the passes above when they pair it with a print.
        yield from (d for d in self._back_references(doc) if d.start not in reported)
        options: NameConsistencyOptions = self.options  # type: ignore[assignment]
        if options.accents:
            yield from self._accent_variants(doc)
