using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace TradeTargets.Charts;

/// <summary>Tick generators that print years as integers and money the way people write it.</summary>
internal static class AxisText
{
    /// <summary>"2013", never "2,013".</summary>
    public static string Year(double position) => Math.Round(position).ToString("0", CultureInfo.InvariantCulture);

    /// <summary>"$500m", "$1bn", "$0".</summary>
    public static string Money(double value, Currency currency)
        => Math.Abs(value) < 0.5 ? MoneyText.Format(0, currency) : MoneyText.Format(value, currency, 3);

    /// <summary>"25%", "100%".</summary>
    public static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static NumericAutomatic Years() => new() { IntegerTicksOnly = true, LabelFormatter = Year };

    public static NumericAutomatic LinearMoney(Currency currency) => new() { LabelFormatter = v => Money(v, currency) };

    /// <summary>Ticks for log10 values: majors at whole decades labelled with the money they stand for, minors between.</summary>
    public static NumericManual LogMoney(Currency currency, int firstDecade, int lastDecade)
    {
        var ticks = new NumericManual();
        for (var decade = firstDecade; decade <= lastDecade; decade++)
        {
            ticks.AddMajor(decade, Money(Math.Pow(10, decade), currency));
            for (var k = 2; k <= 9 && decade < lastDecade; k++)
            {
                ticks.AddMinor(decade + Math.Log10(k));
            }
        }

        return ticks;
    }

    public static void UseFont(Plot plot, string fontName)
    {
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontName = fontName;
            axis.TickLabelStyle.FontName = fontName;
            axis.Label.ForeColor = Palette.Text;
            axis.TickLabelStyle.ForeColor = Palette.Text;
        }

        plot.Axes.Title.Label.FontName = fontName;
        plot.Legend.SetBestFontOnEachRender = false;
        plot.Legend.FontName = fontName;
        plot.Legend.FontSize = 12;
    }
}
