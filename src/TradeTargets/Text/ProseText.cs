using System.Globalization;

namespace TradeTargets;

/// <summary>Words for flows, shares and growth rates, shared by explanations, tables, charts and reports.</summary>
public static class ProseText
{
    /// <summary>The flow in lower-case words: "turnover", "exports", "imports".</summary>
    /// <param name="flow">The flow.</param>
    /// <returns>The word, as <see cref="EnumText.Words{T}(T)"/> spells it.</returns>
    public static string Describe(TradeFlow flow) => EnumText.Words(flow);

    /// <summary>Both sides of a pair by name, reporter first: "India–Russia".</summary>
    /// <param name="pair">The pair.</param>
    /// <returns>The two names joined by an en dash.</returns>
    /// <remarks>
    /// Every text that names a goal (tables, reports, chart titles and labels, <see cref="GoalEvaluation.Explanation"/>)
    /// names its pair with this, so goals of two reporters with one partner are never told apart by the partner alone.
    /// </remarks>
    public static string Describe(TradePair pair) => $"{pair.Reporter.Name}–{pair.Partner.Name}";

    /// <summary>A share as a percentage: one decimal under 10% ("5.9%"), whole numbers from there ("34%").</summary>
    /// <param name="share">The share, 0.059 for 5.9%.</param>
    /// <returns>The text, or "n/a" for NaN or infinity.</returns>
    public static string Percent(double share)
    {
        if (!double.IsFinite(share))
        {
            return "n/a";
        }

        var percent = share * 100;
        return percent.ToString(Math.Abs(percent) < 10 ? "0.0" : "0", CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>A share that may be unknown as a percentage, as <see cref="Percent(double)"/>: "n/a" when null.</summary>
    /// <param name="share">The share, or null.</param>
    /// <returns>The text.</returns>
    public static string Percent(double? share) => share is { } known ? Percent(known) : "n/a";

    /// <summary>A growth rate as a signed percentage a year: "+82.1%/yr".</summary>
    /// <param name="rate">The rate, 0.821 for 82.1%.</param>
    /// <returns>The text, or "n/a" when null.</returns>
    public static string Growth(double? rate)
        => rate is { } r && double.IsFinite(r) ? (r * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%/yr" : "n/a";

    /// <summary>A remark in parentheses, with parentheses inside it turned into square brackets, as nested asides are written.</summary>
    /// <param name="remark">The remark, which may carry its own parenthetical ("$28m in 2016 (annualised from $18.7m in Jan–Aug 2016)").</param>
    /// <returns>" (remark)" with a leading space, so a sentence never shows "((" or "))".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="remark"/> is null.</exception>
    /// <example><c>"level" + ProseText.Aside("$28m in 2016 (annualised)")</c> gives "level ($28m in 2016 [annualised])".</example>
    public static string Aside(string remark)
    {
        ArgumentNullException.ThrowIfNull(remark);
        return $" ({remark.Replace('(', '[').Replace(')', ']')})";
    }
}
