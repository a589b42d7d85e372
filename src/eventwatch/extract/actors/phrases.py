"""What the parse says of a noun phrase: its tokens, names, sponsors, back-references."""

from __future__ import annotations

from spacy.tokens import Token

from eventwatch.extract.actors.lexicon import ActorLexicon
from eventwatch.extract.actors.vocabulary import (
    BACK_REFERENCE_NOUNS,
    BACKED_WORDS,
    DETERMINERS,
    MODIFIED_STATE_NOUNS,
    PAIR_NOUNS,
    STATE_NOUNS,
    VERBS_OR_AUX,
)
from eventwatch.extract.syntax import governing_verb, is_led, misread_pair
from eventwatch.model import Actor, Mention


def np_tokens(head: Token) -> list[Token]:
    """The head's own noun phrase: modifiers and 'of'-phrases, not relative clauses or other PPs."""
    keep: list[Token] = []

    def walk(tok: Token, inside_of: bool, inside_for: bool = False) -> None:
        keep.append(tok)
        for child in tok.children:
            capitalised = tok.text[:1].isupper() and child.text[:1].isupper() and not child.is_sent_start
            if capitalised and child.dep_ in {"prep", "acl"} and child.i > tok.i:
                # "Reporters Without Borders", "Committee to Protect Journalists": words of the name
                walk(child, True, inside_for)
                continue
            if child.dep_ in {"relcl", "acl", "advcl", "appos"}:
                continue
            if child.pos_ in {"VERB", "AUX"} and child.tag_ not in {"VBN", "VBG"} and child.dep_ != "amod":
                continue  # a finite verb the parser hung on a noun ("hanged writer Ken Saro-Wiwa"): no name
            if child.dep_ in {"punct", "cc", "conj"} and not inside_of and child.tag_ != "HYPH":
                continue  # a hyphen stays: "Asia-Pacific" is split into three tokens
            # "Organization for Security and Cooperation in Europe": a name's own "for" (and an "in"
            # inside it), between capitalised words
            named = (
                tok.pos_ == "PROPN"
                and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in child.children)
                and (child.lower_ == "for" or (inside_for and child.lower_ == "in"))
            )
            if child.dep_ == "prep" and child.lower_ not in {"of", "under"} and not named:
                continue
            if child.lower_ == "of" and any(g.dep_ == "pcomp" for g in child.children):
                continue  # "accused the troops of killing civilians": what they did, not who they are
            walk(child, inside_of or child.lower_ in {"of", "for"}, inside_for or child.lower_ == "for")

    first = misread_pair(head)
    if first is not None:
        # Only the second person's own words: from after the conjunction to the head.
        cc = next(g for g in first.children if g.dep_ == "cc")
        keep.extend(t for t in head.doc[cc.i + 1 : head.i + 1])
        walk_right = [c for c in head.children if c.i > head.i]
        for child in walk_right:
            if child.dep_ not in {"relcl", "acl", "advcl", "appos", "punct", "cc", "conj"}:
                walk(child, False)
    else:
        walk(head, False)
    # A paragraph's leading newline is a token the parser hangs on the first word: not part of a name.
    out = sorted((t for t in keep if not t.is_space), key=lambda t: t.i)
    # (an 'of'-phrase keeps its punctuation, but not the comma that opens an apposition after it:
    # "deputy governor of the Tyumen region, Oleg Chemezov")
    while len(out) > 1 and out[-1].text in {",", ";", ":", "—", "--"}:
        out.pop()
    return out


