"""Averages: "took £96 million from 3.2 million tickets, an average of £30 per ticket",
"€410 million, an average of €64 per passenger" (the count in an earlier sentence), "each
consultation cost CHF 26", "for each of its 285,120 residents, spending amounts to $4,020",
"earnings per share came to NOK 14.31", "the average shopper spent $380.95".

The count is the figure of the things the words count ("per resident": the residents), here
or in an earlier sentence; the aggregate is the other figure in the average's unit here, else
the one an earlier sentence names with the average's words ("the budget works out to $2,990
per person": the budget).  Where the words name neither, there is no relation.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from kg.authoring.suggest.kinds.cues import refers_back
from kg.authoring.suggest.kinds.difference import interval_bound
from kg.authoring.suggest.kinds.portions import (CELL, STATES, accounted_for,
                                                 averaged_subject, is_base,
                                                 is_change, is_earlier, is_portion, is_rate,
                                                 level, name, nouns_after, resolve, same_span,
                                                 stating_verb, stem, row_label, table_rows,
                                                 words_before)
from kg.authoring.suggest.kinds.share import (ALLOCATED, ARMS, CONTROL, INTERVENTION,
                                              allocation)
from kg.authoring.suggest.suggestion import Suggestion, make, unclaimed
from kg.authoring.suggest.text import (AMOUNTS, COUNT, DATE, FIGURES, FRACTION, MONEY,
                                       PERCENT, QUANTITY, YEAR, Document, Match, Patterns,
                                       Sentence, Slot, figure, words)
from kg.numbers import CURRENCIES

_EACH = ("a", "an", "per", "each", "every")
#: "$45.10 a year earlier", "12 percent a year": a period, not a thing counted
_PERIODS = ("year", "years", "month", "months", "week", "weeks", "day", "days", "quarter",
            "decade", "century", "time", "record", "total", "further", "rise", "fall", "gain",
            "drop", "loss")
_AVERAGE = ("average", "averaging", "averaged", "mean")
#: words after "each" that are no noun it counts ("60 hours each on average", "each in turn")
_NO_NOUN = ("on", "in", "at", "over", "across", "for", "to", "from", "with", "and", "or", "but",
            "during", "by", "that", "which")
#: the pronouns a verb's object may be ("each meal cost us"): no word of the thing's name
_OBJECTS = ("us", "them", "him", "her", "it", "me", "you", "we", "they")
#: the periods a number may be "a"/"per" of ("406 patients a day")
_PERIOD_WORDS = ("day", "week", "month", "year", "hour", "night")
#: words that hedge a figure set off after another: "…, or roughly $72 …", "- about 56 cents"
_HEDGES = ("or", "some", "about", "roughly", "nearly", "around", "almost", "approximately",
           "just", "close", "to", "under", "over")
#: words of a clause that name nothing ("works out to", "amounts to")
_VERBS = {"work", "works", "worked", "out", "amount", "amounts", "came", "come", "comes", "was",
          "were", "is", "are", "means", "mean", "which", "cost", "costs", "the",
          "average", "about", "some", "roughly", "nearly", "almost", "around"}
#: the words that say an amount is what a run of periods adds up to: "comes to", "totals"
_COMES_TO = ("comes", "come", "came", "coming", "to", "totals", "totalled", "totaled",
             "totalling", "totaling", "amounts", "amounted", "amounting", "adds", "added",
             "adding", "up", "is", "makes", "making", "works", "worked", "out", "at", "or",
             "some", "about", "roughly", "nearly", "around", "almost", "a", "total", "of", ",",
             "-", "–", "—")
#: words after "one" that name no thing it counts ("one of the", "one in five", "one or two")
#: or that end its phrase
_NOT_ONE = ("of", "in", "or", "and", "to", "a", "an", "the", "but", "which", "that", "who",
            "while", "than", "more", "less", "another", "other", "each", "per")
#: words that end the phrase of the one thing priced: another clause's cost follows them
_ONE_ENDS = ("and", "but", "while", "whereas", "which", "who", "than", "or", "per", "each",
             "every", "more", "less")
#: nouns of the money one thing came to ("an average loan amount of", "the mean fare of")
_AMOUNT_NOUNS = ("amount", "price", "cost", "value", "fare", "fee", "payment", "spend", "bill",
                 "gift", "donation", "grant", "award", "balance", "loan", "claim")
#: the nouns after an average word that name no amount each thing came to ("an average
#: rate of 3.7%", "a mean age of 61.4", "an average increase of £20")
_NOT_PER_THING = ("rate", "rates", "age", "ages", "growth", "increase", "increases", "rise",
                  "rises", "fall", "falls", "decline", "drop", "gain", "change", "changes",
                  "reduction", "temperature", "score", "scores", "margin", "yield", "return",
                  "returns", "interest", "inflation", "level", "levels", "length", "duration",
                  "delay", "wait", "speed", "distance", "annual", "monthly", "weekly", "daily",
                  "yearly", "of", "and", "or", "number", "total", "share", "proportion",
                  "percentage", "ratio", "multiple")
#: the participles of "spread over", "divided between" that open a clause sharing a total out
_SHARED = ("spread", "divided", "split", "shared")
_SHARED_OVER = ("over", "across", "between", "among", "into")
#: the particles of a phrasal verb of giving or spending ("put in", "paid out")
_PARTICLES = ("in", "out", "up", "down", "away", "back")
#: the words that open another clause between a count and a price ("and", "but", …)
_CLAUSE_WORDS_AT = ("and", "but", "or", "while", "whereas", "which", "who", "than", "from",
                    "against", "compared", "versus", "vs", "at", "of")
#: the words that set a price's total off after it: "worth", "bringing in", "added"
_WORTH = ("worth", "bringing", "brought", "raising", "raised", "adding", "added", "generating",
          "generated", "taking", "took", "in", "a", "total", "of", "for")
#: the words between a total and the number of periods it is spread over: "over a
#: nine-month academic year", "for a full week of seven nights", "over the 12 months"
_SPAN_OPENERS = ("the", "a", "an", "its", "their", "full", "whole", "entire", "complete",
                 "week", "month", "year", "season", "term", "of")
#: words that make a span's total an offer of its own, no sum of its periods' amounts
#: ("£12 a day, or £60 for seven days - save £24")
_OFFER = re.compile(r"\b(?:save[sd]?|saving|savings|discount\w*|off|cheaper|instead|reduced|"
                    r"less|only|just|free)\b", re.I)
PATTERNS = Patterns({
    "average": [
        [words(*_AVERAGE), words("of", optional=True),
         figure(MONEY, QUANTITY, COUNT, role="average")],
        [words("on"), words("average"), figure(MONEY, QUANTITY, COUNT, role="average")],
        # "an average loan amount of $27,850", "an average gift of £38": the money each
        # thing came to, named by what it is
        [words(*_AVERAGE), {"IS_ALPHA": True, "OP": "?"}, words(*_AMOUNT_NOUNS),
         words("of"), figure(MONEY, role="average")],
        # "an average holding of £1,500", "an average crowd of 2,150": what each thing came
        # to, named by a noun of its own (not a rate, an age or a change: no thing's share)
        [words(*_AVERAGE), {"IS_ALPHA": True, "LOWER": {"NOT_IN": list(_NOT_PER_THING)}},
         words("of"), figure(MONEY, QUANTITY, COUNT, role="average")],
    ],
    "per": [
        [figure(MONEY, QUANTITY, role="average"), words(*_EACH),
         {"IS_ALPHA": True, "LOWER": {"NOT_IN": list(_PERIODS)}}],
        [figure(MONEY, QUANTITY, role="average"), words("each", "apiece")],
        # "€1.46 of earnings per share", "12.1 kg of waste per resident": the measure named
        # between the amount and the thing it is per
        [figure(MONEY, QUANTITY, role="average"), words("of"),
         {"IS_ALPHA": True, "LOWER": {"NOT_IN": ["the", "a", "an", "all", "its", "their",
                                                 "our", "which", "whom", "those", "these",
                                                 "them", "it"]}, "OP": "{1,2}"},
         words("per", "each", "every"),
         {"IS_ALPHA": True, "LOWER": {"NOT_IN": list(_PERIODS)}}],
        # "48 grants worth €9,000 a year each": an amount a period for each of the things
        [figure(MONEY, QUANTITY, role="average"), words("a", "an", "per"),
         words(*_PERIOD_WORDS), words("each", "apiece")],
        [figure(MONEY, QUANTITY, COUNT, role="average"), words("for"), words("every", "each")],
        # "450 people for each well": the thing counted named between
        [figure(COUNT, role="average"), {"IS_ALPHA": True, "LOWER": {"NOT_IN": ["for"]}},
         words("for"), words("every", "each"), {"IS_ALPHA": True}],
        # "wrote 12,000 reports - about 300 per inspector": a number set off after the
        # clause that counts the things it is of, per another thing (its noun left unsaid)
        [{"TEXT": {"IN": [",", "-", "–", "—", "("]}}, words("or", optional=True),
         figure(COUNT, role="average"), words("per"),
         {"IS_ALPHA": True, "LOWER": {"NOT_IN": list(_PERIODS)}}],
        # "roughly 310 people per water point": a count of one thing per another
        [figure(COUNT, role="average"), {"IS_ALPHA": True, "LOWER": {"NOT_IN": list(_EACH)}},
         words("per", "each", "every"),
         {"IS_ALPHA": True, "LOWER": {"NOT_IN": list(_PERIODS)}}],
        # "80 households a village on average": "a" thing, with "on average" to say so (no
        # period: "3 visits a week on average" is a rate over time)
        [figure(COUNT, role="average"), {"IS_ALPHA": True, "LOWER": {"NOT_IN": list(_EACH)}},
         words("a", "an"),
         {"IS_ALPHA": True, "LOWER": {"NOT_IN": [*_PERIODS, *_PERIOD_WORDS, "night",
                                                 "nights", "hours", "head"]}},
         words("on"), words("average")],
    ],
    # "118 goals, which works out at 2.95 a match": a bare number a clause says the things
    # before come to per thing (a verb of coming to, then "a"/"per" and a noun); the things
    # and what they come to both counted in the same sentence (kept only so)
    "comes-to-per": [
        [words("works", "work", "worked", "comes", "come", "came", "amounts", "amounted",
               "equates", "equated"), words("out", optional=True), words("at", "to"),
         words(*_HEDGES[1:], optional=True), figure(COUNT, role="average"),
         words("a", "an", "per", "each", "every"),
         {"IS_ALPHA": True, "LOWER": {"NOT_IN": [*_PERIODS, *_PERIOD_WORDS, "cent", "centum",
                                                 "mille"]}}],
    ],
    # "each consultation cost CHF 26", "the average shopper spent $380.95"
    "each": [[words("each", "every", "average", "typical"), {"IS_ALPHA": True},
              {"IS_ALPHA": True, "LOWER": {"NOT_IN": ["of"]}},
              # ("the average backer put in £77": a verb's particle)
              {"LOWER": {"IN": list(_PARTICLES)}, "OP": "?"}, {"LOWER": "about", "OP": "?"},
              figure(MONEY, QUANTITY, role="average")],
             # "the average claim paid was £19,410": the thing, a word of what was done with
             # it, then the verb of being
             [words("average", "typical"), {"IS_ALPHA": True},
              {"IS_ALPHA": True, "LOWER": {"NOT_IN": ["of", *_NO_NOUN]}},
              words("was", "were", "is", "are"), {"LOWER": "about", "OP": "?"},
              figure(MONEY, QUANTITY, role="average")]],
    # "on average each smart meter logged 0.6 MWh": a thing named in two words, and what each
    # came to (kept only where an average word says so; the second word is the thing)
    "each-compound": [[words("each", "every"), {"IS_ALPHA": True},
                       {"IS_ALPHA": True, "LOWER": {"NOT_IN": list(_NO_NOUN)}},
                       {"IS_ALPHA": True, "LOWER": {"NOT_IN": [*_NO_NOUN, *_OBJECTS]}},
                       {"LOWER": {"IN": ["about", "around", "roughly", "some", "nearly"]},
                        "OP": "?"},
                       figure(MONEY, QUANTITY, role="average")]],
    # "the club's 2,300 members each paid, on average, £45": the things counted right before
    # "each", and what each came to after the verb and the average's words
    "count-each": [[figure(COUNT, role="count"),
                    {"IS_ALPHA": True, "LOWER": {"NOT_IN": list(_NO_NOUN)}, "OP": "{1,2}"},
                    words("each"), {"IS_ALPHA": True, "LOWER": {"NOT_IN": list(_NO_NOUN)}},
                    {"LOWER": {"IN": [",", "on", "average", "an", "a", "of", "about", "around",
                                      "roughly", "some", "nearly", "mean"]}, "OP": "{1,6}"},
                    figure(MONEY, QUANTITY, COUNT, role="average")]],
    # "each meal cost us an average of $3.00": the thing each names before the verb and the
    # average's words, in the same clause
    "each-average": [[words("each", "every"), {"IS_ALPHA": True,
                                               "LOWER": {"NOT_IN": list(_NO_NOUN)}},
                      {"IS_ALPHA": True, "LOWER": {"NOT_IN": ["of", "and", "but", "while"]},
                       "OP": "{1,3}"},
                      words("an", "a", optional=True), words(*_AVERAGE), words("of", optional=True),
                      words("about", "around", "roughly", "some", "nearly", optional=True),
                      figure(MONEY, QUANTITY, COUNT, role="average")]],
    # "on average each flight carried 148.6 passengers": a number of other things for each
    # (kept only where an average word says so and the things are named after the figure)
    "each-count": [[words("each", "every"), {"IS_ALPHA": True},
                    {"IS_ALPHA": True, "LOWER": {"NOT_IN": ["of"]}},
                    {"LOWER": {"IN": ["about", "around", "roughly", "some", "nearly"]},
                     "OP": "?"},
                    figure(COUNT, role="average"), {"IS_ALPHA": True}]],
    # "around 406 patients a day across the year's 365 days": a number per period spread
    # over a number of those periods the words give right after it
    "per-period": [[figure(MONEY, QUANTITY, COUNT, role="average"),
                    {"IS_ALPHA": True, "OP": "?", "LOWER": {"NOT_IN": list(_EACH)}},
                    words("a", "an", "per", "each"), words(*_PERIOD_WORDS),
                    # ("over 91 days" may be drafted as one figure: its "over" is no hedge)
                    words("across", "over", "in", "during", "for", optional=True),
                    {"IS_ALPHA": True, "OP": "{0,2}", "LOWER": {"IN": ["the", "its", "their",
                                                                    "our", "year", "month",
                                                                    "quarter", "week"]}},
                    {"LOWER": "'s", "OP": "?"},
                    figure(QUANTITY, COUNT, role="count")]],
    # "Over the 92 days of the summer, the port saw about 61,100 passengers a day": the span
    # of periods named first, then the number per period in the same clause
    "period-first": [[words("across", "over", "during", "in"),
                      {"IS_ALPHA": True, "OP": "{0,2}", "LOWER": {"IN": [
                          "the", "its", "their", "our", "year", "month", "quarter", "week",
                          "summer", "winter", "season"]}},
                      {"LOWER": "'s", "OP": "?"},
                      figure(QUANTITY, COUNT, role="count"),
                      {"NORM": {"NOT_IN": list(FIGURES)}, "LOWER": {"NOT_IN": [".", ";", ":"]},
                       "OP": "{0,10}"},
                      figure(MONEY, QUANTITY, COUNT, role="average"),
                      {"IS_ALPHA": True, "OP": "?", "LOWER": {"NOT_IN": list(_EACH)}},
                      words("a", "an", "per", "each"), words(*_PERIOD_WORDS)]],
    # "Spread over ten monthly instalments, that is £228 a month": a total shared out over
    # the periods (or things made once a period) the clause counts, an amount a period
    "spread-over": [[words(*_SHARED), words(*_SHARED_OVER, optional=True),
                     {"IS_ALPHA": True, "OP": "{0,2}", "LOWER": {"IN": [
                         "the", "its", "their", "our", "his", "her", "year", "month"]}},
                     {"LOWER": "'s", "OP": "?"},
                     figure(QUANTITY, COUNT, role="count"),
                     {"NORM": {"NOT_IN": list(FIGURES)}, "LOWER": {"NOT_IN": [".", ";", ":"]},
                      "OP": "{0,8}"},
                     figure(MONEY, QUANTITY, COUNT, role="average"),
                     {"IS_ALPHA": True, "OP": "?", "LOWER": {"NOT_IN": list(_EACH)}},
                     words("a", "an", "per", "each"), words(*_PERIOD_WORDS)]],
    # "the mean nightly audience was 1,250 over 12 nights": a noun phrase an average word
    # heads, and its stated value (kept only where averaged_subject finds that phrase)
    "subject": [[words(*sorted(STATES)), words("at", "to", "out", optional=True),
                 words("at", "to", optional=True),
                 words("about", "around", "roughly", "some", "nearly", "almost", "just",
                       optional=True),
                 figure(MONEY, QUANTITY, COUNT, role="average")]],
    # "received 939,000 visitors in each of the six months", "about 263 visitors on each of
    # the year's 365 days"
    "in-each-of": [[words("average"), {"IS_ALPHA": True, "OP": "{0,4}"},
                    figure(MONEY, QUANTITY, COUNT, role="average"),
                    {"IS_ALPHA": True, "OP": "{0,3}"},
                    words("in", "for", "over", "on"), words("each"), words("of"),
                    words("the", optional=True),
                    {"IS_ALPHA": True, "OP": "{0,2}", "LOWER": {"IN": ["year", "month",
                                                                    "quarter", "week",
                                                                    "season", "its"]}},
                    {"LOWER": "'s", "OP": "?"},
                    figure(COUNT, QUANTITY, role="count")]],
    # "€9.60 per user / month (€115.20 a year)", "$10 a month, or $120 a year": a price
    # a period and the same price a longer span, whose periods the document counts
    "periodic": [
        [figure(MONEY, role="average"), {"IS_ALPHA": True, "OP": "{0,2}"},
         words("/", "a", "an", "per", "each", "every"), words(*_PERIOD_WORDS),
         {"LOWER": {"IN": ["(", ",", "or", "-", "–", "which", "is", "comes", "to", "that",
                           "'s", *_HEDGES]}, "OP": "{1,4}"},
         figure(MONEY, role="aggregate"), words("/", "a", "an", "per", "each", "every"),
         words(*_PERIOD_WORDS)],
        # "€115.20 a year (€9.60 a month)": the span's first
        [figure(MONEY, role="aggregate"), words("/", "a", "an", "per", "each", "every"),
         words(*_PERIOD_WORDS),
         {"LOWER": {"IN": ["(", ",", "or", "-", "–", "which", "is", "comes", "to", "that",
                           "'s", *_HEDGES]}, "OP": "{1,4}"},
         figure(MONEY, role="average"), {"IS_ALPHA": True, "OP": "{0,2}"},
         words("/", "a", "an", "per", "each", "every"), words(*_PERIOD_WORDS)],
    ],
    # "spent £41.20 a week on fuel, which over 52 weeks comes to £2,142 a year": an amount
    # a period, then the number of those periods and the total it comes to over them
    "spread": [[figure(MONEY, QUANTITY, role="average"),
                {"IS_ALPHA": True, "OP": "?", "LOWER": {"NOT_IN": list(_EACH)}},
                words("a", "an", "per", "each"), words(*_PERIOD_WORDS),
                {"NORM": {"NOT_IN": list(FIGURES)},
                 "LOWER": {"NOT_IN": [".", ";", ":", "against", "compared", "than", "versus",
                                      "vs", "while", "whereas", "but"]}, "OP": "{0,12}"},
                # ("over 52 weeks" may be drafted as one figure)
                words("over", "across", "for", "in", optional=True),
                figure(QUANTITY, role="count"),
                {"LOWER": {"IN": list(_COMES_TO)}, "OP": "{1,4}"},
                figure(MONEY, QUANTITY, role="aggregate")],
               # "budget £950 a month for rent and bills, or £11,400 over 12 months": the
               # total set off after "or", then the periods it is spread over
               [figure(MONEY, QUANTITY, role="average"),
                {"IS_ALPHA": True, "OP": "?", "LOWER": {"NOT_IN": list(_EACH)}},
                words("a", "an", "per", "each"), words(*_PERIOD_WORDS),
                {"NORM": {"NOT_IN": list(FIGURES)},
                 "LOWER": {"NOT_IN": [".", ";", ":", "against", "compared", "than", "versus",
                                      "vs", "while", "whereas", "but", "or"]}, "OP": "{0,12}"},
                words("or"), words(*_HEDGES[1:], optional=True),
                figure(MONEY, QUANTITY, role="aggregate"),
                words("over", "across", "for", "in", optional=True),
                {"LOWER": {"IN": list(_SPAN_OPENERS)}, "OP": "{0,4}"},
                figure(QUANTITY, COUNT, role="count")],
               # "£95 a month, £570 for the six-month season", "£31.00 a night - £217.00 for
               # a full week of seven nights": the total set off right after the amount's
               # period, then the periods it is spread over
               [figure(MONEY, QUANTITY, role="average"),
                {"IS_ALPHA": True, "OP": "?", "LOWER": {"NOT_IN": list(_EACH)}},
                words("a", "an", "per", "each"), words(*_PERIOD_WORDS),
                {"TEXT": {"IN": [",", "-", "–", "—"]}}, words(*_HEDGES[1:], optional=True),
                figure(MONEY, QUANTITY, role="aggregate"),
                # ("over 12" may be drafted as one figure)
                words("over", "across", "for", "in", optional=True),
                {"LOWER": {"IN": list(_SPAN_OPENERS)}, "OP": "{0,4}"},
                figure(QUANTITY, COUNT, role="count")]],
    # "feeding one pupil for the school year cost $50.90", "a single night in the shelter
    # costs £35": what one of the things costs is the amount per thing
    "one": [[words("one", "single"), {"IS_ALPHA": True, "LOWER": {"NOT_IN": list(_NOT_ONE)}},
             {"IS_ALPHA": True, "LOWER": {"NOT_IN": list(_ONE_ENDS)}, "OP": "{0,6}"},
             words("cost", "costs"), words(*_HEDGES[1:], optional=True),
             figure(MONEY, role="average")],
            # "it cost $50.90 to feed one pupil": the amount first, the one thing after
            [words("cost", "costs"), words(*_HEDGES[1:], optional=True),
             figure(MONEY, role="average"), words("to"), {"IS_ALPHA": True, "OP": "{1,2}"},
             words("one", "single"), {"IS_ALPHA": True,
                                      "LOWER": {"NOT_IN": list(_NOT_ONE)}}]],
    # "one nurse for every 28 patients": the number of one kind of thing (the patients) for
    # each of another (the nurses), the things each side names counted here or before
    "one-for-every": [[words("one"), {"IS_ALPHA": True, "LOWER": {"NOT_IN": list(_NOT_ONE)},
                                      "OP": "{1,3}"},
                       words("for"), words("every", "each"),
                       words(*_HEDGES[1:], optional=True), figure(COUNT, role="average"),
                       {"IS_ALPHA": True, "LOWER": {"NOT_IN": list(_NO_NOUN)}}]],
    # "about nine people in a typical class", "some 40 pupils in the average school": the
    # number of things the one "typical"/"average" thing holds, that thing counted before
    # ("in a typical week" is a rate over time, no thing counted)
    # (the thing's one word ends the phrase: "at an average realised price of …" is a price)
    "typical": [[figure(COUNT, QUANTITY, role="average"),
                 {"IS_ALPHA": True, "LOWER": {"NOT_IN": list(_NO_NOUN)}, "OP": "{0,2}"},
                 words("in", "on", "per", "for"), words("a", "an", "the"),
                 words("typical", "average"),
                 {"IS_ALPHA": True, "LOWER": {"NOT_IN": [*_NO_NOUN, *_PERIODS,
                                                         *_PERIOD_WORDS, *_AMOUNT_NOUNS,
                                                         "night", "nights", "season", "term",
                                                         "semester"]}},
                 {"LOWER": {"IN": [".", ",", ";", ":", "-", "–", "—", ")", "and", "but",
                                   "which", "while", "this", "last"]}}]],
    # "will award eight $1,500 scholarships - $12,000 in all": a count right before the
    # price of each of the things it counts (kept only where the words restate the total)
    "count-priced": [[figure(COUNT, role="count"), figure(MONEY, role="average"),
                      {"IS_ALPHA": True, "LOWER": {"NOT_IN": list(_NO_NOUN)}}]],
    # "sold 2,310 family passes at £65, bringing in £150,150": a count of things, the price
    # they went at (no "each" said), then the total it brought set off after it
    "count-at": [[figure(COUNT, role="count"), {"TEXT": ")", "OP": "?"},
                  {"IS_ALPHA": True, "LOWER": {"NOT_IN": [*_CLAUSE_WORDS_AT, *_EACH]},
                   "OP": "{1,4}"},
                  {"TEXT": ",", "OP": "?"},
                  {"LOWER": {"IN": ["sold", "priced", "bought", "issued", "charged"]},
                   "OP": "?"},
                  words("at"), figure(MONEY, role="average"), {"TEXT": ","},
                  {"LOWER": {"IN": list(_WORTH)}, "OP": "{1,3}"},
                  words(*_HEDGES[1:], optional=True),
                  figure(MONEY, role="aggregate")]],
    # "earnings per share came to NOK 14.31"
    "per-noun": [[{"IS_ALPHA": True}, words("per"), {"IS_ALPHA": True},
                  {"IS_ALPHA": True, "OP": "{1,2}"}, figure(MONEY, QUANTITY, role="average")]],
    # "for each of Fairhaven's 285,120 residents, spending amounts to about $4,020 a year"
    "each-of": [[words("each"), words("of"), {"NORM": {"NOT_IN": list(FIGURES)}, "OP": "{0,3}"},
                 figure(COUNT, role="count"), {"IS_ALPHA": True, "OP": "{1,2}"},
                 {"IS_PUNCT": True},
                 {"NORM": {"NOT_IN": list(FIGURES)}, "IS_PUNCT": False, "OP": "{0,8}"},
                 figure(MONEY, QUANTITY, role="average")]],
})


def _average(sentence: Sentence, m: Match, total: Slot, count: Slot, average: Slot,
             across: bool = False) -> Suggestion:
    """total ÷ count = average, as the words in ``m`` state it."""
    return make("AverageRelation", sentence.claim,
                {"aggregate": total, "count": count, "average": average}, m.evidence,
                f"{total.text} ÷ {count.text} = {average.text} each", across=across)


def find(sentence: Sentence, document: Document, taken: list[Suggestion]) -> list[Suggestion]:
    out: list[Suggestion] = []
    # a price a month beside its year's total is read so first: "€9.60 per user / month"
    # alone would count users
    matches = sorted(PATTERNS(sentence), key=lambda m: m.name not in ("periodic", "spread"))
    # "an average of 753 per match, up 5.0% on last season's 700": an average may be the level
    # a percent change reaches or starts from and still be the average of its own total
    # ("an average of $74.53 a ticket, $4.50 more than the $70.03 …": or a difference's)
    levels = [s for s in taken if s.kind not in ("PercentChangeRelation", "DifferenceRelation")]
    scaled = _cost_for_counted(sentence, document, taken)
    if scaled is not None:
        out.append(scaled)
    valued = _valued_at(sentence, document, taken)
    if valued is not None:
        out.append(valued)
    paid = _dividend_on_shares(sentence, document)
    if paid is not None:
        out.append(paid)
    for m, average in unclaimed(matches, "average", levels, out):
        if m.name == "spread":
            count, total = m.roles["count"], m.roles["aggregate"]
            per = next(t.lower_ for t in sentence.doc[average.token + 1:m.end]
                       if t.lower_ in _PERIOD_WORDS)
            if count.token > total.token and _OFFER.search(sentence.text):
                continue  # ("or £60 for seven days, saving £24": a price of its own)
            # the periods counted are those the amount is "a"/"per" of, the total in its
            # unit: "12 months", "a nine-month year", "seven nights", "12 monthly payments"
            if (_periods(count) and _PERIOD_NOUNS.get(per) == count.unit or
                    count.token > total.token and _periods_named(sentence, count, per)) and \
                    total.unit == average.unit:
                out.append(_average(sentence, m, total, count, average))
            continue
        paired = _PAIRED.get(m.name)
        if paired is not None:
            # "€9.60 a month (€115.20 a year)", "one nurse for every 28 patients", "on
            # average each flight carried 148.6 passengers": the words name both the total
            # and the count, each found by its own finder; a price a period is its own
            # average even where it is a baseline, the others are not ("against …")
            if m.name != "periodic" and (is_base(sentence, average) or
                                         is_earlier(sentence, average) or
                                         _hyphened(sentence, average)):
                continue
            found = paired(sentence, document, m, average)
            if found is not None:
                total, count = found
                out.append(_average(sentence, m, total, count, average, across=True))
            continue
        if is_base(sentence, average) or is_earlier(sentence, average):
            continue  # "against about 874,000 a month in 2023": the earlier period's average
        if m.name == "count-at":
            # ("at £65, up from £60, …" never matches: the total follows the price's comma)
            count, total = m.roles["count"], m.roles["aggregate"]
            after = sentence.doc[total.token + 1:total.token + 2]
            if _whole(count) and not _bounded(count) and count.value not in (None, 1) and \
                    total.unit == average.unit and not _OFFER.search(sentence.text) and \
                    not (after and after[0].lower_ in _EACH):
                out.append(_average(sentence, m, total, count, average))
            continue
        if m.name == "count-priced":
            # "eight $1,500 scholarships - $12,000 in all": the count the price follows, the
            # total the words after it call one; nothing where they name no total ("ten £5
            # vouchers" alone is no average of anything)
            count, in_total = m.roles["count"], _in_total(sentence, average)
            if in_total is not None and _whole(count) and not _bounded(count) and \
                    count.value != 1 and not _hyphened(sentence, average):
                out.append(_average(sentence, m, in_total, count, average))
            continue
        if m.name == "subject" and averaged_subject(sentence, average) is None and \
                _per_subject(sentence, average) is None:
            continue  # "the gate was 318": no average word names it
        if _hyphened(sentence, average):
            continue
        if m.name in ("per-period", "period-first", "spread-over"):
            per = next(t.lower_ for t in sentence.doc[average.token + 1:m.end]
                       if t.lower_ in _PERIOD_WORDS)
            count = m.roles["count"]
            joined = sentence.doc[count.token - 1].lower_ in ("across", "over", "in", "during",
                                                               "for", "'s", "the", "its",
                                                               "between", "among", "into")
            if not (joined or count.text.lower().startswith("over ")) or \
                    not (_periods(count) and _PERIOD_NOUNS.get(per) == count.unit or
                         _instalments(sentence, count) == per):
                continue  # "40 trains a day over 12 stations": no number of days
        if m.name == "per" and _each_did(sentence, average):
            continue  # "5,200 households each received 18.5 parcels": the households counted
        if m.name in ("each-compound", "count-each") and not _averaged(sentence, m):
            continue  # "each crate holds 24 bottles": a rule, no total shared out
        per_period = _per_thing_per_period(sentence, average)
        if per_period is not None:
            # "$72,420 over two years, or $36.80 per child - $18.40 per child per year": the
            # amount per thing spread over the periods the sentence counts, never the total
            # over the things (it is the periods' total, not one period's)
            if per_period[0] is not None:
                out.append(_average(sentence, m, *per_period, average))
            continue
        noun = _counted(sentence, m, average)
        restated = _total_across(sentence, average)
        if restated is not None and "count" not in m.roles:
            # "2.1 tonnes per home, or 2,604 tonnes across the 1,240 flats": the words give
            # the total and the things it is spread across, whatever an earlier count says
            out.append(_average(sentence, m, restated[0], _the_ones_said(
                sentence, document, restated[1]), average, across=True))
            continue
        count = m.roles.get("count") or _each_of(sentence, average) or \
            _across(sentence, average) or _with_count(sentence, average) or \
            _periods_before(sentence, average)
        if count is None and (m.name != "subject" or _per_subject(sentence, average) is not None):
            # ("revenue per passenger journey came to …" names the things it is spread over:
            # all of them the document counts)
            # ("the average visitor stayed 2.4 nights" names no count: the visitors another
            # sentence counts may be some of them, or all)
            count = _count(sentence, document, average, noun)
            if count is not None and _other_head(document, count, noun,
                                                 _later_nouns(sentence, average, noun)):
                # "$210 per ice hour" after "19 ice sheets": the two share a word that
                # qualifies, not the thing counted (hours are no sheets)
                count = None
            for later in _later_nouns(sentence, average, noun) if count is None else ():
                # "$0.27 per diluted share": the noun the words before it qualify
                count = _count(sentence, document, average, later)
                if count is not None:
                    break
            if count is None and _per_share(sentence, average):
                # "$0.34 per diluted share", with "Per-share amounts are based on 12.06
                # million weighted average diluted shares" said anywhere (a note after)
                count = _share_basis(document, average)
            if count is None and _per_head(sentence, average):
                # "290 free sessions, worth €4,350 in total, or €15 a head": "a head" or "per
                # person" names no kind of thing of its own; the one count its sentence
                # gives before it is what the amount was shared out over
                count = _count(sentence, document, average, None)
                if count is not None and count.token > average.token:
                    count = None
            subject = _subject(sentence, average) if count is None and noun is None and \
                _bare_each(sentence, average) else None
            if subject is not None:
                # "Members farm 3,000 hectares between them - an average of 20 hectares
                # each": a bare "each" is each of the things the clause opens on
                count = _count(sentence, document, average, subject)
            elif count is None and noun is None and _bare_each(sentence, average):
                # "The 1,600 examiners conducted on average 570 tests each": a bare "each"
                # is each of the things counted right before the clause's verb
                count = _counted_subject(sentence, average)
        over_things = None
        if count is None and m.name == "average" or m.name == "comes-to-per" and (
                count is None or count.sentence != sentence.index):
            # ("which works out at 2.89 a game": the things its own clause counts, whatever
            # other sentence counts games)
            # "sold 50,000 tickets over 40 performances, an average of 1,250 a show": the
            # clause gives the total and the things it was spread over, whatever the noun
            # the average is "a"/"per" calls them
            over_things = _spread_before(sentence, average) or \
                _things_before_total(sentence, average, comes_to=m.name == "comes-to-per")
            if over_things is not None:
                count = over_things[1]
        in_total = _in_total(sentence, average)
        if in_total is not None and "count" not in m.roles:
            # "ordered six trams at £3.1 million each, or £18.6 million in total": the total
            # the words restate the average as, over the things the clause before counts
            count = _counted_before(sentence, average, noun)
            if count is not None:
                out.append(_average(sentence, m, in_total, count, average))
            continue
        if count is None:
            continue
        total = (over_things[0] if over_things is not None else None) or \
            _or_averaged(sentence, average, count) or \
            _over_periods(sentence, average, count) or \
            _aggregate(sentence, document, average, count,
                       cost_verb=m.name == "each-average" and _each_cost(sentence, m) or
                       _spread_cost(sentence, average)) or \
            _spread_with(document, average, count) or \
            _total_of_periods(sentence, document, average, count)
        if total is None:
            continue
        if m.name == "comes-to-per" and not (count.sentence == total.sentence ==
                                             sentence.index):
            # "162 goals, which works out at 2.89 a game", the games counted elsewhere and
            # the sentence's own count of fixtures another word: a bare number names no unit
            # of its own, so the things and their total must be the ones its clause counts
            continue
        if total.sentence == sentence.index and total.token < average.token and \
                _named_per_thing(sentence, total):
            # "Earnings per share were Rs. 8.54 … on 50.0 million shares of Rs. 10 each": an
            # amount the words name per thing is itself an average, no total to spread
            continue
        arm = _arm_named(sentence, total) if total.sentence == sentence.index else set()
        # "$36.80 per enrolled child in the intervention arm": the things are that arm's
        arm = arm or _arm_of_thing(sentence, average)
        if arm:
            # "US$4.80 per child, or US$8,611 for the intervention arm as a whole": the count
            # is that arm's size, as the trial's allocation gives it, not all its children
            split = allocation(sentence, document, count)
            while split is not None and _allocated_thing(sentence, average):
                # "per enrolled child", "per randomised patient": the groups as the trial
                # first split them, not as later counted (those with outcome data)
                earlier = allocation(document.sentences[split[1].sentence], document, count)
                if earlier is None:
                    break
                split = earlier
            count = None if split is None else split[2] if arm & CONTROL else \
                split[1] if arm & INTERVENTION else None
            if count is None:
                continue
        if _periods(count) and total.sentence != sentence.index and \
                not _same_span(count, span(sentence),
                               span(document.sentences[total.sentence]),
                               some=count is _periods_before(sentence, average)):
            # "an average of 52,100 a day over the month's 30 days" is not a quarter's total
            # an earlier sentence gives: the two must name the same span of time
            continue
        place = _place_listed(sentence, average)
        if place and any(not place & {t.lower_ for t in document.sentences[s.sentence].doc}
                         for s in (total, count)):
            # "averaged £3.10 on the north line and £2.85 on the south line": an average of
            # one place of a list is over that place's things, never a figure of all of them
            continue
        out.append(make("AverageRelation", sentence.claim,
                        {"aggregate": total, "count": count, "average": average}, m.evidence,
                        f"{total.text} ÷ {count.text} = {average.text} each", across=True))
    used = {local for s in (*taken, *out) for local in s.figures}
    for average in sentence.slots:
        if average.local in used:
            continue
        found = _over_measured(sentence, document, average)
        if found is not None:
            total, count = found
            out.append(make("AverageRelation", sentence.claim,
                            {"aggregate": total, "count": count, "average": average},
                            sentence.text, f"{total.text} ÷ {count.text} = {average.text} each",
                            across=count.sentence != sentence.index))
            used |= {total.local, count.local, average.local}
    # "1.50 MWh per tonne, compared with 1.62 MWh a year earlier, a gain of 7.4%": an
    # average may be what a change or a comparison reaches and still be its total's per unit
    held = {local for s in (*taken, *out) if s.kind not in _ALSO_AVERAGED
            for local in s.figures}
    for average in sentence.slots:
        if average.local in held:
            continue
        found = _per_measured_unit(sentence, document, average, {
            local for s in (*taken, *out) if s.kind == "AverageRelation"
            for role, locals_ in s.roles if role == "average" for local in locals_})
        if found is not None:
            total, count = found
            out.append(make("AverageRelation", sentence.claim,
                            {"aggregate": total, "count": count, "average": average},
                            sentence.text, f"{total.text} ÷ {count.text} = {average.text} " +
                            (f"per {_per_unit(sentence, average)}" if
                             _per_unit(sentence, average) else "a unit"),
                            per_unit=count.unit,
                            across=count.sentence != sentence.index))
            held.add(average.local)
    return _possible(out, document)


def _possible(found: list[Suggestion], document: Document) -> list[Suggestion]:
    """The averages whose figures could be one: a total in the average's own unit smaller
    than the average over a count of two or more ("182 mm of rain, 53% of the average of
    345 mm"; "GHS 49,600 per tonne, up on the earlier price of GHS 33,120") is no total of
    it but another level of the same measure, the words' nearness made it one."""
    slots = {s.local: s for st in document.sentences for s in st.slots}

    def one(suggestion: Suggestion, role: str) -> Slot | None:
        locals_ = dict(suggestion.roles).get(role, ())
        return slots.get(locals_[0]) if len(locals_) == 1 else None

    kept = []
    for suggestion in found:
        total, count, average = (one(suggestion, r) for r in ("aggregate", "count", "average"))
        if suggestion.kind == "AverageRelation" and None not in (total, count, average) and \
                total.unit is not None and total.unit == average.unit and \
                None not in (total.value, count.value, average.value) and \
                count.value >= 2 and total.value < average.value:
            continue
        kept.append(suggestion)
    return kept


#: the kinds whose figures may also be an average's (the level a change reaches, one side
#: of a comparison)
#: the words of what a company pays its shareholders
_PAYOUT = ("dividend", "dividends", "payout", "payment", "distribution")
#: the kinds of share a count or an amount per share may name before "share(s)"
_SHARE_KINDS = ("ordinary", "equity", "common")


def _shares_after(sentence: Sentence, slot: Slot) -> bool:
    """Whether "share(s)" follows a figure, past "per"/"a" and a kind of share: "812
    million shares", "4.0 pence per ordinary share"."""
    words = [t.lower_ for t in sentence.doc[slot.token + 1:slot.token + 4]]
    while words and words[0] in ("per", "a", "each", *_SHARE_KINDS):
        words.pop(0)
    return bool(words) and words[0] in ("share", "shares")


def _dividend_on_shares(sentence: Sentence, document: Document) -> Suggestion | None:
    """"The Board has declared a final dividend of 4.0 pence per share. On the 812 million
    shares in issue the dividend totals £32.5 million": a sentence of the payout that counts
    the shares and gives the total, with no amount per share of its own, is the total over
    the shares at the one amount per share the sentence before declares (a dividend too);
    None where either sentence says otherwise."""
    if sentence.index == 0 or not any(t.lower_ in _PAYOUT for t in sentence.doc):
        return None
    counts = [s for s in sentence.slots if s.cls == COUNT and _whole(s) and
              _shares_after(sentence, s) and
              sentence.doc[s.token + 1].lower_ in ("shares", *_SHARE_KINDS)]
    money = [s for s in sentence.slots if s.cls == MONEY]
    if len(counts) != 1 or len(money) != 1 or _shares_after(sentence, money[0]):
        return None
    before = document.sentences[sentence.index - 1]
    if not any(t.lower_ in _PAYOUT for t in before.doc):
        return None
    each = [s for s in before.slots if s.cls == MONEY and _shares_after(before, s) and
            before.doc[s.token + 1].lower_ in ("per", "a")]
    if len(each) != 1 or is_base(before, each[0]) or is_earlier(before, each[0]):
        return None  # ("4.0 pence per share, against 3.5 pence": which one is unsaid)
    return make("AverageRelation", sentence.claim,
                {"aggregate": money[0], "count": counts[0], "average": each[0]},
                sentence.text, f"{money[0].text} ÷ {counts[0].text} = {each[0].text} each",
                across=True)


_ALSO_AVERAGED = ("PercentChangeRelation", "DifferenceRelation", "ComparisonRelation",
                  "PercentagePointChangeRelation")


_VECTOR = re.compile(r"A(-?\d+)E(-?\d+)L(-?\d+)I(-?\d+)M(-?\d+)H(-?\d+)T(-?\d+)D(-?\d+)$")


def _dimension(unit: str | None) -> tuple[int | str, ...] | None:
    """A unit's QUDT dimension exponents (a currency is its own dimension: pounds are no
    dollars); None for a count, a ratio or a unit QUDT gives no dimension."""
    from kg.vocab import vocabulary

    vocab = vocabulary()
    if unit in vocab.currencies:
        return ("currency", unit)
    scale = vocab.scales.get(unit or "")
    found = _VECTOR.search(scale[0]) if scale else None
    if found is None:
        return None
    exponents = tuple(int(e) for e in found.groups()[:-1])
    return exponents if any(exponents) else None


def _alike(slot: Slot, average: Slot) -> bool:
    """Whether a figure is in the average's unit or another of its physical dimension: "90,260
    tonnes … 864 kg per household", "3,110 MWh, or 2.19 kWh per vehicle-km" (the check compares
    them by QUDT's multipliers); a currency is only itself, a count only a count."""
    if slot.unit == average.unit:
        return True
    mine = _dimension(average.unit)
    return mine is not None and mine[0] != "currency" and "/" not in (average.unit or "") and \
        "/" not in (slot.unit or "") and _dimension(slot.unit) == mine


@functools.lru_cache(maxsize=1024)
def _unit_word(word: str) -> str | None:
    """The unit a word names where a number would carry it ("tonne", "litre", "km")."""
    from kg.numbers import find_mentions

    mentions = find_mentions(f"1 {word}")
    return mentions[0].unit if len(mentions) == 1 else None


#: the dimension of a span of time (hours, days)
_TIME = (0, 0, 0, 0, 0, 0, 1)


def _over_measured(sentence: Sentence, document: Document,
                   average: Slot) -> tuple[Slot, Slot] | None:
    """The aggregate and the measured count of an average whose unit names the two: "4,200
    tonnes from 600 hectares, a yield of 7.0 tonnes per hectare" (mass per area: a mass over
    an area).  The units' dimensions name each figure's role, and each must be the sentence's
    only figure of its dimension besides the average (a second yield, "up from 6.5 t/ha",
    leaves it unread)."""
    if is_base(sentence, average) or is_earlier(sentence, average) or \
            is_change(sentence, average):
        return None
    # ("$4,500 per tonne" is read in dollars, no unit of money per mass: over a count of
    # tonnes the check would find the units unfit, so only a compound unit is read here)
    mine = _dimension(average.unit)
    if mine is None or mine[0] == "currency" or "/" not in (average.unit or ""):
        return None
    # "7.0 t/ha": a compound unit over the unit its denominator names; the aggregate is of
    # the dimension the two make together (mass per area times area: a mass)
    bottom = (average.unit or "").partition("/")[2]
    per = _dimension(bottom) or _dimension(_unit_word(bottom.lower()))
    if per is None or per[0] == "currency" or per == _TIME:
        # ("46 km in 2 hours, 23 km/h": the model reads a count in hours as a number of
        # periods, each with the average in the aggregate's own unit, so a speed is no
        # average of it)
        return None
    whole = tuple(a + b for a, b in zip(mine, per))
    if any(_dimension(s.unit) == mine for s in sentence.slots if s is not average):
        return None  # a second average in the sentence: which one the total gives is unsaid
    # ("8.1 tonnes per hectare" read in tonnes is itself a rate, never the total)
    others = [s for s in sentence.slots if s is not average and _per_unit(sentence, s) is None]
    totals = [s for s in others if _dimension(s.unit) == whole]
    counts = [s for s in others if _dimension(s.unit) == per]
    if len(totals) == 1 and not counts and not any(_dimension(s.unit) == per
                                                   for s in sentence.slots):
        # "Wheat yields averaged 8.1 t/ha, giving a crop of 1.85 million tonnes", the
        # wheat's hectares said before: the area a word of the sentence names
        counts = _measured_named(sentence, document, average, lambda place: [
            s for s in place.slots if _dimension(s.unit) == per and level(place, s) and
            not is_change(place, s) and not is_base(place, s) and not is_earlier(place, s)
            and _per_unit(place, s) is None], sentence.index)
    if len(totals) != 1 or len(counts) != 1:
        return None
    return totals[0], counts[0]


def _per_measured_unit(sentence: Sentence, document: Document, average: Slot,
                       averages: set[str]) -> tuple[Slot, Slot] | None:
    """The aggregate and the measured count of an average the words give in the aggregate's
    own unit per one of another, measured, unit: "the dairy sold 4.5 million litres for
    €2.7 million, an average of €0.60 per litre", "the 1,200 tonnes of apples gave 780,000
    litres of juice, or 650 litres per tonne".  The unit word after "per"/"a" names the count's
    unit (litres, tonnes, MWh, hectares: no count of items, no span of time), the average's
    unit the aggregate's.  Each is the only such figure of its unit the sentence gives
    besides the average (none an average itself, nor the level of another period: "up from
    1.62 MWh", "more than the 48,000 hectares"), and no second amount is per the same unit;
    the count else the only one of its unit in the sentence just before (of the average's
    period), the aggregate else (the count in this sentence) the one the words name as kg
    suggest resolves an average's (``_aggregate``).  Units and words decide, never the quotient."""
    # (the words after the figure first: most figures are "per" no unit)
    word = _per_unit(sentence, average) if average.unit and "/" not in average.unit else None
    per = _unit_word(word) if word is not None else None
    # "2,700 kWh at 24.86p = £671.22": a price after "at" is per the measured amount before
    bought = _bought_at(sentence, average) if per is None else None
    if bought is not None:
        per = bought.unit
    measured = _dimension(per)
    if per is None or measured is None or measured[0] == "currency" or measured == _TIME or \
            per == average.unit:
        return None
    if is_base(sentence, average) or is_earlier(sentence, average) or \
            is_change(sentence, average):
        return None
    if any(s.unit == average.unit and _per_unit(sentence, s) == word and (
            word is not None or _bought_at(sentence, s) is not None)
           for s in sentence.slots if s is not average):
        return None  # a second amount per the unit: which one the total gives is unsaid

    def candidates(at: Sentence, unit: str, levels: bool = False) -> list[Slot]:
        # ("average daily output was 12.5 tonnes": an average itself, never a term)
        # ("The revenue came to €12.0 million": a verb of stating alone makes no average of
        # its subject; only where the words name one, as find reads them, is it no term)
        averaged = {m.roles["average"].local for m in PATTERNS(at) if "average" in m.roles
                    and (m.name != "subject" or
                         averaged_subject(at, m.roles["average"]) is not None or
                         _per_subject(at, m.roles["average"]) is not None)}
        return [s for s in at.slots if s is not average and s.unit == unit
                and s.local not in averages and s.local not in averaged
                and (level(at, s) or not levels) and not is_change(at, s)
                and not is_base(at, s)
                and not is_earlier(at, s) and _per_unit(at, s) is None
                and not any(t.lower_ in _AVERAGE for t in at.doc[max(0, s.token - 4):s.token])]

    # (nor the whole a share before it is taken of, as for an average over a count)
    totals = [s for s in candidates(sentence, average.unit, levels=True)
              if s.cls == average.cls and not _whole_of_share(sentence, s)]
    counts = [bought] if bought is not None else candidates(sentence, per)
    if bought is not None and len(totals) != 1:
        return None  # (the total its own sentence gives, or none)
    if not counts and not any(s.unit == per for s in sentence.slots if s is not average):
        counts = candidates(document.sentences[sentence.index - 1], per) \
            if sentence.index > 0 else []
        # (of another sentence, the count is of the average's own period: "back in 2019
        # members delivered 9,000 tonnes" is no count this year's sales are per)
        mine = document.periods.get(average.local)
        counts = [s for s in counts if document.periods.get(s.local) == mine]
        if not counts and len(totals) == 1:
            counts = _measured_named(sentence, document, average,
                                     lambda place: candidates(place, per), sentence.index - 1)
    if len(counts) != 1 or len(totals) > 1:
        return None
    if not totals:
        if any(s.unit == average.unit for s in sentence.slots if s is not average) or \
                counts[0].sentence != sentence.index:
            # an amount in its unit the words set apart: no total to look for; (nor a guess
            # at both: "Oysters fetched an average of €7,000 per tonne" after shellfish's
            # tonnes, the prawns' value in a table)
            return None
        total = _aggregate(sentence, document, average, counts[0])
        return (total, counts[0]) if total is not None and total.unit == average.unit and \
            total is not counts[0] else None
    return totals[0], counts[0]


#: how many sentences back a measured count may stand (as far as a count of things: _count)
_MEASURED_BACK = 12
#: words of an average's sentence that name no measure of their own: the average's and the
#: verbs' ("averaged", "works out at", "implies")
_NOT_NAMING = frozenset(stem(w) for w in (
    *_AVERAGE, *_VERBS, *_EACH, "equivalent", "equal", "equals", "imply", "implies", "giving",
    "gives", "putting", "puts", "that", "this", "which", "total", "price", "value", "cost",
    "rate", "revenue", "income", "earned", "earnings", "paid", "year", "quarter", "month"))


def _measured_named(sentence: Sentence, document: Document, average: Slot,
                    counts: Callable[[Sentence], list[Slot]], up_to: int) -> list[Slot]:
    """The count in the measured unit an average is "per" that an earlier sentence (of the
    ``_MEASURED_BACK`` before sentence ``up_to``) gives, where the average's own sentence
    states its total: "The 8,400 tonnes of apples pressed … Growers were paid an average of
    £310 per tonne for their apples, putting the crop at £2.6 million" (the apples).  The
    count is the one figure of those ``counts`` gives in each sentence, of the average's
    period, that the most words the average's sentence also says name ("apple", "spelt");
    several so named, or none, and there is no count (the values never decide); a table's
    cell, named by its row's label, is never one."""
    said = {stem(t.text) for t in sentence.doc if t.is_alpha and len(t) > 3} - _NOT_NAMING
    mine = document.periods.get(average.local)
    best, found = 0, []
    for place in document.sentences[max(0, sentence.index - _MEASURED_BACK):up_to]:
        for slot in counts(place):
            # (a table's cell is named by its row's label: "1,032" of "Grey Point Salt" is
            # one producer's output, no count "per tonne of salt" is over)
            if document.periods.get(slot.local) != mine or CELL.fullmatch(slot.local):
                continue
            shared = len(said & name(place, slot))
            if shared > best:
                best, found = shared, [slot]
            elif shared == best and shared:
                found.append(slot)
    return found


def _bought_at(sentence: Sentence, average: Slot) -> Slot | None:
    """The measured amount a price is paid for, where "at" joins them and the price names no
    unit of its own: "2,700 kWh at 24.86p" (24.86p a kWh); None where no such amount (of a
    unit of measure, no count, span of time or money) stands right before "at"."""
    doc = sentence.doc
    if average.cls != MONEY or average.token < 2 or doc[average.token - 1].lower_ != "at":
        return None
    amount = sentence.by_token.get(average.token - 2)
    measured = _dimension(amount.unit) if amount is not None else None
    if amount is None or amount.cls != QUANTITY or measured is None or \
            measured[0] == "currency" or measured == _TIME or "/" in (amount.unit or ""):
        return None
    return amount


def _per_unit(sentence: Sentence, slot: Slot) -> str | None:
    """The unit word an amount is "per"/"a" of ("$4,500 per tonne": "tonne"; "$550 for every
    kilometre": "kilometre"), if a unit."""
    doc = sentence.doc
    at = slot.token + 1
    if slot.cls == COUNT and at + 1 < len(doc) and doc[at].is_alpha and \
            doc[at].lower_ not in ("per", "a", "an", "each", "every", "for") and \
            doc[at + 1].lower_ in ("per", "for", "a", "an", "each", "every"):
        at += 1  # "109 dams per kilometre": the things counted, then what they are per
    if [t.lower_ for t in doc[at:at + 2]] in (["for", "every"], ["for", "each"]):
        at += 1
    after = doc[at:at + 2]
    if len(after) == 2 and after[0].lower_ in ("per", "a", "an", "each", "every") and \
            after[1].is_alpha and _dimension(_unit_word(after[1].text)) is not None:
        return after[1].lower_
    return None


def _place_listed(sentence: Sentence, average: Slot) -> set[str]:
    """The words naming the place or group an average is of, where it is one item of a
    list of amounts each with its own such phrase ("£3.10 on the north line and £2.85 on
    the south line" -> {"north", "line"}); empty for any other average."""
    doc = sentence.doc
    if not any(s is not average and s.unit == average.unit and _listed_with(sentence, s, average)
               and doc[s.token + 1:s.token + 2].text.lower() in _LIST_PREPOSITIONS
               for s in sentence.slots) or \
            doc[average.token + 1:average.token + 2].text.lower() not in _LIST_PREPOSITIONS:
        return set()
    words: set[str] = set()
    for t in doc[average.token + 2:]:
        if not t.is_alpha or t.lower_ in ("and", "or"):
            break
        if t.lower_ not in ("the", "a", "an"):
            words.add(t.lower_)
    return words


#: the words after an amount that say it is what all the things came to together
_ALL_TOLD = (("in", "total"), ("in", "all"), ("altogether",), ("all", "told"), ("combined",))


def _in_total(sentence: Sentence, average: Slot) -> Slot | None:
    """The amount right after an average, set off by ", or" or a dash, that the words after
    it call the total: "£3.1 million each, or £18.6 million in total", "$27,850 - roughly
    $95.0 million in total lending"; None where there is none."""
    doc = sentence.doc
    later = [s for s in sentence.slots if s.token > average.token]
    if not later or not _alike(later[0], average) or later[0].cls != average.cls:
        return None
    total = later[0]
    between = [t.lower_ for t in doc[average.token + 1:total.token]]
    while between and between[-1] in _HEDGES and between[-1] != "or":
        between.pop()
    if not (between[-2:] == [",", "or"] or between[-1:] and between[-1] in ("-", "–", "—")):
        return None
    # (the average's own words before the mark: "each", "per tram", "a head")
    if len(between) > 5 or any(not w.isalpha() for w in between[:-2 if between[-1] == "or"
                                                                 else -1]):
        return None
    after = tuple(t.lower_ for t in doc[total.token + 1:total.token + 3])
    return total if any(after[:len(w)] == w for w in _ALL_TOLD) else None


def _counted_before(sentence: Sentence, average: Slot, noun: str | None) -> Slot | None:
    """The one count of whole things before an average in its sentence (the one its noun
    names, where the words name one): "ordered six trams at £3.1 million each" -> six."""
    counts = [s for s in sentence.slots if s.cls == COUNT and s.token < average.token
              and _whole(s) and not _bounded(s) and not is_change(sentence, s)
              and not is_rate(sentence, s) and s.value != 1]
    if noun is not None:
        counts = [s for s in counts if noun in nouns_after(sentence, s)]
    return counts[0] if len(counts) == 1 else None


#: the words between "or" and an average that restates the amount before it
_OR_AVERAGED = ("on", "average", "an", "a", "of", "about", "some", "roughly", "around", "mean")


def _or_averaged(sentence: Sentence, average: Slot, count: Slot) -> Slot | None:
    """"lost 5.4 km² (11%), or on average 0.3 km² a year over the 18 years": the amount
    right before ", or" (its bracketed aside between) is the one the average restates spread
    over the periods the clause counts, never a level said earlier in the sentence."""
    if not _periods(count) or count.sentence != sentence.index or count.token < average.token:
        return None
    doc = sentence.doc
    at = average.token - 1
    while at >= 0 and doc[at].lower_ in _OR_AVERAGED:
        at -= 1
    if at < 1 or doc[at].lower_ != "or" or doc[at - 1].text != "," or \
            "average" not in {t.lower_ for t in doc[at + 1:average.token]}:
        return None
    at -= 2
    if at >= 0 and doc[at].text == ")":
        while at >= 0 and doc[at].text != "(":
            at -= 1
        at -= 1
    before = sentence.by_token.get(at)
    if before is None or before.unit != average.unit or before.cls != average.cls:
        return None
    return before


def _over_periods(sentence: Sentence, average: Slot, count: Slot) -> Slot | None:
    """The amount right before "over the (past) N years" where the average is that amount
    a year over those years: "retreated by 36 metres over the past 20 years, an average of
    1.8 metres a year" (a change's amount as much as a level's)."""
    if not _periods(count) or count.sentence != sentence.index or count.token > average.token:
        return None
    doc = sentence.doc
    for slot in sentence.slots:
        if slot.unit != average.unit or slot.cls != average.cls or slot.token >= count.token:
            continue
        between = [t.lower_ for t in doc[slot.token + 1:count.token]]
        if between[:1] in (["over"], ["across"], ["during"], ["in"]) and \
                all(w in ("the", "past", "last", "previous", "next", "its", "first")
                    for w in between[1:]):
            return slot
    return None


#: the words a total is spread "over" the things counted with ("over 40 performances")
_OVER_THINGS = ("over", "across", "from", "in")
#: the words between a count and the average set off after its clause
_SET_OFF = (",", "-", "–", "—", "and", "or", "an", "a", "average", "averaging", "of", "mean",
            "some", "about", "roughly", "around", "nearly", "almost")


#: the verbs that put a cost on a number of things: "would cost £1.2 million"
_COSTS = ("cost", "costs", "costing")


def _cost_for_counted(sentence: Sentence, document: Document,
                      taken: list[Suggestion]) -> Suggestion | None:
    """"Each reminder cost £0.04, or £0.12 per donor. … Extending them to the 148,000
    donors who lapse each year would cost roughly £17,760": the one count of a thing and
    the one amount of money a verb of cost gives in a sentence, and the one amount an
    earlier sentence gives "per" that thing alone (no word between: "per additional donor"
    is another's), are the total, the count and the average."""
    taken_figures = {f for s in taken for f in s.figures}
    money = [s for s in sentence.slots if s.cls == MONEY]
    counts = [s for s in sentence.slots if s.cls == COUNT]
    doc = sentence.doc
    if len(money) != 1 or len(counts) != 1 or sentence.index == 0 or \
            money[0].local in taken_figures or counts[0].local in taken_figures:
        return None
    total, count = money[0], counts[0]
    before = [t.lower_ for t in doc[max(0, total.token - 3):total.token]]
    # (a cost a year is a level for this: "would cost £5.1 million a year")
    if not any(w in _COSTS for w in before) or is_base(sentence, total) or \
            is_change(sentence, total) or is_earlier(sentence, total) or \
            _thing_after(sentence, total) is not None or count.token > total.token:
        return None
    noun = doc[count.token + 1:count.token + 2]
    if not noun or not noun[0].is_alpha or noun[0].lower_ in _PHRASE_END:
        return None
    thing = stem(noun[0].text)
    found = []
    for earlier in document.sentences[:sentence.index]:
        for slot in earlier.slots:
            per = _thing_after(earlier, slot) if slot.unit == total.unit and \
                slot.cls == total.cls else None
            if per is not None and per[0] == [thing] and \
                    earlier.doc[per[1] - 2].lower_ == "per":
                found.append(slot)
    if len(found) != 1:
        return None  # no amount per the thing, or several: the words leave which
    return make("AverageRelation", sentence.claim,
                {"aggregate": total, "count": count, "average": found[0]},
                doc[count.token:total.token + 1].text,
                f"{total.text} ÷ {count.text} = {found[0].text} each", across=True)


#: the verbs a rate follows when it values what the sentence before counts: "Valued at
#: £12.21 an hour, that time was worth …"
_VALUING = ("valued", "priced", "costed", "charged", "paid")
#: the words that open on what the sentence before gave ("these were worth …")
_THAT_ONES = ("that", "this", "these", "those", "it", "they")
#: the nouns "the"/"that" name it by ("the money would fund …", "that time is worth …")
_THE_SUM = ("money", "sum", "budget", "funding", "grant", "package", "allocation", "total",
            "amount", "time", "hours", "work", "energy", "output", "electricity")
#: the words after "that"/"this" that make it the clause's subject, not a determiner of
#: another noun ("that is enough", "this would fund"; not "that season")
_SUBJECT_VERBS = ("is", "was", "are", "were", "will", "would", "could", "can", "should",
                  "may", "might", "comes", "came", "means", "meant", "pays", "paid", "buys",
                  "bought", "covers", "covered", "funds", "funded")
#: the most words between "at" and its rate ("at the National Living Wage of £11.44")
_RATE_WORDS_MOST = 7


def _rate_at(sentence: Sentence, slot: Slot) -> str | None:
    """What a rate set "at" is per, where ``slot`` is one: "at the standard €100 each"
    (each), "at £11.44 an hour" (hour), "at roughly £38 a night" (night); else None."""
    doc = sentence.doc
    at = [t.i for t in doc[max(0, slot.token - _RATE_WORDS_MOST - 1):slot.token]
          if t.lower_ == "at"]
    if slot.cls not in (MONEY, QUANTITY) or not at or \
            any(t.is_punct or t.i in sentence.by_token for t in doc[at[-1] + 1:slot.token]):
        return None
    after = doc[slot.token + 1:slot.token + 3]
    if len(after) and after[0].lower_ in ("each", "apiece"):
        return "each"
    if len(after) == 2 and after[0].lower_ in ("a", "an", "per", "every") and after[1].is_alpha:
        return after[1].lower_
    return None


def _points_back(sentence: Sentence, at: int) -> bool:
    """Whether the words at token ``at`` name what the sentence before gave: "that time",
    "these", "the money", "that is enough" (not "that season": another thing)."""
    doc = sentence.doc
    if at >= len(doc):
        return False
    word, after = doc[at].lower_, doc[at + 1].lower_ if at + 1 < len(doc) else ""
    if word in ("that", "this"):
        return after in _THE_SUM or after in _SUBJECT_VERBS
    return word in _THAT_ONES or word == "the" and after in _THE_SUM


def _per_thing_amount(sentence: Sentence, slot: Slot) -> bool:
    """An amount each thing came to, not a total: "(340 hours each on average)"."""
    doc = sentence.doc
    after = [t.lower_ for t in doc[slot.token + 1:slot.token + 3]]
    before = [t.lower_ for t in doc[max(0, slot.token - 3):slot.token]]
    return bool(after) and after[0] in (*_EACH, "apiece") or any(w in _AVERAGE for w in before)


def _valued_at(sentence: Sentence, document: Document,
               taken: list[Suggestion]) -> Suggestion | None:
    """A rate that values what the sentence before gave: "642 volunteers gave 48,150 hours.
    At £11.44 an hour, that time is worth £550,836" (the hours the count, the worth the
    total), "The county set aside $9.6 million. At $16,000 per operation, the money would pay
    for 600 operations" (the money the total), "That will pay for 3,200 bed-nights, at about
    £30 a night". The sentence names one of the two beside the rate; the words that open its
    clause ("that time", "these", "the money") point back to the one figure of the sentence
    before that is the other: a count of what the rate is per, or an amount in the rate's
    unit (no baseline, change, earlier period's level or amount each)."""
    doc = sentence.doc
    if sentence.index == 0 or len(doc) < 4:
        return None
    used = {f for s in taken for f in s.figures}
    rates = [(s, _rate_at(sentence, s)) for s in sentence.slots if s.local not in used]
    rates = [(s, per) for s, per in rates if per is not None]
    if len(rates) != 1:
        return None
    average, per = rates[0]
    first = 1 if doc[0].lower_ in _VALUING else 0
    if doc[first].lower_ == "at":
        # "At £11.44 an hour, that time is worth …": the rate, its comma, the words that
        # point back, then what they come to
        comma = next((t.i for t in doc[average.token + 1:] if t.text == ","), None)
        if comma is None or not _points_back(sentence, comma + 1) or \
                any(t.text == "," for t in doc[first:average.token]) or \
                any(s.token < comma and s is not average for s in sentence.slots):
            return None
        named = [s for s in sentence.slots if s.token > comma]
    elif _points_back(sentence, 0):
        # "That will pay for 3,200 bed-nights, at about £30 a night": the rate set off after
        # what it prices
        at = [t.i for t in doc[:average.token] if t.lower_ == "at"][-1]
        if doc[at - 1].text != ",":
            return None
        named = [s for s in sentence.slots if s.token < average.token]
    else:
        return None
    if not named or named[0].local in used:
        return None
    other = named[0]
    if is_base(sentence, other) or is_change(sentence, other) or is_earlier(sentence, other):
        return None  # "At £3 a cup, that is £1 more than …": no worth of the things
    earlier = document.sentences[sentence.index - 1]
    usable = [s for s in earlier.slots if not is_base(earlier, s) and
              not is_earlier(earlier, s) and not is_change(earlier, s) and
              not _per_thing_amount(earlier, s)]
    if other.cls == average.cls and _alike(other, average):
        # the worth named here: the count is what the sentence before counts of the thing
        # the rate is per (hours for "an hour"; things for "each", or the things named)
        total, unit = other, _PERIOD_NOUNS.get(per)
        if unit is not None:
            counts = [s for s in usable if s.cls == QUANTITY and s.unit == unit]
        else:
            counts = [s for s in usable if s.cls == COUNT and _whole(s) and not _bounded(s)
                      and (per == "each" or _noun_after(earlier, s) == stem(per))]
        if len(counts) != 1:
            return None  # none, or several: the words leave which
        count = counts[0]
    elif other.cls == COUNT and _whole(other) and not _bounded(other):
        # (a rate a period is per thing only over the span the total is of, or where the
        # things are those periods: "£40,000 in 2025. At £25 a month, that would fund 130
        # children" is no average; "3,200 bed-nights, at about £30 a night" is)
        things = sentence.doc[other.token + 1:other.token + 4].text.lower()
        if per in _PERIOD_WORDS and per not in things and span(earlier) != per:
            return None
        totals = [s for s in usable if s.cls == average.cls and _alike(s, average)]
        if len(totals) != 1:
            return None
        total, count = totals[0], other
    else:
        return None
    return make("AverageRelation", sentence.claim,
                {"aggregate": total, "count": count, "average": average}, sentence.text,
                f"{total.text} ÷ {count.text} = {average.text} each", across=True)


def _noun_after(sentence: Sentence, slot: Slot) -> str | None:
    """The stem of the word right after a figure ("2,480 tickets": ticket)."""
    after = sentence.doc[slot.token + 1:slot.token + 2]
    return stem(after[0].text) if after and after[0].is_alpha else None


def _spread_with(document: Document, average: Slot, count: Slot) -> Slot | None:
    """The total an earlier sentence spreads over the things an average is of: "Claims paid
    fell to £61.4 million across 3,208 settled claims. … The average claim paid was
    £19,410": the amount in the average's unit and class right before the count, joined to
    it by "over"/"across" (the total's own noun only between)."""
    at = document.sentences[count.sentence]
    doc = at.doc
    if count.sentence == average.sentence or not _whole(count) or _bounded(count):
        return None
    before = [s for s in at.slots if s.token < count.token]
    if not before:
        return None
    total = before[-1]
    between = [t for t in doc[total.token + 1:count.token]]
    if total.unit != average.unit or total.cls != average.cls or not level(at, total) or \
            not between or between[-1].lower_ not in ("over", "across") or \
            len(between) > 3 or not all(t.is_alpha for t in between):
        return None
    return total


def _spread_before(sentence: Sentence, average: Slot) -> tuple[Slot, Slot] | None:
    """(total, count) of "sold 50,000 tickets over 40 performances, an average of 1,250 a
    show": the amount in the average's unit and the whole things the same clause spreads it
    "over"/"across", the average set off right after the clause (the clause's own words and
    a share set off in it aside: "- roughly a third of all tickets sold, and an average of");
    None where the clause before the average is no such pair."""
    doc = sentence.doc
    before = [s for s in sentence.slots if s.token < average.token]
    if len(before) < 2:
        return None
    # the figures in between, set off, may be a share of the total ("a third of all …")
    near = [s for s in before if s.cls != FRACTION and s.cls != PERCENT]
    if len(near) < 2:
        return None
    total, count = near[-2], near[-1]
    if total.unit != average.unit or total.cls != average.cls or count.cls != COUNT or \
            not _whole(count) or _bounded(count) or count.value in (None, 1):
        return None
    over = count.text.lower().split()[0] in _OVER_THINGS or \
        doc[count.token - 1].lower_ in _OVER_THINGS or \
        doc[count.token - 1].lower_ in ("the", "its", "their") and \
        doc[count.token - 2].lower_ in _OVER_THINGS
    # (the total's own noun only between it and "over": "50,000 tickets over")
    between = [t for t in doc[total.token + 1:count.token] if t.lower_ not in (
        *_OVER_THINGS, "the", "its", "their")]
    if not over or len(between) > 3 or not all(t.is_alpha for t in between):
        return None
    after = [t for t in doc[count.token + 1:average.token]]
    # the things counted, then the average set off: only its words, or a share between
    if not any(t.text in (",", "-", "–", "—") for t in after):
        return None
    start = next(t.i for t in after if t.text in (",", "-", "–", "—"))
    if any(t.is_alpha and t.lower_ in _CLAUSE_WORDS - {"and"} for t in doc[count.token + 1:start]):
        return None
    tail = []
    for t in reversed(after):
        if t.lower_ not in _SET_OFF:
            break
        tail.append(t.lower_)
    if not any(w in _AVERAGE or w == "averaging" for w in tail):
        return None
    return total, count


#: words that may stand before a total the clause's things came to, and say nothing of
#: them: "in front of a combined 389,620", "to a total of 9,800", "for some 1,440"
_BEFORE_TOTAL = ("a", "an", "the", "combined", "total", "of", "some", "about", "roughly",
                 "around", "nearly", "almost", "over", "more", "than", "just", "under")
#: words after a total that end its noun phrase and add nothing: "between them", "in all"
_TOTAL_ENDS = ("between", "among", "them", "in", "all", "total", "altogether")


#: the words of a clause that says what a total comes to per thing: ", which works out at"
_WORKS_OUT = {",", "-", "–", "—", "which", "that", "this", "works", "work", "worked", "comes",
              "come", "came", "amounts", "amounted", "equates", "equated", "out", "at", "to",
              "is", "was", *_HEDGES[1:]}


def _things_before_total(sentence: Sentence, average: Slot,
                         comes_to: bool = False) -> tuple[Slot, Slot] | None:
    """(total, count) of "played 23 home games in front of a combined 389,620 spectators,
    an average gate of 16,940", "gave 14 concerts to 9,800 listeners, an average audience of
    700": the clause counts the things first (its verb's object or its subject, a whole
    number) and then, joined to them by its own words (never "over"/"across", which make
    the first amount the total: see _spread_before), the amount in the average's unit they
    came to; the average is set off right after that clause. Where the average is "a"/"per"
    a thing, it may not be the total's own things ("£12 per listener") or a period ("1,100
    a day"): those are no average over the first count.
    None where the clause is no such pair."""
    doc = sentence.doc
    near = [s for s in sentence.slots if s.token < average.token
            and s.cls != FRACTION and s.cls != PERCENT]
    if len(near) < 2:
        return None
    count, total = near[-2], near[-1]
    if count.cls != COUNT or not _whole(count) or _bounded(count) or \
            count.value in (None, 1) or total.unit != average.unit or \
            total.cls != average.cls or total.value is None or count.value is None:
        return None
    # the count's own noun phrase, then the words that join it to the total: no clause
    # opens between them, and no figure stands there
    between = list(doc[count.token + 1:total.token])
    # "140 volunteers, who between them gave 18,200 hours": a relative clause on the things
    # counted is theirs too (its comma and pronoun join them to the verb)
    relative = next((k for k, t in enumerate(between[:-1]) if t.text == "," and
                     between[k + 1].lower_ in ("who", "which")), None)
    if relative is not None:
        between = between[:relative] + between[relative + 2:]
    if not between or len(between) > 10 or not all(t.is_alpha or t.text == "-"
                                                   for t in between):
        return None
    if any(t.lower_ in _CLAUSE_WORDS or t.lower_ in ("and", "or", "but", "each", "per")
           for t in between):
        return None
    things = [t for t in between if t.is_alpha]
    if not things or things[0].lower_ in _BEFORE_TOTAL or things[0].lower_ in _OVER_THINGS:
        return None  # "23 of the 40", "12 over 3,000": no noun of the things counted
    # the word that joins the total to the clause, before its hedges and "a combined"
    at = total.token - 1
    while at > count.token and doc[at].lower_ in _BEFORE_TOTAL:
        at -= 1
    if at <= count.token + 1 or doc[at].lower_ in _OVER_THINGS or \
            doc[at].lower_ in ("during", "throughout", "through"):
        return None  # "10 days over 3,000": the later amount is no total of the things
    # after the total: its noun, maybe "between them", then the average set off
    after = list(doc[total.token + 1:average.token])
    start = next((k for k, t in enumerate(after) if t.text in (",", "-", "–", "—")), None)
    if start is None or start > 4 or not all(t.is_alpha for t in after[:start]) or any(
            t.lower_ in _CLAUSE_WORDS for t in after[:start]):
        return None
    tail = [t.lower_ for t in after[start:]]
    if comes_to and all(w in _WORKS_OUT for w in tail) and \
            {"works", "work", "worked", "comes", "come", "came", "amounts", "amounted",
             "equates", "equated"} & set(tail):
        # "The 40 fixtures produced 120 goals between them, which works out at 3.0 a game":
        # a clause of coming to sets the average off as well as an average word
        tail = ["average"]
    if not any(w in _AVERAGE for w in tail):
        return None
    # ("an average gate of": one noun of its own may name what the average is)
    named = [w for w in tail if w not in _SET_OFF]
    if len(named) > 1 or named and not (tail[-1] == "of" and tail[-2] == named[0]
                                        and tail[-3] in _AVERAGE):
        return None
    # "an average of 700 a concert" (or "a show", another name of them) is per the things
    # counted first; one per the total's own things ("£12 per listener") or per a period
    # ("1,100 a day") is no average over them
    per = _thing_per(sentence, average)
    counted = {stem(t.text) for t in things}
    own = {stem(t.text) for t in after[:start]}
    if per is not None and per not in counted and (
            per in own or per in {stem(w) for w in (*_PERIOD_WORDS, *_PERIODS)}):
        return None
    # "118,400 checks on 61,250 cattle, an average of 1.93 checks per animal": the average
    # names the first figure's things as its own, so that figure is the total and the one
    # after it the things it was spread over
    mine = _noun_after(sentence, average)
    if mine is not None and mine in counted and mine not in own:
        return (count, total) if _whole(total) and not _bounded(total) and \
            total.value not in (None, 0, 1) and total.cls == COUNT else None
    return total, count


def _thing_per(sentence: Sentence, average: Slot) -> str | None:
    """The thing an average is "a"/"per"/"for each" ("700 a concert": concert), None where
    its words name none ("16,940." or "£700 each")."""
    doc = sentence.doc
    at = average.token + 1
    while at < len(doc) and doc[at].lower_ in ("a", "an", "per", "each", "every", "for"):
        at += 1
    if at == average.token + 1 or at >= len(doc) or not doc[at].is_alpha or \
            doc[at].norm_ in FIGURES:
        return None
    return stem(doc[at].text)


#: the words "per"/"a" may name a person by, whatever the people are ("€15 a head")
_HEADS = ("head", "person", "capita")


def _per_head(sentence: Sentence, average: Slot) -> bool:
    """Whether an amount is "a head", "per person", "per capita" (right after it, nothing
    else after that word naming whom: not "per person reached")."""
    doc = sentence.doc
    at = average.token + 1
    if at + 1 >= len(doc) or doc[at].lower_ not in ("a", "per") or \
            doc[at + 1].lower_ not in _HEADS:
        return False
    return at + 2 >= len(doc) or not doc[at + 2].is_alpha or \
        doc[at + 2].lower_ in ("and", "but", "for", "in", "on", "at", "which", "so")


def _named_per_thing(sentence: Sentence, total: Slot) -> bool:
    """Whether the words of the total's own clause before it name it an amount per thing:
    "Earnings per share (basic) for the quarter were Rs. 8.54" (a total said before the
    average, so that no "per" of the average's own is among them)."""
    words = []
    for token in reversed(sentence.doc[:total.token]):
        if token.text in (",", ";", ":") or token.lower_ in ("while", "whereas"):
            break
        words.insert(0, token.lower_)
    return any(w == "per" and n + 1 < len(words) and words[n + 1].isalpha() and
               words[n + 1] not in ("cent", "mille")
               for n, w in enumerate(words))


def _bare_each(sentence: Sentence, average: Slot) -> bool:
    """Whether "each" or "apiece" ends the average's phrase, no noun after it: "an average of
    20 hectares each.", "£45 apiece,"."""
    doc = sentence.doc
    for token in doc[average.token + 1:average.token + 3]:
        if token.lower_ in ("each", "apiece"):
            after = doc[token.i + 1:token.i + 2]
            return not after or not after[0].is_alpha
        if not token.is_alpha:
            return False
    return False


#: the words a sentence may open on before the things it is about ("The members", "Our
#: volunteers")
_OPENERS = ("the", "our", "its", "their", "all", "his", "her")


def _subject(sentence: Sentence, average: Slot) -> str | None:
    """The things a sentence opens on where a verb and the total in the average's unit follow
    them: "Members farm 3,000 hectares …" -> member; None where it opens otherwise."""
    doc = sentence.doc
    at = 0
    while at < len(doc) and doc[at].lower_ in _OPENERS:
        at += 1
    if at + 2 >= len(doc) or not doc[at].is_alpha or not doc[at + 1].is_alpha or \
            doc[at].lower_ in _EACH or doc[at + 1].lower_ in _PHRASE_END:
        return None
    total = sentence.by_token.get(at + 2)
    if total is None or total.unit != average.unit or total.cls != average.cls or \
            total.token >= average.token:
        return None
    return stem(doc[at].text)


#: the words that may open a relative clause on the things counted ("1,600 examiners, who
#: conducted …")
_RELATIVE = (",", "who", "which", "that")
#: verbs of doing whose past is no "-ed" (and their present), the clause's verb before an
#: average's words ("gave on average 25 hours each")
_DOING = frozenset({"gave", "give", "make", "made", "took", "take", "paid", "pay", "spent",
                    "spend", "ran", "run", "sold", "sell", "saw", "see", "did", "do", "had",
                    "have", "got", "get", "wrote", "write", "drove", "drive", "flew", "fly",
                    "caught", "catch", "brought", "bring", "held", "hold", "kept", "keep",
                    "won", "win", "grew", "grow", "lost", "lose", "taught", "teach", "put",
                    "earn", "raise", "log", "carry", "conduct", "complete", "handle", "serve",
                    "treat", "collect", "deliver", "record", "host", "attend", "visit"})
#: the words of an average between the clause's verb and its figure
_ON_AVERAGE = ("on", "average", "an", "of", "about", "some", "roughly", "around", "nearly")


def _counted_subject(sentence: Sentence, average: Slot) -> Slot | None:
    """The count of things a bare "each" after an average is each of, where the clause is
    theirs: a count, its noun, one verb (after "who" or "which", if any), then the average's
    words ("The 1,600 examiners conducted on average 570 tests each", "… 40 volunteers, who
    gave an average of 25 hours each"); None where the words between say anything else."""
    doc = sentence.doc
    at = average.token - 1
    while at > 0 and doc[at].lower_ in _ON_AVERAGE:
        at -= 1
    if at > 0 and doc[at].lower_ in _PARTICLES:
        at -= 1  # ("carried out on average …": the verb's particle)
    # (the verb: one word, no noun of a list or the end of a phrase)
    if at <= 0 or not doc[at].is_alpha or doc[at].lower_ in _PHRASE_END or \
            doc[at].lower_ in _EACH or not (doc[at].lower_.endswith("ed") or
                                            doc[at].lower_ in _DOING):
        return None
    at -= 1
    while at > 0 and doc[at].lower_ in _RELATIVE:
        at -= 1
    nouns = 0
    while at > 0 and doc[at].is_alpha and doc[at].norm_ not in FIGURES and \
            doc[at].lower_ not in _PHRASE_END and nouns < 3:
        at -= 1
        nouns += 1
    count = sentence.by_token.get(at)
    if not nouns or count is None or count.cls != COUNT or not _whole(count) or \
            _bounded(count) or count.value == 1 or is_change(sentence, count):
        return None
    return count


def _thing_after(sentence: Sentence, slot: Slot) -> tuple[list[str], int] | None:
    """The words of the thing an amount is "per"/"each"/"for each" of, right after it, and
    the token after them: "$18.40 per child per year" -> ([child], at "per")."""
    doc = sentence.doc
    at = slot.token + 1
    if at + 1 < len(doc) and doc[at].lower_ == "for" and doc[at + 1].lower_ in ("each", "every"):
        at += 1
    if at >= len(doc) or doc[at].lower_ not in ("per", "each", "every"):
        return None
    things = []
    for token in doc[at + 1:at + 4]:
        if not token.is_alpha or token.lower_ in _PHRASE_END or token.lower_ in _PERIOD_WORDS:
            break
        things.append(stem(token.text))
    return (things, at + 1 + len(things)) if things else None


def _per_thing_per_period(sentence: Sentence, average: Slot):
    """For "an average of $18.40 per child per year" in a sentence whose amount is over a
    number of those periods ("cost $72,420 over two years"): (the amount per the same thing
    the sentence gives before it, the number of periods), or (None, None) where it gives no
    such amount; None where the average is no amount per thing per period over periods."""
    doc = sentence.doc
    thing = _thing_after(sentence, average)
    if thing is None:
        return None
    things, at = thing
    if at + 1 >= len(doc) or doc[at].lower_ not in _EACH or \
            doc[at + 1].lower_ not in _PERIOD_NOUNS:
        return None
    unit = _PERIOD_NOUNS[doc[at + 1].lower_]
    spans = [s for s in sentence.slots if _periods(s) and s.unit == unit and s.value > 1
             and s.token < average.token]
    if len(spans) != 1:
        return None
    each = [s for s in sentence.slots if spans[0].token < s.token < average.token
            and s.unit == average.unit and s.cls == average.cls
            and (said := _thing_after(sentence, s)) is not None and things[-1] in said[0]
            and not (said[1] + 1 < len(doc) and doc[said[1]].lower_ in _EACH
                     and doc[said[1] + 1].lower_ in _PERIOD_NOUNS)]
    return (each[-1], spans[0]) if len(each) == 1 else (None, None)


def _allocated_thing(sentence: Sentence, average: Slot) -> bool:
    """Whether the thing an average is "per" is named as a trial allocated it: "per
    enrolled child", "for each randomised patient"."""
    return any(t.lower_ in ALLOCATED for t in sentence.doc[average.token + 1:average.token + 4])


def _arm_of_thing(sentence: Sentence, average: Slot) -> set[str]:
    """The trial group the thing an average is "per" is said of, right after its words:
    "$36.80 per enrolled child in the intervention arm" -> {intervention} (empty where
    none is named)."""
    doc = sentence.doc
    at = average.token + 1
    if at >= len(doc) or doc[at].lower_ not in ("per", "each", "for"):
        return set()
    for token in doc[at + 1:at + 5]:
        if token.lower_ in ("in", "for", "across") and token.i > at + 1:
            return _arm_named(sentence, average, token.i)
        if not token.is_alpha or token.lower_ in _PERIOD_WORDS:
            return set()
    return set()


def _arm_named(sentence: Sentence, slot: Slot, at: int | None = None) -> set[str]:
    """The words of "for the intervention arm", "in the control group" right after an
    amount (or at token ``at``): the trial group it is said of (empty where none is named)."""
    doc = sentence.doc
    at = slot.token + 1 if at is None else at
    if at + 1 >= len(doc) or doc[at].lower_ not in ("for", "in", "across"):
        return set()
    named = []
    for t in doc[at + 1:at + 6]:
        if t.lower_ in ARMS:
            return set(named) - {"the", "whole", "entire"}
        if not (t.is_alpha or t.text == "-"):
            break
        named.append(t.lower_)
    return set()


#: what sets one amount off as the same amount over another span
_RESTATING = {"(", "-", "–", "—", "which", "that", "i.e.", "equivalent", "equals", "making",
              "comes", "works"}
#: words that say a sentence states how a span's amount makes its periods' ("the yearly
#: charge divided by 12 months")
_RULE = re.compile(r"\b(?:divided|divide|divides|multiplied|multiply|times)\b|×")


def _one_for_every(sentence: Sentence, document: Document, m: Match,
                   average: Slot) -> tuple[Slot, Slot] | None:
    """"one doctor for every 400 residents": the residents counted (the total) over the
    doctors counted (the count), each found by the noun its side of the words names; the
    two must be different things, and no count is the average itself."""
    doc = sentence.doc
    at = next(t.i for t in doc[m.start:m.end] if t.lower_ == "for")
    one = stem(doc[at - 1].text)  # "one team member for": the last word names the thing
    per = stem(doc[average.token + 1].text)
    if one == per:
        return None
    count = _count(sentence, document, average, one)
    total = _count(sentence, document, average, per)
    if count is None or total is None or count is total:
        return None
    return total, count


def _hyphened(sentence: Sentence, average: Slot) -> bool:
    """Whether the figure only qualifies a noun or counts some of another figure: "the
    average one-way commute", "a mean of 38.6 of the 52 sessions" (not "an average of 1.06
    tonnes of waste")."""
    after = sentence.doc[average.token + 1:average.token + 4]
    return after[:1].text == "-" or after[:1].text == "of" and any(
        t.norm_ in FIGURES for t in after[1:])


def _periodic(sentence: Sentence, document: Document, m: Match,
              average: Slot) -> tuple[Slot, Slot] | None:
    """(aggregate, count) of "€9.60 per user / month (€115.20 a year)": the year's amount
    and the number of months in a year as the document writes it ("billed for 12 months"),
    the one in a sentence that says how the two are reckoned first; None where the
    document writes no such number (the count is a figure, never one kg read supplies)."""
    doc = sentence.doc
    average, total = m.roles["average"], m.roles["aggregate"]
    if average.unit != total.unit or (total.value or 0) <= (average.value or 0):
        return None
    per = {stem(doc[t].text): t for t in range(m.start, m.end)
           if doc[t].lower_ in _PERIOD_WORDS}
    after = lambda slot: next((doc[t].lower_ for t in range(slot.token + 1, m.end)
                               if doc[t].lower_ in _PERIOD_WORDS), None)
    small, large = after(average), after(total)
    if small is None or large is None or small == large or len(per) != 2:
        return None
    first, second = sorted((average.token, total.token))
    between = {doc[t].lower_ for t in range(first + 1, second)}
    if "or" in between or not between & _RESTATING:
        # "$10 a month or $100 a year" offers two ways to pay, often the year discounted: only
        # a restatement ("(£115.20 a year)", "- $120 a year", "which is $120 a year") is one
        return None
    holds = _HOLDS.get(large, {}).get(_PERIOD_NOUNS.get(small, ""))
    if holds is None:
        return None
    counts = [(s, slot) for s in document.sentences for slot in s.slots
              if _periods(slot) and slot.unit == _PERIOD_NOUNS[small] and
              holds[0] <= slot.value <= holds[1]]
    if not counts:
        return None
    ruled = [slot for s, slot in counts if _RULE.search(s.doc.text.lower())]
    return total, (ruled or [slot for _, slot in counts])[0]


#: the spans an amount may be said "a"/"per" of and still be a total over things
_SPANS_OF_PRICE = (*_PERIOD_WORDS, "quarter", "season", "term", "semester")
#: words that open another clause or list item: what stands after them is not the
#: amount's own
_CLAUSE_WORDS = {"and", "but", "while", "whereas", "which", "who", "against", "compared",
                 "than", "from", "versus", "vs"}


#: the words that set an amount off as the one before it per thing: ", or", ", the
#: equivalent of" ("used 250 million litres a day, the equivalent of 139 litres per person")
_RESTATING_ENDS = ((",", "or"), (",", "the", "equivalent", "of"), (",", "equivalent", "to"),
                   (",", "equal", "to"))


def _restated_by_or(between) -> bool:
    """Whether the words between an amount and an average end in ", or" or ", the
    equivalent of" (and a hedge) after at most four words of the amount's own clause: "a
    year to run, or about", "a day last year, the equivalent of"."""
    words = [t.lower_ for t in between]
    while words and words[-1] in _HEDGES and words[-1] != "or":
        words.pop()
    end = next((e for e in _RESTATING_ENDS if words[-len(e):] == list(e)), None)
    if end is None:
        return False
    own = words[:-len(end)]
    # "₹49.27 per litre, or ₹43,259 per member": an amount per thing is an average of its
    # own, no aggregate of another; "a year", "per season" only say its span
    each = [n for n, w in enumerate(own) if w in _EACH]
    return len(own) <= 4 and all(w.isalpha() and w not in _CLAUSE_WORDS for w in own) and \
        all(n + 1 < len(own) and own[n + 1] in _SPANS_OF_PRICE for n in each)


def _of_which(sentence: Sentence, slot: Slot) -> bool:
    """Whether "of which" or "of whom" sets a count off ("36 plots, of which 18 received
    sludge"): a part of the whole "which" stands for."""
    before = [t.lower_ for t in sentence.doc[max(0, slot.token - 3):slot.token]]
    return before[-2:] in (["of", "which"], ["of", "whom"]) or \
        before[:2] in (["of", "which"], ["of", "whom"]) and before[2] in _HEDGES


def _per_words(sentence: Sentence, average: Slot) -> list[str]:
    """The words after "per"/"each" that name what the average is per ("$41 per treated
    pupil": ["treated", "pupil"])."""
    said: list[str] = []
    for token in sentence.doc[average.token + 1:average.token + 6]:
        if token.lower_ in _EACH and not said:
            continue
        if not token.is_alpha or token.is_stop:
            break
        said.append(token.text)
    return said


def _qualified(sentence: Sentence, average: Slot) -> bool:
    """Whether the words the average is per name a kind of the things ("$41 per treated
    pupil"), more than the things themselves ("12 per plot")."""
    return len(_per_words(sentence, average)) > 1


#: words before a thing's noun that name no kind of it the count must say
_NO_KIND = frozenset({"new", "additional", "extra", "further", "more", "single", "individual",
                      "each", "every"})


def _qualifiers(sentence: Sentence, average: Slot) -> set[str]:
    """The words (stems) before the noun the average is per that name a kind of the things
    ("$41 per treated pupil": {"treat"}); empty where the words name the things alone."""
    said = _per_words(sentence, average)
    # ("per new seat" after "will add 3,200 seats": what is added is new, no kind of it)
    return {stem(w) for w in said[:-1] if w.lower() not in _NO_KIND}


def _a_part(sentence: Sentence, slot: Slot) -> bool:
    """A figure set off with its share of a whole ("198,400 visits - some 48.1% of the
    total", "1,378 (57.4%)"): a part of that whole."""
    if is_portion(sentence, slot) or accounted_for(sentence, slot):
        return True  # (or "the five largest accounted for 2,591 cases": a part of them)
    doc = sentence.doc
    after = [t for t in doc[slot.token + 1:slot.token + 4]
             if t.lower_ not in ("the", "its", "their", "our", "all", "those", "these")]
    if len(after) >= 2 and after[0].lower_ == "of" and after[1].norm_ == COUNT and \
            after[1].i - slot.token <= 3:
        return True  # "201 of the 248 were women": a group of the whole counted after it
    for token in doc[slot.token + 1:slot.token + 9]:
        if token.norm_ in ("_pct_", FRACTION):
            # "11,429 patients in the treated arm (71.8%)": a share in brackets of its own;
            # "90,300 visits - one in five of the total": a share in words set off
            if token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "of" or \
                    doc[token.i - 1].text == "(":
                return True
            if [t.lower_ for t in doc[token.i + 1:token.i + 3]] == [",", "or"]:
                continue  # "- about one in four, or 25.3% of the total": the share restated
            return False
        if token.norm_ in FIGURES or token.i > slot.token + 5 and not (
                token.is_alpha or token.text == "("):
            return False
    return False


def _each_of(sentence: Sentence, average: Slot) -> Slot | None:
    """The count "for each of" names right after an average: "CHF 7.20 for each of our 8.5
    million shares", "€61,800 for each of the valley's 1,240 growers"."""
    doc = sentence.doc
    words_ = [t.lower_ for t in doc[average.token + 1:average.token + 4]]
    if words_[:3] not in (["for", "each", "of"], ["for", "every", "one"]) and \
            words_[:2] != ["each", "of"]:
        return None
    start = average.token + (4 if words_[0] == "for" else 3)
    for token in doc[start:start + 4]:
        slot = sentence.by_token.get(token.i)
        if slot is not None:
            return slot if slot.cls == COUNT and _whole(slot) else None
        if token.is_punct:
            return None
    return None


def _across(sentence: Sentence, average: Slot) -> Slot | None:
    """The count an average is spread "across" or "over" right after it: "crowds averaged
    21,480 across 23 home games", "an average of 3.1 visits over the 412 households"."""
    doc = sentence.doc
    at = average.token + 1
    if at < len(doc) and doc[at].is_alpha and doc[at].lower_ not in ("across", "over"):
        at += 1  # "averaged 21,480 fans across …"
    slot = sentence.by_token.get(at)
    if slot is not None and slot.text.lower().startswith("over "):
        # "averaged 640 over 35 evenings", drafted as one figure "over 35"
        return slot if slot.cls == COUNT and _whole(slot) else None
    if at >= len(doc) or doc[at].lower_ not in ("across", "over"):
        return None
    for token in doc[at + 1:at + 4]:
        slot = sentence.by_token.get(token.i)
        if slot is not None:
            return slot if slot.cls == COUNT and _whole(slot) else None
        if token.lower_ not in ("the", "its", "their", "our", "all", "his", "her"):
            return None
    return None


def _per_thing(sentence: Sentence, average: Slot) -> str | None:
    """The thing an amount is "per" or "each" of, right after it: "$39.63 per citation
    written" -> citation."""
    doc = sentence.doc
    at = average.token + 1
    if at + 1 >= len(doc) or doc[at].lower_ not in ("per", "each") or not doc[at + 1].is_alpha:
        return None
    return stem(doc[at + 1].text)


def _headed_by_thing(sentence: Sentence, document: Document, average: Slot,
                     exclude: list[Slot]) -> Slot | None:
    """The latest amount of money, here before the average or in the sentences before, whose
    naming words end in the thing the average is "per" ("citations at $7.3 million",
    "Citations: $7.3 million" for "$39.63 per citation"); None where no such amount is."""
    thing = _per_thing(sentence, average) if average.cls == MONEY else None
    if thing is None:
        return None
    for index in range(sentence.index, max(sentence.index - 12, -1), -1):
        place = document.sentences[index]
        for slot in reversed(place.slots):
            if slot.unit != average.unit or slot.cls != MONEY or any(
                    slot is x for x in exclude) or (index == sentence.index and
                                                   slot.token >= average.token):
                continue
            heads = words_before(place, slot)
            if heads and heads[-1] == thing:
                return slot
    return None


def _total_across(sentence: Sentence, average: Slot) -> tuple[Slot, Slot] | None:
    """(total, count) of "X per thing, or T across the N things": the amount the average is
    restated as after ", or", in its unit, and the count "across"/"over"/"among" names right
    after that amount."""
    doc = sentence.doc
    later = [s for s in sentence.slots if s.token > average.token]
    if not later or later[0].unit != average.unit or later[0].cls not in AMOUNTS:
        return None
    total = later[0]
    between = [t.lower_ for t in doc[average.token + 1:total.token]]
    while between and between[-1] in _HEDGES and between[-1] != "or":
        between.pop()
    # ("£390,000 a year to run, £1.17 million across the three": a bare comma sets the
    # total off too, where "across", "over" or "among" names the things right after it)
    bare = between[-1:] == [","] and between[-2:] != [",", "or"]
    if between[-2:] != [",", "or"] and not bare or any(
            not t.isalpha() or t in _CLAUSE_WORDS for t in between[:-1 if bare else -2]):
        return None
    at = total.token + 1
    if at >= len(doc) or doc[at].lower_ not in ("across", "over", "among", "for") or \
            bare and doc[at].lower_ == "for":
        return None
    for token in doc[at + 1:at + 4]:
        slot = sentence.by_token.get(token.i)
        if slot is not None:
            return (total, slot) if slot.cls == COUNT and _whole(slot) else None
        if token.lower_ not in ("the", "its", "their", "our", "all", "his", "her"):
            return None
    return None


def _the_ones_said(sentence: Sentence, document: Document, count: Slot) -> Slot:
    """"… in three of the towns. Each hub costs £390,000, £1.17 million across the three":
    a number with no noun of its own after "the" takes up the count of that number the
    sentence before (or this one, earlier) gives, the things it counts; else itself."""
    doc = sentence.doc
    after = count.token + 1
    if count.token == 0 or doc[count.token - 1].lower_ != "the" or \
            after < len(doc) and doc[after].is_alpha:
        return count
    places = [sentence] + ([document.sentences[sentence.index - 1]] if sentence.index else [])
    for place in places:
        said = [s for s in place.slots if s.cls == COUNT and s.value == count.value
                and s is not count and (place is not sentence or s.token < count.token)]
        if said:
            return said[-1]
    return count


def _count_each(sentence: Sentence, document: Document, m: Match,
                average: Slot) -> tuple[Slot, Slot] | None:
    """(aggregate, count) of "on average each flight carried 148.6 passengers": the number of
    flights and the number of passengers, each the figure the words name so, here or before;
    none without an average word (a rule, "each box holds 12 eggs", states no total)."""
    doc = sentence.doc
    if not any(t.lower_ in ("average", "averaged", "mean") for t in doc):
        return None
    counted, things = stem(doc[m.start + 1].text), stem(doc[average.token + 1].text)
    if counted == things:
        return None
    count = _count(sentence, document, average, counted)
    if count is None or count.cls != COUNT:
        return None
    total = resolve(sentence, document, average, before=len(doc), hint=(things,), named=True,
                    same_sentence=True, exclude=[count], back=12)
    if total is None or things not in name(document.sentences[total.sentence], total) or \
            not level(document.sentences[total.sentence], total) or \
            (total.value or 0) <= (average.value or 0):
        return None
    return total, count


#: the patterns whose words name both the total and the count, and the finder of each pair
#: (aggregate, count): a price a period beside the longer span's, one thing for every so many
#: others, each thing's number of others
_PAIRED = {"periodic": _periodic, "one-for-every": _one_for_every, "each-count": _count_each}


def _each_did(sentence: Sentence, count: Slot) -> bool:
    """Whether a count's noun is the subject of "each" and a verb with a figure after it:
    "5,200 households each received 18.5 parcels" (the households are counted, no number of
    them per another thing)."""
    doc = sentence.doc
    at = count.token + 2
    if at + 1 >= len(doc) or doc[at].lower_ != "each" or not doc[at + 1].is_alpha or \
            doc[at + 1].lower_ in _NO_NOUN or not doc[at - 1].is_alpha or \
            doc[at - 1].lower_ in _NO_NOUN:
        return False  # ("€61,800 for each of the 1,240 growers": no noun before "each")
    for token in doc[at + 2:at + 8]:
        if token.norm_ in FIGURES:
            return True
        if token.text in (".", ";", ":"):
            return False
    return False


def _each_cost(sentence: Sentence, m: Match) -> bool:
    """Whether "each thing" is the subject of "cost": "Each meal cost us an average of …"."""
    return any(stem(t.text) in _COST_VERBS and t.i > m.start + 1
               and sentence.doc[t.i - 1].lower_ not in _AVERAGE
               for t in sentence.doc[m.start:m.end])


def _budgeted(document: Document, slot: Slot) -> bool:
    """Whether a figure's own clause calls it a budget or an allocation ("matched the budget
    at ₹171.0 lakh"): an amount planned, not spent."""
    doc = document.sentences[slot.sentence].doc
    words_ = []
    for token in reversed(doc[:slot.token]):
        if token.text in (",", ";", ".", ":") or token.norm_ in FIGURES:
            break
        words_.append(token.lower_)
    return bool({"budget", "budgeted", "allocation", "allocated"} & set(words_))


def _spread_cost(sentence: Sentence, average: Slot) -> bool:
    """Whether a clause that opens by sharing a total out over things names no figure and
    says what it cost each: "Spread across the girls we reached, the programme cost ₹915 per
    girl" (what it cost in all is what the document calls its spending or costs)."""
    doc = sentence.doc
    opened = [t.i for t in doc[:average.token] if t.lower_ in _SHARED
              and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _SHARED_OVER]
    if not opened or any(s.token < average.token for s in sentence.slots):
        return False
    return any(stem(t.text) in _COST_VERBS for t in doc[opened[0]:average.token])


def _averaged(sentence: Sentence, m: Match) -> bool:
    """Whether an average word stands in the match or opens its clause ("On average each
    lamp used …", "… each received, on average, 60.3 letters")."""
    doc = sentence.doc
    start = m.start
    while start > 0 and not doc[start - 1].is_punct:
        start -= 1
    return any(t.lower_ in ("average", "averaged", "mean") for t in doc[start:m.end])


def _counted(sentence: Sentence, m: Match, average: Slot) -> str | None:
    """The noun the average is "per": "€64 per passenger", "74,900 passengers a day", "each
    consultation", "the average shopper", "per share"; None after a bare "each"."""
    doc = sentence.doc
    if m.name in ("each", "per-noun", "each-compound", "each-average"):
        # ("each street lamp": the second word is the thing)
        at = m.start + (2 if m.name in ("per-noun", "each-compound") else 1)
        return stem(doc[at].text)
    if m.name == "typical":
        return stem(doc[m.end - 2].text)  # "in a typical class,": the thing is its last word
    if m.name == "one":
        at = next(t.i for t in doc[m.start:m.end] if t.lower_ in ("one", "single"))
        return stem(doc[at + 1].text)
    if m.name == "subject":
        head = averaged_subject(sentence, average)
        if head is None:
            head = _per_subject(sentence, average)
        return stem(doc[head].text) if head is not None else None
    after = doc[average.token + 1:average.token + 5]
    for n, token in enumerate(after):
        if token.is_punct or token.norm_ in FIGURES:
            break
        if token.lower_ in _EACH and n + 2 < len(after) and \
                after[n + 1].lower_ in _PERIOD_WORDS and after[n + 2].lower_ in ("each",
                                                                              "apiece"):
            return None  # "worth €9,000 a year each": a bare "each" after the period
        if token.lower_ in _EACH and n + 1 < len(after) and after[n + 1].is_alpha:
            if after[n + 1].lower_ in _NO_NOUN:
                return None  # "60 hours each on average": a bare "each", no noun
            return stem(after[n + 1].text)
        if token.lower_ == "for" and n + 2 < len(after) and after[n + 1].lower_ in ("every",
                                                                                  "each"):
            return stem(after[n + 2].text)
    return None


#: words that end the noun phrase a figure heads ("shares outstanding at year end")
_PHRASE_END = {"of", "in", "at", "for", "to", "from", "by", "with", "on", "and", "or", "but",
               "that", "which", "who", "than", "over", "across", "during", "per", "each", "a",
               "an", "the"}


def _per_subject(sentence: Sentence, average: Slot) -> int | None:
    """"Transport revenue per passenger journey came to CHF 24.84": a subject that says its
    measure is per a thing ("per passenger journey") makes the figure its verb states an
    average, as an average word would; the token of the thing's last word, before the verb
    (None where no "per" heads the words before the verb, or a figure or clause stands
    between)."""
    doc = sentence.doc
    at = stating_verb(sentence, average)
    if at is None or at < 2:
        return None
    for token in reversed(doc[max(0, at - 5):at]):
        if not token.is_alpha or token.norm_ in FIGURES or \
                token.lower_ in ("and", "but", "while", "which", "that", "who", "than"):
            return None
        if token.lower_ == "per":
            # (a period is no thing counted: "revenue per year was …")
            thing = doc[at - 1].lower_
            return at - 1 if token.i < at - 1 and thing not in _PERIODS else None
    return None


def _per_share(sentence: Sentence, average: Slot) -> bool:
    """Whether an amount is "per share": "$0.34 per diluted share", "€1.46 of earnings per
    share", "2.0 cents per ordinary share"."""
    said = [t.lower_ for t in sentence.doc[average.token + 1:average.token + 6]]
    if "per" not in said:
        return False
    after = said[said.index("per") + 1:]
    while after and after[0] in ("diluted", "basic", "ordinary", "weighted", "average"):
        after = after[1:]
    return after[:1] == ["share"]


#: the words of a note that says what count the per-share amounts are worked on: "based on",
#: "calculated on", "weighted average"
_SHARE_BASIS = re.compile(r"\b(?:based|calculated|computed)\s+on\b|\bweighted[- ]average\b",
                          re.I)


def _share_basis(document: Document, average: Slot) -> Slot | None:
    """"Per-share amounts are based on 12.06 million weighted average diluted shares
    outstanding": the one count of shares a sentence of the document says the per-share
    amounts are worked on, before the average or after it (a note); None where no sentence
    says so, or they give several."""
    found = []
    for place in document.sentences:
        if not _SHARE_BASIS.search(place.text):
            continue
        found += [s for s in place.slots if s.cls == COUNT and s is not average
                  and stem("share") in nouns_after(place, s, 4) | _phrase_after(place, s)]
    return found[0] if len({s.value for s in found}) == 1 else None


def _later_nouns(sentence: Sentence, average: Slot, noun: str | None) -> list[str]:
    """The words after the first of the phrase an average is "per", up to the phrase's end:
    "per diluted share" -> [share], "per treated pupil" -> [pupil]."""
    doc = sentence.doc
    at = next((t.i for t in doc[average.token + 1:average.token + 4] if stem(t.text) == noun),
              None)
    out = []
    for token in doc[at + 1:at + 3] if at is not None else ():
        if not token.is_alpha or token.lower_ in _PHRASE_END or token.norm_ in FIGURES:
            break
        out.append(stem(token.text))
    return out


def _other_head(document: Document, count: Slot, noun: str | None, later: list[str]) -> bool:
    """Whether a count and the phrase an average is "per" share only the word that opens
    that phrase, each going on to a noun of its own: "per ice hour" against "19 ice
    sheets", "per bus mile" against "40 bus routes"."""
    if not later:
        return False
    doc = document.sentences[count.sentence].doc
    # (only the count's own noun phrase, right after it: "9,310 attended treated schools"
    # counts what the verb's subject is, not schools)
    if count.token + 2 >= len(doc) or stem(doc[count.token + 1].text) != noun:
        return False
    after = doc[count.token + 2]
    return after.is_alpha and after.lower_ not in _PHRASE_END and \
        stem(after.text) not in later


def _phrase_after(sentence: Sentence, slot: Slot, most: int = 5) -> set[str]:
    """The words of the noun phrase a count heads, past hyphens: "134.1 million
    weighted-average diluted shares" -> {weighted, average, diluted, share}."""
    out = set()
    for token in sentence.doc[slot.token + 1:slot.token + 1 + most]:
        if token.text == "-":
            continue
        if not token.is_alpha or token.norm_ in FIGURES or token.lower_ in _PHRASE_END:
            break
        out.add(stem(token.text))
    return out


#: nouns of a whole number of things that name the things ("a population of 162,400": people)
_COUNTED_BY = {"population": "people", "workforce": "employ", "headcount": "employ",
               "membership": "member", "enrolment": "pupil", "enrollment": "pupil"}


def _named_before(sentence: Sentence, slot: Slot) -> str | None:
    """The things a count is "of" before it: "a population of 162,400" -> people, "a
    workforce of some 3,690" -> employ."""
    doc = sentence.doc
    at = slot.token - 1
    while at >= 0 and doc[at].lower_ in ("some", "about", "around", "roughly", "nearly",
                                         "almost", "over", "just"):
        at -= 1
    if at < 1 or doc[at].lower_ != "of":
        return None
    word = doc[at - 1].lower_
    return _COUNTED_BY.get(word) or None


def _abbreviations(sentence: Sentence, average: Slot) -> tuple[str, ...]:
    """The abbreviations in capitals the average's clause names before it ("in PTC fares,
    or C$18.40 per trip"): who the things it is per are (not a currency's code)."""
    return tuple(t.text for t in sentence.doc[:average.token]
                 if t.is_alpha and len(t.text) >= 2 and t.text.isupper()
                 and t.text not in CURRENCIES)


def _count(sentence: Sentence, document: Document, average: Slot, noun: str | None):
    """The number of the things counted: the count here or in an earlier sentence whose noun
    is the average's ("per clinic": "46 mobile clinics"); with no noun ("paid on average
    £188,200 each"), the one count of the sentence."""
    # "over the 366 days" is a span, not a baseline: a count need only be no change or rate
    # ("38,400 hours …, or 60 hours each": hours in the average's unit are what it averages)
    counts = [s for s in sentence.slots if (s.cls == COUNT or _periods(s)) and s is not average
              and (s.cls == COUNT or s.unit != average.unit) and not _bounded(s)
              and _whole(s) and not is_change(sentence, s) and not is_rate(sentence, s)
              # ("feeding one pupil cost $50.90": the one is the thing priced, no number
              # of things the cost is spread over)
              and s.value != 1]
    if noun is None:
        # ("an average of 21,700 litres each, which the team says displaced 1.2 million
        # bottles": a clause of its own after the average counts other things)
        counts = [s for s in counts if s.token < average.token or not any(
            t.lower_ in ("which", "who", "whom", "whose")
            for t in sentence.doc[average.token + 1:s.token])]
        return counts[0] if len(counts) == 1 else None
    # "passengers a day over the 366 days": a number of the periods the average is per
    named = [s for s in counts if noun in nouns_after(sentence, s)
             or (_periods(s) and _PERIOD_NOUNS.get(noun) == s.unit)]
    if not named:
        # "134.1 million weighted-average diluted shares": the noun past a hyphened word;
        # "a population of 162,400": the noun of the count set before it
        named = [s for s in counts if noun in _phrase_after(sentence, s)
                 or noun == _named_before(sentence, s)]
    if named:
        return named[0]
    # "C$261.3 million in PTC fares, or C$18.40 per trip": the things are the ones the
    # abbreviation names ("PTCs reported 14.2 million trips"), not every trip counted
    found = resolve(sentence, document, average, before=len(sentence.doc),
                    hint=(*_abbreviations(sentence, average), noun),
                    unit=_count_unit(sentence, document, noun),
                    same_sentence=False, allow_portions=True, back=12)
    place = None
    if found is not None and _where(document.sentences[found.sentence], found) and \
            noun not in nouns_after(document.sentences[found.sentence], found):
        # "Ticket sales across the district's seven stages reached 418,600": the places the
        # things were counted at are counted by the way, the things are the other figure
        # (not the things the average is of: "£61.4 million across 3,208 settled claims")
        place = found
        found = resolve(sentence, document, average, before=len(sentence.doc), hint=(noun,),
                        unit=_count_unit(sentence, document, noun), exclude=[found],
                        same_sentence=False, allow_portions=True, back=12)
    if found is not None and (_a_part(document.sentences[found.sentence], found) or (
            _of_which(document.sentences[found.sentence], found) and
            not _qualified(sentence, average))):
        # ("40 fields, of which 20 were ploughed … 12 per field": all the fields, the part
        # only where the words name its kind, "per treated pupil")
        # "198,400 visits - some 48.1% of the total": one branch's part, never the number a
        # whole service's cost is spread over; the whole its share is of may be, reached
        # from the part's own sentence (never the next figure back, another part perhaps)
        at, part = document.sentences[found.sentence], found
        found = resolve(at, document, part, before=part.token, hint=(noun,), exclude=[part])
        if found is not None and ((found.value or 0) <= (part.value or 0) or
                                  _a_part(document.sentences[found.sentence], found)):
            # (the figure the words name so is no more than the part, or a part itself:
            # "August: 131,650 passengers" listed before "131,650 passengers, or 40.2% of
            # the quarter's total" is the part again; the whole is not reached)
            found = None
    if found is not None and noun not in nouns_after(document.sentences[found.sentence], found):
        # "1,086 e-scooter-related presentations, during a period in which 2.61 million
        # trips were taken": of a sentence's counts, the one whose own noun is the
        # average's is the things counted, never another its clause names them beside
        own = [s for s in document.sentences[found.sentence].slots
               if s.cls == COUNT and s is not found and s.unit == found.unit and
               noun in nouns_after(document.sentences[found.sentence], s)]
        if len(own) == 1:
            found = own[0]
    if found is not None and _other_kind(sentence, average, document.sentences[found.sentence],
                                         found, noun):
        return None
    if found is not None and _other_measure(sentence, document, average, found, noun):
        return None
    if found is not None and (kind := _qualifiers(sentence, average)) and not kind & {
            stem(t.text) for t in document.sentences[found.sentence].doc if t.is_alpha}:
        # "$89,238 per successful claim" over "4,812 claims" filed: the words name a kind of
        # the things the count's sentence never says, so it may count all of them
        return None
    if found is not None and (done := _done_to_thing(sentence, average)) is not None and \
            not any(_same_verb(done, t.lower_)
                    for t in document.sentences[found.sentence].doc if t.is_alpha):
        # "$789 for every animal taken in" over "placed 4,318 animals with adopters": the
        # words name the things by what was done to them, which the count's sentence never
        # says of its things (those placed are some of those taken in, or others)
        return None
    if found is not None and _whole(found) and not _bounded(found) and \
            not _numbered_name(document, document.sentences[found.sentence], found) and \
            not (found.unit == average.unit and average.cls != COUNT) and \
            (noun in name(document.sentences[found.sentence], found) or
             noun in nouns_after(document.sentences[found.sentence], found) or
             place is not None and _clause_after(document, place, found) and
             noun in name(document.sentences[place.sentence], place)):
        return found
    return None


#: participles that do not end in "-ed", each with its verb's plain form
_IRREGULAR = {"taken": "take", "took": "take", "seen": "see", "saw": "see", "given": "give",
              "gave": "give", "held": "hold", "kept": "keep", "sold": "sell", "bought": "buy",
              "fed": "feed", "made": "make", "built": "build", "brought": "bring",
              "caught": "catch", "sent": "send", "spent": "spend", "paid": "pay", "won": "win",
              "grown": "grow", "drawn": "draw", "written": "write", "wrote": "write",
              "shown": "show", "found": "find", "flown": "fly", "driven": "drive",
              "ridden": "ride", "borne": "bear", "born": "bear", "lent": "lend", "met": "meet",
              "run": "run", "ran": "run", "put": "put", "read": "read", "heard": "hear",
              "taught": "teach"}
#: "-ed" words right after a per-thing that are the sentence's own verb or a comparison,
#: never a participle naming a kind of the things ("$40 per pupil increased by 3%")
_NOT_DONE = ("increased", "decreased", "declined", "dropped", "jumped", "climbed", "doubled",
             "halved", "tripled", "improved", "eased", "slipped", "edged", "compared",
             "remained", "stayed", "averaged", "totalled", "totaled", "amounted", "worked",
             "needed", "required", "represented", "reached", "peaked", "topped")
#: the particles that make a participle a deed of its own ("taken in", "signed up", "handed
#: out"): a bare one ("enrolled", "written") may only say the things were counted so
_AFTER_DONE = ("in", "up", "out", "off", "away", "back", "on", "over", "down")


def _done_to_thing(sentence: Sentence, average: Slot) -> str | None:
    """The participle right after the noun an average is per, when the words name the things
    by a deed done to them ("$789 for every animal taken in", "£3 per leaflet handed out"):
    the verb's plain form, cut (``_verb_form``); else None."""
    doc = sentence.doc
    after = doc[average.token + 1:min(len(doc), average.token + 7)]
    at = next((t.i for t in after if t.lower_ in ("per", "every", "each")), None)
    if at is None or at + 3 > len(doc) or not doc[at + 1].is_alpha:
        return None
    word = doc[at + 2].lower_
    following = doc[at + 3].lower_ if at + 3 < len(doc) else "."
    participle = word in _IRREGULAR or (word.endswith("ed") and len(word) > 4)
    if not participle or word in _NOT_DONE or following not in _AFTER_DONE:
        return None
    return _verb_form(word)


def _verb_form(word: str) -> str:
    """A verb's plain form, roughly: "taken" -> "take", "treated" -> "treat", "served" ->
    "serv" (cut so that "serve", "serves", "serving" cut alike)."""
    word = _IRREGULAR.get(word, word)
    for ending in ("ed", "ing", "es", "e", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)]
    return word


