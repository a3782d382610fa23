namespace CodeAssure.Vulnerabilities.Osv;

/// <summary>How the versions in a range's events are to be ordered.</summary>
public enum OsvRangeType
{
    /// <summary>SemVer 2.0 versions (no leading <c>v</c>).</summary>
    Semver,

    /// <summary>The ecosystem's own version ordering (PEP 440, Maven, Debian …).</summary>
    Ecosystem,

    /// <summary>Full git commit hashes in the range's repository.</summary>
    Git,
}
