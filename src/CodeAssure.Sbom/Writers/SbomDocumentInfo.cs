namespace CodeAssure.Sbom.Writers;

/// <summary>What an SBOM says about itself: when it was made, by which tool, and its unique identity.</summary>
/// <param name="SerialNumber">The document's unique id (CycloneDX serialNumber, SPDX documentNamespace).</param>
/// <param name="Created">When it was made (UTC, second precision in output).</param>
/// <param name="ToolName">The tool that made it.</param>
/// <param name="ToolVersion">The tool's version.</param>
public sealed record SbomDocumentInfo(Guid SerialNumber, DateTimeOffset Created, string ToolName, string ToolVersion)
{
    /// <summary>A new document identity, timed by <paramref name="time"/>.</summary>
    public static SbomDocumentInfo Create(TimeProvider time, string toolVersion)
    {
        ArgumentNullException.ThrowIfNull(time);
        return new SbomDocumentInfo(Guid.NewGuid(), time.GetUtcNow(), "CodeAssure", toolVersion);
    }

    /// <summary>The creation time as RFC 3339 UTC with second precision.</summary>
    public string CreatedText => Created.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
