using CodeAssure.Attestation.InToto;
using CodeAssure.Attestation.Predicate;

namespace CodeAssure.Attestation.Verification;

/// <summary>
/// The outcome of verifying one attestation: valid, or the first failure with a precise reason. Whatever could be read
/// (statement, predicate, key id) is kept even on failure, so a caller can say what was refused.
/// </summary>
public sealed record AttestationVerdict
{
    /// <summary>True when every check passed.</summary>
    public bool IsValid => Failure is null;

    /// <summary>The failure, or null when valid.</summary>
    public VerificationFailure? Failure { get; init; }

    /// <summary>One line: why it failed, or what was verified.</summary>
    public required string Reason { get; init; }

    /// <summary>The statement, when it could be read.</summary>
    public InTotoStatement? Statement { get; init; }

    /// <summary>The predicate, when it could be read.</summary>
    public SelfAssessmentPredicate? Predicate { get; init; }

    /// <summary>The key that verified the signature, when one did.</summary>
    public string? KeyId { get; init; }

    /// <summary>How many evidence files, bundles and SBOMs had their digest checked (bundle verification only).</summary>
    public int DigestsChecked { get; init; }

    /// <summary>When it was issued (for replay decisions), when known.</summary>
    public DateTimeOffset? IssuedAt => Predicate?.IssuedAt;

    /// <summary>The sequence for its subject: the assessment version number, when known.</summary>
    public int? Sequence => Predicate?.Assessment.Version;

    /// <summary>The claims per principle, ordered by principle id (empty when the predicate could not be read).</summary>
    public IReadOnlyList<PrincipleSummary> Principles => Predicate is null ? [] : Summarise(Predicate);

    internal static AttestationVerdict Fail(VerificationFailure failure, string reason) => new() { Failure = failure, Reason = reason };

    private static List<PrincipleSummary> Summarise(SelfAssessmentPredicate predicate) =>
        [.. predicate.Claims.GroupBy(c => c.Principle, StringComparer.Ordinal)
            .OrderBy(g => g.Key, PrincipleOrder.Instance)
            .Select(g => new PrincipleSummary(g.Key,
                g.Count(c => c.Answer == "met"), g.Count(c => c.Answer == "partially-met"),
                g.Count(c => c.Answer == "not-met"), g.Count(c => c.Answer == "not-applicable")))];

    /// <summary>Orders dotted ids numerically (1.2 before 1.10).</summary>
    private sealed class PrincipleOrder : IComparer<string>
    {
        public static readonly PrincipleOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var a = (x ?? "").Split('.');
            var b = (y ?? "").Split('.');
            for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            {
                var c = int.TryParse(a[i], out var m) && int.TryParse(b[i], out var n) ? m.CompareTo(n) : string.CompareOrdinal(a[i], b[i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return a.Length.CompareTo(b.Length);
        }
    }
}
