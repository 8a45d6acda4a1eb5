using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TradeTargets.IO;

/// <summary>The JSON form of a data set: one object with <c>goals</c>, <c>figures</c> and <c>statements</c> arrays whose objects use the CSV column names.</summary>
internal static class TradeDataJson
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new DataSetConverter(null) },
    };

    public static void Write(TextWriter writer, TradeDataSet data)
    {
        writer.Write(JsonSerializer.Serialize(data, WriteOptions));
        writer.Write('\n');
    }

    public static void Read(string text, string file, DataSetBuilder builder)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var context = new ReadContext(file, bytes, builder);
        // The converter carries this load's position and problem list, so the options cannot be shared between loads.
#pragma warning disable CA1869
        var options = new JsonSerializerOptions { Converters = { new DataSetConverter(context) } };
#pragma warning restore CA1869
        try
        {
            JsonSerializer.Deserialize<TradeDataSet>(bytes, options);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? l + 1 : 0;
            builder.Report(new DataProblem(file, line, null, null, $"the JSON is malformed ({FirstSentence(e.Message)}); nothing after this point was read."), e);
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }

    private sealed class ReadContext(string file, byte[] bytes, DataSetBuilder builder)
    {
        private int countedTo;
        private long line = 1;

        public string File { get; } = file;

        public DataSetBuilder Builder { get; } = builder;

        public long LineAt(long byteIndex)
        {
            // Records are visited in order, so the count only moves forward.
            var to = (int)Math.Min(byteIndex, bytes.Length);
            if (to > countedTo)
            {
                line += bytes.AsSpan(countedTo, to - countedTo).Count((byte)'\n');
                countedTo = to;
            }

            return line;
        }
    }

    private sealed class DataSetConverter(ReadContext? context) : JsonConverter<TradeDataSet>
    {
        public override TradeDataSet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var c = context ?? throw new InvalidOperationException("This converter was created for writing.");
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                c.Builder.Report(new DataProblem(c.File, c.LineAt(reader.TokenStartIndex), null, null, "the JSON document must be an object with 'goals', 'figures' and 'statements' arrays."));
                reader.Skip();
                return TradeDataSet.Empty;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString() ?? string.Empty;
                var line = c.LineAt(reader.TokenStartIndex);
                reader.Read();
                var format = RecordFormat.Named(name);
                if (format is null || reader.TokenType != JsonTokenType.StartArray)
                {
                    var reason = format is null
                        ? $"unknown top-level property '{name}' ignored; expected 'goals', 'figures' or 'statements'."
                        : $"'{name}' must be an array of objects.";
                    c.Builder.Report(new DataProblem(c.File, line, name, null, reason));
                    reader.Skip();
                    continue;
                }

                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    ReadRecord(ref reader, c, format);
                }
            }

            return TradeDataSet.Empty;
        }

        public override void Write(Utf8JsonWriter writer, TradeDataSet value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            WriteArray(writer, RecordFormat.Goals, value.Goals.Select(RecordColumns.Write));
            WriteArray(writer, RecordFormat.Figures, value.Figures.Select(RecordColumns.Write));
            WriteArray(writer, RecordFormat.Statements, value.Statements.Select(RecordColumns.Write));
            writer.WriteEndObject();
        }

        private static void WriteArray(Utf8JsonWriter writer, RecordFormat format, IEnumerable<string?[]> rows)
        {
            var columns = format.Columns;
            writer.WriteStartArray(format.Name);
            foreach (var row in rows)
            {
                writer.WriteStartObject();
                for (var i = 0; i < columns.Length; i++)
                {
                    if (row[i] is not { } text)
                    {
                        continue;
                    }

                    if (columns[i] == "ratio")
                    {
                        writer.WritePropertyName(columns[i]);
                        writer.WriteRawValue(text);
                    }
                    else
                    {
                        writer.WriteString(columns[i], text);
                    }
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        private static void ReadRecord(ref Utf8JsonReader reader, ReadContext c, RecordFormat format)
        {
            var (arrayName, columns) = (format.Name, format.Columns);
            var line = c.LineAt(reader.TokenStartIndex);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                c.Builder.Report(new DataProblem(c.File, line, null, null, $"every item of '{arrayName}' must be an object."));
                reader.Skip();
                return;
            }

            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var values = new List<string?>();
            string? fault = null;
            string? faultColumn = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString() ?? string.Empty;
                reader.Read();
                string? value = reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                    JsonTokenType.True => "true",
                    JsonTokenType.False => "false",
                    _ => null,
                };
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.Skip();
                    fault ??= $"property '{name}' holds an object or array; every field is a string, a number or null.";
                    faultColumn ??= name;
                }

                if (index.ContainsKey(name))
                {
                    fault ??= $"property '{name}' appears twice in one record.";
                    faultColumn ??= name;
                    continue;
                }

                if (!columns.Contains(name))
                {
                    c.Builder.Report(new DataProblem(c.File, c.LineAt(reader.TokenStartIndex), name, value, $"unknown property '{name}' in a record of '{arrayName}' ignored; known: {string.Join(", ", columns)}."));
                    continue;
                }

                index[name] = values.Count;
                values.Add(value);
            }

            if (fault is not null)
            {
                c.Builder.Report(new DataProblem(c.File, line, faultColumn, null, fault));
                return;
            }

            var row = new RowValues(index, [.. values]);
            try
            {
                format.Add(row, c.Builder, c.File, line);
            }
            catch (RowException e)
            {
                c.Builder.Report(new DataProblem(c.File, line, e.Column, e.Value, e.Reason), e);
            }
        }
    }
}
