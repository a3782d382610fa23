namespace CodeAssure.Checks.Ci.History;

/// <summary>A commit that changed CI or build files.</summary>
/// <param name="Commit">The full commit id.</param>
/// <param name="Author">The author's name as recorded in the commit.</param>
/// <param name="Date">The author date.</param>
/// <param name="Subject">The first line of the commit message.</param>
/// <param name="Files">The CI and build files it changed, relative to the scanned folder.</param>
public sealed record BuildFileChange(string Commit, string Author, DateTimeOffset Date, string Subject, IReadOnlyList<string> Files);
