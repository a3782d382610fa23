using CodeAssure.Vulnerabilities.Index;
using CodeAssure.Vulnerabilities.Matching;
using CodeAssure.Vulnerabilities.Osv;

namespace CodeAssure.Cli.Commands.Vulns;

/// <summary>The local OSV index as the matcher's advisory source.</summary>
internal sealed class IndexAdvisorySource(OsvIndex index) : IAdvisorySource
{
    public IReadOnlyList<MatchableAdvisory> FindByPackage(string baseEcosystem, string name) => index.FindMatchableByPackage(baseEcosystem, name);
}