def _same_verb(plain: str, word: str) -> bool:
    """Whether a word is a form of the verb ``plain`` (``_verb_form``'s), or a noun made on
    it ("intake" of "take")."""
    form = _verb_form(word)
    return form == plain or len(word) > len(plain) + 1 and form.endswith(plain)


def _only_listed(sentence: Sentence, word: str, figure: Slot) -> bool:
    """Whether a sentence names a word (a stem) only as an item of a list ("patrols,
    hatchery, research and education"): a comma on one side of it and a comma, "and", "or"
    or the dash or colon that opens the list on the other, and never right before the figure (as "and expenditure at €612,000"
    names that figure)."""
    doc = sentence.doc
    at = [t.i for t in doc if t.is_alpha and stem(t.text) == word]
    if not at:
        return False
    for i in at:
        if 0 < figure.token - i <= 3:
            return False
        around = (doc[i - 1].lower_ if i > 0 else "", doc[i + 1].lower_ if i + 1 < len(doc)
                  else "")
        if not ("," in around and set(around) <= {",", "and", "or", "—", "–", "-", ":", "("}):
            return False
    return True


def _other_measure(sentence: Sentence, document: Document, average: Slot, found: Slot,
                   noun: str) -> bool:
    """Whether an earlier sentence's count is no number of the unit the average is per: "$4.10
    per kilogram" is over kilograms, never over the "(12 grades)" a sentence about the
    kilograms counts (a number whose own word after it is another thing)."""
    word = next((t.text for t in sentence.doc[average.token + 1:average.token + 4]
                 if t.is_alpha and stem(t.text) == noun), None)
    unit = _unit_word(word) if word is not None else None
    if unit is None or found.unit == unit or (
            _dimension(unit) is not None and _dimension(found.unit) == _dimension(unit)):
        return False
    there = document.sentences[found.sentence]
    own = nouns_after(there, found, 1)
    return bool(own) and noun not in own


