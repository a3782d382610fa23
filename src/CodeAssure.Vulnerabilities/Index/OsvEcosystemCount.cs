namespace CodeAssure.Vulnerabilities.Index;

/// <summary>How much of the index is about one base ecosystem.</summary>
/// <param name="Ecosystem">The base ecosystem (<c>Debian</c>, not <c>Debian:12</c>).</param>
/// <param name="Records">Records with at least one affected package in it.</param>
/// <param name="Packages">Distinct (normalised) package names in it.</param>
/// <param name="Withdrawn">Of <paramref name="Records"/>, how many are withdrawn.</param>
public sealed record OsvEcosystemCount(string Ecosystem, int Records, int Packages, int Withdrawn);
