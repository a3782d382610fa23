using System.Text.Json;
using System.Text.Json.Serialization;
using CodeAssure.Assurance.SelfAssessment;

namespace CodeAssure.Assurance.Json;

/// <summary>Writes an <see cref="Assessment"/> in its documented JSON form (<see cref="AssessmentJson"/>) and reads it back.</summary>
public sealed class AssessmentJsonConverter : JsonConverter<Assessment>
{
    /// <inheritdoc />
    public override Assessment Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        try
        {
            return AssessmentJson.Read(JsonSerializer.SerializeToUtf8Bytes(document.RootElement));
        }
        catch (AssessmentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Assessment value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRawValue(AssessmentJson.ToCanonicalUtf8(value), skipInputValidation: true);
    }
}
