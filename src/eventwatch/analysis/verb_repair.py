"""Repair a parser mistake that costs whole events: a past-tense verb read as an adjective.

The small English parser sometimes takes the main verb of a clause for a modifier of its object:
"Kyiv and Chisinau held consultations", "the North fired artillery shells", "Iraqi artillery fired
shells at Iranian troops, Tehran said" come out with `held` and `fired` as `amod` of the noun after
them, so the clause has no verb, no subject and no object. The tagger still calls the word a past tense
(VBD), which an adjective never is. Where the word also follows a noun phrase that can be its subject,
the tree is rebuilt around it: the noun phrase before it becomes its subject, the noun after it its
object, and it takes the place the object held. Past tenses that really modify a noun ("freed 14
abducted schoolchildren", "bombed suspected positions", "troops and allied fighters", "refused US
forces continued use") follow a number, a verb, a conjunction, or are themselves inside an object, and
are left alone.

The same mistake with a past participle (VBN) is repaired only where it leaves the sentence with no
verb at all, the participle hung on the object of a preposition: "Supporters of the opposition hurled
stones at police" (see `_verbless_heads`), also where only a speech verb follows ("…, witnesses
said"); and a past tense hung on its own subject when a speech verb follows ("Residents of the camp
hurled rocks at soldiers, police said", see `_acl_heads`).
"""

from __future__ import annotations

from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Token

VERB_REPAIR_COMPONENT = "eventwatch_verb_repair"

# Words before a past tense that make it a modifier: "14 abducted", "bombed suspected", "and allied".
_MODIFIER_BEFORE = {"NUM", "VERB", "AUX", "CCONJ", "DET", "ADP", "ADJ", "ADV", "PART", "SCONJ"}
_SUBJECT_POS = {"NOUN", "PROPN", "PRON"}
# Prepositions that open a clause when a verb follows: "after the North fired shells".
_CLAUSE_PREPOSITIONS = {"after", "before", "as", "since", "until", "while", "when"}
_LEFT_MODIFIERS = {"amod", "compound", "det", "poss", "nummod", "nmod"}
_SPEECH_LEMMAS = {"say", "tell", "report", "add", "announce", "claim", "state", "confirm"}


def _subject_before(verb: Token) -> Token | None:
    """The head of the noun phrase that ends just before `verb`, past commas and a time or place
    phrase ("Chirac on Thursday lobbied"), or None."""
    doc, start = verb.doc, verb.sent.start
    if verb.i == start or doc[verb.i - 1].pos_ in _MODIFIER_BEFORE:
        return None
    i = verb.i - 1
    for _ in range(3):
        while i >= start and doc[i].is_punct:
            i -= 1
        if i < start or doc[i].pos_ not in _SUBJECT_POS:
            return None
        tok = doc[i]
        while tok.head.i < verb.i and tok.head.i != tok.i and tok.head.pos_ != "ADP":
            tok = tok.head
        if tok.head.pos_ != "ADP" or tok.head.i >= verb.i:
            return tok
        i = tok.head.left_edge.i - 1  # skip "on Thursday"
    return None


def _new_heads(verb: Token) -> dict[int, tuple[int, str]] | None:
    """{token index: (new head index, new dep)} that make `verb` its clause's head, or None."""
    if verb.tag_ != "VBD" or verb.dep_ not in {"amod", "compound"} or verb.head.i <= verb.i:
        return None
    if verb.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    subject = _subject_before(verb)
    if subject is None:
        return None
    obj = verb.head
    while obj.dep_ == "compound" and obj.head.i > obj.i:
        obj = obj.head  # "hanged writer Ken Saro-Wiwa": the object is the name
    head = obj.head
    moves = {obj.i: (verb.i, "dobj"), subject.i: (verb.i, "nsubj")}
    i = subject.i - 1
    while i >= verb.sent.start and verb.doc[i].dep_ in _LEFT_MODIFIERS and verb.doc[i].head.i >= verb.i:
        moves[i] = (subject.i, verb.doc[i].dep_)  # "Iraqi artillery": "Iraqi" was put on the object
        i -= 1
    if obj.dep_ == "ROOT":
        moves[verb.i] = (verb.i, "ROOT")
    elif obj.dep_ == "ccomp":
        moves[verb.i] = (head.i, "ccomp")  # "… fired shells near the border, officials said"
    elif obj.dep_ == "pobj" and head.lower_ in _CLAUSE_PREPOSITIONS:
        moves[verb.i] = (head.i, "pcomp")
    elif obj.dep_ in {"nsubj", "nsubjpass", "dep"} and head.i > verb.i:
        others = [c for c in head.children if c.dep_ == "nsubj" and c.i != obj.i]
        if head.lemma_.lower() in _SPEECH_LEMMAS and others:
            moves[verb.i] = (head.i, "ccomp")  # "… fired shells at Iranian troops, Tehran said"
        else:
            # "lobbied European Union partners to back Romania's bid": the verb takes the place of
            # the clause the parser built on its object
            top = head.i if head.dep_ != "ROOT" else verb.i
            moves[verb.i] = (head.head.i if head.dep_ != "ROOT" else top, head.dep_)
            moves[head.i] = (verb.i, "xcomp")
    else:
        return None
    return moves


