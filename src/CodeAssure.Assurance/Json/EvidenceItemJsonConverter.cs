using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CodeAssure.Assurance.Evidence;
using CodeAssure.Assurance.SelfAssessment;

namespace CodeAssure.Assurance.Json;

/// <summary>Writes an <see cref="EvidenceItem"/> in the form it has inside the assessment JSON and reads it back.</summary>
public sealed class EvidenceItemJsonConverter : JsonConverter<EvidenceItem>
{
    /// <inheritdoc />
    public override EvidenceItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var node = JsonNode.Parse(ref reader);
        try
        {
            return AssessmentJson.ReadEvidence(node, "evidence");
        }
        catch (AssessmentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, EvidenceItem value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        AssessmentJson.EvidenceNode(value).WriteTo(writer);
    }
}
