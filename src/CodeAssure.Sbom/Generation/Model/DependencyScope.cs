namespace CodeAssure.Sbom.Generation.Model;

/// <summary>Whether a package is needed to run the software, only in some configurations, or only to develop it.</summary>
public enum DependencyScope
{
    /// <summary>Needed at run time (the default when a lock file says nothing).</summary>
    Required = 0,

    /// <summary>Optional: installed only on some platforms or when asked for.</summary>
    Optional = 1,

    /// <summary>Only for development, tests or the build; not shipped.</summary>
    Dev = 2,
}
