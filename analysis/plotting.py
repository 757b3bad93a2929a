"""Every figure in the book, drawn in one style.

Each outlet keeps one colour and one hatch everywhere, chosen from the
Okabe–Ito palette so that the figures read in colour-blind vision, and the
hatches keep them apart in greyscale print.  Figures carry no titles: the
caption lives in the notebook cell's ``mystnb`` metadata.

Example
-------
>>> style = outlet_styles(["Kompas.com", "iNews.id"])
>>> style["Kompas.com"]["color"] != style["iNews.id"]["color"]
True
"""

from __future__ import annotations

import warnings

import matplotlib
import matplotlib.pyplot as plt
import matplotlib.ticker
import pandas as pd

__all__ = ["apply_style", "outlet_styles", "KIND_COLOURS", "line_composition", "prominence_chart", "cooccurrence_grid", "dispersion"]

# Okabe & Ito (2008), in an order whose neighbours differ in lightness.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
HATCHES = ["", "//", "..", "xx", "\\\\", "oo", "--", "++"]
#: Boilerplate's hatch in the line-composition figure: one no outlet ever gets,
#: so a hatch means the same thing in every figure.
BOILERPLATE_HATCH = "||"

KIND_COLOURS = {
    "headline": "#000000",
    "meta": "#999999",
    "caption": "#56B4E9",
    "subheading": "#E69F00",
    "body": "#0072B2",
    "boilerplate": "#DDDDDD",
}


def apply_style() -> None:
    """Set the book's matplotlib style (fonts, sizes, no top/right spines)."""
    plt.rcParams.update(
        {
            "figure.figsize": (7.0, 3.2),
            "figure.dpi": 110,
            "savefig.dpi": 200,
            "savefig.bbox": "tight",
            "font.size": 10,
            "font.family": "DejaVu Sans",
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.titlesize": 10,
            "legend.frameon": False,
            "hatch.linewidth": 0.6,
            "svg.hashsalt": "nk-ceasefire",
            # Labels come from article data: a "$" in a file name or an
            # outlet's name is a dollar sign, never mathematics.
            "text.parse_math": False,
        }
    )
    # A script the font lacks (CJK, Hangul, emoji in an article) is drawn as
    # a box; the warning it raises says so about the data, and must not fail
    # a strict build.
    warnings.filterwarnings("ignore", message=r"Glyph \d+ .* missing from (current )?font", category=UserWarning)