def _other_kind(sentence: Sentence, average: Slot, place: Sentence, found: Slot,
                noun: str) -> bool:
    """Whether an earlier sentence's count is of another kind of the average's things: "US$33.49
    per volunteer hour" is of volunteers' hours, never of "18,640 machine hours" (each names
    its kind by one word before the same noun, and the two words differ)."""
    doc, there = sentence.doc, place.doc
    at = average.token + 1
    if found.sentence == sentence.index or at + 2 >= len(doc) or \
            doc[at].lower_ not in ("per", "a", "an", "each", "every") or \
            not doc[at + 1].is_alpha or stem(doc[at + 2].text) != noun:
        return False
    k = found.token + 1
    if k + 1 >= len(there) or not there[k].is_alpha or stem(there[k + 1].text) != noun:
        return False
    return stem(there[k].text) != stem(doc[at + 1].text)


#: capitalised words a count may follow that name no class of things ("In March 400 …")
_MONTH_WORDS = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")


def _numbered_name(document: Document, sentence: Sentence, slot: Slot) -> bool:
    """Whether a small number is part of a name: a capitalised noun before it that the text
    numbers more than once ("Tier 1 routes … Tier 2 routes"). It says which class of things,
    never how many of them."""
    doc = sentence.doc
    k = slot.token - 1
    if slot.cls != COUNT or k < 0 or not (doc[k].is_title and doc[k].is_alpha) or \
            doc[k].lower_ in _MONTH_WORDS or slot.value is None or slot.value >= 100:
        return False
    numbered = re.compile(rf"\b{re.escape(doc[k].text)}\s+\d{{1,2}}(?![\d.,]\d)")
    return sum(len(numbered.findall(s.text)) for s in document.sentences) > 1


