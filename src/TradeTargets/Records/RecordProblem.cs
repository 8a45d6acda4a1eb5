namespace TradeTargets;

/// <summary>A record that breaks a rule of <see cref="TradeDataSet"/>, named by its id, with the member at fault and why.</summary>
/// <param name="RecordKind">"goal", "figure" or "statement".</param>
/// <param name="RecordId">The id of the record at fault.</param>
/// <param name="Member">The property at fault, for example <c>Id</c>, <c>Amount</c> or <c>RestatementOf</c>.</param>
/// <param name="Value">The offending value as text.</param>
/// <param name="Reason">What is wrong, in one sentence that names any other record involved.</param>
/// <param name="OtherRecordId">The id of the record this one clashes with, if any, so a loader can say where that one came from.</param>
public sealed record RecordProblem(string RecordKind, string RecordId, string Member, string Value, string Reason, string? OtherRecordId = null)
{
    /// <summary>Returns "goal g2, RestatementOf 'g9': reason".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{RecordKind} {RecordId}, {Member} '{Value}': {Reason}";
}
