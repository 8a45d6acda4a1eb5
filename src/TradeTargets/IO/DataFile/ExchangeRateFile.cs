using System.Text;

namespace TradeTargets.IO;

/// <summary>Loads a user's exchange-rate table in the documented rates-file format (docs/exchange-rates.md).</summary>
/// <example><code>
/// var rates = ExchangeRateFile.Load("my-rates.csv");
/// var options = EvaluationOptions.At(new DateOnly(2024, 12, 31)) with { Conversion = CurrencyConversion.AtAverageRates(rates) };
/// </code></example>
public static class ExchangeRateFile
{
    /// <summary>Reads a rates file.</summary>
    /// <param name="path">The file: daily, monthly or annual rates, one per line.</param>
    /// <returns>The table, named after the file.</returns>
    /// <exception cref="DataFileException">
    /// The file breaks a rule of the format (unknown currency code, a month without any rate, a duplicate, a rate not
    /// above zero, a rate more than ten times the one before it, dates out of order); the problem names the file, line,
    /// column, value and reason.
    /// </exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ExchangeRateTable Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader, Path.GetFileName(path));
    }

    /// <summary>Reads rates from text.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="name">The name problems cite, usually the file name.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DataFileException">The text breaks a rule of the format; see <see cref="Load"/>.</exception>
    public static ExchangeRateTable Read(TextReader reader, string name)
    {
        try
        {
            return ExchangeRateTable.Read(reader, name);
        }
        catch (RateFileException e)
        {
            throw new DataFileException(new DataProblem(name, e.Line, e.Column, e.Value, e.Reason), e);
        }
    }
}
