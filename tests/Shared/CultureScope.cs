using System.Globalization;

namespace TradeTargets.Testing;

/// <summary>Runs code under a culture and restores the thread's culture afterwards.</summary>
internal static class CultureScope
{
    /// <summary>
    /// Cultures that format differently from the invariant one: th-TH counts years in the Buddhist era, de-DE writes
    /// a decimal comma, ar-SA uses the Umm al-Qura calendar and its own separators.
    /// </summary>
    public static TheoryData<string> Foreign => ["th-TH", "de-DE", "ar-SA"];

    public static T Under<T>(CultureInfo culture, Func<T> produce)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return produce();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = currentUi;
        }
    }

    public static T Under<T>(string culture, Func<T> produce) => Under(CultureInfo.GetCultureInfo(culture), produce);

    public static T Invariant<T>(Func<T> produce) => Under(CultureInfo.InvariantCulture, produce);
}
