namespace CodeAssure.Checks.Ci;

/// <summary>A CI definition file found in the scanned folder.</summary>
/// <param name="Path">The file, relative to the scanned folder, with '/' separators.</param>
/// <param name="Platform">What kind of definition it is.</param>
/// <param name="Read">False when it could not be read safely and was skipped (a CA-CI-090 finding says why).</param>
public sealed record CiDefinition(string Path, CiPlatform Platform, bool Read);
