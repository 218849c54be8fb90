"""One module per relation kind: its patterns and how their figures fill the roles.

Each module's ``find(sentence, document, taken)`` returns the suggestions of its kind in
one sentence; ``taken`` holds what the kinds before it found there, so a figure that
is already the change of a percent change is not also read as a share.  The order
below is that precedence: compound growth before percent change, comparisons last
(a pair of figures another relation explains is not compared again).
"""

from kg.authoring.suggest.kinds import (
                                        average,
                                        calendar,
                                        comparison,
                                        conversion,
                                        difference,
                                        growth,
                                        multiple,
                                        percent_change,
                                        ratio,
                                        restatement,
                                        share,
                                        sum,
                                        whole,
)

KINDS = (growth, percent_change, sum, difference, share, whole, ratio, average, multiple,
         conversion, calendar, comparison, restatement)

__all__ = ["KINDS"]
