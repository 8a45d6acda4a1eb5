namespace TradeTargets;

/// <summary>The data hold nothing a backtest can score: no settled goal, or no settled goal with a forecast.</summary>
/// <remarks>Bad data rather than a bug, so it is a <see cref="TradeDataException"/>: a score of nothing would read as a result.</remarks>
public sealed class BacktestException : TradeDataException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What there was and what was missing.</param>
    public BacktestException(string message)
        : base(message)
    {
    }
}
