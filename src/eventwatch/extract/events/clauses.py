"""What the parse says about a word and its clause: subject, light verb, negation, conditions, plans."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from eventwatch.extract.events.lexicon import EventLexicon, Trigger
from eventwatch.extract.events.vocabulary import (
    ACCUSING_VERBS,
    BRING_DOWN_VERBS,
    CHARGING_VERBS,
    COUNTING_HEADS,
    LOCATION_NOUNS,
    MARKET_WORDS,
    PRESSURE_NOUNS,
    PROTECTIVE_VERBS,
    SPEECH_NOUNS,
    TESTED_WEAPONS,
    TRADE_WORDS,
    UNDERTAKINGS,
    VENUE_PREPS,
    YIELDING_PREPS,
)
from eventwatch.extract.syntax import subjects


# -- helpers over the parse -------------------------------------------------------------------
def has_prep(tok: Token, words: set[str]) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in words for c in tok.children)


def child_with(tok: Token, deps: set[str]) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


# Particles the parser reads as prepositions right after a verb: "voted down the plan", "called off talks".
VERB_PARTICLES = frozenset({"down", "off", "out", "up"})


def direct_object(verb: Token, deps: frozenset[str] = frozenset({"dobj"})) -> Token | None:
    """The verb's direct object, or the object of a particle the parser took for a preposition right
    after it ("voted down the government's plan", "turned down a request")."""
    direct = child_with(verb, set(deps))
    if direct is not None:
        return direct
    if verb.i + 1 < len(verb.doc):
        particle = verb.doc[verb.i + 1]
        if particle.head.i == verb.i and particle.dep_ == "prep" and particle.lower_ in VERB_PARTICLES:
            return child_with(particle, {"pobj"})
        counted = _counted_object(verb)
        if counted is not None:
            return counted
    if verb.lemma_.lower() in {"let", "allow", "permit"}:
        # "let UN inspectors into the complex": a noun the parser made the verb's complement
        complement = child_with(verb, {"ccomp", "xcomp"})
        if complement is not None and complement.pos_ in {"NOUN", "PROPN"}:
            return complement
    return _shifted_object(verb)


def _shifted_object(verb: Token) -> Token | None:
    """A long object put after the verb's 'as'-phrase, which the parser hangs on that phrase's noun:
    "denounced as an ugly crime Serbia's suppression of …"."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    as_prep = after if after is not None and after.lower_ == "as" and after.head.i == verb.i else None
    noun = child_with(as_prep, {"pobj"}) if as_prep is not None else None
    if noun is None or noun.doc[noun.i + 1].is_punct:
        return None  # ("denounced as a crime, the suppression …": an apposition proper)
    shifted = child_with(noun, {"appos"})
    return shifted if shifted is not None and shifted.pos_ in {"NOUN", "PROPN"} else None


def _counted_object(verb: Token) -> Token | None:
    """The object after a count the parser took for a particle and a preposition: "kidnapped up to 16
    Russian advisers" ('up' a particle, 'advisers' the object of 'to')."""
    doc = verb.doc
    if verb.i + 3 >= len(doc):
        return None
    up, to, number = doc[verb.i + 1], doc[verb.i + 2], doc[verb.i + 3]
    if up.lower_ != "up" or up.head.i != verb.i or to.lower_ != "to" or not number.like_num:
        return None
    obj = child_with(to, {"pobj"})
    return obj if obj is not None and number.head.i == obj.i else None


def light_verb(noun: Token) -> Token | None:
    """The verb a trigger noun is the object of: 'held talks', 'gave a welcome', and through a
    measure phrase, 'gave 5 million dollars of aid'; or the verb of being on it: 'were on strike'."""
    tok = noun
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head
    if tok.dep_ in {"dobj", "attr"} and tok.head.pos_ in {"VERB", "AUX"}:
        return tok.head
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "on"
        and tok.head.head.lemma_.lower() in {"be", "go", "remain", "stay"}
    ):
        return tok.head.head  # "have been on hunger strike", "went on strike", "remain on patrol"
    if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() in {"use", "take"}:
        return tok.head.head  # "used civilians as human shields", "took them as hostages"
    return None


def one_noun_phrase(window: Span) -> bool:
    """Consecutive words that form one noun phrase headed by a noun ("drone strike", "hunger strike",
    "state of emergency"), not a subject and its verb ("drones struck")."""
    inside = range(window.start, window.end)
    roots = [t for t in window if t.head.i not in inside or t.head.i == t.i]
    return len(roots) == 1 and roots[0].pos_ in {"NOUN", "PROPN"}


