namespace CodeAssure.Checks.Composition;

/// <summary>
/// A kind of dependency manifest and the lock files that pin what it declares. <see cref="LockInAncestors"/> is true
/// where a workspace keeps one lock file at its root for many manifests (npm, Yarn, pnpm, Cargo, Poetry, uv).
/// </summary>
/// <param name="Ecosystem">The ecosystem's name, for messages.</param>
/// <param name="Matches">Whether a file name is this kind of manifest.</param>
/// <param name="LockFiles">The lock file names that pin it.</param>
/// <param name="LockInAncestors">Whether a lock file in an enclosing folder counts.</param>
/// <param name="DeclaresDependencies">Whether the manifest's text declares any dependency (an empty manifest needs no lock).</param>
/// <param name="HowToLock">How to create the lock file.</param>
internal sealed record ManifestKind(
    string Ecosystem,
    Func<string, bool> Matches,
    IReadOnlyList<string> LockFiles,
    bool LockInAncestors,
    Func<string, bool> DeclaresDependencies,
    string HowToLock);
