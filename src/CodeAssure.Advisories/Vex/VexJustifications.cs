namespace CodeAssure.Advisories.Vex;

/// <summary>Parsing and the wire names of <see cref="VexJustification"/>.</summary>
public static class VexJustifications
{
    private static readonly (VexJustification Value, string Label, string CycloneDx)[] Table =
    [
        (VexJustification.ComponentNotPresent, "component_not_present", "requires_dependency"),
        (VexJustification.VulnerableCodeNotPresent, "vulnerable_code_not_present", "code_not_present"),
        (VexJustification.VulnerableCodeNotInExecutePath, "vulnerable_code_not_in_execute_path", "code_not_reachable"),
        (VexJustification.VulnerableCodeCannotBeControlledByAdversary, "vulnerable_code_cannot_be_controlled_by_adversary", "protected_by_mitigating_control"),
        (VexJustification.InlineMitigationsAlreadyExist, "inline_mitigations_already_exist", "protected_at_runtime"),
    ];

    /// <summary>
    /// Reads a justification written as a CSAF/OpenVEX label or as a CycloneDX justification; null when the text is
    /// none of them.
    /// </summary>
    public static VexJustification? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        foreach (var (value, label, cycloneDx) in Table)
        {
            if (string.Equals(trimmed, label, StringComparison.OrdinalIgnoreCase) || string.Equals(trimmed, cycloneDx, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        // CycloneDX's other values have no exact CSAF twin; each is closest to "the adversary cannot exploit it".
        return trimmed.ToLowerInvariant() switch
        {
            "requires_configuration" or "requires_environment" or "protected_by_compiler" or "protected_at_perimeter" =>
                VexJustification.VulnerableCodeCannotBeControlledByAdversary,
            _ => null,
        };
    }

    /// <summary>The CSAF 2.0 flag label, which is also the OpenVEX justification.</summary>
    public static string ToLabel(this VexJustification justification) => Find(justification).Label;

    /// <summary>The nearest CycloneDX 1.6 <c>analysis.justification</c>.</summary>
    public static string ToCycloneDx(this VexJustification justification) => Find(justification).CycloneDx;

    /// <summary>A sentence saying what the justification means, for impact statements written without one.</summary>
    public static string Describe(this VexJustification justification) => justification switch
    {
        VexJustification.ComponentNotPresent => "The vulnerable component is not included in the product.",
        VexJustification.VulnerableCodeNotPresent => "The vulnerable code is not included in the product.",
        VexJustification.VulnerableCodeNotInExecutePath => "The vulnerable code is included but is never executed by the product.",
        VexJustification.VulnerableCodeCannotBeControlledByAdversary => "The vulnerable code cannot be reached or controlled by an attacker.",
        _ => "The product contains mitigations that prevent exploitation.",
    };

    private static (VexJustification Value, string Label, string CycloneDx) Find(VexJustification justification) =>
        Table.First(row => row.Value == justification);
}
