using CodeAssure.Advisories.Csaf.Authoring;
using CodeAssure.Advisories.Csaf.Model;
using CodeAssure.Advisories.Vex;
using CodeAssure.Data.Entities;
using CodeAssure.Sbom.PackageUrls;

namespace CodeAssure.Web.Advisories;

/// <summary>Turns an organisation's findings, products and releases into what an advisory or a VEX document says.</summary>
internal static class AdvisoryContentBuilder
{
    /// <summary>The advisory's content; findings of one vulnerability (by id or alias, CVE first) become one CSAF vulnerability.</summary>
    public static AdvisoryContent Build(
        Organisation organisation,
        Uri portal,
        string trackingId,
        AdvisoryText text,
        IReadOnlyList<VulnerabilityFinding> findings,
        IReadOnlyDictionary<Guid, Product> products,
        IReadOnlyDictionary<Guid, Release> releases,
        IReadOnlyList<Revision> revisions,
        bool isFinal)
    {
        var advisoryProducts = new Dictionary<string, AdvisoryProduct>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            var key = ProductKey(finding);
            if (advisoryProducts.ContainsKey(key) || !products.TryGetValue(finding.ProductId, out var product))
            {
                continue;
            }

            var release = finding.ReleaseId is { } r && releases.TryGetValue(r, out var found) ? found : null;
            advisoryProducts[key] = new AdvisoryProduct(key, organisation.Name, product.Name, release?.Version,
                release is null ? null : ReleasePurl(organisation, product, release));
        }

        var vulnerabilities = findings
            .GroupBy(CanonicalId, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new AdvisoryVulnerability
            {
                Id = g.Key,
                Aliases = g.SelectMany(AllIds).Distinct(StringComparer.OrdinalIgnoreCase).Where(id => !string.Equals(id, g.Key, StringComparison.OrdinalIgnoreCase)).ToList(),
                Title = g.Select(f => f.Summary).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s)),
                Cwes = g.SelectMany(f => Split(f.Cwes)).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                CvssVector = g.Select(f => f.CvssVector).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)),
                DiscoveryDate = g.Min(f => f.DetectedAt.UtcDateTime),
                States = g.Where(f => advisoryProducts.ContainsKey(ProductKey(f))).Select(f => StateOf(f, ProductKey(f))).ToList(),
            })
            .ToList();

        var published = isFinal ? revisions[0].Date : (DateTimeOffset?)null;
        return new AdvisoryContent
        {
            Publisher = new AdvisoryPublisher(organisation.Name, portal),
            TrackingId = trackingId,
            Title = text.Title,
            Summary = text.Summary,
            Details = text.Details,
            Products = advisoryProducts.Values.ToList(),
            Vulnerabilities = vulnerabilities,
            IsFinal = isFinal,
            Revisions = revisions,
            SelfUrl = published is { } date ? new Uri(portal, CsafProviderLayout.DocumentPath(date, trackingId)) : null,
            GeneratorVersion = typeof(AdvisoryContentBuilder).Assembly.GetName().Version?.ToString(3),
        };
    }

    /// <summary>One VEX entry per finding of a release.</summary>
    public static VexEntry VexEntryOf(VulnerabilityFinding finding) => new()
    {
        VulnerabilityId = finding.VulnerabilityId,
        Aliases = Split(finding.Aliases).ToList(),
        Description = finding.Summary,
        CvssVector = finding.CvssVector,
        Cwes = Split(finding.Cwes).ToList(),
        State = StateOf(finding, finding.ReleaseId?.ToString("D") ?? finding.ProductId.ToString("D")),
    };

    /// <summary>The release's identifier in VEX statements: a generic package URL, vendor slug as namespace.</summary>
    public static string ReleasePurl(Organisation organisation, Product product, Release release)
    {
        try
        {
            return PackageUrl.Create("generic", organisation.Slug, product.Name, release.Version).ToString();
        }
        catch (PackageUrlFormatException)
        {
            return $"urn:codeassure:release:{release.Id:D}";
        }
    }

    /// <summary>Every id a finding is known by.</summary>
    public static IEnumerable<string> AllIds(VulnerabilityFinding finding) => Split(finding.VulnerabilityId).Concat(Split(finding.Aliases));

    /// <summary>The id a vulnerability is grouped under: its CVE when it has one, else its own id.</summary>
    public static string CanonicalId(VulnerabilityFinding finding) =>
        AllIds(finding).FirstOrDefault(id => id.StartsWith("CVE-", StringComparison.OrdinalIgnoreCase))?.ToUpperInvariant() ?? finding.VulnerabilityId.Trim();

    private static string ProductKey(VulnerabilityFinding finding) => finding.ReleaseId?.ToString("D") ?? finding.ProductId.ToString("D");

    private static ProductVulnerabilityState StateOf(VulnerabilityFinding finding, string key) => new(
        key,
        finding.Status switch
        {
            FindingStatus.Affected => VexStatus.Affected,
            FindingStatus.NotAffected => VexStatus.NotAffected,
            FindingStatus.Fixed => VexStatus.Fixed,
            _ => VexStatus.UnderInvestigation,
        },
        VexJustifications.Parse(finding.Justification),
        finding.StatusDetail,
        finding.FixedInVersion,
        finding.PackageUrl);

    private static string[] Split(string? text) =>
        (text ?? "").Split([' ', ',', ';', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
