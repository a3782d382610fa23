namespace CodeAssure.Checks.Evidence;

/// <summary>What a scan looked at.</summary>
/// <param name="Name">The scanned folder's name (never the full local path, which says nothing to a customer).</param>
/// <param name="Commit">The git commit of the working tree, when the folder is a git repository.</param>
public sealed record BundleSubject(string Name, string? Commit);
