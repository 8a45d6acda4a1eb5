using System.Runtime.CompilerServices;

namespace TradeTargets.IO;

/// <summary>What to do with one record of a CSV file after its header; a <see cref="RowException"/> rejects the row.</summary>
internal interface ICsvRowHandler
{
    /// <summary>Handles the current record of <paramref name="csv"/>.</summary>
    void Row(CsvReader csv);
}

/// <summary>The row loop every CSV reader shares: a record that is not valid CSV, or that its handler rejects, becomes one problem and the next is read.</summary>
internal static class CsvRows
{
    /// <summary>
    /// Reads every remaining record and hands it to <paramref name="handler"/>. A <see cref="CsvSyntaxException"/> is
    /// reported at its line and a <see cref="RowException"/> at the record's line, both as "<paramref name="failure"/>: reason".
    /// </summary>
    /// <remarks>
    /// The handler is a struct type argument, so each reader gets its own compiled loop with a direct call to its
    /// handler; the loop is compiled fully optimised on first use because an import is one long call.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ReadAll<THandler>(CsvReader csv, string file, IProblemSink builder, string failure, THandler handler)
        where THandler : struct, ICsvRowHandler
    {
        while (true)
        {
            try
            {
                if (!csv.Read())
                {
                    return;
                }
            }
            catch (CsvSyntaxException e)
            {
                builder.Report(new DataProblem(file, e.Line, null, null, $"{failure}: {e.Reason}"), e);
                continue;
            }

            if (csv.HasReplacementCharacter)
            {
                builder.Report(new DataProblem(file, csv.Line, null, null, $"{failure}: {CsvReader.NotUtf8Reason}"));
                continue;
            }

            try
            {
                handler.Row(csv);
            }
            catch (RowException e)
            {
                builder.Report(new DataProblem(file, csv.Line, e.Column, e.Value, $"{failure}: {e.Reason}"), e);
            }
        }
    }
}
