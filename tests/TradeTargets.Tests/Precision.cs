namespace TradeTargets.Tests;

/// <summary>Relative-tolerance comparison of doubles, as Math.NET's tests do.</summary>
internal static class Precision
{
    /// <summary>Asserts that actual agrees with expected to the given number of significant digits.</summary>
    public static void AssertSignificantDigits(double actual, double expected, int digits, string because = "")
    {
        var tolerance = Math.Pow(10, -digits) * Math.Max(Math.Abs(expected), double.Epsilon);
        Math.Abs(actual - expected).Should().BeLessThanOrEqualTo(tolerance, $"{actual:R} should match {expected:R} to {digits} significant digits {because}");
    }
}
