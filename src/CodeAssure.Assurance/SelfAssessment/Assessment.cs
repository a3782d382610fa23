using CodeAssure.Assurance.Evidence;
using CodeAssure.Catalog;

namespace CodeAssure.Assurance.SelfAssessment;

/// <summary>
/// One version of a self-assessment, as an immutable value: its scope, the stakeholder role that decides which claims
/// apply, the catalogue version, one <see cref="ClaimAssessment"/> per applicable claim (in claim-id order) and the
/// evidence items they rely on. Every edit returns a new value with the next <see cref="Revision"/>; sign-off by the
/// SRO freezes a version, and an edit of a signed-off value starts the next <see cref="Version"/> as a draft that
/// records the snapshot's digest in <see cref="BasedOn"/>. The JSON form and its digest are <see cref="AssessmentJson"/>.
/// </summary>
public sealed class Assessment
{
    /// <summary>The version of the JSON form written by <see cref="AssessmentJson"/>.</summary>
    public const string FormatVersion = "1.0";

    internal Assessment(string catalogVersion, string role, AssessmentScope scope, int version, int revision,
        AssessmentStatus status, SignOff? signOff, string? basedOn, IReadOnlyList<EvidenceItem> evidence,
        IReadOnlyList<ClaimAssessment> claims)
    {
        if (version < 1 || revision < 1)
        {
            throw new AssessmentException("version and revision start at 1");
        }

        if ((status == AssessmentStatus.SignedOff) != (signOff is not null))
        {
            throw new AssessmentException("a signed-off assessment has a sign-off and a draft has none");
        }

        if (basedOn is not null && !AssessmentJson.IsDigest(basedOn))
        {
            throw new AssessmentException("basedOn must be a SHA-256 digest in lower-case hex");
        }

        var sortedClaims = claims.OrderBy(c => c.Claim).ToList();
        for (var i = 1; i < sortedClaims.Count; i++)
        {
            if (sortedClaims[i].Claim == sortedClaims[i - 1].Claim)
            {
                throw new AssessmentException($"claim {sortedClaims[i].Claim} appears twice");
            }
        }

        var sortedEvidence = evidence.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        for (var i = 1; i < sortedEvidence.Count; i++)
        {
            if (sortedEvidence[i].Id == sortedEvidence[i - 1].Id)
            {
                throw new AssessmentException($"evidence id {sortedEvidence[i].Id} appears twice");
            }
        }

        if (sortedEvidence.Count > AssessmentLimits.MaxEvidenceItems)
        {
            throw new AssessmentException($"an assessment holds at most {AssessmentLimits.MaxEvidenceItems} evidence items");
        }

        CatalogVersion = catalogVersion;
        Role = role;
        Scope = scope;
        Version = version;
        Revision = revision;
        Status = status;
        SignOff = signOff;
        BasedOn = basedOn;
        Evidence = sortedEvidence;
        Claims = sortedClaims;
    }

    /// <summary>The catalogue version the claim ids come from.</summary>
    public string CatalogVersion { get; }

    /// <summary>The stakeholder role id (e.g. "reseller") that decides which claims apply.</summary>
    public string Role { get; }

    /// <summary>What is assessed.</summary>
    public AssessmentScope Scope { get; }

    /// <summary>The version: 1 for the first draft, one more for each draft started after a sign-off.</summary>
    public int Version { get; }

    /// <summary>The revision within the version: 1 when created, one more for each edit and for the sign-off.</summary>
    public int Revision { get; }

    /// <summary>Draft or signed off.</summary>
    public AssessmentStatus Status { get; }

    /// <summary>The sign-off, for a signed-off snapshot.</summary>
    public SignOff? SignOff { get; }

    /// <summary>The digest of the signed-off snapshot this draft was started from, if any.</summary>
    public string? BasedOn { get; }

    /// <summary>The evidence items, in id order.</summary>
    public IReadOnlyList<EvidenceItem> Evidence { get; }

    /// <summary>One entry per applicable claim, in claim-id order.</summary>
    public IReadOnlyList<ClaimAssessment> Claims { get; }

    /// <summary>True for a signed-off snapshot.</summary>
    public bool IsSignedOff => Status == AssessmentStatus.SignedOff;