def phrase_head(tok: Token) -> Token:
    """The syntactic head of a multiword noun trigger that starts at tok ("hunger" → "strike")."""
    head = tok
    # (a noun the parser hangs as a modifier: "large-scale military [amod] exercises")
    while (
        (head.dep_ == "compound" or (head.dep_ == "amod" and head.pos_ == "NOUN"))
        and head.head.pos_ in {"NOUN", "PROPN"}
        and 0 < head.head.i - tok.i <= 3
    ):
        head = head.head
    return head


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, climbing xcomp/conj chains ('were going to begin', 'X met and discussed')."""
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        # (also on the auxiliary: "Egypt and Qatar [→are] are mediating")
        subj = next(iter(subjects(current, {"nsubj", "nsubjpass"})), None)
        if subj is not None and (subj.lower_ not in {"that", "which", "who"} or subj.text == "WHO"):
            return subj  # (a relative pronoun is no subject; the World Health Organization is)
        if subj is not None and current.dep_ == "relcl" and current.head.pos_ in {"NOUN", "PROPN"}:
            return current.head  # "Hamas, which has rejected …": the relative pronoun's antecedent
        if (
            subj is None
            and current.dep_ == "acl"
            and (current.head.dep_ == "ROOT" or _second_subject_after(current))
            and current.head.pos_ in {"NOUN", "PROPN"}
            and current.tag_ in {"VBD", "VBN"}
            and child_with(current, {"agent"}) is None  # (not "rebels captured by the army")
        ):
            # "Angola's UNITA rebels offered on Saturday to …": with no verb of its own for the noun,
            # the parser's "reduced relative" is the sentence's predicate and the noun its subject
            return current.head
        reduced = next((c for c in current.children if reduced_relative(c)), None) if subj is None else None
        if reduced is not None:
            return child_with(reduced, {"nsubj"})  # "Rockets fired from Gaza struck Sderot": the rockets
        if current.pos_ == "VERB":
            # "Azerbaijan massed troops …": the small parser may label a name opening the sentence
            # npadvmod; before its verb with no subject of its own, it is the subject.
            opener = next(
                (
                    c
                    for c in current.children
                    if c.dep_ == "npadvmod"
                    and c.pos_ == "PROPN"
                    and c.i < current.i
                    and c.left_edge.is_sent_start
                ),
                None,
            )
            if opener is not None:
                return opener
        kept = (
            child_with(current.head.head, {"dobj"})
            if current.dep_ in {"pcomp", "pobj"} and current.pos_ == "VERB" and current.head.lower_ == "from"
            else None
        )
        if kept is not None:
            return kept  # "police prevented supporters from marching": the supporters would march
        if current.dep_ == "conj" and _told_as_earlier(current):
            return None  # "…, a day after a bombing killed 12 people": not the first verb's subject's act
        if current.dep_ in {"xcomp", "conj", "advcl", "acomp"} or (current.dep_ in {"dobj", "pobj"}):
            current = current.head  # acomp: "X is about/ready/eager to restore ties"
        elif current.dep_ == "pcomp" and current.head.dep_ == "prep":
            accused = _accused_of(current)
            if accused is not None:
                return accused  # "accused Eritrean troops of killing civilians": the troops kill
            current = current.head.head  # "resorted to throwing stones"
        elif current.dep_ in {"acl", "relcl"} and current.head.dep_ == "attr":
            current = current.head.head  # "India was the first country to recognise X"
        elif current.dep_ == "acl" and current.tag_ == "VBG" and current.head.pos_ in {"NOUN", "PROPN"}:
            return current.head  # "demonstrators protesting election results": they protest
        elif misread_finite(current):
            return current.head
        else:
            return None
    return None


def _accused_of(gerund: Token) -> Token | None:
    """The one accused of doing what `gerund` says: the object of "accused X of …" (the parser hangs
    "of" on X or on the verb), the subject of "X was accused/suspected of …"."""
    prep = gerund.head
    if prep.lower_ != "of":
        return None
    owner = prep.head
    if (
        owner.pos_ in {"NOUN", "PROPN", "PRON"}
        and owner.dep_ == "dobj"
        and owner.head.lemma_.lower() in ACCUSING_VERBS
    ):
        return owner
    if owner.pos_ == "VERB" and owner.lemma_.lower() in ACCUSING_VERBS:
        return child_with(owner, {"dobj", "nsubjpass"})
    return None


def progressive_now(verb: Token) -> bool:
    """'are investigating', 'is holding', 'have been fighting': a present progressive."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    present_be = any(c.lemma_ == "be" and c.tag_ in {"VBZ", "VBP"} for c in auxes)
    perfect_been = any(c.lower_ == "been" for c in auxes) and any(
        c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"} for c in auxes
    )
    return present_be or perfect_been


