namespace CodeAssure.Web.Monitoring;

/// <summary>The kinds of background job the monitoring worker runs.</summary>
internal static class JobKinds
{
    /// <summary>Match one release's components (payload: the release id); enqueued by an SBOM upload.</summary>
    public const string MatchRelease = "match-release";

    /// <summary>Re-match every release with an SBOM; enqueued once per new OSV index version (payload: the index version).</summary>
    public const string RematchAll = "rematch-all";

    /// <summary>Import the configured OSV URL into the index (payload: the URL).</summary>
    public const string OsvSync = "osv-sync";
}