def _clause_after(document: Document, place: Slot, slot: Slot) -> bool:
    """Whether a figure follows a count of places in the same clause, no mark between
    ("Ticket sales across the seven stages reached 418,600": the sales' words are its)."""
    if place.sentence != slot.sentence or slot.token <= place.token:
        return False
    return not any(t.is_punct for t in document.sentences[slot.sentence].doc[place.token + 1:
                                                                            slot.token])


#: the units of a number of periods an average may be over ("in each of the six months")
_PERIOD_UNITS = {"DAY", "WEEK", "MONTH", "YEAR", "HOUR", "MINUTE"}
#: the noun an average is "a"/"per" (stemmed) -> the unit of a number of those periods
_PERIOD_NOUNS = {"day": "DAY", "week": "WEEK", "month": "MONTH", "year": "YEAR",
                 "hour": "HOUR", "minute": "MINUTE"}


#: the spans of time a sentence may say its figures cover, by the words that name them
_SPANS = {"year": "year", "annual": "year", "quarter": "quarter", "quarterly": "quarter",
          "month": "month", "monthly": "month", "half": "half", "week": "week", "weekly": "week"}


def span(sentence: Sentence) -> str | None:
    """The span of time a sentence names for its figures: "in the second quarter" (quarter),
    "over the month's 30 days" (month), "in 2024" or "of the leap year" (year); None where it
    names none or several; "year to date" (ytd), whatever quarters it goes on to list."""
    said = " ".join(t.lower_ for t in sentence.doc)
    if "year to date" in said or "year - to - date" in said or " ytd " in f" {said} ":
        return "ytd"
    named = set()
    for t in sentence.doc:
        word = t.lower_ if t.lower_ in _SPANS else t.lower_.removesuffix("s")
        # "a month", "per day": what the average is per, not the span it is over
        if word in _SPANS and (t.i == 0 or sentence.doc[t.i - 1].lower_ not in _EACH):
            named.add(_SPANS[word])
    if not named and any(t.norm_ == YEAR for t in sentence.doc):
        named = {"year"}
    return next(iter(named)) if len(named) == 1 else None


