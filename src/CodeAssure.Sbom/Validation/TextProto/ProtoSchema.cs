using System.Text.RegularExpressions;

namespace CodeAssure.Sbom.Validation.TextProto;

/// <summary>A field of a .proto message: its name, declared type, and whether it may repeat.</summary>
internal sealed record ProtoField(string Name, string Type, bool Repeated);

/// <summary>A message type: its full name and fields by name (oneof members included; map fields as key/value entries).</summary>
internal sealed record ProtoMessageType(string FullName, IReadOnlyDictionary<string, ProtoField> Fields);

/// <summary>
/// The message and enum declarations of a proto3 file, read from the CycloneDX bom-1.x.proto files so text-format
/// documents can be checked against them: field names, message vs scalar values, scalar types, enum value names.
/// Only what those files use is understood (messages, nested messages and enums, oneof, map, optional/repeated,
/// options and reserved statements are skipped); <c>google.protobuf.Timestamp</c> is built in.
/// </summary>
internal sealed partial class ProtoSchema
{
    private readonly Dictionary<string, ProtoMessageType> messages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> enums = new(StringComparer.Ordinal);
    private readonly List<string> tokens;
    private int index;

    private ProtoSchema(string source)
    {
        tokens = Tokenize(source);
        messages["google.protobuf.Timestamp"] = new ProtoMessageType("google.protobuf.Timestamp", new Dictionary<string, ProtoField>(StringComparer.Ordinal)
        {
            ["seconds"] = new("seconds", "int64", false),
            ["nanos"] = new("nanos", "int32", false),
        });
    }

    /// <summary>The package name (e.g. <c>cyclonedx.v1_5</c>).</summary>
    public string Package { get; private set; } = "";

    /// <summary>Reads a .proto file.</summary>
    /// <exception cref="FormatException">The file uses syntax this reader does not understand.</exception>
    public static ProtoSchema Parse(string source)
    {
        var schema = new ProtoSchema(source);
        schema.ParseFile();
        return schema;
    }

    /// <summary>Finds a message by the name used in a field declaration, looking outwards from the declaring scope.</summary>
    public ProtoMessageType? FindMessage(string name, string scope) => Resolve(name, scope, messages);

    /// <summary>The value names of the enum <paramref name="name"/> seen from <paramref name="scope"/>, if it is an enum.</summary>
    public IReadOnlySet<string>? FindEnum(string name, string scope) => Resolve(name, scope, enums);

    private static T? Resolve<T>(string name, string scope, Dictionary<string, T> table)
        where T : class
    {
        if (name.StartsWith('.'))
        {
            return table.GetValueOrDefault(name[1..]);
        }

        // proto scoping: try scope.name, then the enclosing scopes, innermost first.
        for (var current = scope; ; current = current[..Math.Max(current.LastIndexOf('.'), 0)])
        {
            var candidate = current.Length == 0 ? name : $"{current}.{name}";
            if (table.TryGetValue(candidate, out var found))
            {
                return found;
            }

            if (current.Length == 0)
            {
                return null;
            }
        }
    }

    private void ParseFile()
    {
        while (index < tokens.Count)
        {
            var token = Next();
            switch (token)
            {
                case "syntax" or "import" or "option":
                    SkipStatement();
                    break;
                case "package":
                    Package = Next();
                    Expect(";");
                    break;
                case "message":
                    ParseMessage(Package);
                    break;
                case "enum":
                    ParseEnum(Package);
                    break;
                case ";":
                    break;
                default:
                    throw new FormatException($"unexpected '{token}' at the top level of the .proto file");
            }
        }
    }

    private void ParseMessage(string scope)
    {
        var fullName = Join(scope, Next());
        Expect("{");
        var fields = new Dictionary<string, ProtoField>(StringComparer.Ordinal);
        ParseMessageBody(fullName, fields, inOneof: false);
        messages[fullName] = new ProtoMessageType(fullName, fields);
    }

    private void ParseMessageBody(string fullName, Dictionary<string, ProtoField> fields, bool inOneof)
    {
        while (true)
        {
            var token = Next();
            switch (token)
            {
                case "}":
                    return;
                case ";":
                    break;
                case "message" when !inOneof:
                    ParseMessage(fullName);
                    break;
                case "enum" when !inOneof:
                    ParseEnum(fullName);
                    break;
                case "option" or "reserved" or "extensions":
                    SkipStatement();
                    break;
                case "oneof":
                    Next();
                    Expect("{");
                    ParseMessageBody(fullName, fields, inOneof: true);
                    break;
                case "map":
                    Expect("<");
                    var keyType = Next();
                    Expect(",");
                    var valueType = Next();
                    Expect(">");
                    var mapName = Next();
                    SkipStatement();
                    var entryName = $"{fullName}.{mapName}Entry";
                    messages[entryName] = new ProtoMessageType(entryName, new Dictionary<string, ProtoField>(StringComparer.Ordinal)
                    {
                        ["key"] = new("key", keyType, false),
                        ["value"] = new("value", valueType, false),
                    });
                    fields[mapName] = new ProtoField(mapName, "." + entryName, true);
                    break;
                default:
                    var repeated = token == "repeated";
                    var type = token is "repeated" or "optional" or "required" ? Next() : token;
                    var name = Next();
                    fields[name] = new ProtoField(name, type, repeated);
                    SkipStatement();
                    break;
            }
        }
    }

    private void ParseEnum(string scope)
    {
        var fullName = Join(scope, Next());
        Expect("{");
        var values = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var token = Next();
            if (token == "}")
            {
                break;
            }

            if (token is "option" or "reserved")
            {
                SkipStatement();
                continue;
            }

            if (token != ";")
            {
                values.Add(token);
                SkipStatement();
            }
        }

        enums[fullName] = values;
    }

    private void SkipStatement()
    {
        var brackets = 0;
        while (true)
        {
            var token = Next();
            brackets += token == "[" ? 1 : token == "]" ? -1 : 0;
            if (token == ";" && brackets == 0)
            {
                return;
            }
        }
    }

    private string Next() => index < tokens.Count ? tokens[index++] : throw new FormatException("unexpected end of the .proto file");

    private void Expect(string expected)
    {
        var token = Next();
        if (token != expected)
        {
            throw new FormatException($"expected '{expected}' but found '{token}' in the .proto file");
        }
    }

    private static string Join(string scope, string name) => scope.Length == 0 ? name : $"{scope}.{name}";

    private static List<string> Tokenize(string source)
    {
        var withoutComments = CommentPattern().Replace(source, " ");
        return TokenPattern().Matches(withoutComments).Select(m => m.Value).ToList();
    }

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CommentPattern();

    [GeneratedRegex(@"""(?:[^""\\\n]|\\.)*""|'(?:[^'\\\n]|\\.)*'|[A-Za-z_.][A-Za-z0-9_.]*|-?[0-9][A-Za-z0-9_.+-]*|[^\sA-Za-z0-9_]", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