def perfect_since(verb: Token) -> bool:
    """'has sheltered refugees since the war began': a present perfect with a 'since' clause or phrase."""
    present_have = any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"} for c in verb.children
    )
    return present_have and any(
        (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children))
        or (c.dep_ == "prep" and c.lower_ == "since")  # "has held him since February 2023"
        # "has refused food for more than 50 days", "have been on strike for two weeks"
        or (c.dep_ == "prep" and c.lower_ == "for" and any(o.lemma_.lower() in SPANS for o in c.children))
        for c in verb.children
    )


def goes_on(verb: Token) -> bool:
    """'continues', 'continue', 'is/was continuing', 'have been continuing': present or progressive,
    so not yet over, and not negated."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


def _second_subject_after(verb: Token) -> bool:
    """'UN peacekeepers [nsubj] deployed [acl] in Lebanon …, a spokesman [nsubj] said': the parser gave
    the reporting verb two subjects; the first is the subject of the participle it hangs on itself."""
    noun = verb.head
    return noun.dep_ == "nsubj" and any(
        c.dep_ == "nsubj" and c.i > verb.i for c in noun.head.children if c is not noun
    )


def alongside(verb: Token) -> bool:
    """A participle set off by a comma after the verb it hangs on: a second act of the same subject
    ("rejected the report, accusing its authors of bias"), not what the first one says."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.i > verb.head.i
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
    )


def reduced_relative(verb: Token) -> bool:
    """The small parser's reading of 'Rockets fired from Gaza struck Sderot': a participle with no
    auxiliary made a clause (ccomp) of the verb after it, which has no subject of its own; the
    participle's 'subject' is the noun it describes, and the later verb's subject."""
    return (
        verb.dep_ == "ccomp"
        and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and child_with(verb, {"dobj"}) is None))
        and verb.head.i > verb.i
        and verb.head.pos_ == "VERB"
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        and child_with(verb, {"nsubj"}) is not None
        and child_with(verb.head, {"nsubj", "nsubjpass"}) is None
    )


def misread_finite(verb: Token) -> bool:
    """The small parser's headline reading of 'The coalition [ROOT] bombed [acl] Sanaa': a past verb
    with a direct object (so no passive participle) hanging on the sentence's root noun, whose
    subject that noun is."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ in {"VBD", "VBN"}
        and verb.head.dep_ == "ROOT"
        and verb.head.pos_ in {"NOUN", "PROPN"}
        # a past tense the tagger is sure of, one after an apposition ("X's chairman, Y, offered to
        # act"), or one with an object
        and (
            verb.tag_ == "VBD"
            or any(c.dep_ == "dobj" for c in verb.children)
            or (
                verb.doc[verb.i - 1].text == ","
                and any(c.dep_ == "appos" and c.i < verb.i for c in verb.head.children)
            )
        )
    )


def clause_tokens(head: Token) -> list[Token]:
    """The head of a complement clause and the heads it coordinates or chains (xcomp), in order."""
    out = [head]
    for child in head.children:
        if child.dep_ in {"conj", "xcomp"} and not (child.dep_ == "conj" and _told_as_earlier(child)):
            out.extend(clause_tokens(child))
    return out


def _told_as_earlier(verb: Token) -> bool:
    """A clause the parser joined on that says when, by another event: "would replace the governor, …,
    a day after a bombing killed 12 people" (the killing is no part of what was promised)."""
    before = {"after", "before", "since"}
    return any(
        (c.dep_ in {"mark", "prep"} and c.lower_ in before)
        or (c.dep_ == "npadvmod" and any(p.dep_ == "prep" and p.lower_ in before for p in c.children))
        for c in verb.children
    )


def misread_relative(clause: Token) -> bool:
    """A relative clause the parser hung on the verb as its complement: "threatened to shell Iraqi towns
    in retaliation for an air raid on the city of Susangerd where, it said, 100 people were killed"
    (the killing is where the raid fell, no part of the threat)."""
    if clause.dep_ != "ccomp" or clause.left_edge.i <= clause.head.i + 1:
        return False
    opener = clause.left_edge
    return opener.tag_ == "WRB" and opener.lower_ in {"where", "when"} and opener.head.i == clause.i


