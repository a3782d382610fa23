using System.Globalization;
using System.Text.RegularExpressions;
using CodeAssure.Advisories.Csaf.Model;
using CodeAssure.Advisories.Csaf.Reading;
using CodeAssure.Advisories.Vex;
using CodeAssure.Sbom.PackageUrls;
using CodeAssure.Vulnerabilities.Cvss;

namespace CodeAssure.Advisories.Csaf.Authoring;

/// <summary>
/// Writes an <see cref="AdvisoryContent"/> as a CSAF 2.0 <c>csaf_security_advisory</c> document: product tree,
/// vulnerabilities with their product status, flags, impact statements, remediations and scores, and tracking.
/// </summary>
public static partial class AdvisoryComposer
{
    /// <summary>The CSAF document category written.</summary>
    public const string Category = "csaf_security_advisory";

    private static readonly Uri TlpUrl = new("https://www.first.org/tlp/");

    /// <summary>Composes the document.</summary>
    /// <exception cref="ArgumentException">The content is inconsistent (a duplicate product key, a state for an unknown product, an empty name).</exception>
    public static CsafDocument Compose(AdvisoryContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Revisions.Count == 0)
        {
            throw new ArgumentException("an advisory needs at least one revision", nameof(content));
        }

        var productIds = AssignProductIds(content.Products);
        var vulnerabilities = MergeByCve(content.Vulnerabilities).Select(v => ComposeVulnerability(v, productIds, content.Publisher.Name)).ToList();
        var first = content.Revisions[0];
        var last = content.Revisions[^1];
        var notes = new List<Note>
        {
            new() { Category = "summary", Title = "Summary", Text = NonEmpty(content.Summary) ?? content.Title },
        };
        if (NonEmpty(content.Details) is { } details)
        {
            notes.Add(new Note { Category = "details", Title = "Details", Text = details });
        }

