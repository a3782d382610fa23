using CodeAssure.Web.Validation;

namespace CodeAssure.Web.Triage;

/// <summary>
/// Why a release is not affected: the five justifications OpenVEX and CSAF 2.0 (its <c>flags</c> labels) define, so a
/// not-affected finding can be published as VEX as it is.
/// </summary>
internal static class VexJustification
{
    public static readonly IReadOnlyList<string> All =
    [
        "component_not_present",
        "vulnerable_code_not_present",
        "vulnerable_code_not_in_execute_path",
        "vulnerable_code_cannot_be_controlled_by_adversary",
        "inline_mitigations_already_exist",
    ];

    public static string Label(string justification) => justification switch
    {
        "component_not_present" => "The component is not present",
        "vulnerable_code_not_present" => "The vulnerable code is not present",
        "vulnerable_code_not_in_execute_path" => "The vulnerable code is not in the execute path",
        "vulnerable_code_cannot_be_controlled_by_adversary" => "The vulnerable code cannot be controlled by an adversary",
        "inline_mitigations_already_exist" => "Inline mitigations already exist",
        _ => justification,
    };

    public static string Parse(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidInputException(field, "Not affected needs a justification: one of " + string.Join(", ", All) + ".");
        }

        var text = value.Trim();
        return All.FirstOrDefault(j => string.Equals(j, text, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidInputException(field, $"Unknown justification '{TriageNames.Shorten(text)}': use one of {string.Join(", ", All)}.");
    }
}
