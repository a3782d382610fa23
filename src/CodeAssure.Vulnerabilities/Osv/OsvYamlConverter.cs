using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CodeAssure.Vulnerabilities.Osv;

/// <summary>
/// Turns one YAML document into JSON with YamlDotNet's event parser, so that YAML records go through the same
/// OSV parser as JSON ones. Aliases are refused (an OSV record never needs them, and expanding them is how a small
/// YAML file becomes a huge one), and the JSON written is capped.
/// </summary>
internal static partial class OsvYamlConverter
{
    // YAML 1.2 core schema: which plain scalars are null, booleans or numbers.
    [GeneratedRegex("^(?:null|Null|NULL|~)$")]
    private static partial Regex NullScalar();

    [GeneratedRegex("^(?:true|True|TRUE|false|False|FALSE)$")]
    private static partial Regex BoolScalar();

    [GeneratedRegex(@"^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$")]
    private static partial Regex JsonNumberScalar();

    public static ReadOnlyMemory<byte> ToJson(string yaml, int maxJsonBytes)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Min(yaml.Length + 256, maxJsonBytes));
        try
        {
            using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { MaxDepth = OsvRecordParser.MaxDepth, SkipValidation = false });
            var parser = new Parser(new StringReader(yaml));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                throw new OsvFormatException("the YAML document is empty");
            }

            parser.Consume<DocumentStart>();
            WriteNode(parser, writer, buffer, maxJsonBytes, isKey: false);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                throw new OsvFormatException("the YAML file holds more than one document; an OSV record is one document");
            }

            writer.Flush();
            return buffer.WrittenCount <= maxJsonBytes
                ? buffer.WrittenMemory
                : throw new OsvFormatException($"the record is larger than {maxJsonBytes} bytes as JSON");
        }
        catch (YamlException e)
        {
            throw new OsvFormatException($"not valid YAML at line {e.Start.Line}, column {e.Start.Column}: {e.Message}", e);
        }
        catch (InvalidOperationException e)
        {
            // Utf8JsonWriter refuses what JSON cannot hold (e.g. nesting deeper than the limit).
            throw new OsvFormatException($"YAML that cannot be read as JSON: {e.Message}", e);
        }
    }

    private static void WriteNode(IParser parser, Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, int maxJsonBytes, bool isKey)
    {
        if (writer.BytesPending + buffer.WrittenCount > maxJsonBytes)
        {
            throw new OsvFormatException($"the record is larger than {maxJsonBytes} bytes as JSON");
        }

        if (writer.BytesPending > 64 * 1024)
        {
            writer.Flush();
        }

        if (parser.TryConsume<Scalar>(out var scalar))
        {
            if (isKey)
            {
                writer.WritePropertyName(scalar.Value);
            }
            else
            {
                WriteScalar(writer, scalar);
            }

            return;
        }

        if (isKey)
        {
            var start = parser.Current?.Start ?? Mark.Empty;
            throw new OsvFormatException($"YAML line {start.Line}: mapping keys must be plain text");
        }

        if (parser.TryConsume<SequenceStart>(out _))
        {
            writer.WriteStartArray();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                WriteNode(parser, writer, buffer, maxJsonBytes, isKey: false);
            }

            writer.WriteEndArray();
            return;
        }

        if (parser.TryConsume<MappingStart>(out _))
        {
            writer.WriteStartObject();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                WriteNode(parser, writer, buffer, maxJsonBytes, isKey: true);
                WriteNode(parser, writer, buffer, maxJsonBytes, isKey: false);
            }

            writer.WriteEndObject();
            return;
        }

        var at = parser.Current?.Start ?? Mark.Empty;
        if (parser.Current is AnchorAlias)
        {
            throw new OsvFormatException($"YAML line {at.Line}: aliases (*name) are not accepted in OSV records");
        }

        throw new OsvFormatException($"YAML line {at.Line}: unexpected {parser.Current?.GetType().Name ?? "end of input"}");
    }

    private static void WriteScalar(Utf8JsonWriter writer, Scalar scalar)
    {
        var text = scalar.Value;
        var plain = scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty;
        if (!plain)
        {
            writer.WriteStringValue(text);
        }
        else if (text.Length == 0 || NullScalar().IsMatch(text))
        {
            writer.WriteNullValue();
        }
        else if (BoolScalar().IsMatch(text))
        {
            writer.WriteBooleanValue(char.ToLower(text[0], CultureInfo.InvariantCulture) == 't');
        }
        else if (text.Length <= 64 && JsonNumberScalar().IsMatch(text))
        {
            // Keep the text exactly as written: 3.10 is a version, not 3.1.
            writer.WriteRawValue(text, skipInputValidation: true);
        }
        else
        {
            writer.WriteStringValue(text);
        }
    }
}