#: how many of each period a span holds (the least and the most)
_HOLDS = {"year": {"DAY": (365, 366), "WEEK": (52, 53), "MONTH": (12, 12)},
          "half": {"DAY": (181, 184), "WEEK": (26, 27), "MONTH": (6, 6)},
          "quarter": {"DAY": (90, 92), "WEEK": (13, 13), "MONTH": (3, 3)},
          "month": {"DAY": (28, 31), "WEEK": (4, 5)},
          "week": {"DAY": (7, 7)}}


def _same_span(count: Slot, here: str | None, there: str | None, some: bool = False) -> bool:
    """Whether a number of periods and an earlier sentence's total cover one span: both
    sentences name it ("the month's 30 days", "in June"), or the earlier one names a span
    that many periods make ("the first half", "six months"); unknown spans are no bar.
    ``some``: the periods are those on which something was done ("open on 359 days"), some
    of the span's, so no more than it holds."""
    if here is not None and there is not None:
        return here == there
    if there is None or there not in _HOLDS or count.unit not in _HOLDS[there]:
        return True
    least, most = _HOLDS[there][count.unit]
    return count.value is not None and (0 if some else least) <= count.value <= most


#: the adjectives of a period that name things made once a period ("monthly payments")
_PERIODIC = {"daily": "day", "weekly": "week", "monthly": "month", "annual": "year",
             "yearly": "year", "hourly": "hour", "nightly": "night"}


