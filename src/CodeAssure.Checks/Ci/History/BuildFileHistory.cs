namespace CodeAssure.Checks.Ci.History;

/// <summary>The change history of a folder's CI and build files, newest first, read from git.</summary>
/// <param name="Changes">The commits that changed CI or build files, newest first (at most the limit asked for).</param>
/// <param name="CommitsRead">How many commits of the folder's history were read.</param>
/// <param name="Shallow">True when the clone is shallow, so older history is missing.</param>
/// <param name="LastChanges">Each CI or build file's most recent change, by path.</param>
public sealed record BuildFileHistory(IReadOnlyList<BuildFileChange> Changes, int CommitsRead, bool Shallow, IReadOnlyDictionary<string, BuildFileChange> LastChanges);
