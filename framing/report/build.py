"""``build_report``: collect the numbers, lay them out, write PDF / HTML / figure files."""
from __future__ import annotations

import contextlib
import os
import re
import shutil
import sys
from pathlib import Path

from .. import plot
from .._io import atomic_path, safe_csv
from ..errors import FramingError, UsageError
from .data import ReportData, collect
from .layout import blocks as make_blocks
from .provenance import articles_file

__all__ = ["build_report", "render"]


def build_report(corpus, lexicons=None, *, families=None, by: str = "outlet", within_events: bool = False,
                 voice: str = "own", lang: str | None = None, exclude_copies: bool = False, title: str | None = None,
                 report_lang: str = "en", pdf=None, html=None, figures=None, command: str | None = None,
                 n_boot: int = 1000, seed: int = 0, audit=None, outlet=None, since=None, until=None,
                 event=None, jobs: int | None = None) -> dict:
    """Write a framing report for ``corpus`` and return the written paths.

    ``corpus``: a ``Corpus`` or a path; ``lexicons``: lexicon names/paths (see
    ``framing lexicon list``; none: every shipped lexicon with matches, said on the title page); ``families``: family ids to report (default all);
    ``by``: the corpus column compared (``outlet``); ``within_events``: also compare
    within events (needs ``framing events``); ``voice``: ``own`` (default), ``quoted``, ``reported``, ``all`` or a list of them;
    ``lang``: only articles of this language (as everywhere; default all);
    ``exclude_copies``: leave out wire copies (needs ``framing events``);
    ``report_lang``: ``en`` or ``ar`` for the report's own wording; ``pdf`` / ``html``: output
    files (at least one); ``figures``: a folder for every chart as PNG and SVG;
    ``command``: the command line printed on the title page (default: this call);
    ``n_boot``: unused (closed-form intervals); ``seed``: of the permutation tests; ``audit``: labelled
    audit file(s) (``framing audit``): a precision badge beside every term, terms below 90% (``LOW_PRECISION``) or
    not audited flagged, and the audit in the methods appendix (default: the lexicons' ``validated:``).
    ``outlet``, ``since``, ``until``, ``event``: only these outlets, days and events
    (:func:`framing.corpus.select`).  ``jobs``: worker processes for the counting (default:
    ``FRAMING_JOBS`` or all cores; the same report for any number).

    Returns ``{"pdf": Path, "html": Path, "figures": [Path, ...], "articles": Path}`` (keys only for
    what was written; ``articles``: every article counted, ``id, <by>, date, title, url``, as CSV beside the
    PDF, or the HTML without a PDF: ``demo.pdf`` → ``demo-articles.csv``; the appendix prints the first
    1,000).  The same inputs and toolkit version give byte-identical files; files are
    written atomically, so a failed run leaves the previous report in place.

    >>> build_report("reports/demo-corpus", ["captives"], pdf="reports/demo.pdf")  # doctest: +SKIP
    """
    from ..corpus import Corpus, load
    from ..schema import require_events
    if pdf is None and html is None:
        raise UsageError("a report needs -o FILE.pdf and/or --html FILE.html (pdf=, html= in Python)")
    from pathlib import Path
    for given, option, ok in ((pdf, "-o (pdf=)", (".pdf",)), (html, "--html (html=)", (".html", ".htm"))):
        if given is not None and Path(given).suffix.lower() not in ok:
            other = "--html" if ok[0] == ".pdf" else "-o"
            raise UsageError(f"{option} writes a {ok[0][1:].upper()} file: name it {Path(given).stem}{ok[0]}"
                             + (f" ({other} {given} for the other format)" if Path(given).suffix.lower()
                                in (".pdf", ".html", ".htm") else ""))
    from ..corpus import selected
    corpus = selected(corpus, outlet=outlet, since=since, until=until, event=event)
    if within_events:
        require_events(_event_ids(corpus), what="within_events")
    if lang is not None or exclude_copies:          # else a corpus directory stays a path: read in chunks
        corpus = load(corpus)
        if exclude_copies:
            corpus = corpus.without_copies()
        if lang is not None:
            corpus = Corpus(corpus.df[corpus.df["lang"].eq(lang).fillna(False).to_numpy(dtype=bool)],
                            path=corpus.path, rejects=corpus.rejects, manifest=corpus.manifest, events=corpus.events)
    from .._parallel import jobs_default
    with jobs_default(jobs):
        data = collect(corpus, lexicons, families=families, by=by, within_events=within_events, voice=voice,
                       title=title, report_lang=report_lang, command=command, n_boot=n_boot, seed=seed, audit=audit)
    return render(data, pdf=pdf, html=html, figures=figures)


def _event_ids(corpus):
    """The ``id`` and ``event_id`` columns of ``corpus`` (only those read from a corpus directory)."""
    import pandas as pd

    from ..chunks import columns_of, streamable
    from ..corpus import load
    path = streamable(corpus)
    if path is None:
        return load(corpus).df
    return pd.read_parquet(path, columns=[c for c in ("id", "event_id") if c in columns_of(corpus)])


def _slug(name: str) -> str:
    return re.sub(r"[^\w.-]+", "-", name).strip("-") or "figure"