def misread_speaker(noun: Token, lex: EventLexicon) -> bool:
    """A noun the parser made an object, though it is the speaker of a report appended after a comma:
    "Iran has been supplying arms to Hezbollah, Israeli military officials charged on Monday." reads
    "officials" as supplied and "charged" as describing them."""
    edge = noun.left_edge
    before = edge if edge.is_punct else noun.doc[max(0, edge.i - 1)]
    if edge.i == 0 or before.text not in {",", "—", "--"}:
        return False
    return any(
        c.dep_ == "acl"
        and c.i > noun.i
        and (lex.is_cue("speech", c.lemma_) or c.lemma_ in CHARGING_VERBS)
        and not any(g.dep_ in {"dobj", "ccomp"} for g in c.children)
        for c in noun.children
    )


def blamed_on(noun: Token) -> Token | None:
    """Whom an act is blamed on, when the text only says so: "an attack blamed on Islamic militants",
    "a bombing attributed to the PKK", "an attack police blamed on ETA"."""
    for acl in (c for c in noun.children if (c.dep_ == "acl" and c.tag_ == "VBN") or c.dep_ == "relcl"):
        lemma = acl.lemma_.lower()
        if lemma not in {"blame", "attribute"}:
            continue
        for prep in (c for c in acl.children if c.dep_ == "prep" and c.lower_ in {"on", "to"}):
            return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