def _instalments(sentence: Sentence, count: Slot) -> str | None:
    """The period a count of instalments is made once in: "twelve equal monthly payments"
    -> month (so many payments are so many months of the amount a month); None where the
    words after the count name no period's adjective."""
    if count.cls != COUNT or not _whole(count):
        return None
    for token in sentence.doc[count.token + 1:count.token + 4]:
        if not token.is_alpha:
            return None
        if token.lower_ in _PERIODIC:
            after = sentence.doc[token.i + 1:token.i + 2]
            # (the adjective must qualify the things counted, not end the phrase)
            return _PERIODIC[token.lower_] if after and after[0].is_alpha else None
    return None


def _periods_named(sentence: Sentence, count: Slot, per: str) -> bool:
    """Whether a count in numbers of things counts the periods ``per`` names: the noun
    right after it is their plural ("seven nights" of "a night"), or things made once in
    each ("12 monthly payments" of "a month")."""
    if count.cls != COUNT or not _whole(count) or _bounded(count):
        return False
    after = sentence.doc[count.token + 1:count.token + 2]
    return bool(after) and stem(after[0].text) == per or _instalments(sentence, count) == per


def _whole(slot: Slot) -> bool:
    """A count of things is a whole number, unless a scale word rounds it ("11.6 million
    shares"; "11.6" alone is no number of shares)."""
    return slot.value is None or slot.value == slot.value.to_integral_value() or \
        re.search(r"thousand|million|billion|trillion|\d\s?(?:bn|mn|m|k)\b", slot.text,
                  re.I) is not None


#: verbs that make the amount before them an addition to the level after ("a supplement of
#: CHF 500, bringing the fee to CHF 1,230")
_BRINGING = {"bringing", "brings", "brought", "taking", "takes", "raising", "raises", "lifting",
             "lifts", "pushing", "pushes", "making"}
#: words that bound a figure rather than state it ("up to 10 users", "at most 40")
_BOUNDS = re.compile(r"^(?:up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than|at\s+least|"
                     r"fewer\s+than|less\s+than|more\s+than|maximum|minimum|max\.?|"
                     r"min\.?)\s", re.I)


def _added_to(sentence: Sentence, slot: Slot, average: Slot) -> bool:
    """Whether an amount before the average is added to make it: "a supplement of CHF 500,
    bringing their fee to CHF 1,230 per semester" (a sum, not an aggregate over semesters)."""
    # ("each ticket brought in an average of £31": "in" makes the verb one of earning, the
    # amount before it the takings it shares out, no sum it is added to)
    doc = sentence.doc
    return slot.token < average.token and any(
        t.lower_ in _BRINGING and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "in")
        for t in doc[slot.token + 1:average.token])


def _listed_with(sentence: Sentence, slot: Slot, average: Slot) -> bool:
    """Whether an amount and the average are items of one list the "per" ends: "Team €22.08
    and Business €37.72 per user" (each per user; neither the other's aggregate)."""
    a, b = sorted((slot.token, average.token))
    doc = sentence.doc
    between = doc[a + 1:b]
    if len(between) > 0 and any(t.lower_ in ("and", "or") for t in between) and all(
            t.lower_ in ("and", "or", ",") or t.is_title for t in between):
        return True
    # "averaged £3.10 on the north line and £2.85 on the south line": each amount with a
    # phrase of its own, the same word opening both, is one item of a list of averages
    words = [t for t in between if t.text != ","]
    return 3 <= len(words) <= 7 and words[-1].lower_ in ("and", "or") and \
        words[0].lower_ in _LIST_PREPOSITIONS and b + 1 < len(doc) and \
        doc[b + 1].lower_ == words[0].lower_ and \
        all(t.is_alpha or t.text in ("'s", "-") for t in words[1:-1])


#: the words that open the phrase saying which place or group each of a list's amounts is of
_LIST_PREPOSITIONS = ("at", "in", "on", "for", "among", "across", "from", "with")


