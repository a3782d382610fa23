using System.Text.Json;
using CodeAssure.Attestation.Verification;

namespace CodeAssure.Web.Suppliers;

/// <summary>
/// The per-principle summary kept with an imported attestation (<see cref="Data.Entities.SupplierAttestation.PrinciplesJson"/>):
/// written from a verdict, read back for the register, the detail page and the comparison.
/// </summary>
internal static class SupplierPrinciples
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The summary as stored, or null when the predicate could not be read.</summary>
    public static string? ToJson(AttestationVerdict verdict) =>
        verdict.Predicate is null ? null : JsonSerializer.Serialize(verdict.Principles, Options);

    /// <summary>The stored summary; empty when there is none or it cannot be read (it is our own column, but be forgiving).</summary>
    public static IReadOnlyList<PrincipleSummary> Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<PrincipleSummary>>(json, Options) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>The principle's state: met only when every applicable claim is met.</summary>
    public static PrincipleState State(PrincipleSummary p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return (p.Met, p.PartiallyMet, p.NotMet) switch
        {
            (0, 0, 0) => PrincipleState.NotApplicable,
            (_, 0, 0) => PrincipleState.Met,
            (0, 0, _) => PrincipleState.NotMet,
            _ => PrincipleState.PartiallyMet,
        };
    }

    /// <summary>How many principles are fully met, counting only principles with an applicable claim.</summary>
    public static (int Met, int Total) Count(IReadOnlyList<PrincipleSummary> principles)
    {
        ArgumentNullException.ThrowIfNull(principles);
        var applicable = principles.Where(p => State(p) != PrincipleState.NotApplicable).ToList();
        return (applicable.Count(p => State(p) == PrincipleState.Met), applicable.Count);
    }

    /// <summary>The state in words, for tables.</summary>
    public static string Words(PrincipleState state) => state switch
    {
        PrincipleState.Met => "met",
        PrincipleState.PartiallyMet => "partially met",
        PrincipleState.NotMet => "not met",
        _ => "n.a.",
    };
}
