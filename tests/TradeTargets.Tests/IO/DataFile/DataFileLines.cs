namespace TradeTargets.Tests;

/// <summary>Rows of the documented CSV data files, for tests of the loaders.</summary>
internal static class DataFileLines
{
    public const string FigureHeader = "id,reporter,partner,flow,period,amount,qualifier,coverage,side,note,source_publication,source_title,source_published,source_address,source_covers";
    public const string GoalHeader = "id,reporter,partner,flow,target,deadline,announced_on,announcer,baseline_amount,baseline_period,multiplier,restatement_of,note,source_publication,source_title,source_published,source_address,source_covers";
    public const string StatementHeader = "id,reporter,partner,flow,period,reference_period,ratio,qualifier,note,source_publication,source_title,source_published,source_address,source_covers";

    public static string Figure(string id, string amount = "$29.7m", string period = "2015", string partner = "ARE", string note = "")
        => $"{id},BLR,{partner},turnover,{period},{amount},exact,unstated,unstated,{note},Digest,An article,2017-10-31,,";

    public static string Goal(string id, string restates = "")
        => $"{id},BLR,ARE,turnover,$500m,2015,2014-10-29,President,,,,{restates},,Digest,An article,2016-10-31,,";

    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";
}
