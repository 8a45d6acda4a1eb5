using System.IO.Compression;
using System.Text;

namespace TradeTargets.ImfDots;

/// <summary>
/// The bundled table's file format (version 1), Brotli-compressed as a whole:
/// a magic word and version; the provenance (vintage, origin, attribution); the first year; the countries'
/// alpha-3 codes; an index of pairs (reporter, partner, block length); then one block per pair in index order:
/// for exports then imports, the number of values, then per value the year after the first year and
/// (dollars &lt;&lt; 1 | estimated), all as unsigned LEB128 numbers. Figures are decoded only for the pairs asked about.
/// </summary>
internal sealed class DotsTable
{
    private const string Magic = "TTDOTS";
    private const int FormatVersion = 1;
    private static readonly TradeFlow[] Flows = [TradeFlow.Exports, TradeFlow.Imports];

    private readonly Dictionary<Country, int> countryIndex;
    private readonly Dictionary<long, (int Offset, int Length)> pairs;
    private readonly byte[] blocks;

    private DotsTable(DotsProvenance provenance, int firstYear, Country[] countries, Dictionary<long, (int, int)> pairs, byte[] blocks)
    {
        Provenance = provenance;
        FirstYear = firstYear;
        Countries = countries;
        countryIndex = countries.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        this.pairs = pairs;
        this.blocks = blocks;
    }

    public DotsProvenance Provenance { get; }

    public int FirstYear { get; }

    public IReadOnlyList<Country> Countries { get; }

    public int PairCount => pairs.Count;

    public IEnumerable<(Country Reporter, Country Partner)> Pairs
        => pairs.Keys.Select(k => (Countries[(int)(k / Countries.Count)], Countries[(int)(k % Countries.Count)]));

    public static DotsTable Create(DotsProvenance provenance, IReadOnlyDictionary<(Country Reporter, Country Partner), List<DotsValue>> series)
    {
        var countries = series.Keys.SelectMany(k => new[] { k.Reporter, k.Partner }).Distinct().OrderBy(c => c.Code, StringComparer.Ordinal).ToArray();
        var firstYear = series.Values.SelectMany(v => v).Select(v => v.Year).DefaultIfEmpty(1960).Min();
        var index = countries.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        var buffer = new MemoryStream();
        var offsets = new Dictionary<long, (int, int)>();
        foreach (var ((reporter, partner), values) in series.OrderBy(s => index[s.Key.Reporter]).ThenBy(s => index[s.Key.Partner]))
        {
            var start = (int)buffer.Position;
            foreach (var flow in Flows)
            {
                var ofFlow = values.Where(v => v.Flow == flow).OrderBy(v => v.Year).ToList();
                WriteNumber(buffer, (ulong)ofFlow.Count);
                foreach (var value in ofFlow)
                {
                    WriteNumber(buffer, (ulong)(value.Year - firstYear));
                    WriteNumber(buffer, ((ulong)(value.Millions * 1_000_000m) << 1) | (value.Estimated ? 1UL : 0UL));
                }
            }

            offsets[Key(index[reporter], index[partner], countries.Length)] = (start, (int)buffer.Position - start);
        }

        return new DotsTable(provenance, firstYear, countries, offsets, buffer.ToArray());
    }

    public void Save(Stream stream)
    {
        using var compressed = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(compressed, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Provenance.Vintage);
        writer.Write(Provenance.Origin);
        writer.Write(Provenance.Attribution);
        writer.Write(FirstYear);
        writer.Write(Countries.Count);
        foreach (var country in Countries)
        {
            writer.Write(country.Code);
        }

        writer.Write(pairs.Count);
        foreach (var (key, (_, length)) in pairs.OrderBy(p => p.Value.Offset))
        {
            writer.Write((int)(key / Countries.Count));
            writer.Write((int)(key % Countries.Count));
            writer.Write(length);
        }

        writer.Write(blocks.Length);
        writer.Write(blocks);
    }

    public static DotsTable Load(Stream stream)
    {
        using var decompressed = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(decompressed, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadString() != Magic || reader.ReadInt32() is var version && version != FormatVersion)
            {
                throw new InvalidDataException($"not a DOTS table of format version {FormatVersion}");
            }

            var provenance = new DotsProvenance(reader.ReadInt32(), reader.ReadString(), reader.ReadString());
            var firstYear = reader.ReadInt32();
            var countries = new Country[reader.ReadInt32()];
            for (var i = 0; i < countries.Length; i++)
            {
                var code = reader.ReadString();
                countries[i] = Country.TryParse(code, out var country) ? country : throw new InvalidDataException($"the country code '{code}' is not in the catalogue");
            }

            var pairCount = reader.ReadInt32();
            var pairs = new Dictionary<long, (int, int)>(pairCount);
            var offset = 0;
            for (var i = 0; i < pairCount; i++)
            {
                var key = Key(reader.ReadInt32(), reader.ReadInt32(), countries.Length);
                var length = reader.ReadInt32();
                pairs.Add(key, (offset, length));
                offset += length;
            }

            var blocks = reader.ReadBytes(reader.ReadInt32());
            if (blocks.Length != offset)
            {
                throw new InvalidDataException("the table is truncated");
            }

            return new DotsTable(provenance, firstYear, countries, pairs, blocks);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException or ArgumentException)
        {
            throw new InvalidDataException($"The DOTS table cannot be read: {e.Message}", e);
        }
    }

    /// <summary>Decodes one side's series, or returns null when the table holds nothing the reporter published for the partner.</summary>
    public DotsSeries? Series(Country reporter, Country partner)
    {
        if (!countryIndex.TryGetValue(reporter, out var r) || !countryIndex.TryGetValue(partner, out var p)
            || !pairs.TryGetValue(Key(r, p, Countries.Count), out var block))
        {
            return null;
        }

        var values = new List<DotsValue>();
        var position = block.Offset;
        foreach (var flow in Flows)
        {
            var count = (int)ReadNumber(blocks, ref position);
            for (var i = 0; i < count; i++)
            {
                var year = FirstYear + (int)ReadNumber(blocks, ref position);
                var packed = ReadNumber(blocks, ref position);
                values.Add(new DotsValue(partner, flow, year, (packed >> 1) / 1_000_000m, (packed & 1) == 1));
            }
        }

        return new DotsSeries(reporter, partner, values);
    }

    private static long Key(int reporter, int partner, int countryCount) => ((long)reporter * countryCount) + partner;

    private static void WriteNumber(Stream stream, ulong value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        stream.WriteByte((byte)value);
    }

    private static ulong ReadNumber(byte[] bytes, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
