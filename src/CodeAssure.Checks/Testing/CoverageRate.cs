namespace CodeAssure.Checks.Testing;

/// <summary>Coverage of one package or class in a Cobertura file: its line and branch rates (0–1) as the file states them.</summary>
/// <param name="Name">The package or class name.</param>
/// <param name="LineRate">The fraction of lines covered, 0–1, when stated.</param>
/// <param name="BranchRate">The fraction of branches covered, 0–1, when stated.</param>
public sealed record CoverageRate(string Name, double? LineRate, double? BranchRate);
