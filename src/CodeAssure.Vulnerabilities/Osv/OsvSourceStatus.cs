namespace CodeAssure.Vulnerabilities.Osv;

/// <summary>What happened to one import source.</summary>
public enum OsvSourceStatus
{
    /// <summary>Its records were read (some may have been skipped).</summary>
    Imported,

    /// <summary>The server said it has not changed since the last import (HTTP 304); nothing was read.</summary>
    NotModified,

    /// <summary>It could not be read at all (missing, not a zip, HTTP error, over a limit).</summary>
    Failed,
}
