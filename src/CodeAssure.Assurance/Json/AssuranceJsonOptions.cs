using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeAssure.Assurance.Json;

/// <summary>
/// System.Text.Json settings for every value of this library (figures, gaps, proposals, diffs, bundles …): camelCase
/// members, enums as kebab-case strings ("partially-met", "signed-off"), claim and principle ids as their text,
/// assessments and evidence items in their documented form (docs/assurance.md).
/// </summary>
public static class AssuranceJsonOptions
{
    /// <summary>A new options instance (callers cache it; options become read-only after first use).</summary>
    public static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters =
            {
                new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false),
                new ClaimIdJsonConverter(),
                new PrincipleIdJsonConverter(),
                new AssessmentJsonConverter(),
                new EvidenceItemJsonConverter(),
            },
        };
        return options;
    }
}