def claimed_by_doer(noun: Token) -> Token | None:
    """Who claims an act as their own: "the Armed Islamic Group claimed responsibility for the
    assassination of X" (the claimer did it, by their own account)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return None
    # ("claimed responsibility on Monday for …": the parser may hang "for" on the verb)
    verb = prep.head.head if prep.head.lemma_.lower() == "responsibility" else prep.head
    claims = verb.lemma_.lower() in {"claim", "admit", "accept"} and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in verb.children
    )
    return subject_of(verb) if claims else None


def appended_speaker(tok: Token, lex: EventLexicon) -> Token | None:
    """The misread speaker (misread_speaker) of the report tok's sentence ends with, when tok is in
    what they report rather than in their own words."""
    root = tok.sent.root
    for noun in (c for c in root.children if c.dep_ == "dobj" and c.i > tok.i):
        if misread_speaker(noun, lex) and not (noun.left_edge.i <= tok.i <= noun.right_edge.i):
            return noun
    return None


def speech_governor(tok: Token, lex: EventLexicon) -> Token | None:
    """The reporting verb whose content clause holds tok ('X said it would …', '…, X said')."""
    current = tok
    for _ in range(3):
        if current.dep_ in {"ccomp", "xcomp", "conj"} and current.head.pos_ in {"VERB", "AUX"}:
            # (also "gave notice that it would …", "issued a warning that …": a speech noun's verb)
            worded = current.dep_ == "ccomp" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_NOUNS for c in current.head.children
            )
            if lex.is_cue("speech", current.head.lemma_) or worded:
                return current.head
            current = current.head
            continue
        break
    if (
        current.dep_ in {"acl", "ccomp"}
        and current.head.pos_ == "NOUN"
        and current.head.lemma_ in SPEECH_NOUNS
    ):
        # "issued a stern reminder to Iraq that it must cooperate": the one who issues it speaks.
        light = light_verb(current.head)
        if light is not None and light.pos_ == "VERB":
            return light
    if current.dep_ == "ROOT":
        for child in current.children:
            if (
                child.dep_ in {"parataxis", "ccomp"}
                and lex.is_cue("speech", child.lemma_)
                and child.i > tok.i
            ):
                return child
    return None


def rules_out_verb(tok: Token) -> bool:
    """'rule out' or 'exclude': the verbs whose negation leaves an option open."""
    lemma = tok.lemma_.lower()
    return lemma == "exclude" or (lemma == "rule" and any(c.lower_ == "out" for c in tok.children))


def options(verb: Token) -> list[Token]:
    """What 'rule out' or 'exclude' takes: its objects, or a gerund ("exclude sending troops")."""
    return [
        *objects_taken(verb),
        *(c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.tag_ == "VBG"),
    ]


def is_conditional(tok: Token, marks: frozenset[str] | set[str] = frozenset({"if", "unless"})) -> bool:
    """Does an 'if'/'unless' clause (or one of `marks`) hang on the token ('will withdraw unless X
    complies')? A withdrawal held over someone 'unless' they act is a threat; one offered 'if' they
    act is an offer."""
    return any(
        (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children))
        or ("if" in marks and _as_long_as(c))
        for c in tok.children
    )


def _as_long_as(word: Token) -> bool:
    """'as long as …', 'so long as …' (the parser's "long" with the clause under it): a condition."""
    return (
        word.dep_ == "advmod"
        and word.lower_ == "long"
        and any(
            g.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in g.children)
            for g in word.children
        )
    )


def prepares(tok: Token) -> bool:
    """Is the token's clause the complement of the verb 'prepare' ('prepared to resume shelling')?"""
    current = tok
    for _ in range(3):
        if current.dep_ != "xcomp":
            return False
        current = current.head
        if current.lemma_ == "prepare" and current.pos_ == "VERB":
            return True
    return False


def protective_purpose(verb: Token) -> bool:
    """Is the verb done to protect or help someone ('send troops to protect gas installations', 'deploy
    forces to help Mozambique')? Its purpose clause says so."""
    return any(
        c.dep_ in {"advcl", "xcomp"}
        and c.lemma_.lower() in PROTECTIVE_VERBS
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def have_to(tok: Token) -> bool:
    """'Sudan has to return …': have + to-infinitive as obligation."""
    return tok.dep_ == "xcomp" and tok.head.lemma_ == "have" and any(c.lower_ == "to" for c in tok.children)


SPANS = frozenset({"day", "week", "month", "year"})
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
ORDINAL_WORDS = frozenset({"second", "third", "fourth", "fifth"})


def _nth_span(noun: Token) -> bool:
    """ "the 30th day", "a second week": a span counted by an ordinal."""
    return noun.lemma_.lower() in SPANS and any(
        c.dep_ == "amod"
        and (c.ent_type_ == "ORDINAL" or c.lower_ in ORDINAL_WORDS or ORDINAL.match(c.lower_))
        for c in noun.children
    )


def nth_day_of(noun: Token) -> Token | None:
    """The verb of "were in the 30th day of a hunger strike", "entered the second week of a strike"."""
    span = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if span is None or not _nth_span(span.head):
        return None
    holder = span.head.head
    if span.head.dep_ == "pobj" and holder.lower_ == "in":
        return holder.head
    return holder if span.head.dep_ == "dobj" and holder.lemma_.lower() == "enter" else None


def offered_on_terms(verb: Token) -> bool:
    """ "offered to observe a truce if the government halted its offensive", "promised to increase aid
    if martial law is lifted": what is offered or promised hangs on a condition."""
    if verb.pos_ != "VERB":
        return False
    offered = (
        c
        for c in verb.children
        if c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children))
    )
    return any(
        t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in t.children)
        for c in offered
        for t in c.subtree
    )


def under_way(tok: Token, *, by_its_clause: bool = True) -> bool:
    """An event said to have gone on for a while or to go on: "in the 30th day of a hunger strike",
    "blocked roads for a second day", "began an indefinite strike"."""
    noun = tok.head if tok.dep_ == "compound" else tok
    if nth_day_of(noun) is not None:
        return True
    verb = tok if tok.pos_ == "VERB" else None
    if verb is None and noun.dep_ == "pobj" and noun.head.head.pos_ in {"VERB", "AUX"}:
        verb = noun.head.head  # "stayed on strike for a third day"
    if verb is None and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        verb = noun.head  # "continued its strike for a third week"
    clauses = [verb] if verb is not None else []
    if by_its_clause and verb is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        clauses.append(verb.head)  # "camped in the square for a fourth day, pressing for …"
    # (and the verb's complement: "kept the airport shut for a fifth day")
    clauses += [c for v in list(clauses) for c in v.children if c.dep_ in {"oprd", "ccomp", "xcomp", "acomp"}]
    if any(
        p.dep_ == "prep" and p.lower_ == "for" and any(_nth_span(o) for o in p.children)
        for v in clauses
        for p in v.children
    ):
        return True
    return (
        noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in {"begin", "start", "launch", "stage"}
        and any(c.lower_ in {"indefinite", "open-ended", "unlimited"} for c in noun.children)
    )


