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

import matplotlib.pyplot as plt
import pandas as pd

__all__ = ["apply_style", "outlet_styles", "KIND_COLOURS", "line_composition"]

# Okabe & Ito (2008), in an order whose neighbours differ in lightness.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
HATCHES = ["", "//", "..", "xx", "\\\\", "oo", "--", "++"]

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
        }
    )


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
            hatch="//" if kind == "boilerplate" else "",
        )
        left = left + table[kind]
    ax.set_xlabel("lines of the raw page text")
    ax.invert_yaxis()
    ax.legend(ncol=len(kinds), loc="lower center", bbox_to_anchor=(0.5, 1.02), fontsize=8,
              handlelength=1.5, columnspacing=1.0)
    fig.tight_layout()
    return fig