        return new CsafDocument
        {
            Document = new DocumentMetadata
            {
                Category = Category,
                CsafVersion = "2.0",
                Lang = "en",
                Title = content.Title,
                AggregateSeverity = AggregateSeverityOf(content) is { } severity ? new AggregateSeverity { Text = severity } : null,
                Distribution = new Distribution { Tlp = new TrafficLightProtocol { Label = content.TlpLabel, Url = TlpUrl } },
                Notes = notes,
                Publisher = new Publisher
                {
                    Category = "vendor",
                    Name = content.Publisher.Name,
                    Namespace = content.Publisher.Namespace,
                    ContactDetails = NonEmpty(content.Publisher.ContactDetails),
                },
                References = content.SelfUrl is { } self
                    ? [new Reference { Category = "self", Summary = "This advisory in CSAF format", Url = self }]
                    : null,
                Tracking = new Tracking
                {
                    Id = content.TrackingId,
                    Status = content.IsFinal ? "final" : "draft",
                    Version = last.Number,
                    RevisionHistory = content.Revisions,
                    InitialReleaseDate = first.Date,
                    CurrentReleaseDate = last.Date,
                    Generator = new Generator
                    {
                        Date = last.Date,
                        Engine = new GeneratorEngine { Name = "CodeAssure", Version = NonEmpty(content.GeneratorVersion) },
                    },
                },
            },
            ProductTree = content.Products.Count == 0 ? null : ComposeProductTree(content.Products, productIds),
            Vulnerabilities = vulnerabilities.Count == 0 ? null : vulnerabilities,
        };
    }

    /// <summary>Composes the document and writes it as CSAF JSON.</summary>
    public static string ComposeJson(AdvisoryContent content) => CsafWriter.ToJson(Compose(content));

    /// <summary>The highest CVSS severity among the vulnerabilities, written as CSAF text (e.g. <c>High</c>), or null.</summary>
    public static string? AggregateSeverityOf(AdvisoryContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var highest = content.Vulnerabilities
            .Select(v => CvssVector.TryParse(v.CvssVector, out var vector) ? vector.Severity : (CvssSeverity?)null)
            .Where(s => s is not null)
            .Max();
        return highest?.ToString();
    }

    private static Dictionary<string, string> AssignProductIds(IReadOnlyList<AdvisoryProduct> products)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var product in products)
        {
            if (string.IsNullOrWhiteSpace(product.Vendor) || string.IsNullOrWhiteSpace(product.Name) || product.Version is { Length: 0 })
            {
                throw new ArgumentException($"product '{product.Key}' needs a vendor, a name and (when given) a non-empty version", nameof(products));
            }

            if (!ids.TryAdd(product.Key, string.Create(CultureInfo.InvariantCulture, $"CSAFPID-{ids.Count + 1:0000}")))
            {
                throw new ArgumentException($"product key '{product.Key}' is used twice", nameof(products));
            }
        }

        return ids;
    }

    private static ProductTree ComposeProductTree(IReadOnlyList<AdvisoryProduct> products, Dictionary<string, string> productIds)
    {
        FullProductName Full(AdvisoryProduct p) => new()
        {
            Name = p.FullName,
            ProductId = productIds[p.Key],
            ProductIdentificationHelper = Helper(p),
        };

        var branches = products.Where(p => p.Version is not null)
            .GroupBy(p => p.Vendor, StringComparer.Ordinal)
            .Select(vendor => new Branch
            {
                Category = "vendor",
                Name = vendor.Key,
                Branches = vendor.GroupBy(p => p.Name, StringComparer.Ordinal).Select(product => new Branch
                {
                    Category = "product_name",
                    Name = product.Key,
                    Branches = product.Select(p => new Branch { Category = "product_version", Name = p.Version!, Product = Full(p) }).ToList(),
                }).ToList(),
            })
            .ToList();
        var unversioned = products.Where(p => p.Version is null).Select(Full).ToList();
        return new ProductTree
        {
            Branches = branches.Count == 0 ? null : branches,
            FullProductNames = unversioned.Count == 0 ? null : unversioned,
        };
    }

    private static ProductIdentificationHelper? Helper(AdvisoryProduct product)
    {
        // An invalid purl would fail test 6.1.13, so only well-formed ones are written.
        var purl = PackageUrl.TryParse(product.Purl, out _) ? product.Purl : null;
        var cpe = product.Cpe is { } c && CpePattern().IsMatch(c) ? c : null;
        return purl is null && cpe is null ? null : new ProductIdentificationHelper { Purl = purl, Cpe = cpe };
    }

    private static Vulnerability ComposeVulnerability(AdvisoryVulnerability vulnerability, Dictionary<string, string> productIds, string publisherName)
    {
        var allIds = new[] { vulnerability.Id }.Concat(vulnerability.Aliases)
            .Select(id => id.Trim()).Where(id => id.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var cve = allIds.FirstOrDefault(id => CvePattern().IsMatch(id));
        var otherIds = allIds.Where(id => !string.Equals(id, cve, StringComparison.Ordinal))
            .Select(id => new VulnerabilityId { SystemName = SystemOf(id, publisherName), Text = id })
            .ToList();

        // A product listed twice keeps its most severe state: a release is affected if any of its components is.
        var states = vulnerability.States
            .Select(s => productIds.TryGetValue(s.ProductKey, out var pid)
                ? (ProductId: pid, State: s)
                : throw new ArgumentException($"vulnerability '{vulnerability.Id}' names an unknown product '{s.ProductKey}'", nameof(vulnerability)))
            .GroupBy(x => x.ProductId, StringComparer.Ordinal)
            .Select(g => g.OrderBy(x => Precedence(x.State.Status)).First())
            .OrderBy(x => x.ProductId, StringComparer.Ordinal)
            .ToList();
        List<string>? IdsWith(VexStatus status) =>
            states.Where(x => x.State.Status == status).Select(x => x.ProductId).ToList() is { Count: > 0 } list ? list : null;

        var affected = IdsWith(VexStatus.Affected);
        var investigating = IdsWith(VexStatus.UnderInvestigation);
        var productStatus = states.Count == 0 ? null : new ProductStatus
        {
            KnownAffected = affected,
            Fixed = IdsWith(VexStatus.Fixed),
            KnownNotAffected = IdsWith(VexStatus.NotAffected),
            UnderInvestigation = investigating,
        };

        var notAffected = states.Where(x => x.State.Status == VexStatus.NotAffected).ToList();
        var flags = notAffected.Where(x => x.State.Justification is not null)
            .GroupBy(x => x.State.Justification!.Value)
            .Select(g => new Flag { Label = g.Key.ToLabel(), ProductIds = g.Select(x => x.ProductId).ToList() })
            .ToList();
        var threats = notAffected
            .GroupBy(x => NonEmpty(x.State.Statement) ?? x.State.Justification?.Describe() ?? "The product is not affected by this vulnerability.", StringComparer.Ordinal)
            .Select(g => new Threat { Category = "impact", Details = g.Key, ProductIds = g.Select(x => x.ProductId).ToList() })
            .ToList();

        var remediations = new List<Remediation>();
        var affectedStates = states.Where(x => x.State.Status == VexStatus.Affected).ToList();
        // A product marked fixed with the version that fixes it (triage records "fixed in 2.0.1" on the product when the
        // report named no release): customers still on an older version need to know what to upgrade to.
        var fixedWithVersion = states.Where(x => x.State.Status == VexStatus.Fixed && NonEmpty(x.State.FixedVersion) is not null);
        foreach (var byFix in affectedStates.Where(x => NonEmpty(x.State.FixedVersion) is not null).Concat(fixedWithVersion)
                     .GroupBy(x => x.State.FixedVersion!.Trim(), StringComparer.Ordinal))
        {
            var statement = byFix.Select(x => NonEmpty(x.State.Statement)).FirstOrDefault(s => s is not null);
            remediations.Add(new Remediation
            {
                Category = "vendor_fix",
                Details = $"Update to version {byFix.Key} or later." + (statement is null ? "" : " " + statement),
                ProductIds = byFix.Select(x => x.ProductId).ToList(),
            });
        }

        foreach (var byAction in affectedStates.Where(x => NonEmpty(x.State.FixedVersion) is null)
            .GroupBy(x => NonEmpty(x.State.Statement) ?? "", StringComparer.Ordinal))
        {
            remediations.Add(byAction.Key.Length == 0
                ? new Remediation { Category = "none_available", Details = "No fix is available yet.", ProductIds = byAction.Select(x => x.ProductId).ToList() }
                : new Remediation { Category = "workaround", Details = byAction.Key, ProductIds = byAction.Select(x => x.ProductId).ToList() });
        }

        if (investigating is not null)
        {
            // Optional test 6.2.2 wants a remediation for every product under investigation too.
            remediations.Add(new Remediation { Category = "none_available", Details = "The vendor is investigating; no fix is available yet.", ProductIds = investigating });
        }

        var cwes = vulnerability.Cwes.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var namedCwe = cwes.FirstOrDefault(c => CweNames.NameOf(c) is not null);
        var notes = new List<Note>
        {
            new()
            {
                Category = "description",
                Title = "Description",
                Text = NonEmpty(vulnerability.Description) ?? NonEmpty(vulnerability.Title) ?? $"Vulnerability {vulnerability.Id}.",
            },
        };
        var otherCwes = cwes.Where(c => !string.Equals(c, namedCwe, StringComparison.Ordinal)).ToList();
        if (otherCwes.Count > 0)
        {
            notes.Add(new Note { Category = "other", Title = "Weaknesses", Text = string.Join(", ", otherCwes) });
        }

        // Scores describe products still exposed; fixed and unaffected ones carry none (optional test 6.2.19).
        var scoredProducts = (affected ?? []).Concat(investigating ?? []).ToList();

        var score = scoredProducts.Count == 0 ? null : ScoreOf(vulnerability.CvssVector, scoredProducts);
        return new Vulnerability
        {
            Cve = cve,
            Ids = otherIds.Count == 0 ? null : otherIds,
            Title = NonEmpty(vulnerability.Title),
            Cwe = namedCwe is null ? null : new Cwe { Id = namedCwe, Name = CweNames.NameOf(namedCwe)! },
            DiscoveryDate = vulnerability.DiscoveryDate?.ToUniversalTime(),
            Notes = notes,
            ProductStatus = productStatus,
            Flags = flags.Count == 0 ? null : flags,
            Threats = threats.Count == 0 ? null : threats,
            Remediations = remediations.Count == 0 ? null : remediations,
            Scores = score is null ? null : [score],
        };
    }

    // Test 6.1.23 allows a CVE in one vulnerability only, so entries naming the same CVE become one.
    private static List<AdvisoryVulnerability> MergeByCve(IReadOnlyList<AdvisoryVulnerability> vulnerabilities)
    {
        static string? CveOf(AdvisoryVulnerability v) =>
            new[] { v.Id }.Concat(v.Aliases).Select(id => id.Trim()).FirstOrDefault(id => CvePattern().IsMatch(id));

        var merged = new List<AdvisoryVulnerability>();
        var byCve = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var vulnerability in vulnerabilities)
        {
            var cve = CveOf(vulnerability);
            if (cve is not null && byCve.TryGetValue(cve, out var index))
            {
                var first = merged[index];
                merged[index] = first with
                {
                    Aliases = first.Aliases.Append(vulnerability.Id).Concat(vulnerability.Aliases).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                    Title = NonEmpty(first.Title) ?? vulnerability.Title,
                    Description = NonEmpty(first.Description) ?? vulnerability.Description,
                    Cwes = first.Cwes.Concat(vulnerability.Cwes).ToList(),
                    CvssVector = CvssVector.TryParse(first.CvssVector?.Trim(), out _) ? first.CvssVector : vulnerability.CvssVector,
                    DiscoveryDate = new[] { first.DiscoveryDate, vulnerability.DiscoveryDate }.Min(),
                    States = first.States.Concat(vulnerability.States).ToList(),
                };
                continue;
            }

            if (cve is not null)
            {
                byCve[cve] = merged.Count;
            }

            merged.Add(vulnerability);
        }

        return merged;
    }

    private static Score? ScoreOf(string? vectorText, List<string> products)
    {
        if (!CvssVector.TryParse(vectorText?.Trim(), out var vector))
        {
            return null;
        }

        static string Upper(CvssSeverity severity) => severity.ToString().ToUpperInvariant();
        return vector switch
        {
            CvssV3Vector v3 => new Score
            {
                Products = products,
                CvssV3 = new CvssV3Score
                {
                    Version = v3.Version == CvssVersion.Cvss30 ? "3.0" : "3.1",
                    VectorString = v3.VectorString,
                    BaseScore = v3.BaseScore,
                    BaseSeverity = Upper(v3.SeverityOf(v3.BaseScore)),
                    TemporalScore = v3.HasTemporalMetrics ? v3.TemporalScore : null,
                    TemporalSeverity = v3.HasTemporalMetrics ? Upper(v3.SeverityOf(v3.TemporalScore)) : null,
                    EnvironmentalScore = v3.HasEnvironmentalMetrics ? v3.EnvironmentalScore : null,
                    EnvironmentalSeverity = v3.HasEnvironmentalMetrics ? Upper(v3.SeverityOf(v3.EnvironmentalScore)) : null,
                },
            },
            CvssV2Vector v2 => new Score
            {
                Products = products,
                CvssV2 = new CvssV2Score
                {
                    VectorString = v2.VectorString,
                    BaseScore = v2.BaseScore,
                    TemporalScore = v2.HasTemporalMetrics ? v2.TemporalScore : null,
                    EnvironmentalScore = v2.HasEnvironmentalMetrics ? v2.EnvironmentalScore : null,
                },
            },

            // CSAF 2.0 has no place for CVSS v4.0 scores.
            _ => null,
        };
    }

    private static int Precedence(VexStatus status) => status switch
    {
        VexStatus.Affected => 0,
        VexStatus.UnderInvestigation => 1,
        VexStatus.Fixed => 2,
        _ => 3,
    };

    private static string SystemOf(string id, string publisherName)
    {
        var dash = id.IndexOf('-', StringComparison.Ordinal);
        var prefix = dash > 0 ? id[..dash].ToUpperInvariant() : "";
        return prefix switch
        {
            "GHSA" => "GitHub Advisory Database",
            "PYSEC" or "RUSTSEC" or "GO" or "OSV" or "MAL" or "RSEC" or "GSD" => "OSV",
            _ => publisherName,
        };
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("^CVE-[0-9]{4}-[0-9]{4,}$", RegexOptions.CultureInvariant)]
    private static partial Regex CvePattern();

    // The CSAF 2.0 schema's CPE 2.2/2.3 pattern is long; a prefix check keeps obviously wrong values out.
    [GeneratedRegex("^cpe:(/|2\\.3:)[aho]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CpePattern();
}
