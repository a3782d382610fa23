namespace CodeAssure.Assurance.Dashboard;

/// <summary>One product's row in the side-by-side comparison.</summary>
/// <param name="Product">The product's name.</param>
/// <param name="Scores">The score of each principle of <see cref="ProductComparison.Principles"/>, null where none of its claims apply.</param>
/// <param name="Overall">The product's overall counts.</param>
public sealed record ProductRow(string Product, IReadOnlyList<double?> Scores, AnswerCounts Overall);
