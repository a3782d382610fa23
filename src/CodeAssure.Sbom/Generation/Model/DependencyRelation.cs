namespace CodeAssure.Sbom.Generation.Model;

/// <summary>How a package reaches the scanned project.</summary>
public enum DependencyRelation
{
    /// <summary>Declared by the project itself.</summary>
    Direct,

    /// <summary>Pulled in by another package.</summary>
    Transitive,

    /// <summary>The lock file does not say (e.g. gradle.lockfile, Pipfile.lock without a Pipfile).</summary>
    Unknown,
}
