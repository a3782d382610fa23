using CodeAssure.Assurance.SelfAssessment;
using CodeAssure.Catalog;

namespace CodeAssure.Assurance.Dashboard;

/// <summary>Products side by side: a matrix of product × principle scores (<see cref="AnswerCounts.Score"/>).</summary>
/// <param name="Principles">The columns: every principle any product's assessment covers, in id order.</param>
/// <param name="Rows">One row per product, in the order given.</param>
public sealed record ProductComparison(IReadOnlyList<PrincipleId> Principles, IReadOnlyList<ProductRow> Rows)
{
    /// <summary>Builds the matrix from each product's current assessment.</summary>
    public static ProductComparison Compare(IEnumerable<KeyValuePair<string, Assessment>> products, CodeCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(products);
        ArgumentNullException.ThrowIfNull(catalog);
        var figures = products.Select(p => (Name: p.Key, Figures: AssessmentFigures.Compute(p.Value, catalog))).ToList();
        var principles = figures.SelectMany(f => f.Figures.Themes.SelectMany(t => t.Principles.Select(p => p.Id))).Distinct().Order().ToList();
        var rows = figures.Select(f =>
        {
            var byPrinciple = f.Figures.Themes.SelectMany(t => t.Principles).ToDictionary(p => p.Id, p => p.Counts.Score);
            return new ProductRow(f.Name, [.. principles.Select(p => byPrinciple.GetValueOrDefault(p))], f.Figures.Overall);
        }).ToList();
        return new ProductComparison(principles, rows);
    }
}
