using System.Text;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Catalog;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Assessments;

namespace CodeAssure.Web.Tests.Assessments;

/// <summary>The dashboard's parse cache: shared for identical stored JSON, never stale when the JSON changes.</summary>
public sealed class ParsedAssessmentsTests
{
    private static readonly CodeCatalog Catalog = CodeCatalog.LoadEmbedded();

    [Fact]
    public void Identical_stored_json_is_parsed_once_and_changed_json_is_parsed_again()
    {
        Assert.True(Catalog.TryGetRole("developer-distributor", out var role));
        var blank = Assessment.Create(Catalog, role, AssessmentScope.Organisation);
        var answered = blank.Edit(blank.Claims[0].Claim, c => c with { Answer = Answer.Met, Argument = "Reviewed." });
        using var cache = new ParsedAssessments();

        var first = cache.Get(Row(blank));
        var again = cache.Get(Row(blank));
        var changed = cache.Get(Row(answered));

        Assert.Same(first, again);
        Assert.Equal(Answer.Unanswered, first.Claims[0].Answer);
        Assert.Equal(Answer.Met, changed.Claims[0].Answer);
    }

    // A fresh string each time, as each database read gives, so only the text can make two rows match.
    private static AssessmentVersion Row(Assessment assessment) => new()
    {
        Scope = "organisation",
        Status = "draft",
        Sha256 = assessment.ComputeDigest(),
        CreatedBy = "test",
        UpdatedBy = "test",
        Content = new StringBuilder(Encoding.UTF8.GetString(AssessmentJson.ToCanonicalUtf8(assessment))).ToString(),
    };
}
