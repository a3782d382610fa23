using System.Text.RegularExpressions;
using CodeAssure.Catalog;
using CodeAssure.TestSupport;
using Xunit.Abstractions;

namespace CodeAssure.Catalog.Tests;

/// <summary>Every claim row of ../shared/apc-claims.md against the catalogue, reported as a conformance count.</summary>
public sealed partial class SourceDocumentConformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_apc_claim_is_in_the_catalogue_with_its_wording()
    {
        var catalog = CodeCatalog.LoadEmbedded();
        var rows = Row().Matches(File.ReadAllText(Path.Combine(Path.GetDirectoryName(ConformanceData.Root)!, "apc-claims.md")));
        var failures = new List<string>();
        foreach (Match row in rows)
        {
            var id = row.Groups["id"].Value;
            if (!catalog.TryGetClaim(ClaimId.Parse(id), out var claim))
            {
                failures.Add($"{id}: missing");
            }
            else if (claim.Statement != row.Groups["text"].Value.Trim())
            {
                failures.Add($"{id}: wording differs");
            }
        }

        ConformanceReport.Record(output, "APC claims (apc-claims.md)", rows.Count - failures.Count, rows.Count, failures);
        Assert.Equal(45, rows.Count);
        Assert.Empty(failures);
    }

    [GeneratedRegex(@"^\| (?<id>\d\.\d\.\d) \| (?<text>.+?) \|$", RegexOptions.Multiline)]
    private static partial Regex Row();
}
