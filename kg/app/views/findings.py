"""Findings: every finding, filterable; quotes in context, the arithmetic, the interval
reasoning, and the diagnosis with a what-if switch."""

import re
from collections import Counter

import streamlit as st
from rdflib import URIRef

from kg.anchor import line_col
from kg.app.accept import SUPPRESSIONS_FILE, propose, write
from kg.app.data import (
    UrlState, badge, corpus, esc, explained, forget, local, md, other_sources, twin,
)
from kg.app.main import page
from kg.check.model import RANK, Finding
from kg.problems import InputError
from kg.report.table import finding_rows, to_csv

c = corpus()
url = UrlState("findings")
st.title("Findings")

SEVERITIES = ["violation", "warning", "info", "pass"]
checks = sorted({f.check for f in c.report.findings})
documents = ["(all)"] + c.report.documents
ENTITY_OPTIONS = 1_000  # a dropdown of 40,000 entities is unusable: the most mentioned


def counted(name: str):
    return lambda x: x if x == "(all)" else f"{x} ({facet[name][x]:,})"


def listed(name: str, allowed: list[str], default: list[str]) -> list[str]:
    """A filter's selection from the URL; a filter cleared on purpose stays cleared, a
    value it does not know is said and left out (and nothing known at all: the default)."""
    raw = url.get(name)
    if raw is None:
        return default
    asked = [x for x in raw.split(",") if x]
    unknown = [x for x in asked if x not in allowed]
    if unknown:
        st.warning(f"The link's {name} {', '.join(repr(x) for x in unknown)} "
                   f"{'is' if len(unknown) == 1 else 'are'} not one of "
                   f"{', '.join(allowed)}: left out.")
    known = [x for x in asked if x in allowed]
    return default if asked and not known else known


def chosen(name: str, options: list[str]) -> None:
    """A one-of filter's widget seeded from the URL, and never left on a value that is
    no longer an option (another filter changed its options)."""
    url.seed(f"findings-{name}", url.get(name, "(all)"))
    if st.session_state[f"findings-{name}"] not in options:
        st.session_state[f"findings-{name}"] = "(all)"


# "info" is what could not be checked: asked for, not shown among the failures by default
DEFAULT_SEVERITY = ["violation", "warning"]
# every filter's value first (from the URL, or as the person left it), so that each one's
# counts can follow all the others: the widgets below show these values
url.seed("findings-severity", listed("severity", SEVERITIES, DEFAULT_SEVERITY))
url.seed("findings-check", listed("check", checks, []))
chosen("doc", documents)
# the chosen document's entities, or the most mentioned ones (and the URL's, always)
entity_rows = c.entities
if st.session_state["findings-doc"] != "(all)" and \
        st.session_state["findings-doc"] in c.summaries:
    candidates = [e.iri for e in c.summaries[st.session_state["findings-doc"]].entities]
else:
    candidates = sorted(entity_rows, key=lambda e: -entity_rows[e]["figures"]
                        - entity_rows[e]["claims"])[:ENTITY_OPTIONS]
if url.get("entity") in entity_rows and url.get("entity") not in candidates:
    candidates.append(url.get("entity"))
entity_options = ["(all)"] + sorted(candidates, key=lambda e: entity_rows[e]["label"].lower())
chosen("entity", entity_options)
url.seed("findings-q", url.get("q", ""))
#: the orders a person can sort by, and each one's key (ties: the report's own order)
SORTS = {"document": None, "severity": lambda f: -RANK[f.severity],
         "check": lambda f: f.check, "title": lambda f: (f.label or f.id).lower()}
url.seed("findings-sort", url.get("sort") if url.get("sort") in SORTS else "document")
asked = {name: st.session_state[f"findings-{name}"]
         for name in ("severity", "check", "doc", "entity", "q")}
words = asked["q"].lower().split()


def concerns_entity(f) -> bool:
    return asked["entity"] == "(all)" or any(asked["entity"] in c.about(f.document, node)
                                             for node in f.figures + f.claims)


def matches(f) -> bool:
    """Whether every word searched for is in the finding's text (any case; a quote's line
    breaks read as spaces)."""
    if not words:
        return True
    text = " ".join(" ".join(str(part).split()) for part in (
        f.id, f.check, f.label, f.message, f.document, f.arithmetic, f.expected, f.observed,
        *(q.text for q in f.quotes)) if part).lower()
    return all(word in text for word in words)


def passes(f, but: str = "") -> bool:
    """Whether the filters let the finding through (all but the one named ``but``)."""
    return ((but == "severity" or f.severity in asked["severity"])
            and (but == "check" or not asked["check"] or f.check in asked["check"])
            and (but == "doc" or asked["doc"] == "(all)" or f.document == asked["doc"])
            and concerns_entity(f) and matches(f))