def _is_tree(heads: list[int], start: int, end: int) -> bool:
    """Every token of [start, end) reaches one root inside the span without a cycle."""
    roots = 0
    for i in range(start, end):
        seen = 0
        j = i
        while heads[j] != j:
            j = heads[j]
            seen += 1
            if seen > end - start or not start <= j < end:
                return False
        roots += i == j
    return roots == 1


def _verbless_heads(verb: Token) -> dict[int, tuple[int, str]] | None:
    """{token index: (new head, new dep)} for a sentence the parser left with no verb at all, its past
    participle read as an adjective inside a prepositional phrase: "Supporters of the opposition hurled
    stones at police", "Attackers on a motorbike sprayed acid on four schoolgirls" (tagged VBN, hung on
    "stones" and "acid" as the objects of "of" and "on"). The participle becomes the root, the root noun
    its subject, its noun its object; the preposition takes the noun phrase just before the participle
    back as its object, and what followed the participle on the old root hangs on the participle."""
    sent, doc = verb.sent, verb.doc
    root = speech = sent.root
    if root.lemma_.lower() in _SPEECH_LEMMAS and root.i > verb.i:
        # "…hurled stones at police, witnesses said": the reporter and the clause's own subject both
        # hang on "said" as subjects; the clause is rebuilt under it
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        root = subjects[0] if len(subjects) == 2 and subjects[0].i < verb.i < subjects[1].i else root
    if verb.tag_ != "VBN" or verb.dep_ != "amod" or root.pos_ not in {"NOUN", "PROPN"} or root.i > verb.i:
        return None
    if any(
        t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "acl", "relcl", "compound"} and t.i != speech.i
        for t in sent
    ):
        return None  # a clause with a verb of its own: leave it
    obj = verb.head
    prep = obj.head
    before = doc[verb.i - 1]
    if (
        obj.i <= verb.i
        or obj.dep_ != "pobj"
        or prep.pos_ != "ADP"
        or prep.i > verb.i
        or before.pos_ not in {"NOUN", "PROPN"}
        or not verb.whitespace_
        or not before.whitespace_
    ):
        return None
    moves = {
        verb.i: (verb.i, "ROOT") if root.i == speech.i else (speech.i, "ccomp"),
        root.i: (verb.i, "nsubj"),
        obj.i: (verb.i, "dobj"),
        before.i: (prep.i, "pobj"),
    }
    for t in doc[prep.i + 1 : before.i]:
        if t.head.i in {obj.i, verb.i} or t.head.i > before.i:
            moves[t.i] = (before.i, t.dep_ if t.dep_ != "npadvmod" else "compound")  # "a motorbike"
    for child in root.children:
        if child.i > verb.i and child.dep_ in {"prep", "npadvmod", "punct", "advmod"}:
            moves[child.i] = (verb.i, child.dep_)  # "on Monday", "at police", the full stop
    return moves


def _acl_heads(verb: Token) -> dict[int, tuple[int, str]] | None:
    """{token index: (new head, new dep)} for a reported clause whose past tense the parser hung on its
    subject as a modifier, giving the speech verb two subjects: "Residents of the camp hurled rocks at
    soldiers, police said" ("hurled" VBD acl of "Residents", both "Residents" and "police" subjects of
    "said"). A past tense (VBD, never a participle) is not a noun's modifier; it becomes the clause
    under the speech verb, with the noun as its subject."""
    subject, speech = verb.head, verb.head.head
    if verb.tag_ != "VBD" or verb.dep_ != "acl" or subject.dep_ != "nsubj" or subject.i > verb.i:
        return None
    if speech.lemma_.lower() not in _SPEECH_LEMMAS or speech.i < verb.i:
        return None
    others = [c for c in speech.children if c.dep_ == "nsubj" and c.i > verb.i]
    if not others:
        return None
    return {verb.i: (speech.i, "ccomp"), subject.i: (verb.i, "nsubj")}


@Language.component(VERB_REPAIR_COMPONENT)
def repair_verbs(doc: Doc) -> Doc:
    """Rebuild clauses whose past-tense verb the parser read as an adjective (see the module doc)."""
    if not doc.has_annotation("DEP"):
        return doc
    changes: list[dict[int, tuple[int, str]]] = []
    for sent in doc.sents:
        for tok in sent:
            moves = _new_heads(tok) or _verbless_heads(tok) or _acl_heads(tok)
            if moves is None:
                continue
            heads = [t.head.i for t in doc]
            for i, (head, _) in moves.items():
                heads[i] = head
            if _is_tree(heads, sent.start, sent.end):
                changes.append(moves)
            break  # one repair per sentence: later words' heads are those of the old tree
    if not changes:
        return doc
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    for moves in changes:
        for i, (head, dep) in moves.items():
            heads[i], deps[i] = head, dep
    # Heads relative to the token, as Doc.to_array gives them (a negative offset wraps around in uint64).
    array = doc.to_array([HEAD, DEP])
    for i, (head, dep) in enumerate(zip(heads, deps, strict=True)):
        array[i, 0] = (head - i) % 2**64
        array[i, 1] = doc.vocab.strings.add(dep)
    doc.from_array([HEAD, DEP], array)  # type: ignore[arg-type]  # (stubs type to_array as floats)
    return doc