def previous_subject(pronoun: Token) -> Token | None:
    """For 'They' opening a sentence as its subject, or 'their'/'them' with no plural noun before it in
    its sentence, the plural subject of the sentence before ('Burundian rebels attacked the camp. They
    killed 150 refugees.', 'Nurses went on strike. The minister accepted their demands.'); for 'It' so
    placed, the sentence before's named singular subject ('Somalia … It expelled'); if any."""
    sent = pronoun.sent
    if sent.start == 0:
        return None
    opening = pronoun.dep_ == "nsubj" and pronoun.i - sent.start <= 1
    taken = taken_it(pronoun)  # "Lithuania banned … Moscow accused it of …"
    if pronoun.lower_ in {"they", "it"} and not opening and not taken:
        return None
    # (an object "them" is not its own clause's subject: "ECOWAS leaders asked them to …")
    verb = governing_verb(pronoun, VERBS_OR_AUX) or pronoun.sent.root
    own_subject = {
        t.i
        for c in verb.children
        if pronoun.dep_ in {"dobj", "dative"} and c.dep_ in {"nsubj", "nsubjpass"}
        for t in c.subtree
    }
    if pronoun.lower_ in {"their", "them"} and any(
        t.tag_ in {"NNS", "NNPS"} and t.i not in own_subject for t in sent[: pronoun.i - sent.start]
    ):
        return None
    previous = pronoun.doc[sent.start - 1].sent
    subject = next((c for c in previous.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    # ("It expelled the ambassador" after "Somalia accused Ethiopia …": a named state or body)
    number = {"NNP"} if pronoun.lower_ == "it" else {"NNS", "NNPS"}
    if subject is None or subject.tag_ not in number:
        return None
    own = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if taken and own is not None and own.text == subject.text:
        return None  # ("Kenya sent troops. Kenya asked …": the clause's own subject is no "it")
    return subject


def taken_it(pronoun: Token) -> bool:
    """'it' as what a clause acts on ("accused it of", "to help it rebuild"), not its subject."""
    return pronoun.lower_ == "it" and (
        pronoun.dep_ in {"dobj", "pobj", "dative"}
        or (pronoun.dep_ == "nsubj" and pronoun.head.dep_ == "xcomp")
        or (
            pronoun.dep_ == "nsubj"
            and pronoun.head.dep_ == "ccomp"
            and pronoun.head.head.lemma_.lower() in {"help", "let", "make", "allow", "enable", "force"}
        )
    )


def lone_entity(tok: Token) -> bool:
    """The token is a whole entity by itself ("Muluzi" as an ORG), not a word of a longer name."""
    return tok.ent_iob_ == "B" and (tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")


def compose(base: str, agents: list[tuple[int, int, str, bool]]) -> str:
    """A CAMEO actor code from its root and the agent codes in the phrase ('ARN' + '~GOV' → 'ARNGOV')."""
    code = base
    for _, _, agent, prefix in agents:
        if agent and agent not in code:
            code = agent + code if prefix else code + agent
    return code


def cameo_actor(text: str, code: str) -> Actor:
    """An actor from a CAMEO code: root as code, next three letters as sector, the full code as cameo."""
    return Actor(text, strip_determiner(text), code[:3] or None, code[3:6] or None, cameo=code)


def entity_bounds(tok: Token) -> tuple[int, int]:
    """(start, end) token indexes of the named entity the token is part of (walking the IOB tags, not
    doc.ents, which spaCy rebuilds on every access)."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def entitydoc_text(head: Token) -> str | None:
    """The text of the named entity the token is part of."""
    if not head.ent_type_:
        return None
    start, end = entity_bounds(head)
    return strip_determiner(head.doc[start:end].text)


def strip_determiner(text: str) -> str:
    first, _, rest = text.partition(" ")
    return rest if first.lower() in DETERMINERS and rest else text


def place_called_org(mention: Mention, place_chars: set[tuple[int, int]]) -> bool:
    """True for "Hodeidah" in "airstrikes on Hodeidah": a known place that spaCy called an organisation."""
    return (
        mention.kind == "org"
        and mention.actor.code is None
        and any(start <= mention.start and mention.end <= end for start, end in place_chars)
    )


def bare_back_reference(head: Token) -> bool:
    """'The organisation said', 'the group claimed': a definite back-reference noun with no words of its
    own ("the rebel group", "a group of farmers", "the group's leader" name someone else or more)."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in BACK_REFERENCE_NOUNS or head.tag_ != "NN":
        return False
    children = list(head.children)
    return (
        any(c.dep_ == "det" and c.lower_ == "the" for c in children)
        # (a sponsor says nothing new of whom: "the Rwanda-backed group" is the group named before)
        and all(c.dep_ in {"det", "punct", "relcl", "acl"} or c.lower_ in BACKED_WORDS for c in children)
        and head.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
    )


def first_name_before(head: Token, lex: ActorLexicon) -> bool:
    """True when `head` ends a person's name that spaCy sees, after a given name of no country."""
    if head.ent_type_ != "PERSON" or head.ent_iob_ != "I" or head.i == 0:
        return False
    before = head.doc[head.i - 1]
    return (
        before.ent_type_ == "PERSON"
        and before.pos_ == "PROPN"
        and lex.country_of(before.text) is None
        and lex.country_of(f"{before.text} {head.text}") is None  # "Saint Kitts" is a state's name
        and before.lower_ not in lex.roles
    )


def led_or_run(tokens: list[Token]) -> bool:
    """True for a phrase with a "-led" or "-run" modifier: "a Chinese-run mine"."""
    return any_led(tokens) or any(
        t.lower_ == "run" and t.i > 0 and t.doc[t.i - 1].text in ("-", "–") for t in tokens
    )


def any_led(tokens: list[Token]) -> bool:
    """True for a phrase with a "-led" modifier: "the Saudi-led coalition"."""
    return any(is_led(t) for t in tokens)


def backer(token: Token) -> bool:
    """True for "Russian" in "Russian-backed", "Iran" in "Iran-sponsored", and in "pro-Iranian" or
    "anti-American": a side taken, not whose the group is."""
    doc = token.doc
    sided = (
        token.i >= 2 and doc[token.i - 1].text in ("-", "–") and doc[token.i - 2].lower_ in {"pro", "anti"}
    )
    # ("U.S.-backed" is one token to spaCy: the participle is inside it)
    joined = token.lower_.rpartition("-")[2] if "-" in token.text[1:] else ""
    return (
        sided
        or joined in BACKED_WORDS
        or (
            token.i + 2 < len(doc)
            and doc[token.i + 1].text in ("-", "–")
            and doc[token.i + 2].lower_ in BACKED_WORDS
        )
    )


def state_back_reference(head: Token) -> int:
    """How many states a definite noun phrase names again: 1 for "the country", "the neighbouring
    country", "the Baltic state", "the islands"; 2 for "the two sides", "both countries"; else 0."""
    if head.pos_ != "NOUN" or head.dep_ == "compound":
        return 0
    children = list(head.children)
    lemma, low = head.lemma_.lower(), head.lower_
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in children)
    pair = any(c.lower_ in {"two", "both"} for c in children if c.dep_ in {"nummod", "det", "predet"})
    if pair and (lemma in PAIR_NOUNS) and head.tag_ == "NNS":
        return 2
    if (
        definite
        and lemma in {"neighbour", "neighbor"}
        and head.tag_ == "NNS"
        and all(c.dep_ in {"det", "prep"} and c.lower_ != "of" for c in children)
    ):
        return 2  # "mediated between the neighbours": the two states just named
    if not definite or any(c.dep_ in {"prep", "relcl", "acl", "nummod"} for c in children):
        return 0  # "the country of his birth", "the country that …": described, not named again
    modified = any(c.dep_ in {"amod", "compound"} for c in children)
    if low in STATE_NOUNS or (lemma in STATE_NOUNS - {"islands"} and head.tag_ == "NN"):
        return 1
    if lemma in MODIFIED_STATE_NOUNS and modified and head.tag_ == "NN":
        return 1
    return 0


def spells(acronym: str, name: str) -> bool:
    """Whether an acronym spells a name's capitals: "SEC" the "(U.S.) Securities and Exchange
    Commission" (a country's prefix may be left out)."""
    if len(acronym) < 2 or not acronym.isupper() or not acronym.isalpha():
        return False
    words = name.replace(".", " ").split()
    capitals = "".join(w[0] for w in words if w[:1].isupper())
    return capitals == acronym or (len(acronym) >= 3 and capitals.endswith(acronym))
