using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace CodeAssure.Sbom.Validation.TextProto;

/// <summary>
/// Validates a CycloneDX BOM in protobuf text format: parses it strictly, then checks it against the message
/// <c>Bom</c> of the official bom-1.x.proto of its <c>spec_version</c> — every field name must exist in its message,
/// message fields must hold messages and scalar fields scalars of their type (string, integer in range, float, bool,
/// or a value name of the field's enum), and a non-repeated field may appear only once.
/// </summary>
internal sealed partial class CycloneDxTextProtoValidator
{
    /// <summary>The CycloneDX versions with a .proto schema.</summary>
    public static IReadOnlyList<string> Versions { get; } = ["1.3", "1.4", "1.5", "1.6", "1.7"];

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<ProtoSchema>> schemas = new(StringComparer.Ordinal);

    /// <summary>Validates the text; returns the spec version it names (spec_version, else the proto-file header).</summary>
    public string? Validate(string text, List<ValidationProblem> problems)
    {
        TextProtoMessage bom;
        try
        {
            bom = TextProtoParser.Parse(text);
        }
        catch (FormatException e)
        {
            var colon = e.Message.IndexOf(": ", StringComparison.Ordinal);
            problems.Add(new ValidationProblem(e.Message[..colon], $"not valid protobuf text format: {e.Message[(colon + 2)..]}"));
            return null;
        }

        var versionField = bom.Fields.FirstOrDefault(f => f.Name == "spec_version" && f.Message is null);
        var version = versionField?.Scalar;
        var versionFromHeader = ProtoFileHeader().Match(text) is { Success: true } header ? header.Groups[1].Value : null;
        version ??= versionFromHeader;
        if (version is null)
        {
            problems.Add(new ValidationProblem("", "spec_version is missing and no '# proto-file: bom-1.x.proto' header names the version"));
            return null;
        }

        if (!Versions.Contains(version))
        {
            problems.Add(new ValidationProblem(versionField?.Location ?? "", $"CycloneDX {version}: no protobuf schema (bom-1.x.proto exists for {string.Join(", ", Versions)})"));
            return version;
        }

        var schema = schemas.GetOrAdd(version, v => new Lazy<ProtoSchema>(() => ProtoSchema.Parse(CycloneDxSchemas.ReadText($"bom-{v}.proto")))).Value;
        var root = schema.FindMessage("Bom", schema.Package)
            ?? throw new InvalidOperationException($"bom-{version}.proto has no message Bom");
        CheckMessage(bom, root, schema, problems);
        return version;
    }

    private static void CheckMessage(TextProtoMessage message, ProtoMessageType type, ProtoSchema schema, List<ValidationProblem> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var scope = type.FullName;
        foreach (var field in message.Fields)
        {
            if (field.Name.StartsWith('['))
            {
                problems.Add(new ValidationProblem(field.Location, $"extension or Any field {field.Name} is not part of {ShortName(type)}"));
                continue;
            }

            if (!type.Fields.TryGetValue(field.Name, out var declared))
            {
                problems.Add(new ValidationProblem(field.Location, $"{ShortName(type)} has no field '{field.Name}'"));
                continue;
            }

            if (!declared.Repeated && !seen.Add(field.Name))
            {
                problems.Add(new ValidationProblem(field.Location, $"field '{field.Name}' of {ShortName(type)} is not repeated but appears more than once"));
            }

            var messageType = schema.FindMessage(declared.Type, scope);
            if (messageType is not null)
            {
                if (field.Message is null)
                {
                    problems.Add(new ValidationProblem(field.Location, $"field '{field.Name}' is a {ShortName(messageType)} message; expected '{{ … }}'"));
                }
                else
                {
                    CheckMessage(field.Message, messageType, schema, problems);
                }

                continue;
            }

            if (field.Message is not null)
            {
                problems.Add(new ValidationProblem(field.Location, $"field '{field.Name}' is a {declared.Type}, not a message"));
                continue;
            }

            if (CheckScalar(field, declared.Type, schema.FindEnum(declared.Type, scope)) is { } why)
            {
                problems.Add(new ValidationProblem(field.Location, $"field '{field.Name}': {why}"));
            }
        }
    }

    private static string? CheckScalar(TextProtoField field, string type, IReadOnlySet<string>? enumValues)
    {
        var kind = field.ScalarKind;
        var value = field.Scalar;
        if (enumValues is not null)
        {
            return kind == TextProtoScalarKind.Identifier && enumValues.Contains(value) || kind == TextProtoScalarKind.Integer
                ? null
                : $"'{value}' is not a value of enum {type}";
        }

        return type switch
        {
            "string" or "bytes" => kind == TextProtoScalarKind.String ? null : $"expected a quoted string, not {value}",
            "bool" => kind == TextProtoScalarKind.Identifier && value is "true" or "false" or "True" or "False" or "t" or "f"
                || kind == TextProtoScalarKind.Integer && value is "0" or "1" ? null : $"expected true or false, not {value}",
            "float" or "double" => kind is TextProtoScalarKind.Float or TextProtoScalarKind.Integer
                || kind == TextProtoScalarKind.Identifier && value.TrimStart('-').ToLowerInvariant() is "inf" or "infinity" or "nan"
                ? null : $"expected a number, not {value}",
            "int32" or "sint32" or "sfixed32" => IntegerInRange(kind, value, int.MinValue, int.MaxValue),
            "int64" or "sint64" or "sfixed64" => IntegerInRange(kind, value, long.MinValue, long.MaxValue),
            "uint32" or "fixed32" => IntegerInRange(kind, value, 0, uint.MaxValue),
            "uint64" or "fixed64" => IntegerInRange(kind, value, 0, ulong.MaxValue),
            _ => $"has type {type}, which is not declared in the schema",
        };
    }

    private static string? IntegerInRange(TextProtoScalarKind kind, string value, BigInteger min, BigInteger max)
    {
        if (kind != TextProtoScalarKind.Integer)
        {
            return $"expected an integer, not {value}";
        }

        var negative = value.StartsWith('-');
        var digits = negative ? value[1..] : value;
        BigInteger number;
        if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            number = BigInteger.Parse("0" + digits[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }
        else if (digits.Length > 1 && digits[0] == '0')
        {
            number = digits.Aggregate(BigInteger.Zero, (total, d) => (total * 8) + (d - '0'));
        }
        else
        {
            number = BigInteger.Parse(digits, CultureInfo.InvariantCulture);
        }

        number = negative ? -number : number;
        return number >= min && number <= max ? null : $"{value} is out of range ({min} to {max})";
    }

    private static string ShortName(ProtoMessageType type) => type.FullName[(type.FullName.LastIndexOf('.') + 1)..];

    [GeneratedRegex(@"^#\s*proto-file:\s*\S*bom-(1\.[0-9]+)\.proto", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex ProtoFileHeader();
}
