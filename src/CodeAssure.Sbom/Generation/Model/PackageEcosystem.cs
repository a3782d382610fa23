namespace CodeAssure.Sbom.Generation.Model;

/// <summary>The package ecosystems whose lock files and manifests generation reads.</summary>
public enum PackageEcosystem
{
    /// <summary>npm (package-lock.json, yarn.lock, pnpm-lock.yaml).</summary>
    Npm,

    /// <summary>Python packages from PyPI (requirements, poetry.lock, Pipfile.lock, uv.lock).</summary>
    PyPI,

    /// <summary>Maven coordinates (pom.xml, gradle.lockfile).</summary>
    Maven,

    /// <summary>Go modules (go.mod, go.sum).</summary>
    Golang,

    /// <summary>NuGet packages (packages.lock.json, project.assets.json).</summary>
    NuGet,

    /// <summary>Rust crates (Cargo.lock).</summary>
    Cargo,

    /// <summary>Ruby gems (Gemfile.lock).</summary>
    Gem,

    /// <summary>PHP Composer packages (composer.lock).</summary>
    Composer,
}