def in_its_nth(verb: Token) -> bool:
    """'is now in its third week', 'entered its second day': a copula or 'enter' with an ordinal span."""
    if verb.lemma_.lower() not in {"be", "enter"}:
        return False
    objects = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children]
    objects += [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        o.lemma_.lower() in {"day", "week", "month", "year"}
        and any(c.dep_ == "poss" and c.lower_ == "its" for c in o.children)
        and any(
            c.dep_ == "amod" and (c.ent_type_ in {"ORDINAL", "DATE"} or c.lower_ == "second")
            for c in o.children
        )
        for o in objects
    )


def is_purpose(tok: Token) -> bool:
    """True for a verb that is the purpose of another act: "deployed troops to fight traffickers",
    "sent equipment to help defend Poland"."""
    if tok.pos_ == "VERB" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in {"help", "assist"}:
        return is_purpose(tok.head)
    return (
        tok.pos_ == "VERB"
        and tok.dep_ == "advcl"
        and tok.head.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


def is_ultimatum(give: Token) -> bool:
    """'gave the rebels 48 hours to leave', 'gave strikers until Friday to return': a deadline given
    for an act (CAMEO 139, an ultimatum)."""
    deadline = None
    for child in give.children:
        if child.dep_ in {"npadvmod", "dobj"} and (
            child.ent_type_ in {"DATE", "TIME"} or child.lemma_.lower() in {"hour", "day", "week", "deadline"}
        ):
            deadline = child
        elif child.dep_ == "prep" and child.lower_ == "until":
            deadline = next((o for o in child.children if o.dep_ == "pobj"), None)
    if deadline is None:
        # ("gave Tuareg rebels holding the town 48 hours to surrender": the parser hangs the time on the
        # participle describing those given it)
        deadline = next(
            (
                t
                for o in (
                    *(c for c in give.children if c.dep_ in {"dobj", "dative"}),
                    *(
                        g
                        for c in give.children
                        if c.dep_ in {"ccomp", "xcomp"}
                        for g in c.children
                        if g.dep_ == "nsubj"
                    ),
                )
                for t in o.subtree
                if t.dep_ == "npadvmod" and t.lemma_.lower() in {"hour", "day", "week"}
            ),
            None,
        )
    if deadline is None:
        return False
    clauses = [
        c
        for c in (*give.children, *deadline.children)
        if c.dep_ in {"advcl", "xcomp", "ccomp", "relcl", "acl"}
    ]
    return any(any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in clauses)


def phrase_text(noun: Token) -> str:
    """A noun with the words before it in its phrase, without a leading article ("fishing industry
    sources")."""
    words = [
        t
        for t in noun.doc[noun.left_edge.i : noun.i + 1]
        if not (t.i == noun.left_edge.i and t.dep_ == "det")
    ]
    return " ".join(t.text for t in words)


def has_own_date(verb: Token) -> bool:
    """The act has its own date: "will close … in December", "will leave next week"."""
    for child in verb.children:
        if child.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ == "DATE" for o in child.children):
            return True
        if child.dep_ in {"npadvmod", "advmod"} and child.ent_type_ == "DATE":
            return True
    return False


def weapons_test(verb: Token) -> bool:
    """'test-fired a ballistic missile', 'tested a new rocket': a weapons test, CAMEO's demonstration of
    military power (150), not an attack."""
    doc = verb.doc
    hyphened = (
        verb.i >= 2
        and doc[verb.i - 1].text in ("-", "–")
        and doc[verb.i - 2].lower_ == "test"
        and verb.lemma_.lower() in {"fire", "launch"}
    )
    tested = verb.lemma_.lower() == "test" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in TESTED_WEAPONS for c in verb.children
    )
    return hyphened or tested


def brings_down(verb: Token) -> bool:
    """'shot down a Russian jet', 'downed two drones', 'intercepted missiles': the weapon is what is hit."""
    lemma = verb.lemma_.lower()
    return lemma in BRING_DOWN_VERBS or (
        lemma == "shoot" and any(c.dep_ in {"prt", "advmod"} and c.lower_ == "down" for c in verb.children)
    )


def owner_undoes(trig: Trigger) -> bool:
    """Acts that only the owner of what they take does: lifting one's ban, recalling one's envoy."""
    return trig.event in {"RETREAT", "CONCEDE"} or (trig.event == "SANCTION" and trig.mode == "withdraw")


