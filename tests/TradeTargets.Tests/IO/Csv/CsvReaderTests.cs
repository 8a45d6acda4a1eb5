using CsCheck;
using TradeTargets.IO;

namespace TradeTargets.Tests;

public class CsvReaderTests
{
    private static List<(long Line, string[] Fields)> ReadAll(string text, int bufferSize = 1 << 16)
    {
        var reader = new CsvReader(new StringReader(text), bufferSize: bufferSize);
        var records = new List<(long, string[])>();
        while (reader.Read())
        {
            records.Add((reader.Line, reader.FieldStrings()));
        }

        return records;
    }

    [Fact]
    public void Read_WrittenRecordsWithAnyBufferSize_GivesBackTheFields()
    {
        var field = Gen.Char["ab,\"\r\n x"].Array[0, 12].Select(cs => new string(cs));
        var gen = from rows in field.Array[1, 4].Array[1, 6]
                  from bufferSize in Gen.Int[1, 9]
                  select (rows, bufferSize);
        gen.Sample((rows, bufferSize) =>
        {
            // A record of one empty field is a blank line, which the reader skips by design.
            var kept = rows.Where(r => !(r.Length == 1 && r[0].Length == 0)).ToList();
            var writer = new StringWriter();
            foreach (var row in kept)
            {
                CsvText.WriteRecord(writer, row);
            }

            var read = ReadAll(writer.ToString(), bufferSize);

            read.Select(r => r.Fields).Should().BeEquivalentTo(kept, o => o.WithStrictOrdering());
        }, iter: 2000);
    }

    [Fact]
    public void Read_LongFieldsWithAnyBufferSize_GivesBackTheFieldsAndLines()
    {
        // Fields and buffers longer than a vector, so the vectorised searches meet stops in every lane and at buffer ends.
        var field = Gen.Char["abc,\"\r\n x"].Array[0, 70].Select(cs => new string(cs));
        var gen = from rows in field.Array[1, 5].Array[1, 5]
                  from bufferSize in Gen.Int[16, 200]
                  select (rows, bufferSize);
        gen.Sample((rows, bufferSize) =>
        {
            var kept = rows.Where(r => !(r.Length == 1 && r[0].Length == 0)).ToList();
            var writer = new StringWriter();
            var lines = new List<long>();
            long line = 1;
            foreach (var row in kept)
            {
                lines.Add(line);
                CsvText.WriteRecord(writer, row);
                // Physical lines end at LF, CRLF or a lone CR, inside quotes as outside.
                line += 1 + row.Sum(f => f.Count(c => c == '\n') + f.Replace("\r\n", "\n", StringComparison.Ordinal).Count(c => c == '\r'));
            }

            var read = ReadAll(writer.ToString(), bufferSize);

            read.Select(r => r.Fields).Should().BeEquivalentTo(kept, o => o.WithStrictOrdering());
            read.Select(r => r.Line).Should().Equal(lines);
        }, iter: 1000);
    }

    [Fact]
    public void Read_QuotedLineBreaks_CountsPhysicalLines()
    {
        var records = ReadAll("h1,h2\r\na,\"x\ny\nz\"\r\n\r\nb,c\n");

        records.Select(r => r.Line).Should().Equal(1, 2, 6);
        records[1].Fields.Should().Equal("a", "x\ny\nz");
    }

    [Fact]
    public void Read_StrayQuote_ThrowsWithLineAndGoesOnWithTheNextLine()
    {
        var reader = new CsvReader(new StringReader("a,b\nc,d\"e\nf,g\n"));
        reader.Read().Should().BeTrue();

        var act = () => reader.Read();

        act.Should().Throw<CsvSyntaxException>().Where(e => e.Line == 2 && e.Reason.Contains("stray quote"));
        reader.Read().Should().BeTrue();
        reader.Line.Should().Be(3);
        reader.FieldString(0).Should().Be("f");
    }

    [Fact]
    public void Read_UnclosedQuote_ThrowsNamingTheLineWhereTheQuoteOpened()
    {
        var reader = new CsvReader(new StringReader("a,b\nc,\"d\ne\n"));
        reader.Read().Should().BeTrue();

        var act = () => reader.Read();

        act.Should().Throw<CsvSyntaxException>().Where(e => e.Line == 2 && e.Reason.Contains("never closed"));
        reader.Read().Should().BeFalse();
    }

    [Fact]
    public void Read_TextAfterClosingQuote_Throws()
    {
        var act = () => ReadAll("\"a\"b,c\n");

        act.Should().Throw<CsvSyntaxException>().Where(e => e.Line == 1);
    }

    [Fact]
    public void Read_BadLineEndingInCrLfWithAnyBufferSize_NumbersTheNextLinesTheSame()
    {
        // The CR of a skipped line's CRLF can be the last character a read brings; the LF after it still ends that line.
        var text = "a,b\r\nc,d\"e\r\nf,g\r\n\"h\"x,i\r\nj,k\r\n";
        for (var bufferSize = 1; bufferSize <= text.Length + 1; bufferSize++)
        {
            var reader = new CsvReader(new StringReader(text), bufferSize: bufferSize);
            var lines = new List<long>();
            while (true)
            {
                try
                {
                    if (!reader.Read())
                    {
                        break;
                    }

                    lines.Add(reader.Line);
                }
                catch (CsvSyntaxException e)
                {
                    lines.Add(-e.Line);
                }
            }

            lines.Should().Equal([1, -2, 3, -4, 5], $"a buffer of {bufferSize} characters");
            reader.NextLine.Should().Be(6);
        }
    }

    [Fact]
    public void Read_TextFromTheMiddleOfAFile_KeepsALeadingU_FEFF()
    {
        var reader = new CsvReader(new StringReader("\uFEFFa,b\n"), skipByteOrderMark: false);

        reader.Read().Should().BeTrue();
        reader.FieldString(0).Should().Be("\uFEFFa");
    }
}
