namespace CodeAssure.Vulnerabilities.Matching;

/// <summary>Where the matcher finds advisories: the records that name a package (in any release of its ecosystem).</summary>
public interface IAdvisorySource
{
    /// <summary>
    /// What matching needs of the records with an <c>affected</c> entry for the package (see
    /// <see cref="MatchableAdvisory.From"/>); names compare as the ecosystem compares them.
    /// </summary>
    IReadOnlyList<MatchableAdvisory> FindByPackage(string baseEcosystem, string name);
}
