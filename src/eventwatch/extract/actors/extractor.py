"""The actors extractor: finds mentions and resolves titles, surnames, pronouns and countries."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from eventwatch.extract import dictionaries as cameo_dicts
from eventwatch.extract.actors.countries import (
    acted_on_codes,
    apposed,
    opposition_named,
    owners_country,
    reporters_country,
    sentence_country,
    shared_country,
    with_coordinated,
)
from eventwatch.extract.actors.lexicon import (
    MODIFIER_KINDS,
    ActorLexicon,
    Organization,
    cue_lemmas,
    event_nouns,
    event_phrases,
    role_kind,
)
from eventwatch.extract.actors.phrases import (
    any_led,
    backer,
    bare_back_reference,
    cameo_actor,
    compose,
    entity_bounds,
    entitydoc_text,
    first_name_before,
    led_or_run,
    lone_entity,
    np_tokens,
    place_called_org,
    previous_subject,
    spells,
    state_back_reference,
    strip_determiner,
    taken_it,
)
from eventwatch.extract.actors.references import (
    as_described_before,
    counterparts,
    described_before,
    full_name,
    merge,
    person_with_title,
    speaker_of,
    states_referred_back,
)
from eventwatch.extract.actors.vocabulary import (
    AIRCRAFT_WORDS,
    AIRLINE_WORDS,
    AMBIGUOUS_ROLE_ADJ,
    AMERICAS_REGIONS,
    ARMED_SERVICE_WORDS,
    BODY_OF_MEMBERS_HEADS,
    DETERMINERS,
    ENVOY_HEADS,
    FORMER,
    GATHERING_ADJECTIVES,
    GROUP_OF_HEADS,
    HYPHENATED_GIVEN,
    IGO_STAFF_HEADS,
    INFRASTRUCTURE_NOUNS,
    INTERGOVERNMENTAL_HEADS,
    INTERNATIONAL_WORDS,
    LOCATIVE_PREPS,
    MEMBER_HEADS,
    MEMBERS_SECTORS,
    NAME_QUALIFIERS,
    NEUTRAL_ROLE_HEADS,
    NON_STATE_GROUPS,
    NON_STATE_ORG_HEADS,
    NON_STATE_SECTORS,
    ORIGIN_WORDS,
    OWNED,
    PLACE_NOUNS,
    POSSESSION_NOUNS,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    SEATS_OF_OFFICE,
    SITE_NOUNS,
    STATE_ACT_NOUNS,
    STATE_FORCE_WORDS,
    STATE_OWNERS,
    STATE_REFERENCE,
    TALK_NOUNS,
    TITLES_OF,
)
from eventwatch.extract.base import Extractor
from eventwatch.extract.locate import COUNTRY_FEATURES
from eventwatch.extract.sides import of_several_states
from eventwatch.extract.syntax import QUANTITY_HEADS, doc_text, misread_pair
from eventwatch.model import Actor, Document, Mention, Place


class ActorExtractor(Extractor):
    """Finds actor mentions and resolves titles, surnames and pronouns to the person they name."""

    name = "actors"
    requires = ("spacy_doc", "places")
    assigns = ("mentions",)

    def __init__(
        self, *, lexicon: ActorLexicon | None = None, cameo: cameo_dicts.CameoDictionaries | None = None
    ) -> None:
        self.lexicon = lexicon or ActorLexicon.load()
        self._place_chars: set[tuple[int, int]] = set()
        self._place_codes: frozenset[str] = frozenset()  # the countries of the document's places
        self._place_country_at: dict[int, str] = {}  # a town's country by its start
        # (head, first, last) token indices of organisation names that run on past their head
        self._names_run_on: list[tuple[int, int, int]] = []
        self.speech_verbs = cue_lemmas("speech")
        self.claim_nouns = cue_lemmas("claim-noun")
        # Optional CAMEO dictionaries (EVENTWATCH_CAMEO_DICTIONARIES); None leaves coding unchanged.
        self.cameo = cameo if cameo is not None else cameo_dicts.configured()

    # -- finding -------------------------------------------------------------------------------
    def find(self, doc: Document) -> list[Mention]:
        sdoc = doc.doc
        place_chars = {(p.start, p.end) for p in doc.places}
        self._place_chars = place_chars  # (per document: a titled name is no place's words)
        self._place_codes = frozenset(p.country_code for p in doc.places if p.country_code)
        self._names_run_on = []
        self._place_country_at = {
            p.start: p.country_code
            for p in doc.places
            if p.country_code and (p.feature_code or "").startswith("PPL")  # (towns: "Mostar's")
        }
        # Countries the gazetteer resolved that the actor lexicon leaves open: "Congo" names two.
        countries = {p.end: p for p in doc.places if p.feature_code in COUNTRY_FEATURES}
        person_tokens = self._person_tokens(sdoc, place_chars)
        mentions: list[Mention] = []
        modifiers: list[Token] = []  # words modifying a noun: countries, roles and names of their own
        # ("President X and Chancellor Y" with X hung on Y: X makes a mention of its own)
        first_of_pairs = {first.i for t in sdoc if (first := misread_pair(t)) is not None}
        for token in sdoc:
            dep = token.dep_
            if dep in {"compound", "amod"} and token.head.pos_ == "NOUN" and token.head.i > token.i:
                modifiers.append(token)
            misread_name = (
                token.pos_ == "ADJ" and token.dep_ in {"nsubj", "nsubjpass", "dobj"} and token.text.istitle()
            )  # ("Copenhagen froze aid": a capital the tagger took for an adjective, as a subject)
            if token.pos_ not in {"NOUN", "PROPN", "PRON"} and not misread_name:
                continue
            if (
                dep in {"compound", "amod", "flat"}
                and token.head.pos_ in {"NOUN", "PROPN"}
                and token.i not in first_of_pairs
            ):
                continue  # part of a larger phrase; its head makes the mention
            mention = self.mention_at(token, person_tokens)
            if mention is None and token.pos_ == "PROPN":
                mention = self._resolved_country(token, countries)
            if mention is not None and not place_called_org(mention, place_chars):
                mentions.append(mention)
        # ("Human Rights" in "the Inter-American Commission on Human Rights" is no actor of its own)
        mentions = [
            m for m in mentions if not any(a <= m.head <= b and m.head != h for h, a, b in self._names_run_on)
        ]
        mentions.extend(self._modifier_countries(sdoc, mentions, modifiers))
        mentions = self._modifier_roles(mentions, modifiers, person_tokens)
        mentions.sort(key=lambda m: m.start)
        mentions = _join_name_particles(doc.text, mentions)
        if self.cameo is not None:
            mentions = self._dictionary_mentions(sdoc, doc, mentions)
        mentions = opposition_named(sdoc, mentions)
        mentions = apposed(sdoc, mentions)
        mentions = owners_country(sdoc, mentions)
        mentions = counterparts(sdoc, mentions)
        mentions = reporters_country(sdoc, mentions, doc.places, self.speech_verbs)
        mentions = shared_country(sdoc, mentions, [(p.start, p.end, p.country_code) for p in doc.places])
        # ("the expert group" takes the country of the experts named before, not of its sentence)
        described = described_before(sdoc, mentions)
        mentions = sentence_country(
            sdoc,
            mentions,
            [(p.start, p.country_code) for p in doc.places],
            skip=set(described),
            speech_verbs=self.speech_verbs,
        )
        # (a place that is also an actor mention, "talks in Havana", counts once)
        spans = [(m.start, m.end) for m in mentions]
        unnamed = [p.country_code for p in doc.places if not any(a <= p.start < b for a, b in spans)]
        home = self._home_country(mentions, unnamed)
        acted_on = acted_on_codes(sdoc, mentions, [(p.start, p.country_code) for p in doc.places])
        # "His government", "her ministers": the group of the person last named.
        theirs = {
            m.head
            for m in mentions
            if any(c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in sdoc[m.head].children)
        }
        # Titles that open a clause ("The prime minister of X visited …") are what a later "she" names.
        subjects = {
            m.head for m in mentions if m.kind == "title" and sdoc[m.head].dep_ in {"nsubj", "nsubjpass"}
        }
        resolved = self._speakers_pronouns(
            sdoc, mentions, self._resolve(mentions, home, acted_on, theirs, subjects)
        )
        resolved = as_described_before(states_referred_back(sdoc, resolved), described)
        return [with_coordinated(sdoc, m) for m in resolved]

    def _resolved_country(self, head: Token, countries: dict[int, Place]) -> Mention | None:
        """A country named where the place extractor, from the document's context, chose which one
        ("ties with Congo")."""
        place = countries.get(head.idx + len(head.text))
        if place is None or place.country_code is None or place.start < head.left_edge.idx:
            return None
        name = self.lexicon.country_names.get(place.country_code, place.name)
        actor = Actor(place.text, name, place.country_code, None)
        return Mention(place.start, place.end, actor, "country", head.i)

    def annotate(self, doc: Document, found: list[Mention]) -> None:
        doc.mentions = found

    def _modifier_roles(
        self, mentions: list[Mention], modifiers: list[Token], person_tokens: dict[int, Span]
    ) -> list[Mention]:
        """'opposition demands', 'a student protest', 'a United Nations inquiry': a role word or a name
        modifying an event noun names who acts in it; an organisation or a person modifying any noun
        that names no one is its owner ('the Arab League peace plan'). A country word before a role
        word (its own mention so far) becomes the group's country."""
        events = event_nouns()
        by_head = {m.head: m for m in mentions}
        out = list(mentions)
        for tok in modifiers:
            head = tok.head
            if tok.i in by_head or head.i in by_head:
                continue
            event_noun = head.lemma_.lower() in events
            if f"{tok.lemma_.lower()} {head.lemma_.lower()}" in event_phrases():
                continue  # "a prisoner swap": the trigger's own words
            if not event_noun and tok.ent_type_ not in {"ORG", "PERSON"}:
                continue  # an owner is an organisation or a person: "the Arab League peace plan"
            if tok.pos_ == "PROPN":
                named = self.mention_at(tok, person_tokens)
                kinds = MODIFIER_KINDS if event_noun else {"org", "person"}
                if named is not None and named.kind in kinds:
                    out.append(named)
                continue
            if not event_noun or (tok.i > 0 and tok.nbor(-1).text in {"-", "–"}):
                continue  # "six-party talks", "an anti-government protest": no party, no government
            if tok.pos_ != "NOUN":
                continue  # "a general strike", "military exercises": adjectives name no one
            hit = self.lexicon.roles.get(tok.lemma_.lower()) or self.lexicon.roles.get(tok.lower_)
            if hit is None or hit[1] in {"weapon", "modifier"}:
                continue  # "a missile attack", "a business deal" name no one
            country = next(
                (
                    by_head[c.i]
                    for c in (*tok.children, *head.children)
                    if c.i < tok.i and c.i in by_head and by_head[c.i].kind == "country"
                ),
                None,
            )
            start = country.start if country is not None else tok.idx
            end = tok.idx + len(tok.text)
            actor = Actor(tok.doc.text[start:end], tok.doc.text[start:end], None, hit[0])
            if country is not None:
                out.remove(country)
                actor = replace(actor, code=country.actor.code)
            out.append(Mention(start, end, actor, "group", tok.i))
        return out

    def _modifier_countries(
        self, sdoc: Doc, mentions: list[Mention], modifiers: list[Token]
    ) -> list[Mention]:
        """'a U.S. request', 'Israeli air raids': a country word modifying a noun that names no actor
        is an actor of its own (the owner of the request, the one who raids)."""
        heads = {m.head for m in mentions}
        out: list[Mention] = []
        for tok in modifiers:
            if tok.head.i in heads or not tok.text[:1].isupper():
                continue
            # the name's words before it, its own compounds or its head's ("Papua New Guinea army
            # patrol": not Guinea)
            j = tok.i - 1
            while (
                j >= 0
                and sdoc[j].dep_ == "compound"
                and sdoc[j].head.i in {tok.i, tok.head.i}
                and sdoc[j].text[:1].isupper()
            ):
                j -= 1
            before = list(sdoc[j + 1 : tok.i])
            code, words = None, [tok]
            for k in range(len(before) + 1):  # the longest name first
                code = self.lexicon.country_of(" ".join(t.text for t in [*before[k:], tok]))
                if code is not None:
                    words = [*before[k:], tok]
                    break
            if code is None:
                continue
            start, end = words[0].idx, tok.idx + len(tok.text)
            name = self.lexicon.country_names.get(code, tok.text)
            # "a U.S. proposal", "a Syrian offer": a state's diplomatic act is its government's; "a U.S.
            # military airlift": its armed forces'
            sector = "GOV" if tok.head.lemma_.lower() in STATE_ACT_NOUNS else None
            if any(c.dep_ in {"amod", "compound"} and c.lower_ == "military" for c in tok.head.children):
                sector = "MIL"
            out.append(Mention(start, end, Actor(sdoc.text[start:end], name, code, sector), "country", tok.i))
        out.extend(self._owners(sdoc, heads))
        return out

    def _owners(self, sdoc: Doc, heads: set[int]) -> list[Mention]:
        """'a Saudi-owned supertanker', 'a British-flagged tanker': the owner's or flag's country stands
        for the thing (the mention sits on the participle, which modifies the noun)."""
        out: list[Mention] = []
        for found in OWNED.finditer(sdoc.text):
            hyphen = sdoc.char_span(found.start(), found.start() + 1)
            if hyphen is None or hyphen.start == 0 or hyphen.end >= len(sdoc):
                continue
            tok, part = sdoc[hyphen.start - 1], sdoc[hyphen.end]
            if (
                tok.dep_ not in {"npadvmod", "amod", "compound"}
                or tok.head.i != part.i
                or part.dep_ != "amod"
                or part.i in heads
            ):
                continue
            code = self.lexicon.country_of(tok.text)
            if code is not None:
                name = self.lexicon.country_names.get(code, tok.text)
                actor = Actor(tok.text, name, code, None)
                out.append(Mention(tok.idx, tok.idx + len(tok.text), actor, "country", part.i))
        return out

    def _dictionary_mentions(self, sdoc: Doc, doc: Document, mentions: list[Mention]) -> list[Mention]:
        """Noun phrases naming a dictionary actor: its CAMEO code, with agent codes from the phrase."""
        assert self.cameo is not None
        by_head = {m.head: m for m in mentions}
        for token in sdoc:
            if token.pos_ not in {"NOUN", "PROPN"}:
                continue
            if token.dep_ in {"compound", "amod", "flat"} and token.head.pos_ in {"NOUN", "PROPN"}:
                continue
            tokens = np_tokens(token)
            words = [t.lower_ for t in tokens]
            found = self.cameo.find_actors(words, doc.date)
            agents = self.cameo.find_agents(words)
            if not found:
                if token.i in by_head and agents and by_head[token.i].actor.code is not None:
                    base = by_head[token.i].actor.code or ""
                    code = compose(base, agents)
                    by_head[token.i] = replace(
                        by_head[token.i], actor=cameo_actor(by_head[token.i].actor.entity_text, code)
                    )
                continue
            code = compose(found[0][2][0], agents)
            text = sdoc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
            actor = cameo_actor(text, code)
            by_head[token.i] = Mention(
                tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), actor, "org", token.i
            )
        return sorted(by_head.values(), key=lambda m: m.start)

    def _person_tokens(self, sdoc: Doc, place_chars: set[tuple[int, int]]) -> dict[int, Span]:
        """Token index → PERSON entity, leaving out spaCy's false persons (demonyms, known places)."""
        out: dict[int, Span] = {}
        for ent in sdoc.ents:
            if ent.label_ != "PERSON":
                continue
            if any(
                self.lexicon.country_of(ent[i : i + n].text)
                for n in (2, 3, 4)
                for i in range(len(ent) - n + 1)
            ):
                continue  # "Saint Kitts (and Nevis)", "Sierra Leone": a country's name, no person's
            if ent[-1].tag_ == "NNPS" and ent[-1].lower_ in self.lexicon.peoples:
                continue  # "Young Berbers": a people, no person
            words = [t for t in ent if not self.lexicon.country_of(t.text)]
            words = [t for t in words if not any(s <= t.idx < e for s, e in place_chars)]
            if not words or (any("-" in t.text for t in words) and not HYPHENATED_GIVEN.fullmatch(ent.text)):
                continue
            span = sdoc[words[0].i : words[-1].i + 1]
            for t in span:
                out[t.i] = span
        # A named person's surname alone is that person, whatever spaCy calls it ("Ugandan President
        # Yoweri Museveni … Museveni asked", where "Museveni" is a NORP to the small model).
        surnames = {span[-1].text for span in out.values() if len(span) > 1}
        for t in sdoc:
            if (
                t.i not in out
                and t.pos_ == "PROPN"
                and t.text in surnames
                and (t.ent_type_ not in {"ORG", "GPE", "LOC", "FAC"} or lone_entity(t))
                and not self.lexicon.country_of(t.text)
                and not any(s <= t.idx < e for s, e in place_chars)
            ):
                out[t.i] = sdoc[t.i : t.i + 1]
        return out

    def _country_words(self, tokens: list[Token]) -> str | None:
        """The country the last country word among `tokens` names; names of several words first
        ("Papua New Guinea", "Sri Lankan", "North Korean": "Korean" alone is ambiguous and "Sudanese"
        is the wrong Sudan)."""
        country = None
        i = 0
        while i < len(tokens):
            t = tokens[i]
            run = [t]  # the adjacent words from here, up to four
            for nxt in tokens[i + 1 : i + 4]:
                if nxt.i != run[-1].i + 1:
                    break
                run.append(nxt)
            longer = next(
                (
                    (code, n)
                    for n in (4, 3, 2)
                    if len(run) >= n
                    and not backer(run[n - 1])
                    and (code := self.lexicon.country_of(" ".join(w.text for w in run[:n])))
                ),
                None,
            )
            if longer is not None:
                country, i = longer[0], i + longer[1]
                continue
            continental = t.text.startswith("American") and i > 0 and tokens[i - 1].text in AMERICAS_REGIONS
            # ("Mapuche Indians", "Amazon Indians": the Americas' first peoples, not India's)
            continental = continental or (
                t.lower_ == "indians"
                and i > 0
                and tokens[i - 1].text[:1].isupper()
                and self.lexicon.country_of(tokens[i - 1].text) is None
            )
            # ("the Chinese-language daily": a language, not a state)
            continental = continental or (
                t.i + 2 < len(t.doc) and t.doc[t.i + 2].lower_ in {"language", "speaking"}
            )
            if not backer(t) and not first_name_before(t, self.lexicon) and not continental:
                # ("Latin American governments" are no state's)
                # "Russian-backed separatists" are not Russia's ("Saudi-led" forces are); "Maltese
                # Prime Minister Joseph Muscat" is Maltese
                found = self.lexicon.country_of(t.text)
                after_state = i > 0 and tokens[i - 1].i == t.i - 1 and country is not None
                # ("Bosnian Serb gunmen": the state they live in, then their people)
                country = country if after_state and found is not None else found or country
            i += 1
        return country

    def mention_at(self, head: Token, person_tokens: dict[int, Span]) -> Mention | None:
        """The actor named by the noun phrase headed by `head`, or None when it names none."""
        lex = self.lexicon
        if head.pos_ == "PRON" and head.text.isupper() and len(head.text) > 1:
            # "The WHO delivered supplies": an acronym the tagger read as a pronoun
            found = lex.organization_in([head], self._place_codes)
            if found is not None:
                body = found[0]
                text = doc_text(head.doc)[head.left_edge.idx : head.idx + len(head.text)]
                actor = Actor(text, body.name, body.code, body.sector, body.org)
                return Mention(head.left_edge.idx, head.idx + len(head.text), actor, "org", head.i)
        if head.pos_ == "PRON":
            low = head.lower_
            if low in PRONOUNS_PERSON or low in PRONOUNS_GROUP:
                actor = Actor(entity_text=head.text, name=head.text)
                return Mention(head.idx, head.idx + len(head.text), actor, "pronoun", head.i)
            return None
        if (
            head.pos_ == "NOUN"
            and head.i + 2 < len(head.doc)
            and head.nbor(1).text == "-"
            and head.nbor(2).tag_ == "VBN"
        ):
            return None  # "the opposition-controlled Senate": who controls it describes the Senate
        back_reference = bare_back_reference(head)
        if back_reference and head.dep_ in {"nsubj", "nsubjpass"}:
            pass  # "the alliance warned": a body named before acts (an alliance is also an event noun)
        elif head.pos_ == "NOUN" and head.lemma_.lower() in event_nouns() | self.claim_nouns:
            return None  # "an Israeli troop pullback", "Armenian claims": an event or a claim, not who acts
        referred = state_back_reference(head)
        if referred == 1 or (referred == 2 and head.lemma_.lower() not in lex.roles):
            # "the country", "the neighbouring country", "the Baltic state": a state named before,
            # resolved once the document's mentions are known (states_referred_back)
            tokens = np_tokens(head)
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            text = doc_text(head.doc)[start:end]
            actor = Actor(entity_text=text, name=strip_determiner(text))
            return Mention(start, end, actor, STATE_REFERENCE, head.i)
        if back_reference:
            # With no organisation named before, "the union" is still a union (its role's sector);
            # "the agency" may be a news agency, a UN one or a ministry's, so it stays unresolved.
            sector = None if head.lemma_.lower() == "agency" else self._sector([head], head)[0]
            actor = Actor(entity_text=f"the {head.text}", name=head.text, sector=sector)
            return Mention(head.idx, head.idx + len(head.text), actor, "pronoun", head.i)
        if (
            head.lemma_.lower() == "bank"
            and head.text.islower()
            and any(c.lower_ == "of" for c in head.children)
        ):
            return None  # "the north and south banks of Pangong lake": a shore, no bank
        if head.lower_ == "community" and any(c.lower_ == "international" for c in head.children):
            return None  # "the international community": states at large, no one's civilians
        if head.lemma_.lower() in cue_lemmas("currency"):
            return None  # "500 million dollars to Vietnam": money, not Vietnamese people
        if head.lemma_.lower() == "assembly" and (
            any(c.lower_ in GATHERING_ADJECTIVES for c in head.children)
            or (head.dep_ == "pobj" and head.head.head.lemma_.lower() in {"freedom", "right"})
        ):
            return None  # "charges of unlawful assembly", "freedom of assembly": a gathering, not a house
        tokens = np_tokens(head)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        while tokens and tokens[0].lower_ in DETERMINERS:
            tokens = tokens[1:]
        if not tokens:
            return None
        text = doc_text(head.doc)[start:end]
        own = [t for t in tokens if t.i <= head.i or t.head.i < head.i] or tokens
        own_left = [t for t in tokens if t.i <= head.i]

        person = person_tokens.get(head.i)
        org_hit = lex.organization_in(tokens, self._place_codes)
        if org_hit is None or not org_hit[1] <= head.i <= org_hit[2]:
            # "the Inter-American Commission on Human Rights": a name that goes on past the noun phrase,
            # through the head it names
            longer = lex.organization_in(
                list(head.doc[tokens[0].i : head.right_edge.i + 1]), self._place_codes
            )
            if longer is not None and longer[1] <= head.i <= longer[2]:
                org_hit = longer
        if org_hit is not None and backer(head.doc[org_hit[2]]):
            org_hit = None  # "a UN-backed special court": the sponsor, not the court
        if org_hit is not None and org_hit[1] <= head.i < org_hit[2]:
            self._names_run_on.append((head.i, org_hit[1], org_hit[2]))  # "Organization of American States"
        country = self._country_words(own_left)
        # ("Mostar's Croat mayor": the town whose officer it is says the country, not the people's word)
        town_of = next(
            (
                self._place_country_at[t.idx]
                for t in own_left
                if t.dep_ == "poss" and t.pos_ == "PROPN" and t.idx in self._place_country_at
            ),
            None,
        )
        country = town_of or country
        # Words of an organisation's name are no role: "European Union ministers" are not a union.
        in_org = org_hit is not None and org_hit[2] < head.i
        role_words = [t for t in own_left if not (in_org and org_hit and org_hit[1] <= t.i <= org_hit[2])]
        sector, kind = self._sector(role_words or own_left, head)
        if kind == "title" and head.lemma_.lower() in {"organisation", "organization"}:
            kind = "group"  # "Indonesia's largest Muslim organisation": a body, not one person's title
        if sector is None and head.lemma_.lower() == "coalition" and any_led(own_left):
            sector, kind = "MIL", "group"  # "the Saudi-led coalition", "the US-led coalition": a military one
        of_a_people = any(_people_word(t, lex) for t in own_left if t.i < head.i)
        if sector == "MIL" and country is None and of_a_people:
            sector = "REB"  # "Tigrayan forces", "Kurdish fighters": a people's armed men, no state's army
        if sector in {None, "CVL"} and any(t.lower_ == "displaced" for t in own_left if t.i < head.i):
            sector, kind = "REF", kind or "group"  # "displaced Tutsis", "internally displaced people"
        # "the opposition Chadema party", as "the opposition party"; "opposition lawmakers", "opposition
        # MPs": members for the opposition (but "the opposition-led parliament" is the house)
        opposition = any(t.lower_ == "opposition" and t.nbor(1).text != "-" for t in own_left if t.i < head.i)
        if sector in {"PTY", "LEG"} and (opposition or (sector == "PTY" and head.lower_ == "opposition")):
            sector = "OPP"
        if sector == "GOV" and any(t.lower_ in FORMER for t in own_left):
            sector = "ELI"  # "former President X", "ousted leader": out of office, an elite (CAMEO ELI)
        ethnic = any(t.lower_ == "ethnic" for t in own_left)
        if ethnic:
            # "ethnic Albanians in Serbia": an ethnic group is not its kin state; the country it lives in
            # (when named) codes it.
            country = None
            if sector is None:
                sector, kind = "CVL", "group"
            elif sector == "MIL":
                sector = "REB"  # "ethnic Armenian forces": an ethnic group's fighters are no state's army
        # ("a team of IAEA inspectors": the members' organisation is the team's)
        staff = head
        if head.lemma_.lower() in GROUP_OF_HEADS and org_hit is not None:
            members = next(
                (o for p in head.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), None
            )
            if members is not None and head.i < org_hit[2] < members.i:
                staff = members
        org_left = org_hit is not None and org_hit[2] < staff.i
        if country is None and org_left and org_hit is not None:
            country = org_hit[0].code  # "U.N. weapons inspectors", "the ELN rebel group (in Havana)"
            if (
                country == "IGO"
                and org_hit[0].sector == "IGO"
                and sector in {"GOV", "COP"}
                and staff.tag_ == "NNS"
            ):
                # "UN inspectors", "UN officials", "UN investigators": the body's staff, not a state's
                # officials or police
                sector = "IGO"
        member = head.lemma_.lower() in MEMBER_HEADS
        if org_hit is None and member:
            # ("negotiators for the Revolutionary Armed Forces of Colombia", "a spokesman for Hamas")
            of_objects = [
                o
                for p in head.children
                if p.lower_ in {"of", "from", "for"}
                for o in p.children
                if o.dep_ == "pobj"
            ]
            org_hit = next(
                (h for o in of_objects if (h := lex.organization_in(list(o.subtree), self._place_codes))),
                None,
            )
        if org_hit is None and head.lemma_.lower() in IGO_STAFF_HEADS and head.tag_ == "NNS":
            # "investigators from the U.N. war crimes tribunal", "inspectors from the IAEA": an
            # international body's staff
            sent_by = [
                o for p in head.children if p.lower_ in {"from", "of"} for o in p.children if o.dep_ == "pobj"
            ]
            sending_body = next((h for o in sent_by if (h := lex.organization_in(list(o.subtree)))), None)
            if sending_body is not None and sending_body[0].code == "IGO" and sending_body[0].sector == "IGO":
                country, sector = "IGO", "IGO"
        if org_hit is None and member and sector in {None, "CVL"}:
            # "activists of the opposition party", "supporters of rebel groups": a group named by its
            # role, outside the state, gives its members its sector
            for obj in (o for p in head.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"):
                group_sector, _ = self._sector(np_tokens(obj), obj)
                if group_sector in NON_STATE_SECTORS:
                    sector = group_sector
        if org_hit is not None and member and org_hit[0].sector in NON_STATE_SECTORS:
            # "ELN commanders", "the Houthi leader", "fighters of the Lord's Resistance Army": people of
            # a non-state group are of its sector and country, whatever their rank.
            sector = org_hit[0].sector
            country = country or org_hit[0].code
        if country is None and org_hit is not None and org_hit[1] > head.i and _of_body(head, org_hit):
            country = "IGO"  # "foreign ministers of the Gulf Cooperation Council", "troops of the AU"
        if country is None and member:
            country = self._of_country(head)  # "leaders of Mozambique's Renamo rebel movement"
        if country is None:
            country = self._country_of_place(head)
        if country is None and sector is not None:
            # "the Bush administration", "Putin's government": a known leader's country.
            known = next(
                (lex.person(t.text) for t in own_left if t.pos_ == "PROPN" and lex.person(t.text)), None
            )
            country = known[0] if known is not None and known[0] != "IGO" else None

        if person is None and kind == "title" and org_hit is None:
            person = self._titled_name(head, own_left)  # "President Blaise Compaore" spaCy took for an ORG
        if (
            person is not None
            and org_hit is not None
            and (org_hit[1], org_hit[2]) == (person.start, person.end - 1)
        ):
            person = None  # "Twitter", "Boko Haram" as spaCy PERSONs: a listed organisation's very name
        if person is not None:
            name = person.text
            org = org_hit[0] if org_hit else None
            if sector is None and org is not None:
                sector = org.sector
            if org is not None and org.sector in NON_STATE_SECTORS and head.lemma_.lower() not in FORMER:
                sector = org.sector  # "Houthi leader Abdul-Malik al-Houthi": the group's, not a government's
                country = country or org.code
            known = lex.person(name) or lex.person(strip_determiner(text))  # (also "Pope John Paul II")
            if known is not None:  # "Putin said": the country and office the person holds
                country, sector = country or known[0], sector or known[1]
            actor = Actor(text, name, country, sector or None, org.org if org else None)
            return Mention(start, end, actor, "person", head.i)
        # (the head's own modifiers may come between: "a UN special envoy", "the EU foreign policy chief")
        after_org = [
            t.i
            for t in tokens
            if org_hit is not None
            and t.i > org_hit[2]
            and not (t.i < head.i and t.dep_ in {"amod", "compound"} and "PROPN" not in {t.pos_, head.pos_})
        ]
        if org_hit is not None and (org_hit[1] <= head.i <= org_hit[2] + 1 or after_org[:1] == [head.i]):
            # The name itself, or the name right before the head: "the APEC forum", "(APEC) forum";
            # a role head says who in it acts: "United Nations peacekeepers" are its military.
            org = org_hit[0]
            owner = self._country_words([t for t in own_left if t.i < org_hit[1]])
            org_words = {t.lower_ for t in tokens if org_hit[1] <= t.i <= org_hit[2]}
            if (
                org.code == "IGO"
                and org.sector == "GOV"
                and org.org
                and owner is not None
                and org.org.lower() not in org_words
            ):
                # "Russia's Security Council", "Ukraine's Security Council": the state's own body of
                # that name, not the UN's (whose name the text would give: "the UN Security Council")
                actor = Actor(text, strip_determiner(text), owner, "GOV")
                return Mention(start, end, actor, "org", head.i)
            if head.i > org_hit[2] and sector is not None:
                if head.lemma_.lower() == "agency" and org.sector is not None:
                    sector = org.sector  # "the Inter-Services Intelligence agency": the body's own sector
                elif org.code == "IGO" and org.sector == "IGO" and sector == "NGO":
                    sector = "IGO"  # "UN aid workers": the body's own staff, no charity's
                sender = self._country_words([t for t in own_left if t.i < org_hit[1]])
                if sender is not None and head.lemma_.lower() in ENVOY_HEADS:
                    # "Iraq's UN ambassador": a state's envoy to the body, not the body's
                    actor = Actor(text, strip_determiner(text), sender, sector)
                    return Mention(start, end, actor, "title", head.i)
                actor = Actor(text, strip_determiner(text), org.code, sector, org.org)
                return Mention(start, end, actor, "group", head.i)
            if org.code == "IGO" and org.sector == "NGO" and country is not None:
                # "the Turkish Red Crescent", "the Kenya Red Cross": a national society, not the federation.
                actor = Actor(text, strip_determiner(text), country, "NGO")
                return Mention(start, end, actor, "org", head.i)
            before = self._country_words([t for t in own_left if t.i < org_hit[1]])
            if org.code not in {None, "IGO"} and before is not None and before != org.code:
                # "Canada's House of Commons", "the Kenyan National Intelligence Service": a name that
                # other states' bodies share is the named country's.
                actor = Actor(text, strip_determiner(text), before, org.sector)
                return Mention(start, end, actor, "org", head.i)
            return Mention(start, end, Actor(text, org.name, org.code, org.sector, org.org), "org", head.i)
        if org_hit is not None and head.lower_ in TITLES_OF:
            # "the Head of the ICRC office": a person acting for the organisation.
            org = org_hit[0]
            actor = Actor(text, strip_determiner(text), org.code, org.sector, org.org)
            return Mention(start, end, actor, "title", head.i)
        head_country = None
        if head.pos_ == "PROPN":
            # Multiword names ending at the head first: "the United States", "North Korea", "South
            # Sudanese" (not Sudan's), then the head alone.
            for n in (4, 3, 2):
                words = [t.text for t in own_left[-n:]] if len(own_left) >= n else []
                if words and all(w[:1].isupper() for w in words):
                    head_country = lex.country_of(" ".join(words))
                    if head_country:
                        break
            if head_country is None and not self._ends_a_longer_name(head):
                head_country = lex.country_of(head.text)  # (not "Real Madrid", "Air India")
        if head_country is None and head.pos_ in {"NOUN", "ADJ"} and head.text.istitle() and len(tokens) == 1:
            # "Canberra on Wednesday recognised …": a capital's or country's name the tagger took for a
            # common noun, standing alone
            head_country = lex.country_of(head.text)
        if head_country is None and head.pos_ == "PROPN" and head.text[:1].isupper():
            # "the Republic of Korea"; "The Hague", whose article is part of its name
            head_country = lex.country_of(strip_determiner(text)) or (
                lex.country_of(text) if text.startswith("The ") else None
            )
        if head_country and head.text[:1].isupper() and first_name_before(head, lex):
            head_country = None  # "Joseph Muscat", "Tony Jordan": a surname, not the capital or country
        if head_country and head.text[:1].isupper():
            if head.tag_ in {"NNS", "NNPS"} and head.lower_ in lex.demonyms:
                # "Palestinians", "168 Liberians": people of the country, not its state; "ethnic
                # Hungarians" are of the country they live in, when named.
                people = self._country_of_place(head) if ethnic else head_country
                actor = Actor(text, strip_determiner(text), people, "CVL")
                return Mention(start, end, actor, "group", head.i)
            name = lex.country_names.get(head_country, head.text)
            # "Jakarta forced …": a capital named as an actor is its government (CAMEO convention).
            named_capital = head.lower_ in lex.capitals or strip_determiner(text).lower() in lex.capitals
            # ("Iran's proposal": a state's diplomatic act is its government's)
            owns_act = head.dep_ == "poss" and head.head.lemma_.lower() in STATE_ACT_NOUNS
            capital = "GOV" if named_capital or owns_act else None  # ("New Delhi" as much as "Jakarta")
            if head.dep_ in {"nmod", "compound", "poss"} and any(
                c.dep_ in {"amod", "compound"} and c.lower_ == "military" for c in head.head.children
            ):
                capital = "MIL"  # "a U.S. military airlift": the state's armed forces
            return Mention(start, end, Actor(text, name, head_country, capital), "country", head.i)
        known = lex.person(strip_determiner(text)) if head.pos_ == "PROPN" else None
        if known is None and head.pos_ == "PROPN":
            # "President Omar Hassan al-Bashir" that spaCy calls an organisation: the name after the title
            tail = [t for t in own_left if t.i <= head.i]
            for n in range(min(5, len(tail) - 1), 1, -1):
                first = tail[-n]
                if first.pos_ == "PROPN" and first.lower_ not in lex.roles:
                    named = lex.person(doc_text(head.doc)[first.idx : head.idx + len(head.text)])
                    if named is not None:
                        known = named
                        break
        if known is not None:
            # "Gustavo Petro" that spaCy calls an organisation, or a bare "Petro" it leaves unnamed
            actor = Actor(text, strip_determiner(text), known[0], known[1])
            return Mention(start, end, actor, "person", head.i)
        last_of_entity = head.ent_iob_ != "" and (
            head.i + 1 >= len(head.doc)
            or head.doc[head.i + 1].ent_iob_ != "I"
            # "the Manufacturers Association of Nigeria": the entity goes on with the head's of-phrase
            or (head.doc[head.i + 1].lower_ == "of" and _entity_end(head) == head.right_edge.i + 1)
        )
        if (head.ent_type_ == "ORG" and last_of_entity) or (head.pos_ == "PROPN" and sector is not None):
            ent_text = entitydoc_text(head) or text
            name_words = {t.lower_ for t in own_left}
            if (
                country is None and name_words & INTERNATIONAL_WORDS and sector != "BUS"
            ):  # not "Pacific Shipyards Inc"
                igo = head.lemma_.lower() in INTERGOVERNMENTAL_HEADS
                return Mention(
                    start, end, Actor(text, ent_text, "IGO", "IGO" if igo else None), "org", head.i
                )
            if (
                sector is None
                and head.lemma_.lower() not in NON_STATE_ORG_HEADS
                and not _named_as_non_state_body(head)
                and (len([t for t in own_left if t.pos_ in {"PROPN", "NOUN"}]) > 1 or country is not None)
            ):
                # an unlisted office of state: "the Electoral Commission", "Kuwait Fund"; a one-word name
                # of no country ("USAir", "Siemens", "TWA") may be anything; a ruling one is a party
                # ("Zimbabwe's ruling ZANU-PF")
                sector = "PTY" if any(t.lower_ == "ruling" for t in own_left) else "GOV"
            # ("its warplanes" that spaCy calls an organisation: still weapons, whose owner is found later)
            found_kind = "weapon" if kind == "weapon" and head.pos_ == "NOUN" else "org"
            return Mention(start, end, Actor(text, ent_text, country, sector), found_kind, head.i)
        if sector is None and country is not None and head.tag_ in {"NNS", "NNPS"}:
            # "Iraqi Kurds", "Iraqi towns": people (or places) of a country, civilian unless a role says
            # otherwise (CAMEO codes towns and national groups as CVL); "Iraqi attacks" name events.
            if head.lemma_.lower() in INFRASTRUCTURE_NOUNS:
                return None  # "blocked main highways in central Bolivia": roads, no one's people
            if head.lemma_.lower() in POSSESSION_NOUNS:
                if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
                    return None  # "the assets of senior officials": the officials', named there
                return Mention(
                    start, end, Actor(text, strip_determiner(text), country, None), "group", head.i
                )
            group = None if head.lemma_.lower() in event_nouns() else "CVL"
            if head.lower_ == "positions":
                group = "MIL"  # "Armenian positions": the forces' positions, as targets
            elif head.lemma_.lower() in SEATS_OF_OFFICE and any(t.lower_ in STATE_OWNERS for t in own_left):
                group = "GOV"  # "stormed government buildings in Bishkek": the state's, as targets
            return Mention(start, end, Actor(text, strip_determiner(text), country, group), "group", head.i)
        if sector is not None:
            name = strip_determiner(text)
            several = head.tag_ in {"NNS", "NNPS"} and kind == "title"  # "the ministers"
            if several or any(c.dep_ == "nummod" or c.lower_ == "both" for c in head.children):
                kind = "parties"  # "the two sides": several parties, no single country
            return Mention(start, end, Actor(text, name, country, sector), kind or "group", head.i)
        if country is not None and led_or_run(own_left) and head.lemma_.lower() not in event_nouns():
            # "the Kenyan-led security mission", "a Chinese-run copper mine": the leader's or runner's
            return Mention(start, end, Actor(text, strip_determiner(text), country, None), "group", head.i)
        if head.text[:1].isupper() and (
            head.lower_ in lex.peoples or strip_determiner(text).lower() in lex.peoples
        ):
            # "Kurds", "Tamils", "Uighurs": a people with no state of its own, civilians of the country
            # they are said to live in, when one is named ("Kurds in northern Iraq").
            people = self._country_of_place(head)
            return Mention(start, end, Actor(text, strip_determiner(text), people, "CVL"), "group", head.i)
        del own
        return None

    def _ends_a_longer_name(self, head: Token) -> bool:
        """'Real Madrid', 'Air India', 'Inter Milan': a capitalised word of no country before a
        country's or capital's name makes another name of it (a club, an airline)."""
        if head.i == 0:
            return False
        before = head.doc[head.i - 1]
        return (
            before.dep_ == "compound"
            and before.head.i == head.i
            and before.pos_ == "PROPN"
            and before.text[:1].isupper()
            and before.text.isalpha()
            and self.lexicon.country_of(before.text) is None
            and before.lower_ not in self.lexicon.roles
            and before.lower_ not in NAME_QUALIFIERS
        )

    def _country_of_place(self, head: Token) -> str | None:
        """'students throughout Indonesia', 'parties in Nepal': the country of a locative phrase."""
        preps = [c for c in head.children if c.dep_ == "prep"]
        if head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.head.lemma_.lower() in TALK_NOUNS:
            # "negotiations with communist rebels in Oslo": the parser hangs the talks' venue on the party
            preps = [c for c in preps if c.lower_ not in {"in", "at"}]
        # "guerrillas operating in Macedonia", "refugees living in Chad": the participle's place.
        preps += [p for c in head.children if c.dep_ == "acl" for p in c.children if p.dep_ == "prep"]
        for child in preps:
            named_place = child.lower_ == "of" and any(
                o.pos_ == "PROPN"
                or o.lemma_.lower() in PLACE_NOUNS
                or (head.lower_ not in QUANTITY_HEADS and self._national_thing(o))
                for o in child.children
            )
            if child.lower_ not in LOCATIVE_PREPS and not named_place:
                continue  # "inhabitants of the Golan Heights" is a place; "of Kenyan origin" is not
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                words = list(obj.subtree)
                for i, t in enumerate(words):
                    if not t.text[:1].isupper():
                        continue
                    pair = f"{t.text} {words[i + 1].text}" if i + 1 < len(words) else ""
                    code = (pair and self.lexicon.country_of(pair)) or self.lexicon.country_of(t.text)
                    if code is not None:
                        return code  # "South Sudanese" before "Sudanese"
        return None

    def _titled_name(self, head: Token, tokens: list[Token]) -> Span | None:
        """The capitalised name a title word comes before ("President Blaise Compaore"), when the head
        is a word of it that names no country, role or known place: a person whatever spaCy's tag."""
        lex = self.lexicon
        if head.pos_ != "PROPN" or not head.text[:1].isupper() or head.ent_type_ in {"GPE", "LOC", "NORP"}:
            return None
        name: list[Token] = []
        for t in reversed(tokens):
            if t.i > head.i:
                continue
            low = t.lower_
            if t.pos_ != "PROPN" or low in lex.roles or lex.country_of(t.text) or not t.text[:1].isupper():
                break
            if any(start <= t.idx < end for start, end in self._place_chars):
                return None  # "Prince Albert II": a place's name is in it; the country would be the place's
            name.insert(0, t)
        if len(name) < 2 or name[-1].i != head.i:
            return None  # one word is as likely a place or a body ("President Obama" is found as a PERSON)
        return head.doc[name[0].i : head.i + 1]

    def _national_thing(self, noun: Token) -> bool:
        """'the crew of a Palauan fishing boat', 'families of Kenyan soldiers': a thing or group of a
        named country, whose people the head noun are (but "of Kenyan origin" is a descent, not a state)."""
        if noun.lemma_.lower() in ORIGIN_WORDS:
            return False
        return any(c.dep_ in {"amod", "compound"} and self.lexicon.country_of(c.text) for c in noun.children)

    def _in_a_place_name(self, words: list[Token]) -> bool:
        """Capitalised words inside a place's name ("West Bank", "Gold Coast")."""
        return all(w.text[:1].isupper() for w in words) and any(
            a <= words[0].idx and words[-1].idx + len(words[-1].text) <= b and b - a > len(words[-1].text)
            for a, b in self._place_chars
        )

    def _of_country(self, head: Token) -> str | None:
        """The country that owns or qualifies the group of a member head's of-phrase ("leaders of
        Mozambique's Renamo movement", "fighters of the Somali militia"): the members'."""
        lex = self.lexicon
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                for t in obj.children:
                    if t.dep_ in {"poss", "amod", "compound"} and t.i < obj.i:
                        code = lex.country_of(t.text)
                        if code is not None:
                            return code
        return None

    def _sector(self, tokens: list[Token], head: Token) -> tuple[str | None, str | None]:
        """Sector from the longest role phrase ending at the head, else the head's lemma."""
        roles = self.lexicon.roles
        kept = [t for t in tokens if t.i <= head.i]
        words = [t.lower_ for t in kept]
        lemmas = [t.lemma_.lower() if t.i == head.i else t.lower_ for t in kept]  # "foreign ministers"
        names = [t for t in kept if t.text[:1].isupper() and t.pos_ == "PROPN"]
        named_body = head.ent_type_ != "PERSON" and not any(
            t.lemma_.lower() in NEUTRAL_ROLE_HEADS for t in kept
        )
        if (
            named_body
            and names
            and any(t.lower_ == "opposition" and t.i < names[0].i and t.nbor(1).text != "-" for t in kept)
        ):
            # "the opposition Union of Forces for Change": a party, not a union (but "the
            # opposition-controlled Senate" is the Senate)
            return "OPP", "group"
        police_of = any(
            o.lemma_.lower() == "police"
            for p in head.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        )
        if police_of and roles.get(head.lemma_.lower(), ("", ""))[1] in {"person", "group"}:
            return "COP", "title"  # "the Inspector-General of Police", "the Commissioner of Police"
        if head.lemma_.lower() in BODY_OF_MEMBERS_HEADS and head.text[:1].isupper():
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
                for obj in (o for o in prep.children if o.dep_ == "pobj"):
                    word = obj.lower_
                    hit = roles.get(obj.lemma_.lower()) or roles.get(word)
                    hit = hit or roles.get(word.removesuffix("s"))  # ("Unions", a name's plural)
                    if hit and hit[0] in MEMBERS_SECTORS:
                        return hit[0], "group"  # "the Congress of South African Trade Unions"
        if head.lemma_.lower() in {"committee", "council", "association"}:  # (a union is labour's)
            for owner in (c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"):
                hit = roles.get(owner.lemma_.lower())
                if hit and hit[0] in MEMBERS_SECTORS:
                    return hit[0], "group"  # "a doctors' committee", "the farmers' union": its members'
        if head.lemma_.lower() in GROUP_OF_HEADS:
            # "a delegation of U.S. senators", "a team of doctors": the members' sector
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
                for obj in (o for o in prep.children if o.dep_ == "pobj"):
                    hit = roles.get(obj.lemma_.lower()) or roles.get(obj.lower_)
                    if hit and hit[1] not in {"modifier", "weapon"}:
                        return hit[0], "group"
        before_head = [t for t in kept if t.i < head.i]
        if (
            head.lemma_.lower() in AIRCRAFT_WORDS
            and any(t.lower_ in AIRLINE_WORDS and t.pos_ == "PROPN" for t in before_head)
            and not any(t.lower_ in {"force", "forces", "corps"} for t in before_head)  # ("an Air Force jet")
        ):
            return "CVL", "group"  # "an Indian Airlines jet", "an Air India plane": an airliner
        if head.lemma_.lower() in {"column", "convoy"}:
            # "columns of Russian tanks and artillery": the forces whose weapons move
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
                for obj in (o for o in prep.children if o.dep_ == "pobj"):
                    hit = roles.get(obj.lemma_.lower()) or roles.get(obj.lower_)
                    if hit and hit[1] == "weapon":
                        return hit[0], "group"
        if head.lemma_.lower() in NEUTRAL_ROLE_HEADS:
            # "leaders of the opposition coalition": the group named in the of-phrase.
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
                for obj in (o for o in prep.children if o.dep_ == "pobj"):
                    led = [t for t in obj.subtree if t.i <= obj.i]
                    for t in reversed(led):
                        # ("leaders of the Nigeria Labour Congress": a union, not a legislature)
                        pair = f"{t.nbor(-1).lower_} {t.lower_}" if t.i > led[0].i else ""
                        hit = roles.get(pair) or roles.get(t.lower_) or roles.get(t.lemma_.lower())
                        if hit and not (t.pos_ == "ADJ" and t.lower_ in AMBIGUOUS_ROLE_ADJ):
                            if hit[0] == "PTY" and any(x.lower_ == "opposition" for x in led):
                                return "OPP", "title"  # "leaders of the opposition Bangladesh … Party"
                            return hit[0], "title"
        # "rebel leaders", "police chief", "military chief", "militia leader Thomas Lubanga", "business
        # leaders": the group they lead is the sector (a leader word is GOV only on its own).
        role_head = next((t for t in reversed(kept) if t.lemma_.lower() in NEUTRAL_ROLE_HEADS), None)
        if role_head is not None:
            for t in reversed([t for t in kept if t.i < role_head.i]):
                hit = roles.get(t.lower_) or roles.get(t.lemma_.lower())
                ambiguous = t.pos_ == "ADJ" and t.lower_ in AMBIGUOUS_ROLE_ADJ and t.lower_ != "military"
                if hit and not ambiguous:
                    return hit[0], "title"
        for n in range(min(4, len(words)), 0, -1):
            for i in range(len(words) - n, -1, -1):
                if n == 1 and kept[i].pos_ == "ADJ" and kept[i].lower_ in AMBIGUOUS_ROLE_ADJ:
                    continue  # "a general strike", "national elections": adjectives, no role
                phrase = " ".join(words[i : i + n])
                hit = (
                    roles.get(phrase)
                    or roles.get(" ".join(lemmas[i : i + n]))
                    or roles.get(phrase.replace(" - ", "-"))  # "Secretary - General" as tokenised
                    or roles.get(" ".join(lemmas[i : i + n]).replace(" - ", "-"))  # "hostage - takers"
                    # a plural in a name, which the tagger leaves as it is: "the Manufacturers Association"
                    or (
                        roles.get(phrase[:-1])
                        if n == 1 and kept[i].pos_ == "PROPN" and phrase.endswith("s") and i + n < len(kept)
                        else None
                    )
                )
                if hit and hit[1] == "weapon" and i + n != len(words):
                    continue  # "Iran's missile test": a weapon that only modifies names no one
                if hit and hit[1] == "proper" and not kept[i + n - 1].text[:1].isupper():
                    continue  # "internet services" are no State Emergency Service
                if hit and hit[1] == "common" and kept[i + n - 1].text[:1].isupper():
                    continue  # "the European Community" is no community of civilians
                if hit and hit[1] == "modifier":
                    continue  # "business" names a sector only before a leader word
                hyphened = kept[i].i > 0 and kept[i].nbor(-1).text in {"-", "–"}
                if hit and hyphened and kept[i + n - 1].i < head.i:
                    continue  # "multi-party elections", "cross-party talks": no party acts
                if hit and self._in_a_place_name(kept[i : i + n]):
                    continue  # "the West Bank town of Jenin" is no bank
                if hit and i + n < len(kept) and head.lemma_.lower() in SITE_NOUNS:
                    continue  # "assembly points", "police station grounds": a site named after a body
                if hit and hit[0] == "CVL" and any(w in ARMED_SERVICE_WORDS for w in words[:i]):
                    return "MIL", role_kind(hit[1])  # "army engineers", "navy divers": the forces' own
                if hit:
                    return hit[0], role_kind(hit[1])
        # A plural that the tagger took for a name ("Rebels attacked", "Militias shelled", often at the
        # start of a sentence) keeps its plural as lemma: try it in the singular.
        keys = [head.lemma_.lower(), head.lower_]
        if (head.tag_ == "NNPS" or (head.is_sent_start and not head.ent_type_)) and head.lower_.endswith("s"):
            keys += [head.lower_[:-3] + "y" if head.lower_.endswith("ies") else head.lower_[:-1]]
        for key in keys:
            hit = roles.get(key)
            capitalised = head.text[:1].isupper()
            if (
                hit
                and hit[1] != "modifier"
                and not (hit[1] == "proper" and not capitalised)
                and not (hit[1] == "common" and capitalised)
            ):
                return hit[0], role_kind(hit[1])
        return None, None

    # -- resolving ------------------------------------------------------------------------------
    def _speakers_pronouns(self, sdoc: Doc, found: list[Mention], resolved: list[Mention]) -> list[Mention]:
        """'Syria says it is ready to …', '… he would resign, the minister said': the subject pronoun
        of reported speech is the speaker (a person pronoun a person, 'it'/'they' a group or country)."""
        by_head = {m.head: m for m in resolved}
        out = list(resolved)
        for m in found:
            if m.kind != "pronoun":
                continue
            speaker = speaker_of(sdoc[m.head], self.speech_verbs, self.claim_nouns)
            if speaker is None and m.actor.entity_text.lower() in {"they", "their", "them", "it"}:
                speaker = previous_subject(sdoc[m.head])  # "Rebels attacked the camp. They killed 150."
                if speaker is None and taken_it(sdoc[m.head]) and m.head not in by_head:
                    # "An earthquake devastated Nepal. India pledged $1 billion to help it rebuild":
                    # the state last named, as "the country" would be
                    out.append(replace(m, kind=STATE_REFERENCE))
                    continue
            prior = by_head.get(speaker.i) if speaker is not None else None
            if prior is None and speaker is not None:  # "A group of Yoruba leaders announced that they …"
                of_objs = [
                    o for p in speaker.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
                ]
                prior = by_head.get(of_objs[0].i) if of_objs else None
            if prior is None or prior.kind == "pronoun":
                continue
            person = m.actor.entity_text.lower() in PRONOUNS_PERSON
            if person != (prior.kind in {"person", "title"}):
                continue
            # "Iran and Iraq said they would meet": a plural pronoun is every state of the subject
            plural = m.actor.entity_text.lower() in {"they", "their", "them"} and speaker is not None
            others = [
                by_head[c.i] for c in (speaker.conjuncts if plural and speaker else ()) if c.i in by_head
            ]
            also = tuple(o.actor for o in others if o.kind != "pronoun" and o.actor != prior.actor)
            mention = replace(m, actor=replace(prior.actor, entity_text=m.actor.entity_text), also=also)
            if m.head in by_head:
                out[out.index(by_head[m.head])] = mention
            else:
                out.append(mention)
        return sorted(out, key=lambda m: m.start)

    def _home_country(self, mentions: list[Mention], place_codes: list[str | None]) -> str | None:
        """The country the document is mostly about (for unmarked 'the ministry', 'the government'):
        the most frequent country among the actors named and the places mentioned."""
        codes = [m.actor.code for m in mentions if m.kind != "title"] + place_codes
        counts = Counter(c for c in codes if c and c != "IGO")
        return counts.most_common(1)[0][0] if counts else None

    def _resolve(
        self,
        mentions: list[Mention],
        home: str | None,
        acted_on: dict[int, set[str]] | None = None,
        theirs: set[int] | None = None,
        subjects: set[int] | None = None,
    ) -> list[Mention]:
        """Full names for short ones, people for titles and pronouns; the home country for unmarked
        national groups ('the ministry'), unless it is the country their own clause acts on (`acted_on`,
        by head token): 'the minister criticised Russia' says nothing of the minister's country."""
        acted_on = acted_on or {}
        persons: list[Actor] = []  # named people seen so far, most recent last
        titles: dict[int, str] = {}  # index in persons → the title named just before the name
        people: list[Actor] = []  # people named or titled ("the prime minister of X"), most recent last
        organisations: list[Actor] = []  # organisations named so far, most recent last
        out: list[Mention] = []
        for m in mentions:
            actor = m.actor
            if m.kind == "person":
                full = full_name(actor.name, persons)
                if full is not None:
                    actor = merge(actor, full)
                before = out[-1] if out else None
                if before is not None and before.kind == "title" and 0 <= m.start - before.end <= 1:
                    # "Algeria's energy minister Mohamed Arkab": the title is his ("The minister warned")
                    titles[len(persons)] = before.actor.entity_text
                persons.append(actor)
                people.append(actor)
            elif m.kind == "title":
                prior = person_with_title(actor, persons, titles)
                if prior is not None:
                    actor = replace(merge(actor, prior), entity_text=actor.entity_text)
                if prior is None and m.head in (subjects or set()):
                    people.append(actor)
            elif m.kind == "pronoun":
                low = actor.entity_text.lower()
                if low in PRONOUNS_PERSON and people:
                    actor = replace(people[-1], entity_text=actor.entity_text)
                elif low.startswith("the ") and organisations:
                    actor = replace(organisations[-1], entity_text=actor.entity_text)
                elif low.startswith("the ") and actor.sector is not None:
                    m = replace(m, kind="group")  # "The union rejected the offer": a union, unnamed
                else:
                    continue  # 'it'/'they' stay unresolved: an actor list never invents a referent
            if m.kind == "org" and actor.code is None:
                # "the Securities and Exchange Commission … the SEC": an acronym of a name given before
                short = strip_determiner(actor.entity_text).replace(".", "")
                spelled = next((o for o in reversed(organisations) if spells(short, o.name)), None)
                if spelled is not None:
                    actor = replace(spelled, entity_text=actor.entity_text)
            if m.kind == "org" or (m.kind in {"person", "group"} and actor.sector in NON_STATE_GROUPS):
                organisations.append(actor)  # "Boko Haram" (a PERSON to spaCy) is a group
            national = (
                actor.sector in {"GOV", "MIL", "COP", "JUD", "LEG"}
                and m.kind not in {"parties", "weapon"}
                and not of_several_states(actor)  # "Western governments"
            )
            if actor.code is None and national and m.head in (theirs or set()) and persons:
                actor = replace(actor, code=persons[-1].code)  # "Jammeh … His government severed ties"
            if actor.code is None and national and home and home not in acted_on.get(m.head, set()):
                actor = replace(actor, code=home)
            out.append(replace(m, actor=actor))
        return out


def _named_as_non_state_body(head: Token) -> bool:
    """Is the head the end of a name that hangs on a word of a body outside the state ("the Movement
    for Democratic Change", "the Sudan Monitoring Centre for Civil Rights")? The name's own head is the
    word the rest of the entity depends on."""
    start, end = entity_bounds(head)
    roots = [t for t in head.doc[start:end] if not start <= t.head.i < end or t.head.i == t.i]
    return len(roots) == 1 and roots[0].i != head.i and roots[0].lemma_.lower() in NON_STATE_ORG_HEADS


def _entity_end(tok: Token) -> int:
    """The end (exclusive token index) of the named entity that tok is part of."""
    return entity_bounds(tok)[1]


def _people_word(tok: Token, lex: ActorLexicon) -> bool:
    """A capitalised word naming a people or a region's people, not a state's: "Tigrayan", "Kurdish"."""
    word = tok.text
    return (
        tok.dep_ in {"amod", "compound"}
        and word[:1].isupper()
        and not word.isupper()
        and word.lower().endswith(("an", "ish", "ese", "i"))
        and word.lower() not in STATE_FORCE_WORDS
        and lex.country_of(word) is None
        and tok.ent_type_ not in {"GPE", "LOC", "PERSON"}  # "General Sani Abacha": a name, no people
    )


# Particles that join an Arabic name across a hyphen: "Hafez al-Assad", "Abu Bakr al-Baghdadi".
_NAME_PARTICLE = re.compile(r"(?:^|\s)(?:al|el|ad|as|ash|bin|ibn|abu|ben)$", re.IGNORECASE)


def _join_name_particles(text: str, mentions: list[Mention]) -> list[Mention]:
    """One person, not two, where the parser splits a name at the hyphen after its particle: "Syrian
    President Hafez al" and "Assad" are "Syrian President Hafez al-Assad"."""
    out: list[Mention] = []
    for m in mentions:
        before = out[-1] if out else None
        if (
            before is not None
            and text[before.end : m.start] in {"-", "‐", "–"}
            and _NAME_PARTICLE.search(text[before.start : before.end])
            and m.kind == "person"
        ):
            joined = text[before.start : m.end]
            actor = replace(before.actor, entity_text=joined, name=strip_determiner(joined))
            actor = replace(
                actor, code=before.actor.code or m.actor.code, sector=before.actor.sector or m.actor.sector
            )
            out[-1] = replace(before, end=m.end, actor=actor, kind="person")
            continue
        out.append(m)
    return out


def _of_body(head: Token, org_hit: tuple[Organization, int, int]) -> bool:
    """Whether the organisation found in the head's phrase is an international body that ends the
    head's of-phrase ("ministers of the GCC"), or names the body that ends it ("the chief prosecutor
    of the UN war crimes tribunal"), not one named elsewhere in it."""
    last = head.doc[org_hit[2]]
    if backer(last) or (last.i + 1 < len(last.doc) and last.nbor(1).text in {"-", "–"}):
        return False  # "the commander of the UN-backed army": a sponsor, not the body
    while last.dep_ in {"compound", "amod", "poss", "nmod"} and last.head.i > last.i:
        last = last.head
    return (
        org_hit[0].code == "IGO"
        and last.dep_ == "pobj"
        and last.head.lower_ == "of"
        and last.head.head.i == head.i
    )
