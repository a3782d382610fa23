using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CodeAssure.Vulnerabilities.Osv;

/// <summary>
/// Turns one OSV record (JSON or YAML) into an <see cref="OsvRecord"/>, enforcing the rules of the OSV JSON schema
/// that a consumer relies on: required <c>id</c> and <c>modified</c>, RFC 3339 timestamps, field types, range types,
/// events with exactly one of introduced/fixed/last_affected/limit, an introduced event in every range, a repo on GIT
/// ranges, fixed and last_affected not mixed in one range, and severity not given both for the record and a package.
/// Unknown fields are ignored so that records written for newer schema versions still load.
/// </summary>
public static class OsvRecordParser
{
    /// <summary>The deepest JSON nesting accepted (database_specific objects are free-form).</summary>
    public const int MaxDepth = 64;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = MaxDepth };

    /// <summary>Parses one OSV record from UTF-8 JSON.</summary>
    /// <exception cref="OsvFormatException">The input is not JSON or not a valid OSV record.</exception>
    public static OsvRecord ParseJson(ReadOnlyMemory<byte> utf8Json) => Parse(utf8Json, scalarsAsStrings: false);

    /// <summary>Parses one OSV record from JSON text.</summary>
    /// <exception cref="OsvFormatException">The input is not JSON or not a valid OSV record.</exception>
    public static OsvRecord ParseJson(string json) => ParseJson(Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))));

    /// <summary>
    /// Parses one OSV record written as YAML (as the PyPA advisory database publishes them). Plain YAML scalars that
    /// look like numbers or booleans (<c>fixed: 3.7</c>) are read as the text written where the schema wants a string.
    /// </summary>
    /// <exception cref="OsvFormatException">The input is not YAML, uses YAML features JSON cannot hold, or is not a valid OSV record.</exception>
    public static OsvRecord ParseYaml(string yaml, int maxJsonBytes = 64 * 1024 * 1024) =>
        Parse(OsvYamlConverter.ToJson(yaml ?? throw new ArgumentNullException(nameof(yaml)), maxJsonBytes), scalarsAsStrings: true);

    internal static OsvRecord Parse(ReadOnlyMemory<byte> utf8Json, bool scalarsAsStrings)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new OsvFormatException($"not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            return new Reader(scalarsAsStrings).Record(document.RootElement);
        }
    }

    private sealed class Reader(bool scalarsAsStrings)
    {
        public OsvRecord Record(JsonElement root)
        {
            ExpectObject(root, "record");

            // id and modified first: a document without them is not an OSV record at all, whatever else is wrong.
            var id = RequiredString(root, "id", "id");
            if (id.Length == 0 || id.Length > 256 || id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            {
                throw new OsvFormatException($"id: '{Shorten(id)}' is not an OSV id (not empty, no spaces, at most 256 characters)");
            }

            var modified = Timestamp(root, "modified", required: true)!.Value;
            var severity = SeverityList(root, "severity", "severity");
            var affected = List(root, "affected", "affected", Affected, nullable: true);
            for (var i = 0; i < affected.Length; i++)
            {
                if (severity.Length > 0 && affected[i].Severity.Count > 0)
                {
                    throw new OsvFormatException($"affected[{i}].severity: severity is given both for the record and for a package (the schema allows one or the other)");
                }
            }

            return new OsvRecord
            {
                SchemaVersion = OptionalString(root, "schema_version", "schema_version"),
                Id = id,
                Modified = modified,
                Published = Timestamp(root, "published", required: false),
                Withdrawn = Timestamp(root, "withdrawn", required: false),
                Aliases = StringList(root, "aliases", "aliases", nullable: true),
                Upstream = StringList(root, "upstream", "upstream", nullable: false),
                Related = StringList(root, "related", "related", nullable: false),
                Summary = OptionalString(root, "summary", "summary"),
                Details = OptionalString(root, "details", "details"),
                Severity = severity,
                Affected = affected,
                References = List(root, "references", "references", Reference, nullable: true),
                Credits = List(root, "credits", "credits", Credit, nullable: false),
                DatabaseSpecific = OptionalObject(root, "database_specific", "database_specific"),
            };
        }

        private OsvAffected Affected(JsonElement element, string path)
        {
            ExpectObject(element, path);
            OsvPackage? package = null;
            if (element.TryGetProperty("package", out var p) && p.ValueKind != JsonValueKind.Null)
            {
                var packagePath = path + ".package";
                ExpectObject(p, packagePath);
                var ecosystem = RequiredString(p, "ecosystem", packagePath + ".ecosystem");
                var name = RequiredString(p, "name", packagePath + ".name");
                if (ecosystem.Length == 0 || name.Length == 0)
                {
                    throw new OsvFormatException($"{packagePath}: ecosystem and name must not be empty");
                }

                package = new OsvPackage(ecosystem, name, OptionalString(p, "purl", packagePath + ".purl"));
            }

            return new OsvAffected
            {
                Package = package,
                Severity = SeverityList(element, "severity", path + ".severity"),
                Ranges = List(element, "ranges", path + ".ranges", Range, nullable: false),
                Versions = StringList(element, "versions", path + ".versions", nullable: true),
                EcosystemSpecific = OptionalObject(element, "ecosystem_specific", path + ".ecosystem_specific"),
                DatabaseSpecific = OptionalObject(element, "database_specific", path + ".database_specific"),
            };
        }

        private OsvRange Range(JsonElement element, string path)
        {
            ExpectObject(element, path);
            var typeText = RequiredString(element, "type", path + ".type");
            var type = typeText switch
            {
                "SEMVER" => OsvRangeType.Semver,
                "ECOSYSTEM" => OsvRangeType.Ecosystem,
                "GIT" => OsvRangeType.Git,
                _ => throw new OsvFormatException($"{path}.type: expected SEMVER, ECOSYSTEM or GIT, got '{Shorten(typeText)}'"),
            };
            var repo = OptionalString(element, "repo", path + ".repo");
            if (type == OsvRangeType.Git && string.IsNullOrEmpty(repo))
            {
                throw new OsvFormatException($"{path}.repo: a GIT range needs a repo");
            }

            var events = List(element, "events", path + ".events", Event, nullable: false);
            if (events.Length == 0)
            {
                throw new OsvFormatException($"{path}.events: a range needs at least one event");
            }

            if (!events.Any(e => e.Kind == OsvEventKind.Introduced))
            {
                throw new OsvFormatException($"{path}.events: missing an 'introduced' event");
            }

            if (events.Any(e => e.Kind == OsvEventKind.Fixed) && events.Any(e => e.Kind == OsvEventKind.LastAffected))
            {
                throw new OsvFormatException($"{path}.events: 'fixed' and 'last_affected' cannot both appear in one range");
            }

            return new OsvRange
            {
                Type = type,
                Repo = repo,
                Events = events,
                DatabaseSpecific = OptionalObject(element, "database_specific", path + ".database_specific"),
            };
        }

        private OsvEvent Event(JsonElement element, string path)
        {
            ExpectObject(element, path);
            OsvEvent? result = null;
            foreach (var property in element.EnumerateObject())
            {
                OsvEventKind? kind = property.Name switch
                {
                    "introduced" => OsvEventKind.Introduced,
                    "fixed" => OsvEventKind.Fixed,
                    "last_affected" => OsvEventKind.LastAffected,
                    "limit" => OsvEventKind.Limit,
                    _ => null,
                };
                if (kind is null)
                {
                    continue;
                }

                if (result is not null)
                {
                    throw new OsvFormatException($"{path}: an event has exactly one of introduced, fixed, last_affected or limit");
                }

                var value = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : ScalarString(property.Value, $"{path}.{property.Name}");
                if (value.Length == 0)
                {
                    throw new OsvFormatException($"{path}.{property.Name}: empty version");
                }

                result = new OsvEvent(kind.Value, value);
            }

            return result ?? throw new OsvFormatException($"{path}: an event needs one of introduced, fixed, last_affected or limit");
        }

        private OsvReference Reference(JsonElement element, string path)
        {
            ExpectObject(element, path);
            return new OsvReference(RequiredString(element, "type", path + ".type"), RequiredString(element, "url", path + ".url"));
        }

        private OsvCredit Credit(JsonElement element, string path)
        {
            ExpectObject(element, path);
            return new OsvCredit
            {
                Name = RequiredString(element, "name", path + ".name"),
                Contact = StringList(element, "contact", path + ".contact", nullable: false),
                Type = OptionalString(element, "type", path + ".type"),
            };
        }

        private OsvSeverity Severity(JsonElement element, string path)
        {
            ExpectObject(element, path);
            return new OsvSeverity(RequiredString(element, "type", path + ".type"), RequiredString(element, "score", path + ".score"));
        }

        private OsvSeverity[] SeverityList(JsonElement parent, string name, string path) =>
            List(parent, name, path, Severity, nullable: true);

        private static T[] List<T>(JsonElement parent, string name, string path, Func<JsonElement, string, T> item, bool nullable)
        {
            if (!parent.TryGetProperty(name, out var array) || (nullable && array.ValueKind == JsonValueKind.Null))
            {
                return [];
            }

            if (array.ValueKind != JsonValueKind.Array)
            {
                throw new OsvFormatException($"{path}: expected an array, got {Describe(array)}");
            }

            var result = new T[array.GetArrayLength()];
            var i = 0;
            foreach (var element in array.EnumerateArray())
            {
                result[i] = item(element, $"{path}[{i}]");
                i++;
            }

            return result;
        }

        private string[] StringList(JsonElement parent, string name, string path, bool nullable)
        {
            if (!parent.TryGetProperty(name, out var array) || (nullable && array.ValueKind == JsonValueKind.Null))
            {
                return [];
            }

            if (array.ValueKind != JsonValueKind.Array)
            {
                throw new OsvFormatException($"{path}: expected an array, got {Describe(array)}");
            }

            // Version lists can be long: build an element's path only when it is wrong.
            var result = new string[array.GetArrayLength()];
            var i = 0;
            foreach (var element in array.EnumerateArray())
            {
                result[i] = element.ValueKind == JsonValueKind.String ? element.GetString()! : ScalarString(element, $"{path}[{i}]");
                i++;
            }

            return result;
        }

        private string RequiredString(JsonElement parent, string name, string path) =>
            parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
                ? ScalarString(value, path)
                : throw new OsvFormatException($"{path}: required field is missing");

        private string? OptionalString(JsonElement parent, string name, string path) =>
            parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? ScalarString(value, path) : null;

        private string ScalarString(JsonElement value, string path) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            // YAML writes 3.7 or true without quotes; the text written is what the record means.
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False when scalarsAsStrings => value.GetRawText(),
            _ => throw new OsvFormatException($"{path}: expected a string, got {Describe(value)}"),
        };

        private static JsonElement? OptionalObject(JsonElement parent, string name, string path)
        {
            if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            ExpectObject(value, path);
            return value.Clone();
        }

        private DateTimeOffset? Timestamp(JsonElement parent, string name, bool required)
        {
            var text = required ? RequiredString(parent, name, name) : OptionalString(parent, name, name);
            if (text is null)
            {
                return null;
            }

            return OsvTimestamp.TryParse(text, out var value)
                ? value
                : throw new OsvFormatException($"{name}: '{Shorten(text)}' is not an RFC 3339 timestamp (e.g. 2024-05-01T12:00:00Z)");
        }

        private static void ExpectObject(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new OsvFormatException($"{path}: expected an object, got {Describe(element)}");
            }
        }

        private static string Describe(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            JsonValueKind.Null => "null",
            _ => element.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture),
        };

        private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
    }
}