# facets: how many findings each choice would show, the other filters as they are
# (Datasette's facet counts)
facet = {name: Counter(getattr(f, field) for f in c.report.findings if passes(f, but=name))
         for name, field in (("severity", "severity"), ("check", "check"), ("doc", "document"))}
left, mid, right, far = st.columns([3, 2, 2, 2])  # room for three severities, uncut
severity = left.multiselect("Severity", SEVERITIES, key="findings-severity",
                            format_func=counted("severity"))
check = mid.multiselect("Check", checks, key="findings-check", format_func=counted("check"))
doc_choice = right.selectbox("Document", documents, key="findings-doc",
                             format_func=counted("doc"))
entity = far.selectbox("Entity", entity_options, key="findings-entity",
                       format_func=lambda e: e if e == "(all)" else entity_rows[e]["label"])
search_col, sort_col = st.columns([7, 2])
# committed on Enter, not per key: one history entry per search
searched = search_col.text_input("Search", key="findings-q", placeholder="words in a "
                                 "finding: its title, message, quotes, arithmetic or "
                                 "document").strip()
# document: the report's own order (by document, each one's worst first); severity: the
# worst first across documents
order = sort_col.selectbox("Sort by", list(SORTS), key="findings-sort")
only = url.get("finding")
if only is not None and only not in c.by_id:
    st.warning(f"The link's finding {only!r} is not in this corpus (checked again since, or "
               "mistyped): showing all findings.")
    only = None
#: the page's state, as the URL will hold it (None: the default, left out)
state: dict[str, str | None] = {
    # empty on purpose: nothing of any severity
    "severity": None if severity == DEFAULT_SEVERITY else ",".join(severity),
    "check": ",".join(check) or None, "doc": doc_choice if doc_choice != "(all)" else None,
    "entity": entity if entity != "(all)" else None, "finding": only,
    "q": searched or None, "sort": None if order == "document" else order}
if only is not None:
    st.info(f"Showing one finding: {only}")
    if st.button("Show all findings"):
        url.write({**state, "finding": None})
        st.rerun()


# a finding linked to is shown whatever its severity
shown = [f for f in c.report.findings
         if (f.id == only and passes(f, but="severity") if only else passes(f))]
if SORTS[order] is not None:
    shown.sort(key=SORTS[order])  # stable: ties keep the report's order
st.caption(f"{len(shown)} of {len(c.report.findings)} findings")
if c.since is not None:  # what a re-check brought, against the report before it
    st.caption(f"{len(c.new):,} warning(s) and violation(s) new since the check of "
               f"{md(c.since)}, marked NEW")
