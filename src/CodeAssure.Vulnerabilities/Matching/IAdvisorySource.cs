using CodeAssure.Vulnerabilities.Osv;

namespace CodeAssure.Vulnerabilities.Matching;

/// <summary>Where the matcher finds advisories: the records that name a package (in any release of its ecosystem).</summary>
public interface IAdvisorySource
{
    /// <summary>The records with an <c>affected</c> entry for the package; names compare as the ecosystem compares them.</summary>
    IReadOnlyList<OsvRecord> FindByPackage(string baseEcosystem, string name);
}