    /// <summary>
    /// A new draft (version 1, revision 1) for a role and scope, with every claim the role answers unanswered.
    /// Claims of principles that apply "where in scope" are included: the organisation answers them, or marks them
    /// not applicable with a justification.
    /// </summary>
    public static Assessment Create(CodeCatalog catalog, StakeholderRole role, AssessmentScope scope)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(scope);
        var claims = catalog.ApplicableClaims(role).Select(c => new ClaimAssessment(c.Id)).ToList();
        return new Assessment(catalog.Version, role.Id, scope, 1, 1, AssessmentStatus.Draft, null, null, [], claims);
    }

    /// <summary>Finds the entry for a claim.</summary>
    public ClaimAssessment? Find(ClaimId claim) => Claims.FirstOrDefault(c => c.Claim == claim);

    /// <summary>Replaces a claim's entry (matched by <see cref="ClaimAssessment.Claim"/>).</summary>
    /// <exception cref="ArgumentException">The claim is not part of this assessment.</exception>
    public Assessment WithClaim(ClaimAssessment claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var index = IndexOf(claim.Claim);
        var claims = Claims.ToList();
        claims[index] = claim;
        return Edited(Evidence, claims);
    }

    /// <summary>Edits a claim's entry with a function of its current entry.</summary>
    /// <exception cref="ArgumentException">The claim is not part of this assessment.</exception>
    public Assessment Edit(ClaimId claim, Func<ClaimAssessment, ClaimAssessment> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var current = Claims[IndexOf(claim)];
        var edited = edit(current);
        return edited.Claim != claim
            ? throw new ArgumentException("an edit must not change which claim it answers", nameof(edit))
            : WithClaim(edited);
    }

    /// <summary>Adds an evidence item, or replaces the one with the same id.</summary>
    public Assessment WithEvidence(EvidenceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Edited([.. Evidence.Where(e => e.Id != item.Id), item], Claims);
    }

    /// <summary>Adds or replaces several evidence items and several claim entries in one edit (one new revision).</summary>
    public Assessment WithChanges(IEnumerable<EvidenceItem> evidence, IEnumerable<ClaimAssessment> claims)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(claims);
        var items = Evidence.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var item in evidence)
        {
            items[item.Id] = item;
        }

        var entries = Claims.ToList();
        foreach (var claim in claims)
        {
            entries[IndexOf(claim.Claim)] = claim;
        }

        return Edited([.. items.Values], entries);
    }

    /// <summary>Removes an evidence item and every claim's reference to it.</summary>
    public Assessment WithoutEvidence(string id)
    {
        var claims = Claims.Select(c => c.Evidence.Contains(id, StringComparer.Ordinal)
            ? c with { Evidence = [.. c.Evidence.Where(e => e != id)] }
            : c).ToList();
        return Edited([.. Evidence.Where(e => e.Id != id)], claims);
    }

    /// <summary>Every problem with this value against the catalogue (an empty list when there is none).</summary>
    public IReadOnlyList<ValidationProblem> Validate(CodeCatalog catalog) => AssessmentValidator.Validate(this, catalog);

    /// <summary>
    /// The SRO signs this draft off: it must be valid, every claim answered, and the sign-off well formed with the
    /// SRO role. Returns the signed-off snapshot (same version, next revision).
    /// </summary>
    /// <exception cref="AssessmentException">Lists every reason the sign-off is refused.</exception>
    public Assessment SignOffBy(SignOff signOff, CodeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(signOff);
        if (IsSignedOff)
        {
            throw new AssessmentException($"version {Version} is already signed off; edit it to start version {Version + 1}");
        }

        var problems = AssessmentValidator.ValidateForSignOff(this, catalog, signOff);
        if (problems.Count > 0)
        {
            throw new AssessmentException("the self-assessment cannot be signed off", problems);
        }

        var normalised = signOff with { SignedAt = signOff.SignedAt.ToUniversalTime() };
        return new Assessment(CatalogVersion, Role, Scope, Version, Revision + 1, AssessmentStatus.SignedOff, normalised, BasedOn, Evidence, Claims);
    }

    /// <summary>The SHA-256 of the canonical JSON form, lower-case hex (see <see cref="AssessmentJson"/>).</summary>
    public string ComputeDigest() => AssessmentJson.Digest(this);

    private int IndexOf(ClaimId claim)
    {
        for (var i = 0; i < Claims.Count; i++)
        {
            if (Claims[i].Claim == claim)
            {
                return i;
            }
        }

        throw new ArgumentException($"claim {claim} is not part of this self-assessment (role {Role})", nameof(claim));
    }

    // An edit of a draft is its next revision; an edit of a snapshot starts the next version, so snapshots never change.
    private Assessment Edited(IReadOnlyList<EvidenceItem> evidence, IReadOnlyList<ClaimAssessment> claims) =>
        IsSignedOff
            ? new Assessment(CatalogVersion, Role, Scope, Version + 1, 1, AssessmentStatus.Draft, null, ComputeDigest(), evidence, claims)
            : new Assessment(CatalogVersion, Role, Scope, Version, Revision + 1, AssessmentStatus.Draft, null, BasedOn, evidence, claims);
}
