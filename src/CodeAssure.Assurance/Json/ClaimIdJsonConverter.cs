using System.Text.Json;
using System.Text.Json.Serialization;
using CodeAssure.Catalog;

namespace CodeAssure.Assurance.Json;

/// <summary>Writes a <see cref="ClaimId"/> as its text ("1.2.3") and reads it back, refusing anything else.</summary>
public sealed class ClaimIdJsonConverter : JsonConverter<ClaimId>
{
    /// <inheritdoc />
    public override ClaimId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && ClaimId.TryParse(reader.GetString(), out var id)
            ? id
            : throw new JsonException("expected a claim id such as \"1.2.3\"");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ClaimId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
