namespace CodeAssure.Sbom.PackageUrls;

/// <summary>
/// Why a package URL was rejected. The purl test suite asks implementations to tell a malformed purl apart from one
/// that is well formed but breaks its type's rules.
/// </summary>
public enum PackageUrlErrorKind
{
    /// <summary>The text or components break the core specification (scheme, type, encoding, qualifier keys …).</summary>
    Syntax,

    /// <summary>Well formed, but the registered type forbids it (e.g. a namespace on <c>pypi</c>, no <c>uuid</c> on <c>julia</c>).</summary>
    TypeRule,
}
