"""Deterministic synthetic text in three languages, with a Zipf word distribution.

A few real words head each vocabulary, so the most common search word is a real one; the
tail is pseudo-words built from syllables, so rare words really are rare (tens of documents
in 300,000).
"""

import itertools
import random

SEED = 2026
VOCABULARY_SIZE = 30_000

HEAD_WORDS = {
    "be": "правы чалавека суд Беларусь палітвязні праваабаронцы свабода затрыманне арышт прысуд"
    " заява калонія журналіст міліцыя пратэст адвакат выбары катаванні",
    "ru": "права человека суд Беларусь политзаключённые правозащитники свобода задержание"
    " арест приговор заявление колония журналист милиция протест адвокат выборы пытки",
    "en": "human rights court Belarus political prisoners defenders freedom detention arrest"
    " sentence statement colony journalist police protest lawyer elections torture",
}
SYLLABLES = {
    "be": "ба бе бі ва ве ві га гэ да дзе ду жа за зу ка ко лі ла ле ма мі на не но па пе ра ро"
    " ры са сё та ту ўа ця чы ша шу",
    "ru": "ба бе ви ва ве га ге да де ду жа за зу ка ко ли ла ле ма ми на не но па пе ра ро"
    " ры са сё та ту ца чи ша шу",
    "en": "ba be bi ca co da de di fa fe ga go ha he ka ki la le li ma mo na ne no pa pe ra re"
    " ri sa se ta te to va ve",
}


class Corpus:
    """Word sampler for one language; `common_word` and `rare_word` are fixed by the seed."""

    def __init__(self, language, seed=SEED):
        rng = random.Random(f"{language}-{seed}")
        head = HEAD_WORDS[language].split()
        syllables = SYLLABLES[language].split()
        words = dict.fromkeys(w.lower() for w in head)
        while len(words) < VOCABULARY_SIZE:
            words.setdefault("".join(rng.choices(syllables, k=rng.randint(2, 4))))
        self.words = list(words)
        self.head = head
        self.cum_weights = list(itertools.accumulate(1 / rank for rank in range(1, len(words) + 1)))
        self.common_word = self.words[0]
        self.rare_word = self.words[-1]

    def sentence(self, rng, low, high):
        text = " ".join(
            rng.choices(self.words, cum_weights=self.cum_weights, k=rng.randint(low, high))
        )
        return text[:1].upper() + text[1:] + "."

    def title(self, rng):
        return self.sentence(rng, 5, 10)[:-1]

    def lead(self, rng):
        return f"{self.sentence(rng, 8, 16)} {self.sentence(rng, 8, 16)}"

    def body(self, rng):
        paragraphs = (
            " ".join(self.sentence(rng, 8, 20) for _ in range(rng.randint(2, 4)))
            for _ in range(rng.randint(2, 4))
        )
        return "".join(f"<p>{p}</p>" for p in paragraphs)

    def tag_names(self, count):
        """`count` distinct tag names: a real phrase first, then pairs of frequent words."""
        pairs = (f"{self.words[2 + i % 16]} {self.words[18 + i]}" for i in range(count - 1))
        return [" ".join(self.head[:2]).capitalize()] + [p.capitalize() for p in pairs]