def outlet_styles(outlets) -> dict[str, dict]:
    """Colour and hatch for each outlet, fixed by sorted outlet name."""
    names = sorted(set(outlets), key=str.lower)
    return {
        name: {"color": PALETTE[i % len(PALETTE)], "hatch": HATCHES[(i // len(PALETTE) + i) % len(HATCHES)]}
        for i, name in enumerate(names)
    }


def line_composition(table: pd.DataFrame, labels: pd.Series):
    """Stacked horizontal bars: how many raw lines of each kind each article has.

    ``table`` is :func:`analysis.overview.cleaning_table` (kinds as columns);
    ``labels`` maps article_id to the label shown on the y axis.
    """
    apply_style()
    kinds = [k for k in KIND_COLOURS if k in table.columns]
    fig, ax = plt.subplots(figsize=(7.0, 1.3 + 0.4 * len(table)))
    left = pd.Series(0, index=table.index)
    for kind in kinds:
        ax.barh(
            [labels[i] for i in table.index], table[kind], left=left,
            color=KIND_COLOURS[kind], edgecolor="black", linewidth=0.4, label=kind,
            hatch=BOILERPLATE_HATCH if kind == "boilerplate" else "",
        )
        left = left + table[kind]
    ax.set_xlabel("lines of the raw page text")
    ax.invert_yaxis()
    ax.legend(ncol=len(kinds), loc="lower center", bbox_to_anchor=(0.5, 1.02), fontsize=8,
              handlelength=1.5, columnspacing=1.0)
    fig.tight_layout()
    return fig


#: Beyond this many outlets, grouped bars are unreadable: a grid is drawn instead.
MAX_GROUPED_OUTLETS = 4


def _share_grid(share: pd.DataFrame):
    """Actors down, outlets across, each cell shaded and labelled with the share."""
    fig, ax = plt.subplots(figsize=(7.0, 1.4 + 0.3 * len(share.index)))
    ax.imshow(share.values, cmap="Greys", aspect="auto", vmin=0, vmax=max(float(share.values.max()), 0.01))
    top = float(share.values.max()) or 1.0
    for i in range(share.shape[0]):
        for j in range(share.shape[1]):
            v = float(share.iat[i, j])
            if v > 0:
                ax.text(j, i, f"{v:.0%}", ha="center", va="center", fontsize=7,
                        color="white" if v > 0.6 * top else "black")
    ax.set_xticks(range(share.shape[1]), list(share.columns), rotation=45, ha="right")
    ax.set_yticks(range(share.shape[0]), list(share.index))
    ax.spines[["left", "bottom"]].set_visible(False)
    ax.tick_params(length=0)
    ax.set_xlabel("share of the outlet's actor mentions")
    fig.tight_layout()
    return fig


def prominence_chart(prom: pd.DataFrame, top: int = 12):
    """Grouped horizontal bars: each actor's share of an outlet's actor
    mentions (over all its articles), one bar per outlet.

    ``prom`` is :func:`analysis.actors.prominence`.  Actors are ordered by
    their mentions over all outlets; at most ``top`` are drawn.  Each
    outlet's shares add up to at most 100 %, however many articles it has.
    """
    apply_style()
    totals = prom.groupby("actor")["mentions"].sum().sort_values(ascending=False, kind="stable")
    order = list(totals.index[:top])
    outlets = sorted(prom["outlet"].unique(), key=str.lower)
    styles = outlet_styles(outlets)
    mentions = prom.groupby(["actor", "outlet"])["mentions"].sum().unstack(fill_value=0)
    share = (mentions / mentions.sum(axis=0)).reindex(order, fill_value=0)
    if len(outlets) > MAX_GROUPED_OUTLETS:
        return _share_grid(share.reindex(columns=outlets, fill_value=0))
    height = 0.8 / max(len(outlets), 1)
    fig, ax = plt.subplots(figsize=(7.0, 0.9 + 0.32 * len(order) * max(1, len(outlets) / 2)))
    for i, outlet in enumerate(outlets):
        values = share.get(outlet, pd.Series(0, index=order))
        ax.barh(
            [y + i * height for y in range(len(order))], values, height=height,
            label=outlet, color=styles[outlet]["color"], hatch=styles[outlet]["hatch"],
            edgecolor="black", linewidth=0.4,
        )
    ax.set_yticks([y + height * (len(outlets) - 1) / 2 for y in range(len(order))], order)
    ax.invert_yaxis()
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0, decimals=0))
    ax.set_xlabel("share of the outlet's actor mentions")
    ax.legend(loc="lower right")
    fig.tight_layout()
    return fig


def cooccurrence_grid(co: pd.DataFrame, top: int = 10):
    """One heat map per outlet: how many sentences name both actors.

    ``co`` is :func:`analysis.actors.cooccurrence`.  Greys, with the count
    printed in each cell, so the figure reads in print.
    """
    apply_style()
    outlets = sorted(co["outlet"].unique(), key=str.lower)
    weight = pd.concat([co.groupby("actor_a")["sentences"].sum(), co.groupby("actor_b")["sentences"].sum()])
    order = list(weight.groupby(level=0).sum().sort_values(ascending=False, kind="stable").index[:top])
    order = sorted(order)
    cols = min(len(outlets), 2) or 1
    rows = -(-len(outlets) // cols) or 1
    fig, axes = plt.subplots(rows, cols, figsize=(7.0, 3.4 * rows), squeeze=False)
    vmax = max(int(co["sentences"].max()) if len(co) else 1, 1)
    for ax, outlet in zip(axes.flat, outlets):
        sub = co[co["outlet"] == outlet]
        grid = pd.DataFrame(0, index=order, columns=order)
        for a, b, n in zip(sub["actor_a"], sub["actor_b"], sub["sentences"]):
            if a in grid.index and b in grid.columns:
                grid.loc[a, b] = grid.loc[b, a] = n
        ax.imshow(grid.values, cmap="Greys", vmin=0, vmax=vmax * 1.3)
        for (i, j), n in pd.DataFrame(grid.values).stack().items():
            if n and i > j:
                ax.text(j, i, str(n), ha="center", va="center", fontsize=7,
                        color="white" if n > vmax * 0.6 else "black")
        ax.set_xticks(range(len(order)), order, rotation=60, ha="right", fontsize=7)
        ax.set_yticks(range(len(order)), order, fontsize=7)
        ax.set_xlabel(outlet)
        for side in ("top", "right"):
            ax.spines[side].set_visible(True)
    for ax in list(axes.flat)[len(outlets):]:
        ax.set_visible(False)
    fig.tight_layout()
    return fig


_REFERS_STYLE = {
    "this_agreement": {"marker": "o", "facecolor": "black", "label": "this agreement"},
    "earlier_ceasefire": {"marker": "s", "facecolor": "white", "label": "earlier ceasefire"},
    "other": {"marker": "x", "facecolor": "black", "label": "other (e.g. a protocol)"},
}


def dispersion(refs: pd.DataFrame, labels: pd.Series):
    """Where in each article the agreement is discussed.

    ``refs`` is :func:`analysis.ceasefire.references`; x is the sentence's
    position from headline (0) to the last captured sentence (1).
    """
    apply_style()
    ids = list(labels.index)
    fig, ax = plt.subplots(figsize=(7.0, 1.2 + 0.5 * len(ids)))
    for refers, style in _REFERS_STYLE.items():
        sub = refs[refs["refers_to"] == refers]
        y = [ids.index(a) for a in sub["article_id"]]
        kwargs = {"marker": style["marker"], "s": 46, "label": style["label"], "linewidths": 1.0}
        if style["marker"] != "x":
            kwargs.update(facecolors=style["facecolor"], edgecolors="black")
        else:
            kwargs.update(color="black")
        ax.scatter(sub["relative_position"], y, **kwargs)
    ax.set_yticks(range(len(ids)), [labels[i] for i in ids])
    ax.set_ylim(len(ids) - 0.5, -0.5)
    ax.set_xlim(-0.03, 1.03)
    ax.set_xlabel("position in the article (0 = headline, 1 = last captured sentence)")
    ax.legend(ncol=3, loc="lower center", bbox_to_anchor=(0.5, 1.0), fontsize=8)
    fig.tight_layout()
    return fig

