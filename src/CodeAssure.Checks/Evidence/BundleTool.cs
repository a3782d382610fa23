namespace CodeAssure.Checks.Evidence;

/// <summary>The tool that produced a bundle.</summary>
/// <param name="Name">Always "CodeAssure".</param>
/// <param name="Version">Its version.</param>
public sealed record BundleTool(string Name, string Version);