#: the verbs whose object is what some things brought to a stock: "added $347,050"
_ADDING = ("added", "adds", "adding")
#: words that open a clause another subject may have added to the stock ("…, and the council
#: added €5,000")
_OTHER_SUBJECT = ("and", "but", "while", "whereas", ";", "which", "who")


def _added_by_things(sentence: Sentence, slot: Slot) -> bool:
    """Whether an amount is what the verb "added" says things brought ("another 900 permits,
    at $40 each, added $36,000"): a change to a stock, and what those things came to."""
    doc = sentence.doc
    return slot.token > 0 and doc[slot.token - 1].lower_ in _ADDING and not (
        is_base(sentence, slot) or is_rate(sentence, slot) or is_earlier(sentence, slot)) and \
        not any(t.lower_ in _OTHER_SUBJECT for t in doc[:slot.token])


#: the words that bound a figure from below, and those that bound it from above, as it opens
#: with them or they stand right before it
_FLOOR = re.compile(r"(?:^|\s)(?:at\s+least|more\s+than|over|above|upwards\s+of|"
                    r"no\s+less\s+than|not\s+less\s+than|minimum|min\.?)$", re.I)
_CEILING = re.compile(r"(?:^|\s)(?:up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than|"
                      r"less\s+than|fewer\s+than|under|below|maximum|max\.?)$", re.I)
_NUMBER = re.compile(r"[£$€¥]?\d")


def _bound_side(sentence: Sentence, slot: Slot) -> str | None:
    """"floor" for a figure written as a lower bound ("more than 4 hours", "over 3 hours"),
    "ceiling" for an upper one ("under 10 hours"), else None."""
    number = _NUMBER.search(slot.text)
    opening = slot.text[:number.start()].strip() if number else ""
    lead = " ".join([t.lower_ for t in sentence.doc[max(0, slot.token - 3):slot.token]] +
                    [opening.lower()]).strip()
    return "floor" if _FLOOR.search(lead) else "ceiling" if _CEILING.search(lead) else None


def _other_bound(sentence: Sentence, average: Slot, slot: Slot) -> bool:
    """Whether a figure joined on after the average bounds the other side of the one the
    average is written as a bound of ("more than 4 hours each day but under 10 hours"): two
    ends of one range, never a total ("under 600 hours in all, more than 12 hours each" sets
    the total first, and is one)."""
    between = [t.lower_ for t in sentence.doc[average.token + 1:slot.token]]
    return slot.token > average.token and any(w in ("but", "and", "or") for w in between) and \
        {_bound_side(sentence, average), _bound_side(sentence, slot)} == {"floor", "ceiling"}


def _bounded(slot: Slot) -> bool:
    """A figure written as a bound ("Up to 10"), no number of things an amount is spread over."""
    return _BOUNDS.match(slot.text) is not None


def _periods(slot: Slot) -> bool:
    """A whole number of periods: "366 days", "six months" (a count, though it has a unit)."""
    return slot.cls == QUANTITY and slot.unit in _PERIOD_UNITS and slot.value is not None \
        and slot.value == slot.value.to_integral_value()


def _count_unit(sentence: Sentence, document: Document, noun: str) -> str | None:
    for s in reversed(document.sentences[:sentence.index]):
        for slot in s.slots:
            if slot.cls == COUNT and noun in name(s, slot):
                return slot.unit
    return None




def _pointed_back(sentence: Sentence, document: Document, average: Slot,
                  count: Slot) -> Slot | None:
    """"16,480 people came. That is an average of 412 per concert": a sentence that opens on
    "That is" with the average as its first figure averages the one level in the average's
    unit the sentence before states (the count aside); None where it states none or several."""
    # ("Put another way, feeding one pupil cost $50.90": the one thing priced is no figure
    # of the sentence's own)
    if sentence.index == 0 or not ((refers_back(sentence) or _said_otherwise(sentence) or
                                    _puts_average(sentence) or _opens_on_average(sentence)) and
                                   not any(s.token < average.token and s.value != 1
                                           for s in sentence.slots) or
                                   _count_then_that(sentence, average, count)):
        return None
    before = document.sentences[sentence.index - 1]
    in_unit = lambda at: [s for s in at.slots if s is not count and _alike(s, average)
                          and s.cls == average.cls]
    levels = [s for s in in_unit(before) if level(before, s)]
    if not in_unit(before) and count.sentence == before.index and sentence.index >= 2:
        # "Insurers expect to pay out £312 million … The storm has generated 48,600 claims.
        # That puts the average claim at £6,420": the count's sentence states no amount of
        # the average's unit, and the one before it states what the things came to
        # (never a part set off with its share: "Some 18,000 books - 20% of the total")
        further = document.sentences[sentence.index - 2]
        levels = [s for s in in_unit(further) if level(further, s) and not _a_part(further, s)]
    # "her tax is 20% of £18,500, which is £3,700. Spread over 12 payslips, that is …": the
    # whole a share is taken of is the figure the share's result is worked from, not what
    # the next sentence points back to
    levels = [s for s in levels if not _share_taken_of(before, s)] or levels
    # "1,040 lakh litres …, or 10.4 crore litres": the same amount restated in other words
    # is one level, the first as written
    levels = [s for n, s in enumerate(levels)
              if not any(s.value is not None and s.value == t.value for t in levels[:n])]
    # "takes the bill to £1,797.36 - the £1,797 figure quoted above": "the" and a figure an
    # earlier sentence wrote point back to that figure, no level of this sentence's own
    levels = [s for s in levels if not _the_one_said_before(document, before, s)] or levels
    if len(levels) > 1:
        # "Adding imports of 3.1 TWh to generation gives total consumption of 87.3 TWh. With
        # 16.1 million people, that is 5,420 kWh per head": of the levels before, the one its
        # words call the total is what "that" points back to
        totalled = [s for s in levels if {"total", "totals"} & {
            t.lower_ for t in before.doc[max(0, s.token - 4):s.token]}]
        levels = totalled if len(totalled) == 1 else levels
    if len(levels) != 1:
        return None
    # "Costs came to £9,000, so the club ran a deficit of £1,200. That is a loss of £3 per
    # member": where the sentence before states other amounts of the unit too, an average
    # that names what it is ("a loss of") averages the one named so, never a level beside it
    own = _named_of(sentence, average)
    others = [s for s in in_unit(before) if s is not levels[0] and not is_base(before, s)]
    if own and others and not own & name(before, levels[0]):
        return None
    return levels[0]


def _the_one_said_before(document: Document, at: Sentence, slot: Slot) -> bool:
    """Whether a figure after "the" is written as one an earlier sentence states ("… comes
    down to £1,797 a year. … the £1,797 figure quoted above"): it names that figure again."""
    return slot.token > 0 and at.doc[slot.token - 1].lower_ == "the" and any(
        s.text == slot.text and s.unit == slot.unit
        for earlier in document.sentences[:at.index] for s in earlier.slots)


def _named_of(sentence: Sentence, average: Slot) -> set[str]:
    """The noun an average is set after with "of" ("a loss of about £4": loss), not an
    average word ("an average of £4"); empty where there is none."""
    doc, k = sentence.doc, average.token - 1
    while k > 0 and doc[k].lower_ in _HEDGES[1:]:
        k -= 1
    if k < 1 or doc[k].lower_ != "of" or not doc[k - 1].is_alpha or \
            doc[k - 1].lower_ in (*_AVERAGE, *_VERBS, "total", "sum", "amount"):
        return set()
    return {stem(doc[k - 1].text)}


def _share_taken_of(sentence: Sentence, slot: Slot) -> bool:
    """Whether an amount is what a percent is "of" right before it: "20% of £18,500", "10%
    of her £30,000 salary"."""
    doc = sentence.doc
    at = slot.token - 1
    if at > 0 and doc[at].lower_ in ("the", "a", "an", "its", "their", "his", "her", "our",
                                     "your", "my"):
        at -= 1
    return at > 0 and doc[at].lower_ == "of" and doc[at - 1].norm_ == PERCENT


#: verbs of "That puts the average claim at …", "This makes the mean …"
_PUTS = ("puts", "put", "makes", "made", "brings", "brought", "takes", "took", "leaves", "left")


def _puts_average(sentence: Sentence) -> bool:
    """Whether the sentence opens on "That puts the average …": the average of what the
    sentences before said."""
    said = [t.lower_ for t in sentence.doc[:5]]
    return len(said) > 3 and said[0] in ("that", "this", "which") and said[1] in _PUTS and \
        any(w in _AVERAGE for w in said[2:5])


def _opens_on_average(sentence: Sentence) -> bool:
    """Whether the sentence opens on "On average": it goes on from the sentence before."""
    said = [t.lower_ for t in sentence.doc[:2]]
    return said == ["on", "average"]


#: the openings that say a sentence restates what the one before said, in other terms
_OTHERWISE = (("put", "another", "way"), ("put", "differently"), ("put", "simply"),
              ("in", "other", "words"), ("to", "put", "it", "another", "way"),
              ("looked", "at", "another", "way"), ("seen", "another", "way"))


def _said_otherwise(sentence: Sentence) -> bool:
    """Whether the sentence opens on words that restate the sentence before ("Put another
    way, …", "In other words, …"): what it prices is what that sentence totals."""
    said = tuple(t.lower_ for t in sentence.doc[:6])
    return any(said[:len(o)] == o and said[len(o):len(o) + 1] == (",",) for o in _OTHERWISE)


def _count_then_that(sentence: Sentence, average: Slot, count: Slot) -> bool:
    """"With 2,300 members in the club, that is an average of £45 per member":
    a clause that states only the count, then "that is" opens the average's clause."""
    doc = sentence.doc
    # ("Spread over twelve monthly payments, that is £150 a month": the total the sentence
    # before gives shared out over the things this clause counts)
    opens = doc[0].lower_ in ("with", "for", "across", "among", "between") or \
        len(doc) > 1 and doc[0].lower_ in _SHARED and \
        doc[1].lower_.split()[0] in _SHARED_OVER  # ("over ten" may be drafted as one figure)
    # "Over the 366 days of the year this works out to 2.84 lakh litres a day": a span of
    # periods opens the sentence, and "this" (no comma needed) is what the sentence before
    # said, spread over them
    over = doc[0].lower_ in ("over", "across", "during") and _periods(count)
    # ("With 70 volunteers on the register at 31 March, that is …": the date the count
    # stands at is when, no other figure of the clause)
    if not (opens or over) or any(s.token < average.token and s is not count and
                                  s.cls != DATE for s in sentence.slots):
        return False
    return any(t.text == "," and doc[t.i + 1].lower_ in _THAT and doc[t.i + 2].lower_ in _IS
               for t in doc[count.token + 1:max(count.token + 1, average.token - 2)]) or \
        over and any(t.lower_ in _THAT and doc[t.i + 1].lower_ in _IS and
                     not any(u.is_punct for u in doc[count.token + 1:t.i])
                     for t in doc[count.token + 1:max(count.token + 1, average.token - 1)])


#: the words that join a number of periods to what was done on each of them ("open on 359
#: days", "in operation for 143 days", "over 92 days")
_ON_PERIODS = ("on", "for", "over", "across", "during", "in")
#: the words that set off what a clause's periods come to, one period each ("…, so",
#: "…, giving", "…, or")
_SO = ("so", "giving", "or", "meaning", "which", "that", "thus")


def _periods_before(sentence: Sentence, average: Slot) -> Slot | None:
    """The number of periods an earlier clause of the sentence says things were done on,
    where the average is what came in each of them: "open on 359 days, so on average 1,149
    people came each day", "pans worked on 143 days, so average daily output was 33.3
    tonnes", "giving 142 operating days, or an average of 7,057 skier-days per operating
    day". The average's own words must name that period (each/a/per day, daily), and a
    word of consequence must set the average's clause off after the periods' one."""
    doc = sentence.doc
    days = [s for s in sentence.slots if s.token < average.token and _periods(s)]
    if len(days) != 1:
        return None
    count = days[0]
    before = doc[count.token - 1].lower_ if count.token > 0 else ""
    if before not in _ON_PERIODS and before not in ("giving", "of", "had", "has", "with"):
        return None
    between = doc[count.token + 1:average.token]
    if any(t.lower_ in (";", ":") or t.norm_ in FIGURES for t in between) or \
            not any(t.lower_ in _SO for t in between) or \
            not any(t.lower_ == "," or t.lower_ == "so" for t in between):
        return None
    # the period each of which the average is of: "each day", "a day", "per operating day",
    # "daily" (before the average, in its noun phrase)
    per = None
    for t in doc[count.token + 1:average.token]:
        if t.lower_ in _PERIODIC:
            per = _PERIODIC[t.lower_]
    end = average.token + 1
    while end < len(doc) and end - average.token <= 5 and not doc[end].is_punct and \
            doc[end].norm_ not in FIGURES:
        if doc[end].lower_ in _EACH and end + 1 < len(doc):
            nxt = doc[end + 1].lower_
            if nxt not in _PERIOD_NOUNS and end + 2 < len(doc):
                nxt = doc[end + 2].lower_  # "per operating day"
            if nxt in _PERIOD_NOUNS:
                per = nxt
                break
        end += 1
    if per is None or _PERIOD_NOUNS.get(per) != count.unit:
        return None
    return count


def _total_of_periods(sentence: Sentence, document: Document, average: Slot,
                      count: Slot) -> Slot | None:
    """The total the sentence right before gives in the average's unit, where the average
    is per one of the periods an earlier clause counts ("The works produced 6,000 tonnes.
    The pans ran on 150 days, so average daily output was 40 tonnes"): its only level in
    that unit, whatever words name it (none where it gives two, or none)."""
    if sentence.index == 0 or count is not _periods_before(sentence, average):
        return None
    at = document.sentences[sentence.index - 1]
    same = [s for s in at.slots if s.unit == average.unit and s.cls == average.cls]
    if len(same) != 1 or not level(at, same[0]) or not _whole(same[0]) or \
            is_base(at, same[0]) or _bounded(same[0]):
        return None
    return same[0]


def _with_count(sentence: Sentence, average: Slot) -> Slot | None:
    """"With 4,870 runners fundraising, that is roughly $637 per charity entrant": the count
    the opening clause states is what "that is" spreads the total over, whatever noun the
    average is "per" (the clause names them its own way)."""
    counts = [s for s in sentence.slots if s.cls == COUNT and s.token < average.token]
    return counts[0] if len(counts) == 1 and _count_then_that(sentence, average, counts[0]) \
        else None


#: the words of "that is", "this means" that set off what a clause before comes to
_THAT = ("that", "this", "which")
_IS = ("is", "was", "means", "meant", "comes", "came", "works", "worked", "gives", "gave")


def _whole_of_share(sentence: Sentence, slot: Slot) -> bool:
    """The whole a share before it is taken of ("8.1% of the trust's £40.2 million budget",
    "a quarter of its 96 staff"): what the clause's amount is compared with, never what it
    goes on to be shared out as."""
    doc = sentence.doc
    at = slot.token - 1
    while at > 0 and slot.token - at <= _OF_WHOLE_WORDS and doc[at].lower_ != "of" and \
            (doc[at].is_alpha or doc[at].lower_ in ("'s", "’s")) and \
            doc[at].norm_ not in FIGURES:
        at -= 1
    if at <= 0 or doc[at].lower_ != "of":
        return False
    if doc[at - 1].norm_ in (PERCENT, FRACTION):
        return True
    # "a payout of 150% on a face value of €4", "interest of 6% on a principal of $9,000":
    # the amount a rate is reckoned on, named by the words between "on" and "of"
    on = at - 1
    while on > 0 and at - on <= _OF_WHOLE_WORDS and doc[on].is_alpha and doc[on].lower_ != "on":
        on -= 1
    return on > 0 and doc[on].lower_ == "on" and doc[on - 1].norm_ == PERCENT


#: the most words between "of" and the whole a share is of ("of the county's roads budget")
_OF_WHOLE_WORDS = 5


def _past_its_bracket(sentence: Sentence, average: Slot, slot: Slot) -> bool:
    """Whether a figure stands after the closing bracket of brackets the average is in
    ("(five per plot across 48 plots) over two summers": "two" is past them)."""
    if slot.token <= average.token:
        return False
    depth = 0
    for token in sentence.doc[average.token + 1:slot.token]:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            if depth == 0:
                return True
            depth -= 1
    return False


