using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Catalog;

namespace CodeAssure.Assurance.Dashboard;

/// <summary>The dashboard's figures for one assessment: overall, per theme and per principle.</summary>
/// <param name="Overall">All claims' answers.</param>
/// <param name="Themes">The themes the assessment covers, in order.</param>
public sealed record AssessmentFigures(AnswerCounts Overall, IReadOnlyList<ThemeFigures> Themes)
{
    /// <summary>Counts an assessment's answers by theme and principle (claims the catalogue does not know are left out).</summary>
    public static AssessmentFigures Compute(Assessment assessment, CodeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(catalog);
        var answers = assessment.Claims.ToDictionary(c => c.Claim, c => c.Answer);
        var themes = new List<ThemeFigures>();
        var all = new List<Answer>();
        foreach (var theme in catalog.Themes)
        {
            var principles = new List<PrincipleFigures>();
            var themeAnswers = new List<Answer>();
            foreach (var principle in theme.Principles)
            {
                var mine = principle.Claims.Where(c => answers.ContainsKey(c.Id)).Select(c => answers[c.Id]).ToList();
                if (mine.Count == 0)
                {
                    continue;
                }

                principles.Add(new PrincipleFigures(principle.Id, principle.Statement, AnswerCounts.Of(mine)));
                themeAnswers.AddRange(mine);
            }

            if (principles.Count > 0)
            {
                themes.Add(new ThemeFigures(theme.Id, theme.Title, AnswerCounts.Of(themeAnswers), principles));
                all.AddRange(themeAnswers);
            }
        }

        return new AssessmentFigures(AnswerCounts.Of(all), themes);
    }
}