PER_PAGE = 25  # a page of findings re-renders fast on a large corpus
pages = max(1, -(-len(shown) // PER_PAGE))
url_page = url.get("page", "1")
url.seed("findings-page", min(max(1, int(url_page) if url_page.isdigit() else 1), pages))
if st.session_state["findings-page"] > pages:  # fewer pages since: another filter changed
    st.session_state["findings-page"] = pages
page_no = st.session_state["findings-page"]
if pages > 1:
    page_no = st.number_input(f"Page (of {pages})", 1, pages, key="findings-page")
state["page"] = str(page_no) if page_no > 1 else None
shown_here = shown[(page_no - 1) * PER_PAGE:page_no * PER_PAGE]


def context_html(text: str, quotes) -> str:
    """The quotes in their context: whole words either side, line breaks folded (the
    source's hard wrapping is not the sentence's), the quotes marked."""
    start = max(0, min(q.start for q in quotes) - 120)
    end = min(len(text), max(q.end for q in quotes) + 120)
    if start and (m := re.search(r"\s", text[start:min(q.start for q in quotes)])):
        start += m.end()  # never start mid-word
    if end < len(text) and (m := re.search(r"\s\S*$", text[max(q.end for q in quotes):end])):
        end = max(q.end for q in quotes) + m.start()

    def fold(piece: str) -> str:
        return esc(re.sub(r"\s+", " ", piece))

    out, pos = ["…" if start else ""], start
    for q in sorted(quotes, key=lambda q: q.start):
        if q.start < pos:
            continue
        out.append(fold(text[pos:q.start]))
        out.append(f"<mark>{fold(text[q.start:q.end])}</mark>")
        pos = q.end
    out.append(fold(text[pos:end]) + ("…" if end < len(text) else ""))
    return "<div style='font-family: serif'>" + "".join(out) + "</div>"


def intervals(f) -> list[str]:
    summary = c.summaries.get(f.document)
    said = [summary.interval(n) for n in f.figures] if summary else []
    return [f"{md(quote)} stands for {md(text)}" for quote, text in filter(None, said)]


def what_if(document: str, candidates):
    """The document's report as it would be if the candidates took their suggested values:
    that document alone is built and checked again (no shape relates two documents)."""
    from kg.build import BuildResult
    from kg.check import check_corpus
    from kg.diagnose.whatif import Assumption, apply

    assumed = apply(BuildResult([c.document(document)], [], []),
                    [Assumption(URIRef(x.figure), x.suggested, x.suggested_decimals, "")
                     for x in candidates])
    return check_corpus(assumed, diagnose=False)


BY_ID = c.by_id


def named(finding_id: str) -> str:
    """A finding as a person names it: its check and its relation's label."""
    f = BY_ID.get(finding_id)
    return f"{f.check} “{f.label or f.id}”" if f else finding_id


def side_by_side(document: str, group) -> None:
    """Each relation the suspects stand in, as stated and as corrected, and what clears,
    what still fails and what newly fails."""
    after = what_if(document, group)
    now = {f.focus: f for f in after.findings if f.is_relation}
    before = {f.focus: f for f in c.report.findings if f.is_relation and f.document == document}
    figures = {x.figure for x in group}
    # the relations the suspects stand in, and any whose status the correction changes:
    # one row each, as stated beside as corrected
    rows = {r for r, f in before.items() if figures & set(f.figures)} | {
        r for r, f in now.items() if r not in before or before[r].severity != f.severity}
    cells = []
    def title(f) -> str:
        return f"{f.check} “{f.label or f.id}”"

    for relation in sorted(rows, key=lambda r: (title(before.get(r) or now[r]), r)):
        old, new = before.get(relation), now.get(relation)
        # agreement compares documents: the what-if checks this one alone
        side = [f"{esc(f.arithmetic or f.message)} {badge(f.severity, f.severity)}"
                if f is not None else "<i>not checked again</i>" for f in (old, new)]
        cells.append(f"<tr><td>{esc(title(old or new))}</td><td>{side[0]}</td>"
                     f"<td>{side[1]}</td></tr>")
    # one table, so each relation stands in one row on both sides (on a phone too)
    st.html("<style>.cg-whatif td, .cg-whatif th {text-align: left; vertical-align: top; "
            "padding: 4px 8px 4px 0; border-top: 1px solid rgba(128, 128, 128, .35)}</style>"
            "<table class='cg-whatif' style='width:100%;border-collapse:collapse'><thead>"
            "<tr><th>Relation</th><th>As stated</th><th>As corrected</th></tr></thead><tbody>"
            + "".join(cells) + "</tbody></table>")
    failing_before = {r for r, f in before.items() if f.severity == "violation"}
    failing_after = {r for r, f in now.items() if f.severity == "violation"}
    for title, relations, show in (("Clears", failing_before - failing_after, st.success),
                                   ("Still failing", failing_before & failing_after, st.warning),
                                   ("Newly failing", failing_after - failing_before, st.error)):
        if relations or title == "Clears":
            show(f"{title}: " + (", ".join(sorted(named(before[r].id) if r in before
                                                  else str(r) for r in relations)) or "nothing"))


def accept_form(f: Finding) -> None:
    """Accept (a known error) or dismiss (not one) ``f`` with a reason: the change to its
    document's suppressions file is shown as a diff, and written, as shown, only when the
    person clicks Write; kg check reads it from then on."""
    key = "accept-" + re.sub(r"\W", "-", f.id)
    # its open state kept in the session: the reruns typing makes would close it
    with st.expander("Accept or dismiss, with a reason", key=f"{key}-open", on_change="rerun"):
        who = st.text_input("Your name", key=f"{key}-who")
        why = st.text_input("Why: a known error accepted, or why it is not one", key=f"{key}-why")
        shown, written = st.session_state.get(f"{key}-shown"), False
        if st.session_state.get(f"{key}-write") and shown is not None:
            try:  # what the person saw, refused if the file changed since
                write(c.claims_dir, shown)
                written = True
            except InputError as exc:
                st.error(str(exc.problem))
        if written:
            st.session_state.pop(f"{key}-shown", None)
            forget()  # checked again, with the suppression, on the rerun
            st.rerun()
        if not (who.strip() and why.strip()):
            st.caption("Fill in both to see the change; nothing is written until you say so.")
            return
        try:
            change = propose(c.claims_dir, c.folders[f.document], f, who, why)
        except InputError as exc:
            st.error(str(exc.problem))
            return
        st.session_state[f"{key}-shown"] = change
        name = change.path.relative_to(c.claims_dir).as_posix()
        st.caption(f"The change to {md(name)}, which kg check reads (written only when you "
                   "click Write):")
        st.code(change.diff(name), language="diff")  # a code block shows it as text
        st.button(f"Write {SUPPRESSIONS_FILE}", key=f"{key}-write")


for f in shown_here:
    with st.container(border=True):
        # HTML, not Markdown with HTML allowed: escaped text was still Markdown there, so a
        # label's ![img](…) became an image and a bare address a link; the document's name
        # in the text's own colour (a fixed grey read 2.4:1 in dark mode)
        fresh = f" {badge('new', 'NEW')}" if f.id in c.new else ""  # since the last check
        st.html(f"<div class='cg-finding'>{badge(f.severity)}{fresh} <b>{esc(f.check)}</b> · "
                f"{esc(f.label or f.id)} · <i>{esc(f.document)}</i></div>")
        source = c.sources.get(f.document)
        where = [f"{f.file}:{f.line}"] if f.file else []  # as the CLI and SARIF say it
        if source is not None and f.quotes:
            where.append(f"{source.path}:{line_col(source.text, f.quotes[0].start)[0]}")
        if where:
            st.caption(" · ".join(where))
        claim = next((local(x) for x in f.claims), None)
        links = iter(st.columns([1, 1, 4]))
        if only is None:  # a permalink to share: this finding alone
            next(links).page_link(page("findings"), label="Link to this finding",
                                  query_params={"finding": f.id})
        if claim is not None:
            next(links).page_link(page("source"), label="Show in Source",
                                  query_params={"doc": f.document, "claim": claim})
        with next(links).popover(f"What is a {f.check} check?"):  # the vocabulary's words
            st.markdown("\n\n".join(md(line) for line in explained(f.check)))
        if source is not None and f.quotes:  # HTML, never Markdown: "$…$" is money
            st.html(context_html(source.text, f.quotes))
        if f.arithmetic:
            st.markdown(f"**Arithmetic** {md(f.arithmetic)}")
        if f.expected or f.observed:
            st.markdown(f"**Expected** {md(f.expected)}  \n**Observed** {md(f.observed)}")
        reasoning = intervals(f)
        if reasoning and f.check not in ("structure", "provenance"):
            st.markdown("**Intervals** " + "; ".join(reasoning))
        if not f.arithmetic:  # the arithmetic says it with units; the message, raw numbers
            st.caption(f.message)
        said = other_sources(f.figures) if f.check != "agreement" else []
        if said:
            st.markdown("**Other sources say** " + "; ".join(
                f"{md(r['document'])}: {md(r['says'])} for {md(r['here'])} "
                f"({'agrees' if r['agrees'] == 'yes' else 'disagrees'})" for r in said))
        if f.suppressed_by is not None:  # text from a claims file: Markdown-escaped
            st.info(f"Accepted by {md(f.suppressed_by.creator)} on {md(f.suppressed_by.date)}: "
                    f"{md(f.suppressed_by.reason)}")
        elif f.severity in ("warning", "violation") and f.document in c.folders \
                and f.focus and not f.focus.startswith("_:"):
            accept_form(f)
        for d in c.report.diagnosis_objects:
            group = [x for x in d.candidates if f.id in x.explains]
            if not group and not (d.status == "ambiguous" and any(
                    f.id in x.explains for g in d.alternatives for x in g)):
                continue
            st.markdown("**Diagnosis** " + md(d.headline()))
            for x in group:
                support = ", ".join(named(i) for i in x.explains) or "none"
                st.markdown(f"- suspect: {md(x.quote)} ({md(local(x.figure))}); the other "
                            f"figures imply {md(x.describe_implied())}; support: "
                            f"{md(support)}; other sources: {x.source_support}; slip: "
                            f"{md(x.pattern or 'none recognised')}")
            others = [" and ".join(md(x.quote) for x in g) for g in d.alternatives]
            if others:
                st.markdown(("**Equally likely** " if d.status == "ambiguous" else
                             "**Ranked lower** ") + "; ".join(others))
            for a, b in d.swaps:
                st.markdown(f"**As good an explanation** {md(a.quote)} and {md(b.quote)} "
                            "written in each other's place")
            if group and all(x.suggested is not None for x in group):
                key = "whatif-" + re.sub(r"\W", "-", f.id)
                label = ", ".join(f"{x.quote} = {x.verdict()}" for x in group)
                url.seed(key, url.get("whatif") == f.id)
                if st.toggle(f"What if {label}?", key=key):
                    state["whatif"] = f.id  # the what-if, too, is in the URL
                    side_by_side(f.document, group)

url.write(state)

twin("""PREFIX cg: <https://w3id.org/claimgraph/ns#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?finding ?status ?check ?claim ?expected ?observed WHERE {
  GRAPH ?g { ?f dcterms:identifier ?finding ; cg:status ?status ; cg:checkKind ?check .
             OPTIONAL { ?f cg:concernsClaim ?claim } OPTIONAL { ?f cg:expected ?expected }
             OPTIONAL { ?f cg:observed ?observed } }
} ORDER BY ?finding""", [f.as_dict() for f in shown], "findings",
     # the CSV reads as kg check's text report; the JSON is the report's contract
     csv=to_csv(finding_rows(shown, c.report, c.sources)))
