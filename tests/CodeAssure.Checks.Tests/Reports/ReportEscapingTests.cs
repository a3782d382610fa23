using System.Text.Json;
using CodeAssure.Checks.Evidence;
using CodeAssure.Checks.Findings;
using CodeAssure.Checks.Framework;
using CodeAssure.Checks.Reports;

namespace CodeAssure.Checks.Tests.Reports;

/// <summary>The writers given hostile data in every field a check or a repository can influence.</summary>
public sealed class ReportEscapingTests
{
    private const string Hostile = "</td><script>alert(\"x\")</script> | `code` & 'q' [l](javascript:x) <!--";

    private static EvidenceBundle Bundle()
    {
        var finding = new CheckFinding
        {
            CheckId = "CA-TEST-001",
            RuleId = Hostile,
            Level = FindingLevel.Medium,
            Message = Hostile,
            Location = new SourceLocation($"dir/{Hostile}.txt", 3, 1, "0123456789abcdef0123456789abcdef01234567", Hostile),
            Value = Hostile,
        };
        var check = new CheckEvidence("CA-TEST-001", Hostile, ["1.3"], ["1.3.1"], CheckStatus.Failed, Hostile, [finding],
            new Dictionary<string, string> { [Hostile] = Hostile }, Hostile, Hostile);
        var claim = new ClaimEvidence("1.3.1", Hostile, EvidenceStatus.NotMet, ["CA-TEST-001"], Hostile);
        return new EvidenceBundle("1.0", new BundleTool("CodeAssure", "0.1.0"), "2025.05-1", DateTimeOffset.UnixEpoch,
            new BundleSubject(Hostile, null), "developer-distributor", [check],
            [new PrincipleEvidence("1.3", Hostile, EvidenceStatus.NotMet, [claim])]);
    }

    [Fact]
    public async Task Html_encodes_every_field_so_no_markup_comes_from_the_data()
    {
        using var writer = new StringWriter();

        await HtmlEvidenceWriter.WriteAsync(writer, Bundle());

        var html = writer.ToString();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<!--", html, StringComparison.Ordinal);
        Assert.DoesNotContain("</td><", html.Replace("</td><td", "", StringComparison.Ordinal).Replace("</td></tr>", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("&lt;/td&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; | `code` &amp; &#39;q&#39;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_escapes_pipes_backticks_and_markup_in_every_cell()
    {
        using var writer = new StringWriter();

        await MarkdownEvidenceWriter.WriteAsync(writer, Bundle());

        var markdown = writer.ToString();
        Assert.DoesNotMatch(@"(?<!\\)<script", markdown);
        Assert.DoesNotContain(" `code`", markdown, StringComparison.Ordinal);
        var findingRow = Assert.Single(markdown.Split('\n'), l => l.StartsWith("| medium |", StringComparison.Ordinal));
        Assert.Equal(6, MarkdownRow.CellSeparators(findingRow));
        Assert.Contains("\\<script\\>", findingRow, StringComparison.Ordinal);
        Assert.Contains("\\[l\\]\\(javascript:x\\)", findingRow, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_stays_valid_json_with_the_data_as_plain_strings()
    {
        using var stream = new MemoryStream();

        SarifEvidenceWriter.Write(stream, Bundle());

        using var sarif = JsonDocument.Parse(stream.ToArray());
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal($"{Hostile} ({Hostile})", result.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal("warning", result.GetProperty("level").GetString());
        Assert.Equal(Hostile, result.GetProperty("properties").GetProperty("author").GetString());
        var uri = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
        Assert.True(Uri.TryCreate(uri, UriKind.Relative, out _), uri);
        Assert.StartsWith("dir/%3C/td%3E%3Cscript%3Ealert%28%22x%22%29%3C/script%3E%20%7C%20%60code%60", uri, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{64}$", result.GetProperty("partialFingerprints").GetProperty(SarifEvidenceWriter.DerivedFingerprintKey).GetString());
    }
}
