using System.Text.Json;

namespace CodeAssure.Attestation.InToto;

/// <summary>
/// An in-toto Statement v1: <c>{"_type": "https://in-toto.io/Statement/v1", "subject": [{name, digest}],
/// "predicateType", "predicate"}</c>. The predicate is kept as raw JSON; its type decides how to read it.
/// </summary>
public sealed class InTotoStatement
{
    /// <summary>The statement type URI of version 1.</summary>
    public const string StatementType = "https://in-toto.io/Statement/v1";

    /// <summary>A statement; at least one subject.</summary>
    public InTotoStatement(IReadOnlyList<StatementSubject> subjects, string predicateType, JsonElement predicate)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentException.ThrowIfNullOrEmpty(predicateType);
        if (subjects.Count == 0)
        {
            throw new ArgumentException("a statement needs at least one subject", nameof(subjects));
        }

        Subjects = [.. subjects];
        PredicateType = predicateType;
        Predicate = predicate.Clone();
    }

    /// <summary>The subjects.</summary>
    public IReadOnlyList<StatementSubject> Subjects { get; }

    /// <summary>The predicate's type URI.</summary>
    public string PredicateType { get; }

    /// <summary>The predicate (a JSON object).</summary>
    public JsonElement Predicate { get; }

    /// <summary>Parses a statement from its UTF-8 JSON.</summary>
    /// <exception cref="StatementException">Not JSON, not Statement v1, or a malformed subject.</exception>
    public static InTotoStatement Parse(ReadOnlyMemory<byte> json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException e)
        {
            throw new StatementException($"the payload is not JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new StatementException("the statement must be a JSON object");
            }

            if (!root.TryGetProperty("_type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != StatementType)
            {
                throw new StatementException($"'_type' must be {StatementType}");
            }

            if (!root.TryGetProperty("subject", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
            {
                throw new StatementException("'subject' must be a non-empty array");
            }

            var subjects = new List<StatementSubject>();
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                var where = $"subject[{index++}]";
                if (item.ValueKind != JsonValueKind.Object
                    || !item.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(name.GetString()))
                {
                    throw new StatementException($"{where} has no 'name'");
                }

                if (!item.TryGetProperty("digest", out var digest) || digest.ValueKind != JsonValueKind.Object
                    || !digest.TryGetProperty("sha256", out var sha) || sha.ValueKind != JsonValueKind.String || !Sha256Hex.IsValid(sha.GetString()))
                {
                    throw new StatementException($"{where}.digest.sha256 must be 64 lower-case hex digits");
                }

                subjects.Add(new StatementSubject(name.GetString()!, sha.GetString()!));
            }

            if (!root.TryGetProperty("predicateType", out var predicateType) || predicateType.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(predicateType.GetString()))
            {
                throw new StatementException("'predicateType' must be a non-empty string");
            }

            if (!root.TryGetProperty("predicate", out var predicate) || predicate.ValueKind != JsonValueKind.Object)
            {
                throw new StatementException("'predicate' must be an object");
            }

            return new InTotoStatement(subjects, predicateType.GetString()!, predicate);
        }
    }

    /// <summary>The statement as compact UTF-8 JSON (the DSSE payload).</summary>
    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("_type", StatementType);
            writer.WriteStartArray("subject");
            foreach (var subject in Subjects)
            {
                writer.WriteStartObject();
                writer.WriteString("name", subject.Name);
                writer.WriteStartObject("digest");
                writer.WriteString("sha256", subject.Sha256);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteString("predicateType", PredicateType);
            writer.WritePropertyName("predicate");
            Predicate.WriteTo(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
