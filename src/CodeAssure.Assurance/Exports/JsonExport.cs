using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.Json;
using System.Text.Json.Nodes;
using CodeAssure.Assurance.Dashboard;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Catalog;

namespace CodeAssure.Assurance.Exports;

/// <summary>
/// The JSON export a customer receives (docs/assessment-export.md, schema docs/assessment-export.schema.json,
/// <see cref="ExportVersion"/>): the assessment laid out by theme → principle → claim with the catalogue's statements,
/// each claim's evidence items inline, the summary figures, and the digest of the assessment's canonical form so the
/// export can be matched to a signed attestation.
/// </summary>
public static class JsonExport
{
    /// <summary>The export format's name (member <c>exportFormat</c>).</summary>
    public const string FormatName = "codeassure-self-assessment";

    /// <summary>The export format's version (member <c>exportVersion</c>); readers refuse an unknown major version.</summary>
    public const string ExportVersion = "1.0";

    /// <summary>The export as indented UTF-8 JSON.</summary>
    public static byte[] Write(Assessment assessment, CodeCatalog catalog, DateTimeOffset generatedAt)
    {
        var node = ToJsonNode(assessment, catalog, generatedAt);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }))
        {
            node.WriteTo(writer);
        }

        return buffer.ToArray();
    }

    /// <summary>The export as a JSON tree.</summary>
    public static JsonObject ToJsonNode(Assessment assessment, CodeCatalog catalog, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(catalog);
        var form = AssessmentJson.ToJsonNode(assessment);
        var figures = AssessmentFigures.Compute(assessment, catalog);
        var evidence = assessment.Evidence.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var answers = assessment.Claims.ToDictionary(c => c.Claim);
        var roleName = catalog.TryGetRole(assessment.Role, out var role) ? role.Name : assessment.Role;
        var themes = new JsonArray();
        foreach (var themeFigures in figures.Themes)
        {
            var principles = new JsonArray();
            foreach (var principleFigures in themeFigures.Principles)
            {
                catalog.TryGetPrinciple(principleFigures.Id, out var principle);
                var claims = new JsonArray();
                foreach (var claim in principle!.Claims.Where(c => answers.ContainsKey(c.Id)))
                {
                    var node = AssessmentJson.ClaimNode(answers[claim.Id]);
                    node.Remove("claim");
                    node.Remove("evidence");
                    var claimNode = new JsonObject { ["id"] = claim.Id.ToString(), ["statement"] = claim.Statement };
                    foreach (var (name, value) in node.ToList())
                    {
                        node.Remove(name);
                        claimNode[name] = value;
                    }

                    claimNode["evidence"] = new JsonArray([.. answers[claim.Id].Evidence
                        .Where(evidence.ContainsKey)
                        .Select(id => (JsonNode)AssessmentJson.EvidenceNode(evidence[id]))]);
                    claims.Add(claimNode);
                }

                principles.Add(new JsonObject
                {
                    ["id"] = principle.Id.ToString(),
                    ["statement"] = principle.Statement,
                    ["summary"] = Summary(principleFigures.Counts),
                    ["claims"] = claims,
                });
            }

            themes.Add(new JsonObject
            {
                ["id"] = themeFigures.Id,
                ["title"] = themeFigures.Title,
                ["summary"] = Summary(themeFigures.Counts),
                ["principles"] = principles,
            });
        }

        return new JsonObject
        {
            ["exportFormat"] = FormatName,
            ["exportVersion"] = ExportVersion,
            ["generatedAt"] = AssessmentJson.FormatInstant(generatedAt),
            ["code"] = new JsonObject { ["id"] = catalog.Code.Id, ["title"] = catalog.Code.Title, ["edition"] = catalog.Code.Edition },
            ["catalogVersion"] = assessment.CatalogVersion,
            ["role"] = new JsonObject { ["id"] = assessment.Role, ["name"] = roleName },
            ["scope"] = form["scope"]!.DeepClone(),
            ["version"] = assessment.Version,
            ["revision"] = assessment.Revision,
            ["status"] = form["status"]!.DeepClone(),
            ["signOff"] = form["signOff"]?.DeepClone(),
            ["assessmentDigest"] = new JsonObject { ["sha256"] = AssessmentJson.Digest(assessment) },
            ["summary"] = Summary(figures.Overall),
            ["themes"] = themes,
        };
    }

    private static JsonObject Summary(AnswerCounts counts) => new()
    {
        ["met"] = counts.Met,
        ["partiallyMet"] = counts.PartiallyMet,
        ["notMet"] = counts.NotMet,
        ["notApplicable"] = counts.NotApplicable,
        ["unanswered"] = counts.Unanswered,
        ["percentMet"] = counts.PercentMet,
        ["score"] = counts.Score,
    };
}