def on_trade_or_state(noun: Token) -> bool:
    """'a ban on imports', 'restrictions on Cuba': a measure against trade or a state, not a freedom."""
    return any(
        o.lemma_.lower() in TRADE_WORDS or o.ent_type_ == "GPE"
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in {"on", "against"}
        for o in p.children
        if o.dep_ == "pobj"
    )


def _with_counted(objects: list[Token]) -> list[Token]:
    """The objects, and what a quantity or measure among them counts ("thousands of documents",
    "40,000 tonnes of diesel")."""
    return objects + [
        o
        for q in objects
        if q.lemma_.lower() in COUNTING_HEADS
        for p in q.children
        if p.lower_ == "of"
        for o in p.children
    ]


def of_objects(noun: Token) -> list[Token]:
    """What a noun's "of" phrase names, and what a quantity or measure there counts or measures."""
    objects = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    objects += [c for o in objects for c in o.conjuncts]
    return _with_counted(objects)


def objects_taken(verb: Token, conjuncts: bool = False) -> list[Token]:
    """What a verb takes: its object (or passive subject), what it provides 'with', and the things
    counted by a quantity ('thousands of documents'); with `conjuncts`, the things listed with them."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children]
    # "flew in generators": a particle parsed as a preposition
    objects += [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "in" and p.i == verb.i + 1
        for o in p.children
    ]
    if conjuncts:
        objects += [c for o in objects for c in o.conjuncts]  # "generators and drinking water"
    return _with_counted(objects)


def is_undertaking(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in UNDERTAKINGS


def undertaking_of(verb: Token) -> Token | None:
    """The plot, plan or attempt a 'to' clause spells out: its head noun ("a plot … to kill the king"), or
    the object of the verb the parser hung the clause on instead ("foiled [a plot by ETA] [to
    assassinate the king]")."""
    if verb.dep_ == "acl" and is_undertaking(verb.head):
        return verb.head
    if verb.dep_ == "advcl" and is_infinitive(verb):
        taken = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if taken is not None and is_undertaking(taken):
            return taken
    return None


def reports_a_fact(clause: Token) -> bool:
    """A complement clause in the past or the perfect ('that it had not yielded', 'that troops fired'),
    not a demand ('that Israel withdraw', 'that talks must resume')."""
    auxes = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ in {"must", "should", "shall", "would", "will", "to"} for a in auxes):
        return False
    return clause.tag_ == "VBD" or any(a.lemma_ == "have" for a in auxes)


def names_a_venue(prep: Token) -> bool:
    """'in Tegucigalpa', 'at Camp David': a preposition of where, with a name as its object."""
    return prep.lower_ in VENUE_PREPS and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in prep.children)


def according_to(tok: Token) -> Token | None:
    """The source of 'according to X' said of the clause that holds `tok`, or None."""
    holders = {tok.i, *(a.i for a in tok.ancestors)}
    for word in tok.sent:
        # (on the clause, or on a participle of it: "shelled a market, killing dozens, according to X")
        if word.lower_ == "according" and (word.head.i in holders or word.head.head.i in holders):
            to = next((c for c in word.children if c.lower_ == "to"), None)
            source = child_with(to, {"pobj"}) if to is not None else None
            if source is not None:
                return source
    return None


def is_infinitive(clause: Token) -> bool:
    """A 'to' clause of purpose: 'to disperse the crowd', 'in order to stop them'."""
    return clause.pos_ == "VERB" and any(
        c.dep_ in {"aux", "mark"} and c.lower_ == "to" for c in clause.children
    )


def finite_clause(clause: Token) -> bool:
    """A clause of its own tense ("that the army would respond", "they left"), not a complement
    whose subject is the verb's object ("forced X to leave", "let X go")."""
    return (
        clause.tag_ in {"VBD", "VBZ", "VBP", "MD"}
        or any(c.dep_ == "mark" and c.lower_ in {"that", "whether", "if"} for c in clause.children)
        or any(c.dep_ == "aux" and c.tag_ in {"MD", "VBD", "VBZ", "VBP"} for c in clause.children)
    )