def _aggregate(sentence: Sentence, document: Document, average: Slot, count: Slot,
               cost_verb: bool = False):
    """What is averaged: the other figure in the average's unit here; else the one an
    earlier sentence names with the words of the average's clause (``cost_verb``: a clause
    "each thing cost", whose total the words of costs name)."""
    # "leaving a shortfall of €0.7 million - roughly 56 cents for every trip": the amount
    # set off right before the average is what it averages, a gap as much as a level
    # ("2.86 million metres rowed - about 1,777 miles, or 9,000 metres per member": where
    # the sentence gives an amount in the average's own unit, one in another unit of its
    # dimension is a conversion of it, never the total)
    own_unit = any(s is not count and s.token < average.token and s.unit == average.unit
                   for s in sentence.slots)
    alike = (lambda s: s.unit == average.unit) if own_unit else \
        (lambda s: _alike(s, average))
    apposed = [s for s in sentence.slots if s is not count and alike(s)
               and s.cls in AMOUNTS and 0 < average.token - s.token <= 4
               and all(t.is_punct or t.lower_ in _HEDGES
                       for t in sentence.doc[s.token + 1:average.token])]
    if not apposed:
        # "cost $382,000 a year to run, or about $41 per treated pupil": a few words of the
        # amount's own clause, then "or" sets the average off as the same amount per thing
        apposed = [s for s in sentence.slots if s is not count and alike(s)
                   and s.cls in AMOUNTS and 0 < average.token - s.token <= 9
                   and _restated_by_or(sentence.doc[s.token + 1:average.token])]
    # "Each message cost £0.04, or £0.12 per donor": an amount the words give as what one
    # thing came to is an average of its own, never the total another average spreads
    apposed = [s for s in apposed if not _each_amount(sentence, s)]
    # "fell from 6.1 hours to 5.2 hours per shift": the level a move starts from is the same
    # measure at another time, never set off as the total the average it goes "to" spreads
    # ("versus $3.4 million, or $0.28 a share" sets the base's own average off, and stays)
    apposed = [s for s in apposed if not (is_base(sentence, s) and any(
        t.lower_ == "to" for t in sentence.doc[s.token + 1:average.token]))]
    if apposed:
        return apposed[-1]
    # ("38,620 borrowers - people who borrowed at least one item -": a bound says what each
    # thing counted is, never the total they make)
    here = [s for s in sentence.slots if s is not average and s is not count
            and alike(s) and s.cls in AMOUNTS and level(sentence, s)
            and not _bounded(s)
            and not _added_to(sentence, s, average) and not _listed_with(sentence, s, average)
            and not _set_against(sentence, average, s) and not _each_amount(sentence, s)
            and not _whole_of_share(sentence, s) and not _named_a_gap(sentence, average, s)
            # "fell from 6.1 hours to 5.2 hours per shift (95% CI 4.8 to 5.6)": the level a
            # move starts from is the same measure at another time, and a bound of an
            # interval the estimate's uncertainty; neither is a total spread over things
            and not is_base(sentence, s) and not interval_bound(sentence, s)
            # "sitting more than 4 hours each day but under 10 hours": a bound of the other
            # side of the average's own bound closes the range of the same per-thing amount
            and not _other_bound(sentence, average, s)
            # "…; in the other arm it fell to 6.4 hours": a semicolon closes the average's
            # clause, and a figure past it is the next clause's own
            and not any(t.text == ";" for t in sentence.doc[min(s.token, average.token):
                                                             max(s.token, average.token)])]
    # "at A$3.40 of tape per player per match …, taping cost A$47.60 per player": an
    # amount for each of some things is itself a rate, never the total spread over them
    here = [s for s in here if not _of_stuff_per_thing(sentence, s)]
    # "240 traps (five per plot across the 48 plots) over two summers": an average in
    # brackets restates the figure the brackets follow, never one past their close
    here = [s for s in here if not _past_its_bracket(sentence, average, s)]
    # "48,000 visits at the trust's three clinics, an average of …": the things where it
    # happened are counted by the way, the total is the other figure
    here = [s for s in here if not _where(sentence, s)] or here
    # "an average of £30 once our £8 tickets for students are counted": an amount set before
    # the very things the count counts names a kind of them by its price, no total of them
    here = [s for s in here if not _price_of_counted(sentence, document, s, count)]
    if any(_list_item(sentence, s) for s in here):
        # "prizes of £400, £250, £120 and £80, plus three rosettes at £15 each": the amounts
        # are items of a list, each what one thing came to, and nothing says which, if any,
        # is the total the average spreads
        return None
    if here:
        return here[-1] if len(here) == 1 or here[-1].token < average.token else here[0]
    if any(alike(s) and _added_by_things(sentence, s) for s in sentence.slots):
        # "Another 6,310 daily permits, sold at $55 each, added $347,050": the sentence gives
        # what its things brought in, so a total an earlier sentence names is of other things
        # (the price times the things is a multiple, which its own reader states)
        return None
    pointed = _pointed_back(sentence, document, average, count)
    if pointed is not None:
        return pointed
    verbs = {stem(w) for w in _VERBS} - _subject_nouns(sentence, average)
    ordered = [w for w in words_before(sentence, average) if w not in verbs]
    clause = name(sentence, average) - verbs
    if clause and cost_verb:
        # "each visit cost us an average of $19.34": what each cost adds up to what the
        # document calls its costs, expenses or spending (not "an average cost of $28,100
        # per well", a cost of one programme, which the whole budget does not total)
        clause |= _COST_TOTALS
    if _paid(sentence, average):
        # "Passengers paid an average of £6.42 per journey", "customers, who paid on average
        # £188,200 each": what each paid adds up to what the document calls the money it
        # took in (its revenue, income, sales or fares)
        clause |= _PAID_TOTALS
    if clause & _GIVING:
        # "The average backer put in £77.29": what each gave adds up to what the document
        # says they pledged, donated or raised
        clause |= _GIVEN_TOTALS
    if not clause:
        return None
    # "the programme budget works out at": the programme's budget before any budget
    # (never the level the average's own move starts from, nor a bound of its interval)
    found = resolve(sentence, document, average, before=0, hint=ordered, heads=clause,
                    same_sentence=False, allow_portions=True, back=12,
                    exclude=[count] + [s for s in sentence.slots if is_base(sentence, s)
                                       or interval_bound(sentence, s)])
    if found is not None and cost_verb and _budgeted(document, found):
        # "receipts matched the budget at ₹171.0 lakh": what was planned, never what the
        # things cost; what the document says was spent is
        found = resolve(sentence, document, average, before=0, hint=ordered, heads=clause,
                        same_sentence=False, allow_portions=True, back=12,
                        exclude=[count, found] + [s for s in sentence.slots
                                                  if is_base(sentence, s)
                                                  or interval_bound(sentence, s)])
        if found is not None and _budgeted(document, found):
            return None
    said = clause & name(document.sentences[found.sentence], found) if found else set()
    if said and found.sentence != sentence.index and CELL.fullmatch(found.local) is None and \
            all(_only_listed(document.sentences[found.sentence], w, found) for w in said):
        # "The hatchery line works out at US$34 per nest" after "programme spending -
        # patrols, hatchery, research and education - comes to US$554,000": a word its
        # sentence names only as one item of a list is that item, never the whole the
        # list adds up to
        return None
    # (the thing counted: the one the average is per, else the word right after the count;
    # "6,400 garage spaces … per space" counts spaces, and the garages' money is named so)
    thing = _per_thing(sentence, average)
    counted = {thing} if thing and thing not in _NO_NOUN else \
        nouns_after(document.sentences[count.sentence], count, 1)
    if said and said <= counted and found.sentence != count.sentence and \
            CELL.fullmatch(found.local) is None:
        # "4,100 members paid in, giving an average of $12 each", after "members' families
        # spent $80,000": a figure the clause names only by the things counted is theirs by
        # the way, not the amount; what the clause's other words name is, or nothing
        rest = clause - counted
        found = resolve(sentence, document, average, before=0,
                        hint=[w for w in ordered if w not in counted], heads=rest,
                        same_sentence=False, allow_portions=True, back=12,
                        exclude=[count, found] + [s for s in sentence.slots
                                                  if is_base(sentence, s)
                                                  or interval_bound(sentence, s)]) \
            if rest else None
        said = rest & name(document.sentences[found.sentence], found) if found else set()
        if not said:
            return None
    # (the words of the place count's clause name the figure it goes on to)
    place_named: frozenset[str] = frozenset()
    place: list[Slot] = []
    if found is not None and found.cls == COUNT and \
            _where(document.sentences[found.sentence], found):
        # "Loans across the county's four branches reached 778,400": the branches are
        # counted by the way, what the words name is the figure their clause goes on to
        place = [found]
        at = document.sentences[found.sentence]
        found = next((s for s in at.slots if s.unit == average.unit and s.cls == average.cls
                      and _clause_after(document, place[0], s) and level(at, s)), None)
        if found is None:
            return None
        place_named = name(at, place[0])
    if not said:
        return _of_label(sentence, document, average, count)
    headed = _headed_by_thing(sentence, document, average, exclude=[count, found])
    if headed is not None and _per_thing(sentence, average) not in name(
            document.sentences[found.sentence], found):
        # "collected $47.3 million from meters, garages and tickets … citations at $7.3
        # million … an average of $39.63 per citation": the amount the things counted head
        # is what is averaged over them, not a total of more than those things
        return headed
    things = nouns_after(sentence, average, 1) - {stem(w) for w in _EACH}
    if average.cls == COUNT and things and \
            not things & (_things_of(document.sentences[found.sentence], found) |
                          place_named):
        # "conducted on average 572 tests each": the total is a number of tests, never a
        # number another sentence gives of other things, however its words match
        return None
    # "has spent $5.27 million of its $7.0 million budget … Spending to date works out at
    # $72 per person": two amounts the words name alike, and nothing says which is meant
    rival = resolve(sentence, document, average, before=0, hint=ordered, heads=clause,
                    same_sentence=False, exclude=[count, found, *place], allow_portions=True,
                    back=12)
    if rival is not None and rival.value != found.value and \
            document.periods.get(average.local) is not None and \
            _of_other_period(document, average, rival, found):
        # "averaged $187 per carer last year" beside a table's row of this year's budget and
        # last year's actual: the words date the average, so of two cells the words name
        # alike, the one of its period is what it spreads
        found, rival = rival, found
    if rival is not None and rival.value != found.value and \
            not _of_other_period(document, average, found, rival) and \
            same_span(sentence, document.sentences[rival.sentence]) and \
            clause & name(document.sentences[rival.sentence], rival) == said and \
            set(ordered) & name(document.sentences[rival.sentence], rival) == \
            set(ordered) & name(document.sentences[found.sentence], found):
        # "Some 4.71 million passengers - 25.3% of the total - flew abroad" beside the year's
        # 18.62 million passengers: words that name them alike average the whole, never the
        # part set off with its share of it ("spent $5.27 million of its $7.0 million budget -
        # three-quarters of the total" sets a share off after both: it may be either's)
        parts = (_a_part(document.sentences[found.sentence], found),
                 _a_part(document.sentences[rival.sentence], rival))
        if found.sentence == rival.sentence:
            return None
        return rival if parts == (True, False) else found if parts == (False, True) else None
    if rival is not None and _rows_named_alike(document, clause, found, rival):
        return None
    return _all_rows(sentence, document, average, found) or \
        _segment_row(sentence, document, average, found) or \
        _row_of_counted(sentence, document, average, count, found) or found


def _rows_named_alike(document: Document, clause: set[str], found: Slot, rival: Slot) -> bool:
    """Whether two rows of one table's column are each named by as many of the average's
    words, other words for each ("train 2,300 people in CPR and radio use, an average cost of
    NZ$42 per person" beside a "Marine radio sets" row and a "CPR courses" row): nothing
    says which row the average spreads."""
    a, b = CELL.fullmatch(found.local), CELL.fullmatch(rival.local)
    if a is None or b is None or found.value == rival.value or \
            (a.group(1), a.group(3)) != (b.group(1), b.group(3)) or a.group(2) == b.group(2):
        return False
    one = clause & name(document.sentences[found.sentence], found)
    other = clause & name(document.sentences[rival.sentence], rival)
    return bool(one) and len(one) == len(other) and one != other


def _list_item(sentence: Sentence, slot: Slot) -> bool:
    """Whether an amount is one item of a list of amounts of its unit: the next or the one
    before stands with only a comma, "and" or "or" between ("£250, £120 and £80")."""
    doc = sentence.doc
    for other in sentence.slots:
        if other is slot or other.unit != slot.unit or other.cls != slot.cls:
            continue
        a, b = sorted((slot.token, other.token))
        between = [t.lower_ for t in doc[a + 1:b]]
        # (a lone "and" may join two amounts of other things: "£40 and £25 a head")
        if between in ([","], [",", "and"], [",", "or"]):
            return True
    return False


#: the words of _VERBS that are nouns as well as verbs ("each meal cost", "school costs")
_NOUN_OR_VERB = ("cost", "costs")
#: the verbs after which such a word is the noun its clause is about ("costs work out to")
_AFTER_SUBJECT = ("work", "works", "worked", "amount", "amounts", "came", "come", "comes",
                  "was", "were", "is", "are", "means")


def _subject_nouns(sentence: Sentence, average: Slot) -> set[str]:
    """The stems of words that read as a verb or a noun and are the noun here: "budgeted
    clinic costs work out to about $240 per patient" names the costs (the clause's verb is
    "work out"), so a figure named as costs is what it spreads, never one the other words
    ("budgeted": "income is budgeted at …") name alone."""
    doc = sentence.doc
    return {stem(t.text) for t in doc[:average.token] if t.lower_ in _NOUN_OR_VERB
            and t.i + 1 < average.token and doc[t.i + 1].lower_ in _AFTER_SUBJECT}


#: the words that gather every row of a table: "across all sizes", "every model"
_ALL = ("all", "every", "overall", "combined")


def _all_rows(sentence: Sentence, document: Document, average: Slot,
              found: Slot) -> Slot | None:
    """"Across all sizes and add-ons, customers paid an average of £28.86 per box", where the
    words name a table's "Add-ons" row: "all" gathers every row, so what is averaged is the
    cell of the table's one total row in the same column; None where the clause has no such
    word, the cell is a total's already, or no one total cell stands in its column."""
    cell = CELL.fullmatch(found.local)
    if cell is None or found.local in document.totals:
        return None
    # ("across all sizes and add-ons": the row's label among the things "all" gathers, never
    # "the best seller of all, the road bike, …", which picks one row out)
    label = name(document.sentences[found.sentence], found)
    doc = sentence.doc
    gathered = [t.i for t in doc[:average.token] if t.lower_ in _ALL
                and (t.i == 0 or doc[t.i - 1].lower_ not in ("of", "at", "not", "above"))]
    if not gathered:
        return None
    # (the phrase "all" opens is a list of kinds of rows, "sizes and add-ons", the row's own
    # among them; "across all 1,218 plots" counts the things averaged over, no rows)
    phrase = []
    for token in doc[gathered[0] + 1:average.token]:
        if not token.is_alpha:
            break
        phrase.append(token)
    if "and" not in {t.lower_ for t in phrase} or not label & {
            stem(t.text) for t in phrase if not t.is_stop}:
        return None
    totals = [s for place in document.sentences for s in place.slots
              if s.local in document.totals and s.unit == found.unit
              and (c := CELL.fullmatch(s.local)) is not None
              and (c.group(1), c.group(3)) == (cell.group(1), cell.group(3))]
    return totals[0] if len(totals) == 1 else None


def _price_of_counted(sentence: Sentence, document: Document, slot: Slot, count: Slot) -> bool:
    """Whether an amount stands right before the noun the count counts by ("our £8 tickets"
    beside "12,000 tickets"): a price that names a kind of those things."""
    def noun_after(at: Sentence, figure_slot: Slot) -> str | None:
        k = figure_slot.token + 1
        word = at.doc[k] if k < len(at.doc) else None
        return stem(word.text) if word is not None and word.is_alpha and not word.is_stop \
            else None

    thing = noun_after(document.sentences[count.sentence], count)
    return thing is not None and noun_after(sentence, slot) == thing


def _segment_row(sentence: Sentence, document: Document, average: Slot,
                 found: Slot) -> Slot | None:
    """"Companion-animal clinics handled 1.08 million consultations, an average of A$119 of
    revenue per consultation" beside a table whose "Revenue" row has a "Companion animal"
    row under it: the row the sentence's own words name, in the cell's column, is what is
    averaged (the measure's row is every segment's together); None where no one other row
    of the table is named so."""
    cell = CELL.fullmatch(found.local)
    if cell is None:
        return None
    said = {stem(t.text) for t in sentence.doc[:average.token] if t.is_alpha}
    rows = table_rows(document)
    if row_label(rows.get(cell.groups()[:2], [])) <= said:
        return None  # the words name the cell's own row
    named = [cells for (table, row), cells in rows.items() if table == cell.group(1)
             and row != cell.group(2) and row_label(cells) and row_label(cells) <= said]
    if len(named) != 1:
        return None
    return next((s for s in named[0] if CELL.fullmatch(s.local).group(3) == cell.group(3)
                 and s.unit == found.unit), None)


def _row_of_counted(sentence: Sentence, document: Document, average: Slot, count: Slot,
                    found: Slot) -> Slot | None:
    """"Group revenue grew to $412.0 million … carried 2,150,000 passengers, with average
    revenue per passenger of $120" beside a table whose "Revenue" row has a "Passenger fares"
    row under it: an average per one of the things counted is of the amount that row gives
    for those things, not of the whole's (which adds up other things too); the row whose
    label names the counted things, in the column of the cell the whole's figure restates
    (or is); None where no one other row names them so, with one word more than the
    sentence's own (what of them it gives: "fares", "services")."""
    local = found.local if CELL.fullmatch(found.local) else document.restated.get(found.local)
    if local is None:
        # (the cell the figure restates, where kg read tied none: the one of its value)
        same = [s.local for place in document.sentences for s in place.slots
                if CELL.fullmatch(s.local) and s.unit == found.unit and s.value == found.value]
        local = same[0] if len(same) == 1 else None
    cell = CELL.fullmatch(local or "")
    if cell is None:
        return None
    at = document.sentences[count.sentence]
    things = nouns_after(at, count, 1)
    # "9,600 pupil workshops …, at a cost of £14.50 per workshop": the average is per the
    # noun the count's compound ends on; the word before it says which workshops, and a row
    # it names ("Pupil mentoring") is of other things
    per = _per_thing(sentence, average)
    if per is not None and per not in things and per in nouns_after(at, count, 3):
        things = {per}
    if not things:
        return None
    said = {stem(t.text) for t in sentence.doc[:average.token] if t.is_alpha}
    rows = table_rows(document)
    if things & row_label(rows.get(cell.groups()[:2], [])):
        return None  # the whole's own row names the things: no other row is theirs
    named = [cells for (table, row), cells in rows.items() if table == cell.group(1)
             and row != cell.group(2) and things & row_label(cells)
             # (one word more, what of them it gives: "Funerals conducted", all of whose
             # words the sentence says, is the count's own row, no amount for the things)
             and len(row_label(cells) - said - things) == 1
             and any(CELL.fullmatch(s.local).group(3) == cell.group(3) and
                     s.unit == found.unit for s in cells)]
    if len(named) != 1:
        return None
    return next((s for s in named[0] if CELL.fullmatch(s.local).group(3) == cell.group(3)
                 and s.unit == found.unit), None)


#: the kinds of wording that give an amount as what one thing came to
_ONE_THINGS = ("each", "each-average", "each-compound", "one")


def _of_stuff_per_thing(sentence: Sentence, slot: Slot) -> bool:
    """Whether an amount is of some stuff for each of some things ("£3.40 of tape per
    player", "2 kg of waste per household", "$12 of food each week"): what the words after
    its "of …" make a rate, however is_rate reads the figure alone."""
    doc = sentence.doc
    k = slot.token + 1
    if k >= len(doc) or doc[k].lower_ != "of":
        return False
    k += 1
    words = 0
    while k < len(doc) and doc[k].is_alpha and words < 3 and \
            doc[k].lower_ not in ("per", "each", "every", "a", "an", "apiece"):
        k += 1
        words += 1
    return words > 0 and k < len(doc) and doc[k].lower_ in ("per", "each", "every", "apiece")


def _each_amount(sentence: Sentence, slot: Slot) -> bool:
    """Whether the words give an amount as what each one thing came to ("each message cost
    £0.04", "a single night costs £35"), not as what things came to in all."""
    return any(m.roles.get("average") is slot and m.name in _ONE_THINGS and
               sentence.doc[m.start + 1].lower_ not in _PERIOD_WORDS
               for m in PATTERNS(sentence))


def _things_of(sentence: Sentence, slot: Slot) -> set[str]:
    """The things a count counts: the nouns right after it ("412 parcels"), or the label of
    the list item it is the first figure of ("- Parcels: 412 million, up 4%")."""
    things = nouns_after(sentence, slot, 2)
    if sentence.slots and sentence.slots[0] is slot and \
            all(t.text in (":", *_BULLETS) or t.is_alpha or t.is_space
                for t in sentence.doc[:slot.token]):
        things |= set(_label(sentence))
    return things


#: the verb of what each thing cost, and the nouns of what they cost in all
_COST_VERBS = {stem(w) for w in ("cost", "costs")}
_COST_TOTALS = frozenset(stem(w) for w in ("costs", "expenses", "expenditure", "spending"))
#: the verbs of giving money ("the average donor gave", "each backer put in") and the words
#: a document names the total they gave by
_GIVING = frozenset(stem(w) for w in ("put", "gave", "given", "donated", "pledged",
                                      "contributed", "chipped"))
_GIVEN_TOTALS = frozenset(stem(w) for w in ("pledged", "donated", "raised", "given",
                                            "contributed", "donations", "pledges", "gifts"))

#: the verbs of paying for something ("passengers paid") and the words a document names
#: what they paid in all by
_PAYING = ("paid", "pay", "pays")
#: the words between the verb of paying and the amount ("paid on average", "paid an average
#: of about")
_PAID_THEN = ("on", "average", "an", "a", "of", "about", "some", "roughly", "around", "nearly")
_PAID_TOTALS = frozenset(stem(w) for w in ("revenue", "revenues", "income", "sales", "turnover",
                                           "takings", "receipts", "fares", "spending"))


def _paid(sentence: Sentence, average: Slot) -> bool:
    """Whether the average is what each paid, the verb right before it and its average
    words ("buyers paid an average of $3,118 an animal"; not "412 paying members, and
    subscriptions averaged £56.92 each", nor what an organisation spends)."""
    doc = sentence.doc
    k = average.token - 1
    while k >= 0 and doc[k].lower_ in _PAID_THEN:
        k -= 1
    return k >= 0 and doc[k].lower_ in _PAYING


#: the words that say where a thing happened, before the places they count ("at its two
#: sites", "across the region's 14 depots")
_WHERE = ("at", "across", "among", "in", "from")


def _where(sentence: Sentence, slot: Slot) -> bool:
    """Whether a figure counts the places a thing happened: a few words after "at",
    "across", "in" … and whose ("the board's"), and the noun for the places after it."""
    doc = sentence.doc
    if slot.token + 1 >= len(doc) or not doc[slot.token + 1].is_alpha:
        return False
    for token in reversed(doc[max(0, slot.token - 4):slot.token]):
        if token.lower_ in _WHERE:
            return True
        if not (token.is_alpha or token.text in ("'s", "’s", "'")):
            return False
    return False


#: the marks that open a list item before its label
_BULLETS = ("-", "–", "—", "*", "•", "·")


def _label(sentence: Sentence) -> list[str]:
    """The words of the label a list item opens on, before its colon ("- Clean water:
    boreholes … for 48,600 people" -> [clean, water]); empty where it opens on none."""
    doc = sentence.doc
    at = 0
    while at < len(doc) and doc[at].text in _BULLETS:
        at += 1
    colon = next((t.i for t in doc[at:at + 6] if t.text == ":"), None)
    if colon is None or colon == at or not all(t.is_alpha or t.text in ("'", "'s", "’")
                                                for t in doc[at:colon]):
        return []
    return [stem(t.text) for t in doc[at:colon] if t.is_alpha and t.lower_ not in _PHRASE_END]


def _of_label(sentence: Sentence, document: Document, average: Slot,
              count: Slot) -> Slot | None:
    """What a list item's average averages where its own words name nothing: the amount an
    earlier line names with every word of the item's label ("- Clean water: … 48,600 people,
    an average cost of KES 3,214 per person" after a table's "Clean water programme 156.2");
    None where no amount, or two of one period, are named so."""
    label = _label(sentence)
    if not label:
        return None
    named = lambda slot: set(label) <= name(document.sentences[slot.sentence], slot)
    found = resolve(sentence, document, average, before=0, hint=label, heads=label[-1:],
                    same_sentence=False, exclude=[count], allow_portions=True, back=12,
                    named=True)
    if found is None or not named(found):
        return None
    rival = resolve(sentence, document, average, before=0, hint=label, heads=label[-1:],
                    same_sentence=False, exclude=[count, found], allow_portions=True,
                    back=12, named=True)
    if rival is not None and named(rival) and rival.value != found.value and \
            not _of_other_period(document, average, found, rival):
        return None
    return found


#: words that set a figure after an average beside it as what it is compared with
_AGAINST = {"against", "versus", "vs", "compared", "than", "beside"}


#: the nouns that name an amount the gap between two others: "a saving of $530"
_GAP_NOUNS = ("saving", "savings", "gap", "difference", "shortfall")


def _named_a_gap(sentence: Sentence, average: Slot, slot: Slot) -> bool:
    """Whether a figure after the average is named the gap between two amounts ("$890 with
    one fitting and $1,420 with the other, a saving of $530"): what one thing costs less
    than another, never the total the average spreads."""
    doc = sentence.doc
    return slot.token > average.token + 1 and slot.token >= 3 and \
        doc[slot.token - 1].lower_ == "of" and doc[slot.token - 2].lower_ in _GAP_NOUNS and \
        doc[slot.token - 3].lower_ in ("a", "an", "the")


def _set_against(sentence: Sentence, average: Slot, slot: Slot) -> bool:
    """Whether a figure after the average is what the average is set against ("2.19 kWh per
    vehicle-km against a gross 3.00 kWh", "£41 a head, compared with £38"): another amount
    per thing, never the total averaged."""
    return slot.token > average.token and any(
        t.lower_ in _AGAINST for t in sentence.doc[average.token + 1:slot.token])


def _of_other_period(document: Document, average: Slot, found: Slot, rival: Slot) -> bool:
    """Whether of two amounts the words name alike, the rival is of another period than the
    average and the one found: "Sales in our 146 shops averaged £2.18m per shop" of a table
    whose row "Shops" gives this year's sales and last year's."""
    periods = document.periods
    said, mine, other = (periods.get(s.local) for s in (average, found, rival))
    if mine is None or other is None or mine == other:
        return False
    if said is None:
        # an average the words give no period is of the document's own, the latest its
        # table reports ("2025-26" before "2024-25"; periods written alike compare so)
        return len(mine) == len(other) and mine > other
    return mine == said
