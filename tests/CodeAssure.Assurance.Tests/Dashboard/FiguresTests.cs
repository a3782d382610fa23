using CodeAssure.Assurance.Dashboard;
using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Assurance.Tests.Testing;
using CodeAssure.Catalog;

namespace CodeAssure.Assurance.Tests.Dashboard;

public class FiguresTests
{
    [Fact]
    public void Score_gives_half_credit_for_partially_met_over_the_claims_that_apply()
    {
        var counts = new AnswerCounts(Met: 6, PartiallyMet: 2, NotMet: 1, NotApplicable: 3, Unanswered: 1);

        Assert.Equal(13, counts.Total);
        Assert.Equal(10, counts.Applicable);
        Assert.Equal(60.0, counts.PercentMet);
        Assert.Equal(70.0, counts.Score);
        Assert.Null(new AnswerCounts(0, 0, 0, 4, 0).Score);
        Assert.Equal(33.3, new AnswerCounts(1, 0, 2, 0, 0).PercentMet);
    }

    [Theory]
    [InlineData(0, 0, 0, 3, 0, StandingStatus.NotApplicable)]
    [InlineData(0, 0, 0, 1, 4, StandingStatus.NotStarted)]
    [InlineData(3, 1, 0, 0, 2, StandingStatus.HasGaps)]
    [InlineData(3, 0, 0, 1, 2, StandingStatus.InProgress)]
    [InlineData(3, 0, 0, 1, 0, StandingStatus.Met)]
    public void Status_says_where_a_principle_stands_in_one_word(int met, int partial, int notMet, int na, int open, StandingStatus expected)
    {
        Assert.Equal(expected, new AnswerCounts(met, partial, notMet, na, open).Status);
    }

    [Fact]
    public void Counts_answers_per_theme_and_principle_of_the_real_catalogue()
    {
        var figures = AssessmentFigures.Compute(Catalogs.Complete(), Catalogs.Real);

        Assert.Equal(4, figures.Themes.Count);
        Assert.Equal(14, figures.Themes.Sum(t => t.Principles.Count));
        Assert.Equal(Catalogs.Real.Claims.Count, figures.Overall.Total);
        Assert.Equal((1, 1, 1), (figures.Overall.PartiallyMet, figures.Overall.NotMet, figures.Overall.NotApplicable));
        var p32 = figures.Themes.SelectMany(t => t.Principles).Single(p => p.Id == PrincipleId.Parse("3.2"));
        Assert.Equal(new AnswerCounts(1, 0, 1, 0, 0), p32.Counts);
        Assert.Equal(50.0, p32.Counts.Score);
    }

    [Fact]
    public void A_reseller_sees_only_themes_three_and_four()
    {
        var figures = AssessmentFigures.Compute(Catalogs.NewAssessment("reseller"), Catalogs.Real);

        Assert.Equal([3, 4], figures.Themes.Select(t => t.Id));
        Assert.Equal(0, figures.Overall.Score);
    }

    [Fact]
    public void Gap_list_orders_by_target_date_then_principle_and_says_what_to_do_next()
    {
        var assessment = Catalogs.Complete()
            .Edit(ClaimId.Parse("2.1.1"), c => c with { Answer = Answer.NotMet, Argument = null, Owner = null, TargetDate = null })
            .Edit(ClaimId.Parse("1.1.1"), c => c with { Answer = Answer.PartiallyMet, Owner = null, TargetDate = new DateOnly(2026, 11, 30) })
            .Edit(ClaimId.Parse("1.1.2"), c => c with { Answer = Answer.NotMet, Owner = "Training lead", TargetDate = null });

        var gaps = GapList.For(assessment, Catalogs.Real, new DateOnly(2026, 12, 1));

        Assert.Equal(["1.1.1", "3.2.1", "1.2.1", "1.1.2", "2.1.1"], gaps.Select(g => g.Claim.ToString()));
        Assert.Equal("assign an owner (target 2026-11-30)", gaps[0].NextAction);
        Assert.Equal("Security lead by 2026-11-30", gaps[1].NextAction);
        Assert.True(gaps[1].IsOverdue);
        Assert.False(gaps[2].IsOverdue);
        Assert.Equal("Training lead: set a target date", gaps[3].NextAction);
        Assert.Equal("assign an owner", gaps[4].NextAction);
        Assert.Equal(Catalogs.Real.Claims.Single(c => c.Id == ClaimId.Parse("2.1.1")).Statement, gaps[4].Statement);
    }

    [Fact]
    public void Progress_has_one_point_per_version_in_order()
    {
        var v1 = Catalogs.NewAssessment();
        var complete = Catalogs.Complete();
        var signed = complete.SignOffBy(Catalogs.SroSignOff(), Catalogs.Real);
        var v2 = signed.Edit(ClaimId.Parse("3.2.1"), c => c with { Answer = Answer.Met, Argument = "Published." });

        var points = Progress.Over([v2, signed, v1, complete, v1]);

        Assert.Equal([(1, 1), (1, 2), (1, 3), (2, 1)], points.Select(p => (p.Version, p.Revision)));
        Assert.Equal(0, points[0].Counts.Score);
        Assert.Equal(signed.SignOff!.SignedAt, points[2].SignedAt);
        Assert.True(points[3].Counts.Score > points[2].Counts.Score);
    }

    [Fact]
    public void Products_side_by_side_form_a_product_by_principle_matrix()
    {
        var comparison = ProductComparison.Compare(
        [
            KeyValuePair.Create("Shop", Catalogs.Complete()),
            KeyValuePair.Create("Reseller portal", Catalogs.Complete("reseller")),
        ], Catalogs.Real);

        Assert.Equal(14, comparison.Principles.Count);
        Assert.Equal(["Shop", "Reseller portal"], comparison.Rows.Select(r => r.Product));
        var column = comparison.Principles.ToList().IndexOf(PrincipleId.Parse("1.1"));
        Assert.Equal(100.0, comparison.Rows[0].Scores[column]);
        Assert.Null(comparison.Rows[1].Scores[column]);
    }
}
