"""Unit tests of the rules added from the TempEval-3 error analysis, on made-up sentences.

Each test names the general English rule or TimeML convention it checks; none of the
sentences comes from the evaluation corpus.
"""

from datetime import date

from extractors.temporal import resolve, tag

FRI = date(2011, 3, 18)  # a Friday
OCT = date(2011, 10, 27)  # a Thursday late in October


def one(text, dct=FRI):
    found = tag(text, dct)
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------ decades


def test_decade_value_is_three_digits_as_in_timeml():
    assert resolve("the 1990s", FRI).value == "199"
    assert resolve("the early 1980s", FRI).value == "198"
    assert resolve("the nineties", FRI).value == "199"


# ------------------------------------------------------------ tense of the clause


def test_passive_after_a_future_auxiliary_is_future():
    assert one("The bonus would be paid in January to all staff.", OCT).value == "2012-01"
    assert one("Final rules are to be published in early November.", OCT).value == "2011-11"


def test_passive_after_a_modal_of_the_past_is_not_future():
    assert one("The two men could not be found Wednesday.").value == "2011-03-16"


def test_deadline_takes_the_nearest_date_whatever_the_tense():
    assert one("The bank extended the credit line through January.", OCT).value == "2012-01"
    assert one("The firm said it must repay the loan by February.", OCT).value == "2012-02"
    assert one("The new rate takes effect, effective Feb. 1, the board said.", OCT).value == (
        "2012-02-01"
    )
    assert one("The fund had gained 3% through Oct. 19.", OCT).value == "2011-10-19"
    assert one("Shipments stayed flat through August, the firm said.", OCT).value == "2011-08"
