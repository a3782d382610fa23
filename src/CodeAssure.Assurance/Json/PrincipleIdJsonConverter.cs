using System.Text.Json;
using System.Text.Json.Serialization;
using CodeAssure.Catalog;

namespace CodeAssure.Assurance.Json;

/// <summary>Writes a <see cref="PrincipleId"/> as its text ("1.2") and reads it back, refusing anything else.</summary>
public sealed class PrincipleIdJsonConverter : JsonConverter<PrincipleId>
{
    /// <inheritdoc />
    public override PrincipleId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && PrincipleId.TryParse(reader.GetString(), out var id)
            ? id
            : throw new JsonException("expected a principle id such as \"1.2\"");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PrincipleId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