def condition_or_time_clause(clause: Token) -> bool:
    """An adverbial clause opened by 'if', 'unless', 'when', 'after' … (not a purpose: 'to', 'so that')."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ not in {"to", "so", "that", "in"} for c in clause.children
    )


def same_list(a: Token, b: Token) -> bool:
    """Can two noun heads be items of one list? Not an object and the subject of a later clause
    ('… to protect migrants, a rights group said')."""
    boundary = b.dep_ in {"nsubj", "nsubjpass"} and a.dep_ in {"dobj", "attr"} and a.head.i != b.head.i
    return not boundary or a in b.conjuncts


def common_depth(a: Token, b: Token) -> int:
    """Depth (distance from the root) of the lowest common ancestor of two tokens."""
    ancestors_a = {t.i for t in [a, *a.ancestors]}
    for t in [b, *b.ancestors]:
        if t.i in ancestors_a:
            return len(list(t.ancestors))
    return 0


def same_event_word(noun: Token, trigger: Token) -> bool:
    """'meeting' names 'met'/'meeting'; 'inspection' names 'inspect'; same lemma names itself."""
    a, b = noun.lemma_.lower(), trigger.lemma_.lower()
    if a == b:
        return True
    stem = min(len(a), len(b), 6)
    return stem >= 4 and a[:stem] == b[:stem] and abs(len(a) - len(b)) <= 5


def is_topic(tok: Token) -> bool:
    """A noun that is what was talked about ("discussed the agreement", "talks on a ceasefire")."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ in {"dobj", "nsubjpass"}:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in {"on", "about", "over", "of", "regarding"}


def describes_location(noun: Token) -> bool:
    """Is the noun inside a phrase that modifies a location noun ("the area of … deployment")?"""
    tok = noun
    for _ in range(4):
        if tok.dep_ not in {"pobj", "prep", "poss", "compound"}:
            return False
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in LOCATION_NOUNS:
            return True
    return False


def repression_means(noun: Token) -> bool:
    """'water cannon', 'tear gas', 'rubber bullets', 'live ammunition', 'batons', 'force': what police
    and troops use against crowds and boats."""
    lemma = noun.lemma_.lower()
    words = {c.lower_ for c in noun.children if c.dep_ in {"compound", "amod"}}
    if lemma in {"teargas", "baton", "truncheon", "ammunition", "force"}:
        return lemma != "force" or not words  # "used force", not "used its armed forces"
    return (lemma, bool(words & {"water", "tear", "rubber", "plastic", "pepper", "live", "stun"})) in {
        ("cannon", True),
        ("gas", True),
        ("bullet", True),
        ("spray", True),
        ("grenade", True),
    }


def market_demand(noun: Token) -> bool:
    """'supply and demand', 'demand for OPEC crude', 'weak domestic demand': demand in a market."""
    if any(c.lemma_.lower() == "supply" for c in (*noun.conjuncts, noun.head)):
        return True
    if any(c.dep_ in {"amod", "compound"} and c.lemma_.lower() in MARKET_WORDS for c in noun.children):
        return True
    owned = any(c.dep_ in {"poss", "det"} for c in noun.children)
    if (
        noun.tag_ == "NN"
        and not owned
        and noun.head.lemma_.lower() in {"meet", "satisfy", "fill", "outstrip"}
    ):
        return True  # "to meet demand from investors": no one's demands
    wanted = [o for p in noun.children if p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in MARKET_WORDS or o.ent_type_ in {"PRODUCT", "MONEY"} for o in wanted)


def yields_to_pressure(verb: Token) -> bool:
    """The verb is done after, amid or under protests, strikes or pressure ("resigned after weeks of
    protests", "Under intense international pressure, Habibie agreed …"): it accedes to demands."""
    head = verb.head if verb.dep_ == "xcomp" else verb  # ("agreed to reinstate": the agreeing)
    # (and the verb it is joined to: "resigned on Friday and flew to Miami after a month of protests")
    holders = {verb, head, *verb.conjuncts, *(c for c in verb.children if c.dep_ == "xcomp")}
    return any(
        prep.lower_ in YIELDING_PREPS
        and prep.dep_ in {"prep", "advcl", "mark"}
        and any(t.lemma_.lower() in PRESSURE_NOUNS for t in prep.subtree if t.pos_ == "NOUN")
        for holder in holders
        for prep in holder.children
    )


TERM_NOUNS = frozenset({"term", "re-election", "reelection", "mandate", "office"})


def forgoes_another_term(verb: Token) -> bool:
    """'would not stand for another term', 'will not seek re-election', 'not to run again for office':
    a leader's word that he will leave office, said with a negation that is its content, not a denial."""
    if verb.lemma_.lower() not in {"stand", "run", "seek"} or not any(c.dep_ == "neg" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"for", "in"} for o in p.children
    ]
    return any(o.lemma_.lower() in TERM_NOUNS for o in objects)
