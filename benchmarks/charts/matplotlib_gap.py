"""Draws the benchmark gap chart with matplotlib (Agg, 800x500 PNG) from the JSON the .NET console writes,
and times N charts in one process: figure, drawing and PNG encoding, as the .NET loop does.

usage: matplotlib_gap.py <input.json> <charts> [<out.png>]
prints: matplotlib <charts> charts in <s> s = <ms> ms/chart
"""
import io
import json
import sys
import time

import matplotlib

matplotlib.use("Agg")
matplotlib.rcParams["text.parse_math"] = False  # dollar signs are money here, not TeX
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.ticker import FixedLocator, FuncFormatter  # noqa: E402

BLUE, ORANGE, VERMILLION, TEXT, MUTED, CONNECTOR = "#0072B2", "#E69F00", "#D55E00", "#1a1a1a", "#555555", "#888888"


def money(value, _pos):
    return "$0" if value == 0 else f"${value / 1e6:.0f}m"


def draw(d):
    w, h = d["width"], d["height"]
    fig = Figure(figsize=(w / 100, h / 100), dpi=100, facecolor="white")
    FigureCanvasAgg(fig)
    ax = fig.add_axes((0.09, 0.19, 0.57, 0.69))
    ax.set_xlim(d["limits"][0], d["limits"][1])
    ax.set_ylim(d["limits"][2], d["limits"][3])
    ax.grid(True, color="black", alpha=0.09)
    ax.axhline(d["goal"], color=VERMILLION, alpha=0.55, linestyle=":", linewidth=1.5)
    t = d["bandT"]
    ax.fill_between(t, d["band95"][0], d["band95"][1], color=ORANGE, alpha=0.14, linewidth=0, label="95% prediction band")
    ax.fill_between(t, d["band80"][0], d["band80"][1], color=ORANGE, alpha=0.30, linewidth=0, label="80% prediction band")
    ax.plot(t, d["median"], color=ORANGE, linewidth=2, label="Trend")
    ax.plot(d["pathT"], d["path"], color=VERMILLION, linewidth=2, linestyle="--", label="Required path")
    bx, by = d["bracket"]
    ax.plot([bx, bx], [by, d["goal"]], color=MUTED, linewidth=1.5)
    ax.text(bx - 0.1, (by + d["goal"]) / 2, d["gapText"], ha="right", va="center", fontsize=9, fontweight="bold",
            color=TEXT, bbox=dict(facecolor="white", alpha=0.8, edgecolor="none", pad=2))
    ax.plot([d["baseline"][0]], [d["baseline"][1]], linestyle="none", marker="s", markersize=11, markerfacecolor="none",
            markeredgecolor="black", markeredgewidth=2, label="Baseline")
    ax.plot(d["reported"][0], d["reported"][1], color=BLUE, linewidth=2, marker="o", markersize=7,
            label="Reported annual level")
    ax.plot(d["partials"][0], d["partials"][1], linestyle="none", marker="o", markersize=8, markerfacecolor="none",
            markeredgecolor=BLUE, markeredgewidth=2, label="Partial-year figure (as reported)")
    for x0, y0, x1, y1 in d["estimateLinks"]:
        ax.plot([x0, x1], [y0, y1], color=CONNECTOR, linestyle=":", linewidth=1.5)
        ax.annotate("est.", (x1, y1), xytext=(0, 9), textcoords="offset points", ha="center", va="bottom",
                    fontsize=8, color=BLUE)
    ax.plot(d["estimates"][0], d["estimates"][1], linestyle="none", marker="D", markersize=9, markerfacecolor="none",
            markeredgecolor=BLUE, markeredgewidth=2, label="Annualised (estimated)")
    ax.plot(d["goalYears"], [d["goal"]] * len(d["goalYears"]), linestyle="none", marker="D", markersize=10,
            color=VERMILLION, label="Goal")
    ax.annotate(d["goalLabel"], (d["limits"][0], d["goal"]), xytext=(4, 3), textcoords="offset points",
                fontsize=8, color=VERMILLION)
    ax.xaxis.set_major_locator(FixedLocator([float(x) for x in d["xTicks"]]))
    ax.yaxis.set_major_locator(FixedLocator([float(y.replace("$", "").replace("m", "")) * 1e6 for y in d["yTicks"]]))
    ax.yaxis.set_major_formatter(FuncFormatter(money))
    ax.tick_params(labelsize=9)
    ax.set_xlabel(d["xLabel"], fontsize=10)
    ax.set_ylabel(d["yLabel"], fontsize=10)
    ax.legend(loc="center left", bbox_to_anchor=(1.05, 0.5), fontsize=8, frameon=True, edgecolor=CONNECTOR)
    fig.text(0.012, 0.97, d["title"], fontsize=12, fontweight="bold", color=TEXT, va="top")
    fig.text(0.012, 0.925, d["subtitle"], fontsize=9, color=MUTED, va="top")
    y = 0.085
    for note in d["notes"]:
        fig.text(0.012, y, note, fontsize=8, color=TEXT, va="top")
        y -= 0.03
    fig.text(0.012, y, d["source"], fontsize=7.5, color=MUTED, va="top")
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100)
    return buffer.getvalue()


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        d = json.load(f)
    count = int(sys.argv[2])
    for _ in range(3):  # fonts and caches before timing
        png = draw(d)
    if len(sys.argv) > 3:
        with open(sys.argv[3], "wb") as f:
            f.write(png)
    start = time.perf_counter()
    for _ in range(count):
        draw(d)
    elapsed = time.perf_counter() - start
    print(f"matplotlib {count} charts in {elapsed:.2f} s = {elapsed * 1000 / count:.2f} ms/chart")


if __name__ == "__main__":
    main()
