using System.Text;

namespace TradeTargets.Reports.Tests;

/// <summary>The streams the tracker writes its embedded data through: the same text as encoding it whole, in any pieces.</summary>
public class StreamingTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(100, 1)]
    [InlineData(10_000, 2)]
    [InlineData(10_000, 7)]
    [InlineData(10_001, 3072)]
    [InlineData(50_000, 5000)]
    public void Base64TextStream_BytesInPiecesOfAnySize_GivesTheBase64OfTheWhole(int length, int piece)
    {
        var bytes = new byte[length];
        new Random(length + piece).NextBytes(bytes);
        var output = new StringWriter();

        using (var stream = new Base64TextStream(output))
        {
            for (var i = 0; i < length; i += piece)
            {
                stream.Write(bytes, i, Math.Min(piece, length - i));
            }
        }

        output.ToString().Should().Be(Convert.ToBase64String(bytes));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4096)]
    public void Utf8TextStream_CharactersCutBetweenWrites_AreDecodedWhole(int piece)
    {
        var text = string.Concat(Enumerable.Repeat("India–Russia €100bn 🚢 ", 500));
        var bytes = Encoding.UTF8.GetBytes(text);
        var output = new StringWriter();

        using (var stream = new Utf8TextStream(output))
        {
            for (var i = 0; i < bytes.Length; i += piece)
            {
                stream.Write(bytes, i, Math.Min(piece, bytes.Length - i));
            }
        }

        output.ToString().Should().Be(text);
    }
}
