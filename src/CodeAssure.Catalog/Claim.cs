namespace CodeAssure.Catalog;

/// <summary>
/// A claim of NCSC's Assurance Principles and Claims: one statement a vendor answers in the self-assessment
/// with evidence and an argument.
/// </summary>
public sealed class Claim
{
    internal Claim(ClaimId id, Principle principle, string statement, ClaimSource source, ScanCoverage scanCoverage,
        IReadOnlyList<string> suggestedEvidence, IReadOnlyList<TechnicalControl> technicalControls)
    {
        Id = id;
        Principle = principle;
        Statement = statement;
        Source = source;
        ScanCoverage = scanCoverage;
        SuggestedEvidence = suggestedEvidence;
        TechnicalControls = technicalControls;
    }

    /// <summary>The claim's id, e.g. 4.2.1.</summary>
    public ClaimId Id { get; }

    /// <summary>The principle the claim evidences.</summary>
    public Principle Principle { get; }

    /// <summary>What must hold.</summary>
    public string Statement { get; }

    /// <summary>Whether the claim is in the APC's list or only in its claims-tree diagrams.</summary>
    public ClaimSource Source { get; }

    /// <summary>How much a repository scan can evidence the claim.</summary>
    public ScanCoverage ScanCoverage { get; }

    /// <summary>Evidence that would support the claim, from the implementation guidance and the draft's technical controls.</summary>
    public IReadOnlyList<string> SuggestedEvidence { get; }

    /// <summary>The draft's technical controls this claim helps demonstrate.</summary>
    public IReadOnlyList<TechnicalControl> TechnicalControls { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Statement}";
}
