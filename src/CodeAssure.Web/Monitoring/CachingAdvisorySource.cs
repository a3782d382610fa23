using System.Collections.Concurrent;
using CodeAssure.Vulnerabilities.Index;
using CodeAssure.Vulnerabilities.Matching;

namespace CodeAssure.Web.Monitoring;

/// <summary>
/// The OSV index as the matcher's source, remembering each package's records for the length of one job: releases
/// share most of their components, so re-matching every release looks each package up once.
/// </summary>
internal sealed class CachingAdvisorySource(OsvIndex index) : IAdvisorySource
{
    private readonly ConcurrentDictionary<(string Ecosystem, string Name), IReadOnlyList<MatchableAdvisory>> _cache = new();

    public IReadOnlyList<MatchableAdvisory> FindByPackage(string baseEcosystem, string name) =>
        _cache.GetOrAdd((baseEcosystem, name), key => index.FindMatchableByPackage(key.Ecosystem, key.Name));
}
