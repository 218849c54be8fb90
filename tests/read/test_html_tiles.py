"""kg read of a web page: a box of lines a <br> breaks ("<div class=tile><b>3,150</b><br>
trees planted</div>") keeps its words, the figure before the break as well as the label
after it, as a browser shows them (trafilatura's own pass, which a page of some length gets,
loses the words before the break)."""

from __future__ import annotations

from pathlib import Path

from kg.read.extract import extract

_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Hilltop Orchard Trust: our season</title>
</head><body><nav><a href="/">Home</a> <a href="/join">Join</a></nav><main>
<h1>Our season in figures: 2025</h1>
<div class="cards">
<div class="card"><strong>3,150</strong><br>fruit trees planted</div>
<div class="card"><strong>418</strong><br>volunteer days</div>
<div class="card"><strong>£24,800</strong><br>raised from cider sales</div>
</div>
<h2>Planting</h2>
<p>Volunteers planted 3,150 fruit trees across nine parishes between November and March,
the largest winter planting since the trust began, with apples making up most of the stock.</p>
<p>Our 418 volunteer days were shared by 96 regular helpers and a dozen school groups,
who also mulched and staked every new tree before the spring winds arrived.</p>
<p>The nursery at Lower Barn grew 620 rootstocks this year, and the grafting course filled all
twelve places within a week of opening, so a second course will run in late January.</p>
<p>Blossom came early after a mild February, and a frost in the second week of April cost the
plum trees most of their crop, though the pears and late apples escaped without harm.</p>
<h2>Money</h2>
<p>Cider pressed from the old orchards raised £24,800, an average of £6.20 a bottle, and
every penny went back into grafting, fencing and the tool store at Upper Farm.</p>
<p>Membership rose to 1,240 households, and the committee will propose a subscription of
£18 a year at the annual meeting in the village hall on Friday 6 March 2026.</p>
</main><footer>Hilltop Orchard Trust, registered charity 1099876 · Privacy</footer>
</body></html>"""


def test_the_figure_of_a_card_broken_by_a_line_break_is_kept(tmp_path: Path) -> None:
    page = tmp_path / "orchard.html"
    page.write_text(_PAGE, encoding="utf-8")
    text = extract(page).text
    assert "3,150\n\nfruit trees planted" in text
    assert "418\n\nvolunteer days" in text
    assert "£24,800\n\nraised from cider sales" in text