def _publish(tmp: Path) -> None:
    os.chmod(tmp, 0o644)  # mkstemp makes 0600 files; a report is meant to be shared


def _save_svgs(items: list, parent: int | None = None) -> None:
    if parent is not None:
        from .._parallel import die_with_parent
        die_with_parent(parent)
    for fig, stem in items:
        for p in plot.save_figure(fig, stem, formats=("svg",)):
            os.chmod(p, 0o644)


def _start_svgs(items: list):
    """Write the SVG files in a forked process (Linux) while this one renders PNGs and the PDF:
    SVG export of path text is as slow as the PNG, and the machine has a second core."""
    if sys.platform != "linux" or not items:
        _save_svgs(items)
        return None
    import multiprocessing
    proc = multiprocessing.get_context("fork").Process(target=_save_svgs, args=(items, os.getpid()), daemon=True)
    proc.start()
    return proc


_FIGS: dict = {}


def _png_of(name: str) -> bytes:
    return plot.to_bytes(_FIGS[name], "png")


def _render_pngs(figs: dict) -> dict:
    """PNG bytes of every figure; on Linux the second half is drawn by a forked worker while
    this process draws the first (drawing is most of a report's time; the bytes are the same)."""
    names = list(figs)
    if sys.platform != "linux" or len(names) < 4:
        return {n: plot.to_bytes(figs[n], "png") for n in names}
    import multiprocessing
    global _FIGS
    _FIGS = figs
    try:
        half = len(names) // 2
        from .._parallel import die_with_parent
        with multiprocessing.get_context("fork").Pool(1, initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
            later = pool.map_async(_png_of, names[half:])
            first = [_png_of(n) for n in names[:half]]
            rest = later.get()
    finally:
        _FIGS = {}
    return dict(zip(names, first + rest))


def render(data: ReportData, pdf=None, html=None, figures=None) -> dict:
    """Lay out ``data`` and write the PDF, HTML and figure files asked for (see :func:`build_report`)."""
    from .html import write_html
    from .pdf import write_pdf
    listing = articles_file(pdf if pdf is not None else html)
    bl = make_blocks(data, listing.name)
    figs = {b["name"]: b["fig"] for b in bl if b["kind"] == "figure"}
    stems = {}
    proc = stage = None
    if figures is not None:
        stage = _stage(Path(os.path.realpath(figures)))
        stems = {name: stage / f"{i:02d}-{_slug(name)}" for i, name in enumerate(figs, 1)}
        proc = _start_svgs([(figs[n], stem) for n, stem in stems.items()])
    try:
        pngs = _render_pngs(figs)
        footer = f"framing {data.toolkit_version} · corpus sha256 {data.content_hash[:12]}"
        written: dict = {}
        with contextlib.ExitStack() as stack:
            if data.article_list is not None:
                tmp = stack.enter_context(atomic_path(listing))
                safe_csv(data.article_list).to_csv(tmp, index=False, encoding="utf-8-sig")   # Excel reads Arabic
                _publish(tmp)
                written["articles"] = listing
            if pdf is not None:
                tmp = stack.enter_context(atomic_path(pdf))
                write_pdf(bl, tmp, title=data.title, created=data.created, footer=footer, lang=data.lang,
                          figure_png=pngs)
                _publish(tmp)
                written["pdf"] = Path(pdf)
            if html is not None:
                tmp = stack.enter_context(atomic_path(html))
                write_html(bl, tmp, title=data.title, lang=data.lang, figure_png=pngs)
                _publish(tmp)
                written["html"] = Path(html)
        for name, stem in stems.items():
            Path(f"{stem}.png").write_bytes(pngs[name])
            _publish(Path(f"{stem}.png"))
        if proc is not None:
            proc.join()
            if proc.exitcode != 0:
                raise FramingError(f"writing the SVG figures in {figures} failed (exit code {proc.exitcode})")
        if stage is not None:
            written["figures"] = _publish_folder(stage, Path(figures), [Path(f"{s}.{x}").name for s in stems.values()
                                                                        for x in ("png", "svg")])
    finally:
        if proc is not None and proc.is_alive():
            proc.kill()
            proc.join()
        if stage is not None:
            shutil.rmtree(stage, ignore_errors=True)
    return written


def _stage(folder: Path) -> Path:
    """A fresh hidden staging folder inside the figures ``folder`` (``.tmp-PID``); staging folders
    that killed runs left (their process is gone) are removed."""
    from .._io import _alive
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob(".tmp-*"):
        pid = old.name[5:]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            shutil.rmtree(old, ignore_errors=True)
    stage = folder / f".tmp-{os.getpid()}"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir()
    return stage


def _publish_folder(stage: Path, folder: Path, names: list[str]) -> list[Path]:
    """Move the staged figures into ``folder`` (renames: no disk space needed, so a full disk fails
    while staging and leaves the previous figures whole) and drop figures of an earlier run."""
    real = Path(os.path.realpath(folder))
    for n in names:
        os.replace(stage / n, real / n)
    for old in real.iterdir():
        if re.match(r"\d\d-.+\.(png|svg)$", old.name) and old.name not in names:
            with contextlib.suppress(OSError):
                old.unlink()
    return [folder / n for n in names]
